// Diagnostics, pulled or pushed. The client pulls (textDocument/diagnostic) or, if it cannot, the
// server pushes them. While the writer types, a lint waits for a pause as long as the last lint
// of that document cost (bounded; see Session.settledContext), so a burst of typing lints once; a
// pull for a version that is no longer current is cancelled, and a result for an old version is
// never returned as current.

import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { catalogue } from '../core/catalogue';
import { notCheckedDiagnostic, toDiagnostic } from './convert';
import { budgetDiagnostics } from './diagnosticBudget';
import type { Locale } from '../core/types';
import type { LintResult } from './documentCache';
import type { PendingPush } from './documentState';
import type { Session } from './session';

interface Report {
  resultId?: string;
  items: Diagnostic[];
}

export class DiagnosticsHandler {
  private readonly converted = new WeakMap<LintResult, Diagnostic[]>();

  constructor(private readonly session: Session) {}

  register(): void {
    const { connection } = this.session;
    // Pull model: the client asks, and a pull for an outdated version is cancelled.
    connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
      const report = await this.reportFor(params.textDocument.uri, token);
      if (!report) throw superseded();
      if (report.resultId && params.previousResultId === report.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items: report.items };
    });
  }

  /** Configuration changed: the client pulls again, or the server pushes every document again. */
  refreshAll(): void {
    const { capabilities, connection, documents } = this.session;
    if (capabilities.refreshDiagnostics && capabilities.pullDiagnostics) void connection.languages.diagnostics.refresh();
    for (const doc of documents.all()) this.schedulePush(doc.uri);
  }

  /**
   * The diagnostics of a document's current version, after the typing debounce; undefined when
   * a newer version superseded this one meanwhile (its result would be stale).
   */
  private async reportFor(uri: string, token: CancellationToken): Promise<Report | undefined> {
    const { session } = this;
    const ctx = await session.contextFor(uri);
    if (!ctx) return { items: [] };
    const skip = session.skipReason(ctx);
    if (skip) {
      const items = ctx.settings.enable ? [notCheckedDiagnostic(`gongwen: ${skip}`)] : [];
      return { resultId: `skip:${ctx.doc.version}:${ctx.settings.enable}`, items };
    }
    const version = ctx.doc.version;

    // Checking on save only: keep the last result until the document is saved again.
    const last = session.cache.lastResult(uri);
    const saved = session.states.get(uri).savedVersion;
    if (ctx.settings.run === 'onSave' && last && last.version !== version && saved < version && last.resultId.endsWith(`:${ctx.locale}:${ctx.config.key}`)) {
      return { resultId: last.resultId, items: this.diagnosticsOf(uri, last, ctx.locale) };
    }

    const settled = await session.settledContext(uri, token);
    if (!settled || settled.doc.version !== version) return undefined;
    const result = session.currentResult(settled);
    if (!result) return { items: [] };
    return { resultId: result.resultId, items: this.diagnosticsOf(uri, result, ctx.locale) };
  }

  /**
   * Push model, for clients that cannot pull (older Neovim, Emacs eglot, Helix): the server
   * publishes after each change, with the same debounce; a newer change cancels a pending one.
   */
  schedulePush(uri: string): void {
    const { session } = this;
    if (session.capabilities.pullDiagnostics) return;
    const docState = session.states.get(uri);
    const previous = docState.pendingPush;
    if (previous) {
      previous.cancelled = true;
      for (const l of previous.listeners) l();
    }
    const push: PendingPush = { cancelled: false, listeners: [] };
    docState.pendingPush = push;
    const token: CancellationToken = {
      get isCancellationRequested() {
        return push.cancelled;
      },
      onCancellationRequested: (listener: () => void) => {
        push.listeners.push(listener);
        return { dispose: () => undefined };
      },
    } as CancellationToken;
    void this.reportFor(uri, token)
      .then((report) => {
        if (docState.pendingPush === push) docState.pendingPush = undefined;
        const doc = session.documents.get(uri);
        if (report && doc && !push.cancelled) void session.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: report.items });
      })
      .catch((error) => session.connection.console.error(`gongwen: ${String(error)}`));
  }

  private diagnosticsOf(uri: string, result: LintResult, locale: Locale): Diagnostic[] {
    let items = this.converted.get(result);
    if (!items) {
      const lines = result.source.lines;
      const docsUrl = (ruleId: string) => this.session.docsLink(ruleId);
      const data = (index: number) => ({ index, version: result.version });
      const { kept, summaries } = budgetDiagnostics(result.findings);
      items = kept.map((index) => toDiagnostic(result.findings[index], lines, uri, docsUrl, data(index)));
      const more = catalogue(locale).editor.moreLikeThis;
      for (const s of summaries) {
        const at = result.findings[s.at];
        items.push(toDiagnostic({ ...at, severity: 'info', message: more(s.omitted), related: [] }, lines, uri, docsUrl, data(s.at)));
      }
      this.converted.set(result, items);
    }
    return items;
  }
}

function superseded(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer version', { retriggerRequest: true });
}

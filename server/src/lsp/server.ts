// The language server: wires LSP requests to the engine. Documents sync incrementally; the
// client pulls diagnostics (textDocument/diagnostic) or, if it cannot, the server pushes them.
// While the writer types, a lint waits for a pause as long as the last lint of that document
// cost (bounded), so a burst of typing lints once; a pull for a version that is no longer
// current is cancelled, and a result for an old version is never returned as current.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../core/config/resolve';
import type { Locale } from '../core/types';
import { localeFromTag } from '../core/messages';
import { ConfigStore, SETTINGS_SOURCE } from './configStore';
import { toDiagnostic } from './convert';
import { DocumentCache, MAX_DOCUMENT_LENGTH, type LintResult } from './documentCache';
import { FIX_ALL_KIND, fixAllAction, fixAllEdit, quickFixes, t, versionedEdit, wanted, type ActionContext, type ResolveData } from './codeActions';
import { DEFAULT_SETTINGS, normalizeSettings, settingsKey, type ServerSettings } from './settings';
import { SERVER_COMMANDS } from './protocol';
import { renumberEdit } from './outlineFeatures';
import { registerStructureHandlers } from './structure';

/** The longest a pull waits for typing to pause; the shortest is none (a cheap document). */
const MAX_DEBOUNCE_MS = 150;

interface DocumentContext {
  doc: TextDocument;
  settings: ServerSettings;
  config: ReturnType<ConfigStore['configFor']>;
  locale: Locale;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const lastChange = new Map<string, number>();
  /** Time between the last two edits of a document: short while the writer is typing. */
  const changeGap = new Map<string, number>();
  const savedVersion = new Map<string, number>();
  let displayLocale: Locale = 'zh';
  let workspaceRoots: string[] = [];
  let canPullConfiguration = false;
  let canRegisterWatchers = false;
  let canRefreshDiagnostics = false;
  let canResolveEdits = false;
  let canPullDiagnostics = false;
  const docsRoot = findDocsRoot();

  const configStore = new ConfigStore(
    (file, errors) => {
      const uri = pathToFileURL(file).toString();
      const diagnostics: Diagnostic[] = errors.map((e) => ({
        range: { start: { line: e.line - 1, character: e.column - 1 }, end: { line: e.line - 1, character: e.column - 1 } },
        severity: 1,
        source: 'gongwen',
        message: `${e.message[displayLocale]}${t(displayLocale, '（有误之处按默认设置检查）', ' (defaults apply where it is wrong)')}`,
      }));
      void connection.sendDiagnostics({ uri, diagnostics });
    },
    (problems) => {
      const text = problems.map((p) => p[displayLocale]).join(displayLocale === 'en' ? '; ' : '；');
      void connection.window.showWarningMessage(`gongwen: ${SETTINGS_SOURCE} — ${text}`);
    },
  );

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canPullConfiguration = !!caps.workspace?.configuration;
    canRegisterWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRefreshDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
    canResolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    canPullDiagnostics = !!caps.textDocument?.diagnostic;
    const options = (params.initializationOptions ?? {}) as { locale?: unknown };
    displayLocale = localeFromTag(typeof options.locale === 'string' ? options.locale : params.locale);
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceRoots.length && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) workspaceRoots = [root];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(canPullDiagnostics ? { diagnosticProvider: { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: '公文大纲' },
        foldingRangeProvider: true,
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: 'gongwen-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    }
  });

  // ---- settings and configuration ---------------------------------------------------------

  function settingsFor(uri: string): Promise<ServerSettings> {
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = canPullConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' }).then(normalizeSettings, () => DEFAULT_SETTINGS)
        : Promise.resolve(globalSettings);
      settingsCache.set(uri, pending);
    }
    return pending;
  }
  let globalSettings = DEFAULT_SETTINGS;

  async function contextFor(uri: string): Promise<DocumentContext | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current) return undefined;
    const filePath = uriToPath(uri);
    const root = workspaceRoots.find((r) => filePath && isInside(filePath, r)) ?? workspaceRoots[0];
    let config;
    try {
      config = configStore.configFor(filePath, settings, root, settingsKey(settings));
    } catch (error) {
      connection.console.error(`gongwen: configuration could not be read: ${String(error)}`);
      configStore.invalidate();
      config = configStore.configFor(undefined, DEFAULT_SETTINGS, undefined, 'fallback');
    }
    const locale = settings.locale !== 'auto' ? settings.locale : config.config.locale ?? displayLocale;
    return { doc: current, settings, config, locale };
  }

  /** Everything that depends on configuration changed: lint open documents again. */
  function configurationChanged(): void {
    settingsCache.clear();
    configStore.invalidate();
    cache.clearResults();
    if (canRefreshDiagnostics && canPullDiagnostics) void connection.languages.diagnostics.refresh();
    pushAll();
  }

  connection.onDidChangeConfiguration((change) => {
    if (!canPullConfiguration) {
      const raw = (change.settings as { gongwen?: unknown } | undefined)?.gongwen;
      globalSettings = normalizeSettings(raw);
    }
    configurationChanged();
  });

  // The client watches .gongwenrc.json files and the file named by gongwen.configPath.
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => /\.json$/i.test(c.uri))) configurationChanged();
  });

  // ---- documents --------------------------------------------------------------------------

  documents.onDidChangeContent((e) => {
    const now = Date.now();
    changeGap.set(e.document.uri, now - (lastChange.get(e.document.uri) ?? 0));
    lastChange.set(e.document.uri, now);
    schedulePush(e.document.uri);
  });
  documents.onDidSave((e) => {
    savedVersion.set(e.document.uri, e.document.version);
    if (canRefreshDiagnostics && canPullDiagnostics) void connection.languages.diagnostics.refresh();
    schedulePush(e.document.uri);
  });
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    lastChange.delete(e.document.uri);
    changeGap.delete(e.document.uri);
    savedVersion.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    pending.delete(e.document.uri);
    if (!canPullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** Why a document is not checked, or undefined when it is. */
  function skipReason(ctx: DocumentContext): string | undefined {
    if (!ctx.settings.enable) return t(ctx.locale, '已在设置中关闭（gongwen.enable）', 'disabled in settings (gongwen.enable)');
    if (ctx.doc.getText().length > MAX_DOCUMENT_LENGTH) {
      const mb = (MAX_DOCUMENT_LENGTH / 1_000_000).toFixed(0);
      return t(ctx.locale, `文档超过 ${mb} 百万字符，为保持编辑器流畅已跳过检查`, `document is larger than ${mb} million characters; not checked to keep the editor responsive`);
    }
    return undefined;
  }

  /** The current lint result (linting if needed), or undefined when the document is skipped. */
  function currentResult(ctx: DocumentContext): LintResult | undefined {
    if (skipReason(ctx)) return undefined;
    const { doc, config, locale } = ctx;
    return cache.lint(doc.uri, doc.version, doc.getText(), config.config, config.key, locale);
  }

  function superseded(): ResponseError<{ retriggerRequest: boolean }> {
    return new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer version', { retriggerRequest: true });
  }

  interface Report {
    resultId?: string;
    items: Diagnostic[];
  }

  /**
   * The diagnostics of a document's current version, after the typing debounce; undefined when
   * a newer version superseded this one meanwhile (its result would be stale).
   */
  async function reportFor(uri: string, token: CancellationToken): Promise<Report | undefined> {
    const ctx = await contextFor(uri);
    if (!ctx) return { items: [] };
    const skip = skipReason(ctx);
    if (skip) {
      const items: Diagnostic[] = ctx.settings.enable
        ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'gongwen', message: `gongwen: ${skip}` }]
        : [];
      return { resultId: `skip:${ctx.doc.version}:${ctx.settings.enable}`, items };
    }
    const version = ctx.doc.version;

    // Checking on save only: keep the last result until the document is saved again.
    const last = cache.lastResult(uri);
    if (ctx.settings.run === 'onSave' && last && last.version !== version && (savedVersion.get(uri) ?? -1) < version && last.resultId.endsWith(`:${ctx.locale}:${ctx.config.key}`)) {
      return { resultId: last.resultId, items: diagnosticsOf(uri, last) };
    }

    await debounce(uri, token);
    const now = documents.get(uri);
    if (token.isCancellationRequested || !now || now.version !== version) return undefined;
    const result = currentResult(ctx);
    if (!result) return { items: [] };
    return { resultId: result.resultId, items: diagnosticsOf(uri, result) };
  }

  // Pull model: the client asks, and a pull for an outdated version is cancelled.
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const report = await reportFor(params.textDocument.uri, token);
    if (!report) throw superseded();
    if (report.resultId && params.previousResultId === report.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items: report.items };
  });

  // Push model, for clients that cannot pull (older Neovim, Emacs eglot, Helix): the server
  // publishes after each change, with the same debounce; a newer change cancels a pending one.
  const pending = new Map<string, { cancelled: boolean; listeners: (() => void)[] }>();
  function schedulePush(uri: string): void {
    if (canPullDiagnostics) return;
    const previous = pending.get(uri);
    if (previous) {
      previous.cancelled = true;
      for (const l of previous.listeners) l();
    }
    const state = { cancelled: false, listeners: [] as (() => void)[] };
    pending.set(uri, state);
    const token: CancellationToken = {
      get isCancellationRequested() {
        return state.cancelled;
      },
      onCancellationRequested: (listener: () => void) => {
        state.listeners.push(listener);
        return { dispose: () => undefined };
      },
    } as CancellationToken;
    void reportFor(uri, token)
      .then((report) => {
        if (pending.get(uri) === state) pending.delete(uri);
        const doc = documents.get(uri);
        if (report && doc && !state.cancelled) void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: report.items });
      })
      .catch((error) => connection.console.error(`gongwen: ${String(error)}`));
  }
  function pushAll(): void {
    for (const doc of documents.all()) schedulePush(doc.uri);
  }

  /**
   * While the writer is typing faster than the server can lint (edits closer together than one
   * lint costs), waits until typing pauses; a newer edit cancels the wait and the pull. Edits
   * that come at least one lint apart are linted at once: the server is idle between them, so
   * waiting would only delay the squiggles, and a lone edit is never delayed at all.
   */
  async function debounce(uri: string, token: CancellationToken): Promise<void> {
    const cost = cache.lastCost(uri);
    const wait = Math.min(MAX_DEBOUNCE_MS, cost * 2);
    const since = Date.now() - (lastChange.get(uri) ?? 0);
    const typing = (changeGap.get(uri) ?? Infinity) < cost;
    if (!typing || wait <= 1 || since >= wait) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait - since);
      token.onCancellationRequested(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  const diagnosticCache = new WeakMap<LintResult, Diagnostic[]>();
  function diagnosticsOf(uri: string, result: LintResult): Diagnostic[] {
    let items = diagnosticCache.get(result);
    if (!items) {
      const lines = result.source.lines;
      items = result.findings.map((f, index) => toDiagnostic(f, lines, uri, docsUrl, { index, version: result.version }));
      diagnosticCache.set(result, items);
    }
    return items;
  }

  // One file-system check per rule for the life of the server: the rule pages ship with the
  // extension and do not come and go, and checking on every finding of every lint was a large
  // share of an edit's latency.
  const docsUrls = new Map<string, string | undefined>();
  function docsUrl(ruleId: string): string | undefined {
    if (docsUrls.has(ruleId)) return docsUrls.get(ruleId);
    let url: string | undefined;
    if (docsRoot && ruleId.includes('/') && !ruleId.startsWith('internal/')) {
      const file = path.join(docsRoot, ...ruleId.split('/')) + '.md';
      url = fs.existsSync(file) ? pathToFileURL(file).toString() : undefined;
    }
    docsUrls.set(ruleId, url);
    return url;
  }

  // ---- code actions -----------------------------------------------------------------------

  async function actionContext(uri: string): Promise<ActionContext | undefined> {
    const ctx = await contextFor(uri);
    if (!ctx) return undefined;
    const result = currentResult(ctx);
    if (!result) return undefined;
    return {
      uri,
      version: ctx.doc.version,
      text: ctx.doc.getText(),
      lines: result.source.lines,
      config: ctx.config.config,
      locale: ctx.locale,
      findings: result.findings,
    };
  }

  connection.onCodeAction(async (params) => {
    const ctx = await actionContext(params.textDocument.uri);
    if (!ctx) return [];
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (wanted(CodeActionKind.QuickFix, only)) actions.push(...quickFixes(ctx, params.range, params.context.diagnostics));
    // Source actions only when asked for by kind (on save, or the Source Action menu).
    if (only && wanted(FIX_ALL_KIND, only)) {
      const action = fixAllAction(ctx, !canResolveEdits || only.some((o) => o.startsWith(CodeActionKind.SourceFixAll)));
      if (action) actions.push(action);
    }
    if (!canResolveEdits) {
      for (const action of actions) if (!action.edit && action.data) resolveInto(action, ctx);
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as ResolveData | undefined;
    if (!data || action.edit) return action;
    const ctx = await actionContext(data.uri);
    // A fix computed for another version would damage the text: refuse it (no edit).
    if (!ctx || ctx.version !== data.version) return action;
    resolveInto(action, ctx);
    return action;
  });

  function resolveInto(action: CodeAction, ctx: ActionContext): void {
    const data = action.data as ResolveData;
    const edit = fixAllEdit(ctx, data.ruleId);
    if (edit) action.edit = versionedEdit(ctx, [edit]);
  }

  connection.onExecuteCommand(async (params) => {
    const [uri, version, line] = (params.arguments ?? []) as [unknown, unknown, unknown];
    if (!(Object.values(SERVER_COMMANDS) as string[]).includes(params.command)) throw new ResponseError(-32601, `unknown command ${params.command}`);
    if (typeof uri !== 'string') throw new ResponseError(-32602, 'expected a document URI as the first argument');
    const ctx = await actionContext(uri);
    if (!ctx) return { applied: false, reason: 'document not open or not checked' };
    if (typeof version === 'number' && version !== ctx.version) return { applied: false, reason: 'document changed' };
    let edit;
    if (params.command === SERVER_COMMANDS.fixAll) edit = fixAllEdit(ctx);
    else if (params.command === SERVER_COMMANDS.renumber) {
      const source = cache.source(uri, ctx.version, ctx.text, ctx.config.userWords);
      edit = renumberEdit(source, ctx, typeof line === 'number' ? line : undefined);
    }
    if (!edit) return { applied: true, changes: 0 };
    const result = await connection.workspace.applyEdit({ label: 'gongwen', edit: versionedEdit(ctx, [edit]) });
    return { applied: result.applied, changes: 1, reason: result.failureReason };
  });

  // ---- structure: symbols, folding, hover, outline tree, status ------------------------------

  registerStructureHandlers(connection, {
    async documentFor(uri) {
      const ctx = await contextFor(uri);
      if (!ctx) return undefined;
      const skipped = skipReason(ctx);
      if (skipped) return { version: ctx.doc.version, locale: ctx.locale, skipped };
      const source = cache.source(uri, ctx.doc.version, ctx.doc.getText(), ctx.config.config.userWords);
      return { version: ctx.doc.version, locale: ctx.locale, source, findings: () => currentResult(ctx)?.findings ?? [] };
    },
  });

  documents.listen(connection);
  connection.listen();
}

function uriToPath(uri: string | undefined): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The rule docs shipped beside the server (docs/rules in the repository and in the .vsix). */
function findDocsRoot(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

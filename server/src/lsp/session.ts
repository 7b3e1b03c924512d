// The server's state for one client connection: the open documents and what is known about each,
// the client's capabilities, settings and configuration per document, and the lint results of
// each version. Handler modules (diagnostics.ts, actions.ts, structure.ts, lifecycle.ts) read
// everything through here.

import { TextDocuments, type CancellationToken, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceDocument } from '../core/document';
import { catalogue } from '../core/catalogue';
import { localeFromTag } from '../core/messages';
import type { Locale } from '../core/types';
import { ConfigStore, SETTINGS_SOURCE, type DocumentConfig } from './configStore';
import { configErrorDiagnostic } from './convert';
import { DocumentCache, MAX_DOCUMENT_LENGTH, type LintResult } from './documentCache';
import { DocumentStates } from './documentState';
import type { ServerHost } from './host';
import { isOwnDocument, ownFolders, ruleDocsLink } from './ruleDocs';
import { MessageTraffic } from './traffic';
import { DEFAULT_SETTINGS, normalizeSettings, settingsKey, type ServerSettings } from './settings';

/** The longest a request waits for typing to pause; the shortest is none (a cheap document). */
const MAX_PAUSE_WAIT_MS = 150;

/** What the client said it can do, read once at initialize. */
export interface ClientCapabilities {
  pullConfiguration: boolean;
  registerWatchers: boolean;
  refreshDiagnostics: boolean;
  resolveEdits: boolean;
  pullDiagnostics: boolean;
}

/** An open document with its settings, configuration and message language. */
export interface DocumentContext {
  doc: TextDocument;
  settings: ServerSettings;
  config: DocumentConfig;
  locale: Locale;
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly cache = new DocumentCache();
  readonly states = new DocumentStates();
  readonly configStore: ConfigStore;
  capabilities: ClientCapabilities = { pullConfiguration: false, registerWatchers: false, refreshDiagnostics: false, resolveEdits: false, pullDiagnostics: false };
  /** The editor's display language, the default for messages. */
  displayLocale: Locale = 'zh';
  workspaceRoots: string[] = [];
  /** Settings sent with didChangeConfiguration, for clients that cannot be asked per document. */
  globalSettings: ServerSettings = DEFAULT_SETTINGS;
  /** The client's command that shows a rule's page, from initializationOptions.ruleDocsCommand. */
  ruleDocsCommand: string | undefined;
  /** Folders whose documents are never linted (ruleDocs.ts): the rule pages, the client's extension. */
  ownFolders: string[];

  constructor(
    readonly connection: Connection,
    readonly host: ServerHost,
    /** The connection's message counter (see traffic.ts); without one, nothing is known queued. */
    private readonly traffic: MessageTraffic = new MessageTraffic(),
  ) {
    this.ownFolders = ownFolders(host, undefined);
    this.configStore = new ConfigStore(
      // Config problems speak the language the writer chose (gongwen.locale), else the editor's.
      (file, errors, chosen) => {
        const locale = chosen ?? this.displayLocale;
        const suffix = catalogue(locale).config.defaultsApply;
        const diagnostics = errors.map((e) => configErrorDiagnostic(e.line, e.column, `${e.message[locale]}${suffix}`));
        void connection.sendDiagnostics({ uri: host.pathToUri(file), diagnostics });
      },
      (problems, chosen) => {
        const locale = chosen ?? this.displayLocale;
        const text = problems.map((p) => p[locale]).join(catalogue(locale).config.separator);
        void connection.window.showWarningMessage(`gongwen: ${SETTINGS_SOURCE} — ${text}`);
      },
      (file) => host.readFile(file),
    );
  }

  /** The link of a rule's code in diagnostics (ruleDocs.ts). */
  docsLink(ruleId: string): string | undefined {
    return ruleDocsLink(this.host, ruleId, this.ruleDocsCommand);
  }

  /** The display language from initialize: the client's option, else the LSP locale. */
  setDisplayLocale(option: unknown, lspLocale: string | undefined): void {
    this.displayLocale = localeFromTag(typeof option === 'string' ? option : lspLocale);
  }

  settingsFor(uri: string): Promise<ServerSettings> {
    const state = this.states.get(uri);
    if (!state.settings) {
      state.settings = this.capabilities.pullConfiguration
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' }).then(normalizeSettings, () => DEFAULT_SETTINGS)
        : Promise.resolve(this.globalSettings);
    }
    return state.settings;
  }

  /** The document with its settings and configuration, or undefined when it is not open. */
  async contextFor(uri: string): Promise<DocumentContext | undefined> {
    // The extension's own files are treated as if they were not open: no diagnostics, actions,
    // outline or status, whatever the client sends.
    if (!this.documents.get(uri) || isOwnDocument(this.host, this.ownFolders, uri)) return undefined;
    const settings = await this.settingsFor(uri);
    const current = this.documents.get(uri);
    if (!current) return undefined;
    const filePath = this.host.uriToPath(uri);
    const root = this.workspaceRoots.find((r) => filePath && this.host.isInside(filePath, r)) ?? this.workspaceRoots[0];
    let config;
    try {
      config = this.configStore.configFor(filePath, settings, root, settingsKey(settings));
    } catch (error) {
      this.connection.console.error(`gongwen: configuration could not be read: ${String(error)}`);
      this.configStore.invalidate();
      config = this.configStore.configFor(undefined, DEFAULT_SETTINGS, undefined, 'fallback');
    }
    const locale = settings.locale !== 'auto' ? settings.locale : config.config.locale ?? this.displayLocale;
    return { doc: current, settings, config, locale };
  }

  /**
   * The context of the document's current version once the writer pauses; undefined when a newer
   * edit arrived meanwhile (or the document closed, or the request was cancelled). Every request
   * that parses or lints goes through here, so that while edits outpace linting only the newest
   * version is ever linted: the edits that queued up behind a long lint are read during the
   * wait, and the requests for the versions they replace give up instead of linting them.
   */
  async settledContext(uri: string, token?: CancellationToken): Promise<DocumentContext | undefined> {
    const ctx = await this.contextFor(uri);
    if (!ctx) return undefined;
    const { version } = ctx.doc;
    // A client may repeat a version number for new text; the text itself tells the two apart.
    const text = ctx.doc.getText();
    await this.traffic.quiet();
    await this.waitForPause(uri, token);
    await this.traffic.quiet();
    const now = this.documents.get(uri);
    if (token?.isCancellationRequested || !now || now.version !== version || now.getText() !== text) return undefined;
    return ctx;
  }

  /**
   * While the writer is typing faster than the server can lint (edits closer together than one
   * lint costs), waits until typing pauses; a cancellation ends the wait. Edits that come at
   * least one lint apart are served at once: the server is idle between them, so waiting would
   * only delay the squiggles, and a lone edit is never delayed at all.
   */
  private async waitForPause(uri: string, token?: CancellationToken): Promise<void> {
    const cost = this.cache.lastCost(uri);
    const state = this.states.get(uri);
    const wait = Math.min(MAX_PAUSE_WAIT_MS, cost * 2);
    const since = Date.now() - state.lastChange;
    const typing = state.changeGap < cost;
    if (!typing || wait <= 1 || since >= wait) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait - since);
      token?.onCancellationRequested(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Why a document is not checked, or undefined when it is. */
  skipReason(ctx: DocumentContext): string | undefined {
    const words = catalogue(ctx.locale).editor;
    if (!ctx.settings.enable) return words.disabled;
    if (ctx.doc.getText().length > MAX_DOCUMENT_LENGTH) return words.tooLarge((MAX_DOCUMENT_LENGTH / 1_000_000).toFixed(0));
    return undefined;
  }

  /** The current lint result (linting if needed), or undefined when the document is skipped. */
  currentResult(ctx: DocumentContext): LintResult | undefined {
    if (this.skipReason(ctx)) return undefined;
    const { doc, config, locale } = ctx;
    return this.cache.lint(doc.uri, doc.version, doc.getText(), config.config, config.key, locale);
  }

  /** The parsed document of the context's version (shared with linting). */
  source(ctx: DocumentContext): SourceDocument {
    return this.cache.source(ctx.doc.uri, ctx.doc.version, ctx.doc.getText(), ctx.config.config.userWords);
  }
}

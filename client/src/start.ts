// What the extension does once it has a language client, the same in desktop VS Code
// (extension.ts, a Node server process) and in VS Code for the Web (browserExtension.ts, the
// server in the extension host's worker): the 公文大纲 tree, the status bar item, the commands.

import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions, Middleware, vsdiag } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { COMMANDS, VIEW_ID } from './ids';
import { OutlineProvider } from './outlineView';
import { isOwnDocument } from './ownFiles';
import { registerRuleDocs } from './ruleDocs';
import { StatusBar } from './statusBar';

export interface GongwenApi {
  /** Resolves once the language server has started. */
  ready: Promise<void>;
  client: BaseLanguageClient;
  /** What the status bar item shows now (for tests and other extensions). */
  statusText(): string;
  /** Fires with the status bar item's text each time it is redrawn. */
  onDidChangeStatus: vscode.Event<string>;
  /** The outline tree as the view shows it now. */
  outline: OutlineProvider;
  /** Milliseconds from the start of activate() to its return, and to the server being ready. */
  timings: { activate: number; serverReady?: number };
}

export const CLIENT_NAME = '公文检查 gongwen';

/** The client options both doors share; each adds its document selector and file events. */
export function clientOptions(
  context: vscode.ExtensionContext,
  documentSelector: DocumentSelector,
  extra: Partial<LanguageClientOptions> = {},
): LanguageClientOptions {
  return {
    documentSelector,
    initializationOptions: {
      locale: vscode.env.language,
      // Code links run this command, which shows the rule's page rendered and read-only.
      ruleDocsCommand: COMMANDS.showRuleDocs,
      // The server lints nothing in here either (server/src/lsp/ruleDocs.ts).
      extensionUri: context.extensionUri.toString(),
    },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannelName: CLIENT_NAME,
    middleware: ownFilesMiddleware(context.extensionUri),
    ...extra,
  };
}

/** An empty report: what the Problems panel gets for the extension's own files. */
const NO_DIAGNOSTICS = { kind: 'full', items: [] } as unknown as vsdiag.DocumentDiagnosticReport;

/**
 * Keeps the extension's own files (its docs pages, the read-only rule pages) away from the
 * server: a document selector cannot leave out a folder, so the documents are filtered here, and
 * neither their text nor a request for their diagnostics reaches the server.
 */
function ownFilesMiddleware(extensionUri: vscode.Uri): Middleware {
  const own = (document: vscode.TextDocument | vscode.Uri) => isOwnDocument(document instanceof vscode.Uri ? document : document.uri, extensionUri);
  return {
    didOpen: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    didChange: (event, next) => (own(event.document) ? Promise.resolve() : next(event)),
    willSave: (event, next) => (own(event.document) ? Promise.resolve() : next(event)),
    didSave: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    didClose: (document, next) => (own(document) ? Promise.resolve() : next(document)),
    provideDiagnostics: (document, previousResultId, token, next) => (own(document) ? NO_DIAGNOSTICS : next(document, previousResultId, token)),
  };
}

/** Starts the features on top of a started client; `started` is when activate() began. */
export function startFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient, ready: Promise<void>, started: number): GongwenApi {
  const outline = new OutlineProvider(client, ready);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: outline, showCollapseAll: true });
  outline.attach(view);
  const status = new StatusBar(client, ready);
  context.subscriptions.push(view, outline, status);
  registerCommands(context, client, ready, outline);
  registerRuleDocs(context);

  // Measured here because the closing notes and the e2e log report activation cost.
  const timings: GongwenApi['timings'] = { activate: Date.now() - started };
  ready.then(() => (timings.serverReady = Date.now() - started), () => undefined);
  return { ready, client, statusText: () => status.text(), onDidChangeStatus: status.onDidChange, outline, timings };
}

// The conversation around the documents: initialize (what the client can do, what the server
// offers), configuration and config-file changes, and documents opening, changing, saving and
// closing. Every change ends in new diagnostics through the DiagnosticsHandler.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { catalogue } from '../core/catalogue';
import { CONFIG_FILE_NAME } from '../core/config/resolve';
import { FIX_ALL_KIND } from './codeActions';
import type { DiagnosticsHandler } from './diagnostics';
import { SERVER_COMMANDS } from './protocol';
import { ownFolders } from './ruleDocs';
import type { Session } from './session';
import { normalizeSettings } from './settings';

export function registerLifecycleHandlers(session: Session, diagnostics: DiagnosticsHandler): void {
  const { connection, documents, host } = session;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    session.capabilities = {
      pullConfiguration: !!caps.workspace?.configuration,
      registerWatchers: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      refreshDiagnostics: !!caps.workspace?.diagnostics?.refreshSupport,
      resolveEdits: !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'),
      pullDiagnostics: !!caps.textDocument?.diagnostic,
    };
    const options = (params.initializationOptions ?? {}) as { locale?: unknown; ruleDocsCommand?: unknown; extensionUri?: unknown };
    session.setDisplayLocale(options.locale, params.locale);
    if (typeof options.ruleDocsCommand === 'string' && /^[\w.-]+$/.test(options.ruleDocsCommand)) session.ruleDocsCommand = options.ruleDocsCommand;
    session.ownFolders = ownFolders(host, options.extensionUri);
    let roots = (params.workspaceFolders ?? []).map((f) => host.uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!roots.length && params.rootUri) {
      const root = host.uriToPath(params.rootUri);
      if (root) roots = [root];
    }
    session.workspaceRoots = roots;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(session.capabilities.pullDiagnostics ? { diagnosticProvider: { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: catalogue(session.displayLocale).editor.outlineLabel },
        foldingRangeProvider: true,
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: 'gongwen-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (session.capabilities.pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
    if (session.capabilities.registerWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    }
  });

  /** Everything that depends on configuration changed: lint open documents again. */
  function configurationChanged(): void {
    session.states.forgetSettings();
    session.configStore.invalidate();
    session.cache.clearResults();
    diagnostics.refreshAll();
  }

  connection.onDidChangeConfiguration((change) => {
    if (!session.capabilities.pullConfiguration) {
      const raw = (change.settings as { gongwen?: unknown } | undefined)?.gongwen;
      session.globalSettings = normalizeSettings(raw);
    }
    configurationChanged();
  });

  // The client watches .gongwenrc.json files and the file named by gongwen.configPath.
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => /\.json$/i.test(c.uri))) configurationChanged();
  });

  documents.onDidChangeContent((e) => {
    session.states.get(e.document.uri).changed(Date.now());
    diagnostics.schedulePush(e.document.uri);
  });
  documents.onDidSave((e) => {
    session.states.get(e.document.uri).savedVersion = e.document.version;
    if (session.capabilities.refreshDiagnostics && session.capabilities.pullDiagnostics) void connection.languages.diagnostics.refresh();
    diagnostics.schedulePush(e.document.uri);
  });
  documents.onDidClose((e) => {
    session.cache.forget(e.document.uri);
    session.states.forget(e.document.uri);
    if (!session.capabilities.pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
}

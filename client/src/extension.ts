// The VS Code side of gongwen, deliberately thin: it starts the language server (bundled beside
// it, over IPC), shows the 公文大纲 tree and a status bar item, and turns commands into server
// requests. Every rule, fix and outline decision is made by the server.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OutlineProvider } from './outlineView';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands';
import { VIEW_ID } from './ids';

export interface GongwenApi {
  /** Resolves once the language server has started. */
  ready: Promise<void>;
  client: LanguageClient;
  /** What the status bar item shows now (for tests and other extensions). */
  statusText(): string;
  /** Fires with the status bar item's text each time it is redrawn. */
  onDidChangeStatus: vscode.Event<string>;
  /** The outline tree as the view shows it now. */
  outline: OutlineProvider;
  /** Milliseconds from the start of activate() to its return, and to the server being ready. */
  timings: { activate: number; serverReady?: number };
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): GongwenApi {
  const started = Date.now();
  const serverModule = context.asAbsolutePath('dist/server.js');
  // The segmenter is chosen once per server process, so the setting reaches it as the
  // environment variable the CLI reads too, and a change restarts the server.
  const env: NodeJS.ProcessEnv = { ...process.env };
  applySegmenterSetting(env);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watchers = [vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json')];
  const configPath = vscode.workspace.getConfiguration('gongwen').get<string>('configPath');
  if (configPath) watchers.push(vscode.workspace.createFileSystemWatcher(configPathPattern(configPath)));
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { fileEvents: watchers },
    initializationOptions: { locale: vscode.env.language },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannelName: '公文检查 gongwen',
  };
  client = new LanguageClient('gongwen', '公文检查 gongwen', serverOptions, clientOptions);
  const ready = client.start();

  const outline = new OutlineProvider(client, ready);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: outline, showCollapseAll: true });
  outline.attach(view);
  const status = new StatusBar(client, ready);
  context.subscriptions.push(view, outline, status);
  registerCommands(context, client, ready, outline);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gongwen.segmenter')) {
        applySegmenterSetting(env);
        void client?.restart();
      }
    }),
  );

  // Measured here because the closing notes and the e2e log report activation cost.
  const timings: GongwenApi['timings'] = { activate: Date.now() - started };
  ready.then(() => (timings.serverReady = Date.now() - started), () => undefined);
  return { ready, client, statusText: () => status.text(), onDidChangeStatus: status.onDidChange, outline, timings };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}

/** `auto` leaves the choice to the server (or to GONGWEN_SEGMENTER where VS Code was started with it). */
function applySegmenterSetting(env: NodeJS.ProcessEnv): void {
  const setting = vscode.workspace.getConfiguration('gongwen').get<string>('segmenter') ?? 'auto';
  env.GONGWEN_SEGMENTER = setting === 'auto' ? process.env.GONGWEN_SEGMENTER : setting;
}

function configPathPattern(configPath: string): vscode.GlobPattern {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || /^([a-zA-Z]:)?[\\/]/.test(configPath)) return configPath;
  return new vscode.RelativePattern(folder, configPath);
}

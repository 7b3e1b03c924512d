// The VS Code side of gongwen, deliberately thin: it starts the language server (bundled beside
// it, over IPC), shows the 公文大纲 tree and a status bar item, and turns commands into server
// requests. Every rule, fix and outline decision is made by the server. This is the desktop
// entry ("main"); browserExtension.ts is the web one ("browser"), and start.ts what they share.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_NAME, clientOptions, startFeatures, type GongwenApi } from './start';

export type { GongwenApi } from './start';

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

  const options = clientOptions(
    context,
    [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    { synchronize: { fileEvents: watchers } },
  );
  client = new LanguageClient('gongwen', CLIENT_NAME, serverOptions, options);
  const ready = client.start();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gongwen.segmenter')) {
        applySegmenterSetting(env);
        void client?.restart();
      }
    }),
  );
  return startFeatures(context, client, ready, started);
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

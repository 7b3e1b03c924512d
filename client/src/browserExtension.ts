// The extension in VS Code for the Web (vscode.dev, github.dev, and code-server's web worker
// extension host): package.json's "browser" entry. There is no Node here, so the language server
// runs inside this same worker, connected to the client by the two ports of a MessageChannel
// (VS Code refuses to start workers from extensions served by a remote, as code-server serves
// them, so a separate server worker would not start there). The server segments with the
// JavaScript port (no native module exists on the web); its dictionaries and the workspace's
// .gongwenrc.json files are read through VS Code's file system API, which also serves virtual
// file systems such as github.dev's.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, DidChangeWatchedFilesNotification, FileChangeType, LanguageClient } from 'vscode-languageclient/browser';
import { CONFIG_FILE_NAME } from '../../server/src/core/config/resolve';
import { startBrowserServer } from '../../server/src/lsp/browserMain';
import { uriToWebPath, type ConfigFiles } from '../../server/src/lsp/browserHost';
import { CLIENT_NAME, clientOptions, startFeatures, type GongwenApi } from './start';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  const started = Date.now();
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const dict = (name: string) => read(vscode.Uri.joinPath(context.extensionUri, 'server', 'resources', 'dict', name));
  const [jiebaDict, hmmModel, userDict] = await Promise.all([dict('jieba.dict.utf8'), dict('hmm_model.utf8'), dict('gongwen.user.utf8')]);

  // The workspace's configuration files, found and kept current through the workspace API; the
  // server looks configuration up only in this map.
  const configFiles: ConfigFiles = new Map();
  const readConfig = async (uri: vscode.Uri) => {
    const key = uriToWebPath(uri.toString());
    if (!key) return;
    try {
      configFiles.set(key, await read(uri));
    } catch {
      configFiles.delete(key);
    }
  };
  await Promise.all((await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**', 200)).map(readConfig));
  // A configuration file named by gongwen.configPath, relative to each workspace folder.
  const configPath = vscode.workspace.getConfiguration('gongwen').get<string>('configPath');
  if (configPath && !configPath.startsWith('/')) {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => readConfig(vscode.Uri.joinPath(folder.uri, configPath))));
  }

  const channel = new MessageChannel();
  startBrowserServer(channel.port2, { dictionaries: { dict: jiebaDict, hmmModel, userDict }, configFiles, extensionUri: context.extensionUri.toString() });
  // Every scheme: on the web, documents live on virtual file systems (vscode-vfs:, vscode-remote:…).
  client = new LanguageClient(
    'gongwen',
    CLIENT_NAME,
    async () => ({ reader: new BrowserMessageReader(channel.port1), writer: new BrowserMessageWriter(channel.port1) }),
    clientOptions(context, [{ language: 'markdown' }]),
  );
  const ready = client.start();

  // The server re-reads configuration when told a file changed; tell it after the map holds the
  // new text (VS Code's own file events may arrive before that, and are then answered again).
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  const changed = (type: FileChangeType) => async (uri: vscode.Uri) => {
    if (type === FileChangeType.Deleted) configFiles.delete(uriToWebPath(uri.toString()) ?? '');
    else await readConfig(uri);
    await ready;
    await client?.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri.toString(), type }] });
  };
  context.subscriptions.push(watcher, watcher.onDidCreate(changed(FileChangeType.Created)), watcher.onDidChange(changed(FileChangeType.Changed)), watcher.onDidDelete(changed(FileChangeType.Deleted)));

  return startFeatures(context, client, ready, started);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}

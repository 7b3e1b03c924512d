// What the extension does once it has a language client, the same in desktop VS Code
// (extension.ts, a Node server process) and in VS Code for the Web (browserExtension.ts, the
// server in the extension host's worker): the 公文大纲 tree, the status bar item, the commands.

import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { VIEW_ID } from './ids';
import { OutlineProvider } from './outlineView';
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
export function clientOptions(documentSelector: DocumentSelector, extra: Partial<LanguageClientOptions> = {}): LanguageClientOptions {
  return {
    documentSelector,
    initializationOptions: { locale: vscode.env.language },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannelName: CLIENT_NAME,
    ...extra,
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

  // Measured here because the closing notes and the e2e log report activation cost.
  const timings: GongwenApi['timings'] = { activate: Date.now() - started };
  ready.then(() => (timings.serverReady = Date.now() - started), () => undefined);
  return { ready, client, statusText: () => status.text(), onDidChangeStatus: status.onDidChange, outline, timings };
}

// Shared steps of the end-to-end tests. Everything waits on VS Code events (diagnostics changed,
// tree data changed, document saved) with a limit that only turns a hang into a failure; nothing
// sleeps for a fixed time.

import * as vscode from 'vscode';

export const EXTENSION_ID = 'gongwen.gongwen';
export const DIAGNOSTIC_SOURCE = 'gongwen';

/** The part of the extension's exported API (client/src/extension.ts) the tests rely on. */
export interface GongwenApi {
  ready: Promise<void>;
  statusText(): string;
  onDidChangeStatus: vscode.Event<string>;
  outline: vscode.TreeDataProvider<vscode.TreeItem> & {
    onDidChangeTreeData: vscode.Event<unknown>;
    refresh(): Promise<void>;
  };
  timings: { activate: number; serverReady?: number };
}

let timingsLogged = false;

/** Activates the extension under test and waits until its language server runs. */
export async function activate(): Promise<GongwenApi> {
  const extension = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  await api.ready;
  if (!timingsLogged) {
    timingsLogged = true;
    console.log(`    activation: activate() ${api.timings.activate} ms, language server ready after ${api.timings.serverReady} ms`);
  }
  return api;
}

/** A file of the workspace fixture (a scratch copy of test/e2e/workspace made for this run). */
export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the end-to-end run must open the workspace fixture folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace report in an editor (diagnostics are pulled for visible documents). */
export async function openReport(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The quick-fix code actions VS Code's providers offer for a range of a document. */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? []
  );
}

export function gongwenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * Resolves with the gongwen diagnostics of `uri` as soon as they satisfy `predicate`: checked
 * now, then on every onDidChangeDiagnostics event for that document.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 45_000,
): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = gongwenDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    () => `${what}; diagnostics now: ${summarize(gongwenDiagnostics(uri))}`,
    timeoutMs,
  );
}

/**
 * Resolves with the first non-undefined value of `probe`, evaluated now and after every firing
 * of `event`. Rejects after `timeoutMs` with `explain()`.
 */
export function waitForEvent<T>(
  event: vscode.Event<unknown>,
  probe: () => T | undefined | Promise<T | undefined>,
  explain: () => string,
  timeoutMs = 45_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (action: () => void) => {
      if (done) return;
      done = true;
      subscription.dispose();
      clearTimeout(timer);
      action();
    };
    const check = async () => {
      try {
        const value = await probe();
        if (value !== undefined) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const subscription = event(() => void check());
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${explain()}`))), timeoutMs);
    void check();
  });
}

export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
  if (!diagnostics.length) return '(none)';
  return diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ');
}

/** Closes every editor without saving, so each test starts from the files on disk. */
export async function closeAllEditors(): Promise<void> {
  // Closing a dirty editor would ask "Save changes?" and wait for an answer forever.
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The labels of a tree, depth first, indented by level: easy to compare and to read on failure. */
export async function treeLabels(
  provider: vscode.TreeDataProvider<vscode.TreeItem>,
  element?: vscode.TreeItem,
  depth = 0,
): Promise<string[]> {
  const children = (await provider.getChildren(element)) ?? [];
  const lines: string[] = [];
  for (const child of children) {
    const item = await provider.getTreeItem(child);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const description = typeof item.description === 'string' && item.description ? ` [${item.description}]` : '';
    lines.push(`${'  '.repeat(depth)}${label}${description}`);
    lines.push(...(await treeLabels(provider, child, depth + 1)));
  }
  return lines;
}

// The 公文大纲 tree in the Explorer: the numbering tree of the active Markdown document as the
// server's outline model sees it, each item marked with the problems in its own text. Clicking
// an item reveals it; the context menu renumbers its section.

import * as vscode from 'vscode';
// The client's common base: the Node and the browser client are both one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { COMMANDS, levelSymbol, OUTLINE_REQUEST, type OutlineNode, type OutlineResult } from './ids';

const REFRESH_DELAY_MS = 300;

export class OutlineItem extends vscode.TreeItem {
  constructor(
    readonly node: OutlineNode,
    readonly uri: vscode.Uri,
  ) {
    super(`${node.label}${node.detail}`, node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    this.contextValue = 'gongwenSection';
    const problems = node.problems === 1 ? vscode.l10n.t('1 problem') : node.problems ? vscode.l10n.t('{0} problems', node.problems) : undefined;
    this.description = problems;
    this.tooltip = problems ? `${node.label}${node.detail}\n${problems}` : `${node.label}${node.detail}`;
    this.iconPath = node.severity
      ? new vscode.ThemeIcon(node.severity === 'info' ? 'info' : node.severity, new vscode.ThemeColor(severityColor(node.severity)))
      : new vscode.ThemeIcon(`symbol-${levelSymbol(node.level)}`);
    this.command = { command: COMMANDS.revealOutlineItem, title: vscode.l10n.t('Go to'), arguments: [uri, node.selectionRange] };
  }
}

function severityColor(severity: 'error' | 'warning' | 'info'): string {
  return { error: 'problemsErrorIcon.foreground', warning: 'problemsWarningIcon.foreground', info: 'problemsInfoIcon.foreground' }[severity];
}

export class OutlineProvider implements vscode.TreeDataProvider<OutlineItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private roots: OutlineItem[] = [];
  private uri: vscode.Uri | undefined;
  private view: vscode.TreeView<OutlineItem> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** Callers of `refresh()` waiting for the next load to finish. */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: Promise<void>,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.schedule(REFRESH_DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.uri && e.uris.some((u) => u.toString() === this.uri!.toString())) this.schedule(REFRESH_DELAY_MS);
      }),
    );
    this.schedule(0);
  }

  attach(view: vscode.TreeView<OutlineItem>): void {
    this.view = view;
    this.updateMessage();
  }

  /** The items the view shows now, as plain nodes. */
  items(): OutlineNode[] {
    return this.roots.map((r) => r.node);
  }

  /** Refreshes now and resolves when the tree holds the active document's outline. */
  refresh(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule(0);
    });
  }

  getTreeItem(element: OutlineItem): vscode.TreeItem {
    return element;
  }

  getChildren(element?: OutlineItem): OutlineItem[] {
    if (!element) return this.roots;
    return element.node.children.map((child) => new OutlineItem(child, element.uri));
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const waiting = this.waiting;
      this.waiting = [];
      void this.load().finally(() => waiting.forEach((resolve) => resolve()));
    }, delay);
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      // Keep the last tree while focus is in another view (the tree itself, the Problems panel).
      if (!editor) return;
      this.set(undefined, []);
      return;
    }
    await this.ready;
    const uri = editor.document.uri;
    let result: OutlineResult | undefined;
    try {
      result = await this.client.sendRequest<OutlineResult>(OUTLINE_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(uri) });
    } catch {
      result = undefined;
    }
    if (generation !== this.generation) return; // a newer refresh superseded this one
    this.set(uri, (result?.items ?? []).map((node) => new OutlineItem(node, uri)));
  }

  private set(uri: vscode.Uri | undefined, roots: OutlineItem[]): void {
    this.uri = uri;
    this.roots = roots;
    this.changed.fire(undefined);
    this.updateMessage();
  }

  private updateMessage(): void {
    if (!this.view) return;
    if (!this.uri) this.view.message = vscode.l10n.t('Open a Markdown document to see its outline numbering.');
    else if (!this.roots.length) this.view.message = vscode.l10n.t('No outline numbers (一、（一）1.（1）) were found in this document.');
    else this.view.message = undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

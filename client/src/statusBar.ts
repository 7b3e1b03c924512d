// The status bar item for the active report: 字数 and how many problems the server found. A
// click opens the Problems panel.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_ITEM_ID, STATUS_REQUEST, type StatusResult } from './ids';

const REFRESH_DELAY_MS = 300;

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: Promise<void>,
  ) {
    this.item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
    this.item.name = '公文检查';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(REFRESH_DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule(REFRESH_DELAY_MS)),
    );
    this.schedule(0);
  }

  text(): string {
    return this.item.text;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    await this.ready;
    let status: StatusResult | null = null;
    try {
      status = await this.client.sendRequest<StatusResult | null>(STATUS_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(editor.document.uri) });
    } catch {
      status = null;
    }
    if (generation !== this.generation) return;
    if (!status) {
      this.item.hide();
      return;
    }
    if (status.skipped) {
      this.item.text = '$(circle-slash) 公文检查未运行';
      this.item.tooltip = status.skipped;
    } else {
      const problems = status.problems ? `$(warning) ${status.problems}` : '$(check) 0';
      this.item.text = `字数 ${status.characters ?? 0}  ${problems}`;
      this.item.tooltip = `公文检查：字数 ${status.characters ?? 0}；问题 ${status.problems} 个（错误 ${status.errors}，警告 ${status.warnings}）。点击打开“问题”面板。`;
    }
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

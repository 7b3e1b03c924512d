// The status bar item for the active report: 字数 and how many problems it has. A click opens the
// Problems panel.
//
// The problem count is read from the diagnostics VS Code holds for the document, the very list
// the Problems panel counts, and redrawn the moment they change. Asking the server for it (as 字数
// is asked) would lag behind: the answer comes a request later and describes the server's latest
// lint, so the item showed ⚠1 while the Problems panel already said 0.

import * as vscode from 'vscode';
// The client's common base: the Node and the browser client are both one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { STATUS_ITEM_ID, STATUS_REQUEST, type StatusResult } from './ids';
import { problemIcon } from './problemIcon';

const REFRESH_DELAY_MS = 300;
/** The `source` of the server's diagnostics (server/src/lsp/convert.ts). */
const DIAGNOSTIC_SOURCE = 'gongwen';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The server's last answer (字数, or why the document is not checked) and its document. */
  private server: { uri: string; status: StatusResult } | undefined;
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with the item's text each time it is redrawn (for tests and other extensions). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: Promise<void>,
  ) {
    this.item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Gongwen');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(REFRESH_DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (!active || !e.uris.some((uri) => uri.toString() === active)) return;
        // The count follows the Problems panel at once; 字数 (and whether the document is
        // checked at all, which a settings change alters) is asked for again after a pause.
        this.render();
        this.schedule(REFRESH_DELAY_MS);
      }),
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

  /** Asks the server for 字数 and whether the active report is checked, then redraws. */
  private async update(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      this.server = undefined;
      this.render();
      return;
    }
    await this.ready;
    const uri = editor.document.uri;
    let status: StatusResult | null = null;
    try {
      status = await this.client.sendRequest<StatusResult | null>(STATUS_REQUEST, { uri: this.client.code2ProtocolConverter.asUri(uri) });
    } catch {
      status = null;
    }
    if (generation !== this.generation) return;
    this.server = status ? { uri: uri.toString(), status } : undefined;
    this.render();
  }

  /** Draws the item from the server's last answer and the document's diagnostics now. */
  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    // Before the server has answered for the active report there is nothing true to show.
    if (!document || !this.server || this.server.uri !== document.uri.toString()) {
      this.item.hide();
      this.changed.fire(this.item.text);
      return;
    }
    const { status } = this.server;
    if (status.skipped) {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('Gongwen is not checking')}`;
      this.item.tooltip = status.skipped;
    } else {
      const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
      const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
      const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
      const infos = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length;
      const problems = `${problemIcon({ errors, warnings, infos })} ${diagnostics.length}`;
      const characters = status.characters ?? 0;
      // VS Code lists 1,000 diagnostics per file; the server says how many findings it left out.
      const hidden = status.hidden ? ` ${vscode.l10n.t('(+{0} not listed)', status.hidden)}` : '';
      this.item.text = `${vscode.l10n.t('Characters {0}', characters)}  ${problems}${hidden}`;
      this.item.tooltip = vscode.l10n.t('Gongwen: {0} characters; {1} problems ({2} errors, {3} warnings). Click to open the Problems panel.', characters, diagnostics.length, errors, warnings);
      if (status.hidden) this.item.tooltip += ` ${vscode.l10n.t('{0} more problems are not listed: the editor shows 1,000 per file. Fix these first, or run gongwen-lint for the full list.', status.hidden)}`;
    }
    this.item.show();
    this.changed.fire(this.item.text);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

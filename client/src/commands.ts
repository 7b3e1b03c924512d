// The commands of the 公文 category. Fixing and renumbering run on the server (workspace/
// executeCommand), which answers with a versioned edit: if the text changed meanwhile, the edit
// is refused rather than applied to the wrong characters.

import * as vscode from 'vscode';
// The client's common base: the Node and the browser client are both one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { COMMANDS, NEXT_PLACEHOLDER_REQUEST, SERVER_COMMANDS } from './ids';
import { OutlineItem, type OutlineProvider } from './outlineView';
import { showRuleDocs } from './ruleDocs';

interface CommandResult {
  applied: boolean;
  changes?: number;
  reason?: string;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, ready: Promise<void>, outline: OutlineProvider): void {
  const register = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  /** Runs a server command on the active Markdown document and says what happened. */
  async function serverCommand(command: string, extra: unknown[], done: string, nothing: string): Promise<CommandResult | undefined> {
    const editor = markdownEditor();
    if (!editor) return undefined;
    await ready;
    const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
    const result = (await client.sendRequest('workspace/executeCommand', { command, arguments: [uri, editor.document.version, ...extra] })) as CommandResult;
    if (!result?.applied) void vscode.window.showWarningMessage(vscode.l10n.t('Gongwen: the document was not changed ({0}).', result?.reason ?? vscode.l10n.t('it changed meanwhile; please try again')));
    else vscode.window.setStatusBarMessage(result.changes ? done : nothing, 3000);
    return result;
  }

  register(COMMANDS.fixAll, () =>
    serverCommand(SERVER_COMMANDS.fixAll, [], vscode.l10n.t('Gongwen: fixed every auto-fixable problem'), vscode.l10n.t('Gongwen: no auto-fixable problems')),
  );
  register(COMMANDS.renumberDocument, () =>
    serverCommand(SERVER_COMMANDS.renumber, [], vscode.l10n.t('Gongwen: renumbered the outline'), vscode.l10n.t('Gongwen: the outline numbers are already in sequence')),
  );
  register(COMMANDS.renumberSection, async (item?: OutlineItem) => {
    const editor = markdownEditor();
    if (!editor) return undefined;
    // From the tree's context menu the section is the item; from the palette, the cursor's section.
    if (item instanceof OutlineItem && item.uri.toString() !== editor.document.uri.toString()) {
      await vscode.window.showTextDocument(item.uri);
      return vscode.commands.executeCommand(COMMANDS.renumberSection, item);
    }
    const line = item instanceof OutlineItem ? item.node.selectionRange.start.line : editor.selection.active.line;
    return serverCommand(SERVER_COMMANDS.renumber, [line], vscode.l10n.t('Gongwen: renumbered this section'), vscode.l10n.t('Gongwen: this section is already in sequence'));
  });

  register(COMMANDS.insertSection, async () => {
    const editor = markdownEditor();
    if (!editor) return;
    const picks = (await loadSnippets(context)).map((s) => ({ label: s.name, description: s.prefix.join(' · '), detail: s.description, snippet: s }));
    const pick = await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Choose a standard section or document skeleton to insert'), matchOnDescription: true, matchOnDetail: true });
    if (pick) await editor.insertSnippet(new vscode.SnippetString(pick.snippet.body.join('\n')));
  });

  register(COMMANDS.nextPlaceholder, async () => {
    const editor = markdownEditor();
    if (!editor) return;
    await ready;
    const range = await client.sendRequest<{ start: { line: number; character: number }; end: { line: number; character: number } } | null>(NEXT_PLACEHOLDER_REQUEST, {
      uri: client.code2ProtocolConverter.asUri(editor.document.uri),
      position: editor.selection.active,
    });
    if (!range) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Gongwen: no placeholders left to fill in (××, □□, 20xx年 …)'), 3000);
      return;
    }
    const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });

  register(COMMANDS.revealOutlineItem, async (uri: vscode.Uri, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const selection = new vscode.Selection(range.start.line, range.start.character, range.start.line, range.start.character);
    editor.selection = selection;
    editor.revealRange(new vscode.Range(range.start.line, 0, range.end.line, range.end.character), vscode.TextEditorRevealType.AtTop);
  });

  register(COMMANDS.refreshOutline, () => outline.refresh());
  // The target of diagnostics' code links (the server builds them as command: URIs).
  register(COMMANDS.showRuleDocs, (ruleId: unknown) => showRuleDocs(ruleId));
}

function markdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'markdown') return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Gongwen: open a Markdown document first.'));
  return undefined;
}

interface SnippetEntry {
  name: string;
  prefix: string[];
  body: string[];
  description: string;
}

/**
 * The snippets the extension contributes, so the quick pick and the completion list agree. Read
 * through VS Code's file system API, which also serves the extension's files on the web.
 */
async function loadSnippets(context: vscode.ExtensionContext): Promise<SnippetEntry[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'gongwen.code-snippets'));
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, { prefix: string | string[]; body: string | string[]; description?: string }>;
  return Object.entries(raw).map(([name, s]) => ({
    name,
    prefix: Array.isArray(s.prefix) ? s.prefix : [s.prefix],
    body: Array.isArray(s.body) ? s.body : [s.body],
    description: s.description ?? '',
  }));
}

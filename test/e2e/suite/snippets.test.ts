// The contributed snippets (snippets/gongwen.code-snippets) insert standard parts of a 公文
// with tab stops for what the writer fills in.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, openReport, ruleOf, waitForDiagnostics } from './helpers';

describe('snippets', () => {
  before(activate);
  afterEach(closeAllEditors);

  it('inserts the 落款与成文日期 snippet and walks its tab stops', async () => {
    const editor = await openReport('snippet.md');
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);

    // The same command a keybinding or the "Insert Snippet" picker runs, by the snippet's name.
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '落款与成文日期' });
    assert.equal(document.getText(), '# 关于召开全县防汛工作会议的通知\n\n××××\n\n20××年×月×日\n');
    // The first tab stop (the issuing office) is selected, ready to be typed over.
    assert.equal(document.getText(editor.selection), '××××');
    assert.equal(editor.selection.start.line, 2);

    assert.ok(await editor.edit((builder) => builder.replace(editor.selection, '县防汛抗旱指挥部办公室')));
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(document.getText(editor.selection), '20××', 'Tab moves to the year');
    assert.equal(document.lineAt(2).text, '县防汛抗旱指挥部办公室');
  });

  it('marks every unfilled part of the snippet\'s date as a placeholder, the year 20××年 too', async () => {
    const editor = await openReport('snippet.md');
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '落款与成文日期' });
    await vscode.commands.executeCommand('leaveSnippet');
    const dateLine = 4;
    assert.equal(document.lineAt(dateLine).text, '20××年×月×日');
    const marked = (diagnostics: vscode.Diagnostic[]) =>
      diagnostics
        .filter((d) => ruleOf(d) === 'figure/placeholder' && d.range.start.line === dateLine)
        // The marked placeholder with the unit after it: 20×× of 20××年, × of ×月 and ×日.
        .map((d) => document.getText(new vscode.Range(d.range.start, d.range.end.translate(0, 1))))
        .sort();
    const diagnostics = await waitForDiagnostics(document.uri, (list) => marked(list).length === 3, 'the year, month and day of the date to be marked');
    assert.deepEqual(marked(diagnostics), ['20××年', '×日', '×月'].sort());

    // And the next-placeholder command, from the end of the line before, stops at the year first.
    const before = document.lineAt(dateLine - 2).range.end;
    editor.selection = new vscode.Selection(before, before);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.equal(editor.selection.start.line, dateLine);
    assert.equal(editor.selection.start.character, 0);
    assert.match(document.getText(editor.selection), /^20××/);
  });

  it('gongwen.nextPlaceholder walks to the placeholders a snippet left unfilled', async () => {
    const editor = await openReport('snippet.md');
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '附注（联系人和电话）' });
    await vscode.commands.executeCommand('leaveSnippet');
    assert.equal(document.lineAt(2).text, '（联系人：×××，联系电话：××××××××）');

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.equal(editor.selection.start.line, 2);
    assert.equal(document.getText(editor.selection), '×××');
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    // The next one is the telephone number (figure/placeholder reports a long run of × in pieces
    // of four, so only its start and content are checked).
    assert.equal(editor.selection.start.line, 2);
    assert.equal(editor.selection.start.character, document.lineAt(2).text.indexOf('电话：') + 3);
    assert.match(document.getText(editor.selection), /^×{4,8}$/);
  });
});

// The commands of the 公文 category, run the way the Command Palette runs them.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, openReport, ruleOf, waitForDiagnostics } from './helpers';

interface CommandResult {
  applied: boolean;
  changes?: number;
}

describe('公文 commands', () => {
  before(activate);
  afterEach(closeAllEditors);

  it('contributes its commands in the 公文 category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['gongwen.fixAll', 'gongwen.renumberDocument', 'gongwen.renumberSection', 'gongwen.insertSection', 'gongwen.nextPlaceholder']) {
      assert.ok(all.includes(id), `${id} is registered`);
    }
  });

  it('gongwen.fixAll fixes every certain finding of the active report', async () => {
    const editor = await openReport('quick-fix.md');
    const document = editor.document;
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'outline/heading-punctuation'), 'a heading-punctuation diagnostic');
    const result = await vscode.commands.executeCommand<CommandResult>('gongwen.fixAll');
    assert.equal(result?.applied, true, 'the edit was applied');
    assert.equal(document.lineAt(6).text, '## 一、提高思想认识');
    assert.ok(document.isDirty, 'the fix is an edit; saving stays with the writer');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'outline/heading-punctuation'), 'the diagnostic to go away');
  });

  it('gongwen.renumberDocument closes the gaps of the numbering', async () => {
    const editor = await openReport('renumber.md');
    const document = editor.document;
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'outline/sequence'), 'an outline/sequence diagnostic');
    const result = await vscode.commands.executeCommand<CommandResult>('gongwen.renumberDocument');
    assert.equal(result?.applied, true, 'the edit was applied');
    const headings = document.getText().split('\n').filter((line) => line.startsWith('#'));
    assert.deepEqual(headings, [
      '# 关于开展冬春火灾防控工作的通知',
      '## 一、检查范围',
      '## 二、检查内容',
      '### （一）消防设施运行情况',
      '### （二）疏散通道畅通情况',
      '## 三、工作要求',
    ]);
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'outline/sequence'), 'the sequence diagnostics to go away');
  });
});

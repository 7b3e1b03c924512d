// fixAll on save: with "editor.codeActionsOnSave": {"source.fixAll.gongwen": "explicit"} (the
// fixture's .vscode/settings.json, as a writer would set it), saving applies every certain fix.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activate, closeAllEditors, openReport, ruleOf, waitForDiagnostics } from './helpers';

const RULE = 'outline/heading-punctuation';

describe('fix all on save', () => {
  before(activate);
  afterEach(closeAllEditors);

  it('removes every fixable finding when the report is saved', async () => {
    const editor = await openReport('fix-on-save.md');
    const document = editor.document;
    await waitForDiagnostics(document.uri, (ds) => ds.filter((d) => ruleOf(d) === RULE).length === 3, `three ${RULE} diagnostics`);

    // The writer adds one more wrong heading, which makes the document dirty, then saves.
    const line = document.lineAt(10); // "### （二）民生保障持续加强"
    assert.equal(line.text, '### （二）民生保障持续加强');
    assert.ok(await editor.edit((builder) => builder.insert(line.range.end, '。')));
    await waitForDiagnostics(document.uri, (ds) => ds.filter((d) => ruleOf(d) === RULE).length === 4, `four ${RULE} diagnostics`);
    assert.ok(await document.save(), 'the document is saved');

    const expected = [
      '# 城关镇2025年上半年工作总结',
      '## 一、主要工作完成情况',
      '### （一）经济运行稳中有进',
      '### （二）民生保障持续加强',
      '## 二、存在的问题',
    ];
    const headings = document.getText().split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, expected);
    assert.equal(document.isDirty, false, 'the fixes are part of what was saved');
    assert.equal(fs.readFileSync(document.uri.fsPath, 'utf8'), document.getText(), 'the file on disk holds the fixed text');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === RULE), `no ${RULE} diagnostic after the save`);
  });
});

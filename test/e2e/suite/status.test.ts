// The status bar item counts the same problems as the Problems panel, at every moment: fixing a
// finding lowers both at once. (It once kept showing ⚠1 after the Problems count fell to 0.)

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, openReport, ruleOf, waitForDiagnostics, waitForEvent, type GongwenApi, quickFixesAt } from './helpers';

/**
 * The problem count the status text shows: "字数 123  $(error) 2" (the icon of the worst
 * severity) or "字数 123  $(check) 0"
 * ("Characters 123 …" when VS Code's display language is English).
 */
function shownCount(text: string): number | undefined {
  const match = /\$\((?:error|warning|info|check)\) (\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** 字数 as the status bar writes it in Chinese or in English. */
const CHARACTERS = /^(?:字数|Characters) (\d+)/;

describe('status bar', () => {
  let api: GongwenApi;
  before(async () => {
    api = await activate();
  });
  afterEach(closeAllEditors);

  it('shows 字数 and the Problems count, and follows each fix at once', async () => {
    const editor = await openReport('status.md');
    const document = editor.document;
    const initial = await waitForDiagnostics(document.uri, (ds) => ds.length === 2, 'two findings in status.md');
    const text = await waitForEvent(
      api.onDidChangeStatus,
      () => {
        const now = api.statusText();
        return CHARACTERS.test(now) && shownCount(now) === 2 ? now : undefined;
      },
      () => `the status bar to show 字数 and 2 problems; it shows "${api.statusText()}"`,
    );
    const characters = Number(CHARACTERS.exec(text)![1]);
    assert.ok(characters > 50 && characters < document.getText().length, `a plausible 字数: ${text}`);

    // Fix the findings one by one. The moment the diagnostics change (this test listens after
    // the extension does), the status bar must already say the same.
    for (const diagnostic of initial) {
      const left = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gongwen').length - 1;
      const actions = await quickFixesAt(document.uri, diagnostic.range);
      const fix = actions.find((a) => a.isPreferred && a.edit);
      assert.ok(fix?.edit, `a quick fix for ${ruleOf(diagnostic)}; offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      await waitForDiagnostics(document.uri, (ds) => ds.length === left, `${left} finding(s) left`);
      assert.equal(shownCount(api.statusText()), left, `the status bar shows "${api.statusText()}" with ${left} problem(s) in the Problems panel`);
    }
    assert.match(api.statusText(), /\$\(check\) 0$/);
  });
});

// A writer opens a report: the findings appear as diagnostics, and one is fixed through the
// quick fix the lightbulb offers.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, openReport, ruleOf, waitForDiagnostics, quickFixesAt } from './helpers';

const RULE = 'outline/heading-punctuation';

describe('diagnostics and quick fixes', () => {
  before(activate);
  afterEach(closeAllEditors);

  it('shows a finding of an opened report where the text is wrong', async () => {
    const editor = await openReport('quick-fix.md');
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === RULE), `a ${RULE} diagnostic`);

    const finding = diagnostics.filter((d) => ruleOf(d) === RULE);
    assert.equal(finding.length, 1, 'only the heading that ends in 。 is reported');
    const [diagnostic] = finding;
    // "## 一、提高思想认识。" is line 7; the range is the full stop alone.
    assert.equal(diagnostic.range.start.line, 6);
    assert.equal(editor.document.getText(diagnostic.range), '。');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(diagnostic.message.length > 10, `a message that explains the finding: ${diagnostic.message}`);
    const code = diagnostic.code;
    assert.ok(typeof code === 'object' && code.target.toString().length > 0, 'the rule id links to its documentation');
  });

  it('applies the quick fix offered for that finding and the diagnostic goes away', async () => {
    const editor = await openReport('quick-fix.md');
    const document = editor.document;
    const before = document.getText();
    const [diagnostic] = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => ruleOf(d) === RULE),
      `a ${RULE} diagnostic`,
    ).then((ds) => ds.filter((d) => ruleOf(d) === RULE));

    const actions = await quickFixesAt(document.uri, diagnostic.range);
    // The command's result carries no `diagnostics`; the finding's fix is the preferred action.
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred quick fix for ${RULE}; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, 'the fix carries its edit');
    // Also offered: turning the rule off for this line, for a writer who disagrees.
    assert.ok(actions.some((a) => a.edit && !a.isPreferred && a.title.includes(RULE)), 'a "disable for this line" action');

    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the editor accepts the edit');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    // Exactly the full stop is removed; nothing else in the document changes.
    const offset = before.indexOf('## 一、提高思想认识。') + '## 一、提高思想认识'.length;
    assert.equal(document.getText(), before.slice(0, offset) + before.slice(offset + 1));
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === RULE), `the ${RULE} diagnostic to go away`);
  });
});

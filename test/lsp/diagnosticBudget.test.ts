// Which findings are sent when a document has more than VS Code shows (1,000 per file).

import * as assert from 'node:assert/strict';
import { budgetDiagnostics, type BudgetItem } from '../../server/src/lsp/diagnosticBudget';

function items(ruleId: string, severity: BudgetItem['severity'], count: number, from: number, step: number): BudgetItem[] {
  return Array.from({ length: count }, (_, k) => ({ ruleId, severity, start: from + k * step }));
}

describe('diagnostic budget', () => {
  it('keeps everything when it fits', () => {
    const all = items('figure/placeholder', 'error', 1000, 0, 10);
    const budget = budgetDiagnostics(all);
    assert.equal(budget.kept.length, 1000);
    assert.deepEqual(budget.summaries, []);
  });

  it('keeps every rule, errors and warnings before infos, and the end of the document', () => {
    // 1,200 placeholder errors fill the first half; warnings and infos come only at the end.
    const all = [
      ...items('figure/placeholder', 'error', 1200, 0, 10),
      ...items('outline/sequence', 'warning', 30, 20000, 10),
      ...items('punctuation/halfwidth', 'info', 400, 20500, 5),
      ...items('docno/format', 'warning', 2, 30000, 1),
    ];
    const budget = budgetDiagnostics(all, 1000);
    assert.ok(budget.kept.length + budget.summaries.length <= 1000);
    const kept = budget.kept.map((i) => all[i]);
    const count = (ruleId: string) => kept.filter((f) => f.ruleId === ruleId).length;
    assert.equal(count('outline/sequence'), 30);
    assert.equal(count('docno/format'), 2);
    assert.ok(count('punctuation/halfwidth') >= 1);
    assert.ok(count('figure/placeholder') > 500);
    // The capped rule is represented from its first finding to its last.
    const placeholders = kept.filter((f) => f.ruleId === 'figure/placeholder').map((f) => f.start);
    assert.equal(Math.min(...placeholders), 0);
    assert.equal(Math.max(...placeholders), 11990);
    // One summary per capped rule, counting exactly what was left out.
    for (const summary of budget.summaries) {
      const total = all.filter((f) => f.ruleId === summary.ruleId).length;
      assert.equal(summary.omitted, total - count(summary.ruleId), summary.ruleId);
      assert.ok(!budget.kept.includes(summary.at));
    }
    assert.deepEqual(budget.summaries.map((s) => s.ruleId).sort(), ['figure/placeholder', 'punctuation/halfwidth']);
  });

  it('gives infos only the room errors and warnings leave', () => {
    const all = [...items('a/x', 'info', 900, 0, 1), ...items('b/y', 'warning', 990, 1000, 1)];
    const budget = budgetDiagnostics(all, 1000);
    const kept = budget.kept.map((i) => all[i]);
    assert.equal(kept.filter((f) => f.ruleId === 'b/y').length, 990);
    assert.ok(budget.kept.length + budget.summaries.length <= 1000);
    assert.ok(kept.some((f) => f.ruleId === 'a/x'));
  });
});

// Property tests: on any mix of outline-like fragments the outline rules never crash, report
// ranges inside the text, and their fixes settle (nothing fixable remains, a second fix is a
// no-op). The fragments are the characters outline numbering is made of, so the generator
// reaches the corner cases (wrong marks, half-width brackets, restarts, CRLF, astral text).

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll, lint, INTERNAL_RULE_ID } from '../../server/src/core/engine';
import { outlineRules } from '../../server/src/core/rules/outline';
import { SourceDocument } from '../../server/src/core/document';
import { outlineIndex } from '../../server/src/core/outline';

const FRAGMENTS = [
  '一、', '二、', '三、', '四、', '十一、', '一.', '二，', '（一）', '（二）', '(三)', '（四)', '（一）、',
  '1.', '2.', '3、', '4．', '（1）', '(2)', '（3）.', '一是', '二是', '四是', '第一，', '第三，', '一要', '二要',
  '加强领导', '𠮷利村', '统一是', '第一书记', '一是一、二是二', '。', '；', '：', '，', '\n', '\n\n', '\r\n',
  '## ', '### ', '# 讲话\n', '1. ', '- ', '> ', '附件：', '| 三、 | x |\n', ' ', '\uFEFF',
];

const documentArbitrary = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

describe('outline rules on generated documents', () => {
  it('never crash, keep ranges in bounds, and build a consistent tree', () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        const findings = lint(text, { rules: outlineRules });
        assert.deepEqual(findings.filter((f) => f.ruleId === INTERNAL_RULE_ID).map((f) => f.message), []);
        for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
        const outline = new SourceDocument(text).get(outlineIndex);
        for (const item of outline.items) {
          assert.ok(item.sectionStart <= item.start && item.start < item.end && item.end <= item.sectionEnd);
          if (item.parent) {
            assert.ok(item.parent.level < item.level);
            assert.ok(item.parent.sectionStart <= item.sectionStart && item.sectionEnd <= item.parent.sectionEnd);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fix until stable: nothing fixable remains and a second fix changes nothing', () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        const once = fixAll(text, { rules: outlineRules }).text;
        assert.deepEqual(lint(once, { rules: outlineRules }).filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`), []);
        assert.equal(fixAll(once, { rules: outlineRules }).text, once);
      }),
      { numRuns: 300 },
    );
  });
});

import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/core/config/resolve';
import { lint } from '../../server/src/core/engine';
import { allRules } from '../../server/src/core/rules';
import { DocumentCache } from '../../server/src/lsp/documentCache';

describe('language server document cache', () => {
  const config = resolveConfig(allRules, []);
  // Long enough that an edit in the middle is more than 16 characters (the context a block's key
  // holds) from either end, so the paragraphs around it keep their keys.
  const paragraphs = Array.from({ length: 30 }, (_, i) => `（${i + 1}）按照年度计划稳步推进，全年接诊${i + 100}人次，占比${i}%，共5项：甲、乙、丙、丁。各项工作进展顺利，成效明显。`);
  const text = paragraphs.join('\n\n') + '\n';
  // What each block keeps in the memo: its figures, and the reports of wording/duplicated,
  // wording/confusable and punctuation/unpaired. An edit makes each look again at the edited
  // paragraph; wording/confusable reads 72 characters around a block, so at the paragraphs on
  // either side of it too.
  const kinds = 4;
  const againAfterEdit = 1 + 1 + 3 + 1;

  it('re-analyses only the paragraph an edit touched, with the findings of a full lint', () => {
    const cache = new DocumentCache();
    cache.lint('file:///a.md', 1, text, config, 'c', 'zh');
    assert.deepEqual(cache.memoCounts('file:///a.md'), { reused: 0, computed: 30 * kinds });
    const edited = text.replace('接诊110人次', '接诊1100人次');
    const result = cache.lint('file:///a.md', 2, edited, config, 'c', 'zh');
    assert.deepEqual(cache.memoCounts('file:///a.md'), { reused: 30 * kinds - againAfterEdit, computed: againAfterEdit });
    assert.deepEqual(result.findings, lint(edited, { config, locale: 'zh' }));
    assert.ok(result.findings.some((f) => f.ruleId === 'figure/count'), 'the consistency rules still see every paragraph');
  });

  it('keeps each document’s memo apart and drops it with the document', () => {
    const cache = new DocumentCache();
    cache.lint('file:///a.md', 1, text, config, 'c', 'zh');
    cache.lint('file:///b.md', 1, text, config, 'c', 'zh');
    assert.deepEqual(cache.memoCounts('file:///b.md'), { reused: 0, computed: 30 * kinds });
    cache.forget('file:///a.md');
    assert.equal(cache.memoCounts('file:///a.md'), undefined);
  });
});

// Where the text is Chinese (core/text/language.ts), and the engine's use of it: rules that
// enforce a Chinese convention stay quiet on English sentences, rules for faults in any language
// do not.

import * as assert from 'node:assert/strict';
import { SourceDocument } from '../../server/src/core/document';
import { lint } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config/resolve';
import { textLanguageIndex } from '../../server/src/core/text/language';
import type { Rule, RuleMeta } from '../../server/src/core/types';

/** Whether the text at the first occurrence of `needle` (after `from`) is Chinese. */
function chineseAt(text: string, needle: string, from = 0): boolean {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `no "${needle}" in the text`);
  return new SourceDocument(text).get(textLanguageIndex).isChineseAt(at);
}

describe('text language', () => {
  it('calls a Chinese sentence with English words, a figure or an astral character in it Chinese', () => {
    assert.equal(chineseAt('本系统用 VS Code 编写，性能提升10-20%。\n', '10-20%'), true);
    assert.equal(chineseAt('## 2023年工作总结\n', '2023'), true);
    assert.equal(chineseAt('## （三）2021-2025\n', '2021'), true);
    assert.equal(chineseAt('𠮷 10-20\n', '10-20'), true);
    assert.equal(chineseAt('联系电话：010-12345678\n', '010'), true);
  });

  it('calls an English sentence English, wherever it stands', () => {
    assert.equal(chineseAt('### Misc.\n', 'Misc'), false);
    assert.equal(chineseAt('Benchmarks show 10-20% faster.\n', '10-20'), false);
    // After a Chinese sentence on the same line, and before one.
    assert.equal(chineseAt('性能提升10-20%。Benchmarks show 10-20% faster.\n', '10-20', 12), false);
    assert.equal(chineseAt('性能提升10-20%。Benchmarks show 10-20% faster.\n', '10-20'), true);
    assert.equal(chineseAt('Benchmarks show 10-20% faster. 性能提升10-20%。\n', '10-20'), false);
    assert.equal(chineseAt('Benchmarks show 10-20% faster. 性能提升10-20%。\n', '10-20', 20), true);
    // An English line of a Chinese paragraph, and an English paragraph of a Chinese document.
    assert.equal(chineseAt('一、工作要求\n\n联系人：张三\nEmail: zhang@example.com, 10-20\n', '10-20'), false);
    assert.equal(chineseAt('一、工作要求\n\nSee 10-20% faster.\n\n二、保障措施\n', '10-20'), false);
  });

  it('keeps an outline number with the sentence it opens', () => {
    assert.equal(chineseAt('1. 总体要求\n', '1.'), true);
    assert.equal(chineseAt('## 2. Record the whole session.\n', '2.'), false);
    assert.equal(chineseAt('2.1 范围\n', '2.1'), true);
    assert.equal(chineseAt('- 3.x: node 8+\n', '3.x'), false);
  });

  it('gives a sentence of figures only the language of its paragraph, else of the text before it', () => {
    assert.equal(chineseAt('2021-2025. Roadmap for the next releases\n', '2021'), false);
    assert.equal(chineseAt('2021-2025。规划期内完成\n', '2021'), true);
    assert.equal(chineseAt('# Changelog\n\n## 1.2.3\n', '1.2.3'), false);
    assert.equal(chineseAt('# 工作计划\n\n## 2024\n', '2024'), true);
    assert.equal(chineseAt('| 指标 | 增幅 |\n| --- | --- |\n| 门诊 | 10-20% |\n', '10-20'), true);
    assert.equal(chineseAt('| Metric | Speedup |\n| --- | --- |\n| parse | 10-20% |\n', '10-20'), false);
    // The line decides before the paragraph: a figure that opens an English line of a Chinese paragraph.
    assert.equal(chineseAt('全年完成目标。\n10-20%. Faster than before.\n', '10-20'), false);
    assert.equal(chineseAt('Faster than before.\n10-20%。全年完成目标。\n', '10-20'), true);
    // Nothing before it: the text after it decides; a text without any words is Chinese.
    assert.equal(chineseAt('10-20\n\nFaster than before.\n', '10-20'), false);
    assert.equal(chineseAt('10-20\n', '10-20'), true);
  });

  it('decides the same with CRLF line ends and a BOM, and on a one-line paste', () => {
    const crlf = '\uFEFF# 说明\r\n\r\n性能提升10-20%。\r\nBenchmarks show 10-20% faster.\r\n';
    assert.equal(chineseAt(crlf, '10-20'), true);
    assert.equal(chineseAt(crlf, '10-20', crlf.indexOf('Bench')), false);
    const pasted = '一、总体要求。全年增长10-20%。Throughput grew 10-20% in tests. 二、保障措施。';
    assert.equal(chineseAt(pasted, '10-20'), true);
    assert.equal(chineseAt(pasted, '10-20', pasted.indexOf('Through')), false);
    assert.equal(chineseAt(pasted, '二、'), true);
  });

  it('holds each position outside a block (a list marker, a heading mark) with the block on its line', () => {
    assert.equal(chineseAt('Intro text.\n\n1. 总体要求\n', '1.'), true);
    assert.equal(chineseAt('总体要求。\n\n1. Install it\n', '1.'), false);
    assert.equal(chineseAt('总体要求。\n\n### Misc.\n', '###'), false);
    assert.equal(new SourceDocument('').get(textLanguageIndex).isChineseAt(0), true);
  });
});

describe('the engine and a rule’s text scope', () => {
  // A rule that reports the first character of every line, in both scopes.
  const lineStarts = (appliesTo: RuleMeta['appliesTo'], anyLanguageMessages?: string[]): Rule => ({
    meta: {
      id: `test/line-starts-${appliesTo ?? 'default'}`,
      title: { zh: '测试', en: 'test' },
      description: { zh: '测试', en: 'test' },
      source: { zh: '测试', en: 'test' },
      severity: 'warning',
      fixable: false,
      appliesTo,
      anyLanguageMessages,
      messages: { line: { zh: '行', en: 'line' }, always: { zh: '总报', en: 'always' } },
      examples: { bad: [], good: [] },
    },
    check(ctx) {
      const { lineStarts: starts } = ctx.doc.lines;
      for (const start of starts) if (start < ctx.doc.text.length) ctx.report({ start, end: start + 1, messageId: start === 0 ? 'always' : 'line' });
    },
  });
  const text = 'English line.\n中文行。\nAnother English line.\n';
  const linesOf = (rule: Rule) => lint(text, { rules: [rule], config: resolveConfig([rule], []) }).map((f) => text.slice(f.start, f.end));

  it('keeps only the Chinese findings of a rule for Chinese text, the default', () => {
    assert.deepEqual(linesOf(lineStarts(undefined)), ['中']);
    assert.deepEqual(linesOf(lineStarts('chinese')), ['中']);
  });

  it('keeps every finding of a rule for any text, and the messages a Chinese rule names as any-language', () => {
    assert.deepEqual(linesOf(lineStarts('any')), ['E', '中', 'A']);
    assert.deepEqual(linesOf(lineStarts('chinese', ['always'])), ['E', '中']);
  });
});

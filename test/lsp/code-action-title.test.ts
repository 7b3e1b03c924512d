// The title of a finding's quick fix ("修复：…") is the message's first part, what is wrong. It is
// cut at a colon or sentence end outside quotes, and never leaves a quotation mark open: a 。
// quoted inside the message (标题末尾不应有“。”) once cut the title in the middle of the quote.

import * as assert from 'node:assert/strict';
import { shorten } from '../../server/src/lsp/codeActions';
import { lint } from '../../server/src/core/engine';
import { allRules } from '../../server/src/core/rules';

const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['「', '」'], ['《', '》'], ['（', '）']];

function balanced(text: string): boolean {
  const stack: string[] = [];
  for (const ch of text) {
    const pair = PAIRS.find(([open]) => open === ch);
    if (pair) stack.push(pair[1]);
    else if (PAIRS.some(([, close]) => close === ch)) {
      if (stack.pop() !== ch) return false;
    }
  }
  return stack.length === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0;
}

describe('quick fix titles (shorten)', () => {
  it('keeps a quoted full stop and ends at the colon after the quote', () => {
    assert.equal(shorten('标题末尾不应有“。”：独立成行的标题不加句末标点，请删去。'), '标题末尾不应有“。”');
    assert.equal(
      shorten('Heading ends with "。": a standalone title takes no closing punctuation; remove it.'),
      'Heading ends with "。"',
    );
  });

  it('ends at the first sentence end outside quotes', () => {
    assert.equal(shorten('“第1号”中的“。；”不是序号。请改正：删去。'), '“第1号”中的“。；”不是序号');
    assert.equal(shorten('Use 3.5 and 1:2 here. Then more.'), 'Use 3.5 and 1:2 here');
    assert.equal(shorten('Brackets are half-width, e.g. "(一)"; write "（一）".'), 'Brackets are half-width, e.g. "(一)"');
  });

  it('cuts a long part with … and closes every quote still open', () => {
    const long = `发文字号“${'国'.repeat(80)}〔2023〕5号”的年份不对：请核对。`;
    const title = shorten(long);
    assert.equal(title, `发文字号“${'国'.repeat(53)}…”`);
    assert.equal(title.length, 60);
    assert.ok(balanced(title));
    const nested = shorten(`引用《${'关于'.repeat(40)}“通知”》有误：请核对。`);
    assert.ok(nested.endsWith('…》'), nested);
    assert.ok(balanced(nested), nested);
  });

  it('never splits a surrogate pair', () => {
    // 𠮷 takes the 59th and 60th UTF-16 units; a cut after 59 units would split it.
    const title = shorten(`${'字'.repeat(58)}𠮷${'字'.repeat(10)}`);
    assert.equal(title, `${'字'.repeat(58)}…`);
  });

  it('gives a balanced, non-empty title for every message the rules really produce', () => {
    // The rules' own examples produce real messages, with their data filled in.
    let checked = 0;
    for (const rule of allRules) {
      for (const example of rule.meta.examples.bad) {
        for (const locale of ['zh', 'en'] as const) {
          for (const finding of lint(example.text, { locale, rules: [rule] })) {
            const title = shorten(finding.message);
            assert.ok(title.length > 0 && title.length <= 60, `${finding.ruleId}: ${title}`);
            assert.ok(balanced(title), `${finding.ruleId}: unbalanced title ${title} of ${finding.message}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 20, `only ${checked} messages checked`);
  });
});

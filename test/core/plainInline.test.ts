import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { itGivesMarkdownItsTokens, proseParser, tokenStream } from './markdownTokens';
import { installPlainInline } from '../../server/src/core/markdown/plainInline';
import { parseProse } from '../../server/src/core/markdown/prose';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { documentArbitrary } from '../property/documents';

const real = proseParser();
const shortcut = proseParser(installPlainInline);

describe('plain inline shortcut', () => {
  const cases: [string, string][] = [
    ['one line', '全年完成投资3.5亿元，同比增长12%。\n'],
    ['soft breaks', '第一行\n第二行\n第三行\n'],
    ['one trailing space', '第一行 \n第二行\n'],
    ['a hard break from two spaces', '第一行  \n第二行\n'],
    ['a hard break from many spaces', '第一行     \n第二行\n'],
    ['a tab before the line end', '第一行\t\n第二行\n'],
    ['leading spaces and tabs on the next line', '第一行\n \t 第二行\n'],
    ['an ideographic space at the end', '第一行\u3000\n第二行\n'],
    ['a heading', '## 一、总体要求  \n'],
    ['a table', '| 指标 | 数值 |\n| --- | --- |\n| 床位  | 120张 |\n'],
    ['a list', '1. 第一项\n   续行  \n2. 第二项\n'],
    ['CRLF', '第一行 \r\n第二行\r\n'],
    ['NUL', '第\u0000一行\n'],
    ['terminators that open nothing', '比例：50% + 3 = 53#{}^@$-\n'],
    ['an exclamation mark without a bracket', '好!很好! 真好!\n'],
  ];
  itGivesMarkdownItsTokens(cases, shortcut, real);

  it('leaves text with inline syntax to markdown-it', () => {
    const text = '见`代码`和**加粗**、[链接](a)、<b>x</b>、&amp;、\\*。\n';
    assert.deepEqual(tokenStream(shortcut, text), tokenStream(real, text));
    assert.ok(tokenStream(shortcut, text).some((t) => JSON.stringify(t).includes('code_inline')));
  });

  it("gives markdown-it's own tokens and the same prose model on generated documents", () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        assert.deepEqual(tokenStream(shortcut, text), tokenStream(real, text));
        const lines = new LineIndex(text);
        assert.deepEqual(parseProse(text, lines), parseProse(text, lines, { shortcuts: false }));
      }),
      { seed: 20261123, numRuns: 1500 },
    );
  });

  it('is not installed over inline rules it does not know', () => {
    const md = new MarkdownIt({ html: true, linkify: false });
    md.inline.ruler.push('mark', () => false);
    assert.equal(installPlainInline(md), false);
    const linkify = new MarkdownIt({ html: true, linkify: true });
    assert.equal(installPlainInline(linkify), false);
  });
});

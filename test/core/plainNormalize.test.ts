import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { itGivesMarkdownItsTokens, proseParser, tokenStream } from './markdownTokens';
import { installPlainNormalize } from '../../server/src/core/markdown/plainNormalize';

const real = proseParser();
const shortcut = proseParser(installPlainNormalize);

describe('plain normalize shortcut', () => {
  const cases: [string, string][] = [
    ['LF only', '一、总体要求\n\n全年完成投资3.5亿元。\n'],
    ['CRLF', '一、总体要求\r\n\r\n全年完成投资3.5亿元。\r\n'],
    ['lone CR', '第一行\r第二行\r\r第三段\r'],
    ['mixed breaks', '第一行\r\n第二行\n第三行\r\r\n第四段'],
    ['NUL', '第\u0000一行\n'],
    ['NUL and CRLF', '\u0000\r\n\u0000'],
    ['a fence with CRLF', '```\r\ncode\r\n```\r\n'],
    ['astral characters', '𠮷野家\r\n𠮷\n'],
    ['empty', ''],
  ];
  itGivesMarkdownItsTokens(cases, shortcut, real);

  it("gives markdown-it's own tokens on generated text with every kind of break", () => {
    const piece = fc.constantFrom('\r\n', '\r', '\n', '\u0000', '一、', '（一）', '```', '> ', '全年', 'x', ' ', '\t', '𠮷');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(tokenStream(shortcut, text), tokenStream(real, text));
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });

  it('is not installed over a core ruler it does not know', () => {
    const md = new MarkdownIt();
    md.core.ruler.disable('normalize');
    md.core.ruler.before('normalize', 'first', () => false);
    assert.equal(installPlainNormalize(md), false);
  });
});

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { itGivesMarkdownItsTokens, proseParser, tokenStream } from './markdownTokens';
import { installPlainBlocks } from '../../server/src/core/markdown/plainBlocks';
import { parseProse } from '../../server/src/core/markdown/prose';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { documentArbitrary } from '../property/documents';

const real = proseParser();
const shortcut = proseParser(installPlainBlocks);

/** Documents without block syntax, but with everything that sits close to it. */
const plainLine = fc.oneof(
  fc.constantFrom(
    '全年完成投资3.5亿元，同比增长12%。',
    '1.加强组织领导',
    '2023年工作总结',
    '一、总体要求',
    '（一）强化党建引领',
    '发文机关: 某某局 | 主题词: |',
    '好!很好!',
    '　　首行缩进的段落（全角空格）',
    '\uFEFF标题',
    '结尾有空格  ',
    '结尾有制表符\t',
    '含`代码`和**加粗**的行',
    '12345678901.不是列表',
    'a|b',
    '',
    ' ',
    '\t',
    '   ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !/^(?:[ \t]+[^ \t]|[#>*+\-_=`~<|[:]|\d{1,9}[.)](?:[ \t]|$))/.test(s) && !/[\r\n]/.test(s)),
);
const plainDocument = fc
  .tuple(fc.array(fc.tuple(plainLine, fc.constantFrom('\n', '\n', '\r\n', '\r')), { maxLength: 20 }), fc.boolean())
  .map(([lines, trailing]) => lines.map(([l, e], i) => l + (i < lines.length - 1 || trailing ? e : '')).join(''));

describe('plain block shortcut', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['one line without a break', '全年工作总结'],
    ['paragraphs and blank lines', '第一段\n第二行\n\n\n第二段\n'],
    ['whitespace-only lines between paragraphs', '第一段\n  \t\n第二段'],
    ['CRLF and a lone CR', '第一段\r\n第二行\r\r第二段\r\n'],
    ['a byte order mark and ideographic spaces', '\uFEFF　　标题　\n\n　　正文。　\n'],
    ['numbering that is not a Markdown list', '1.加强组织领导\n2023年\n（1）完善制度\n'],
  ];
  itGivesMarkdownItsTokens(cases, shortcut, real);

  it('leaves every kind of block syntax to markdown-it', () => {
    const lines = ['# 标题', '> 引用', '- 列表', '* 列表', '+ 列表', '1. 列表', '1) 列表', '1.', '---', '***', '___', '===', '```', '~~~', '<div>', '[a]: http://x', '| a | b |', ':-- | --:', '    缩进代码', ' 缩进一格', '\t制表符缩进'];
    for (const line of lines) {
      const text = `正文第一段\n${line}\n后文\n`;
      assert.deepEqual(tokenStream(shortcut, text), tokenStream(real, text), line);
    }
  });

  it("gives markdown-it's own tokens on generated plain documents", () => {
    fc.assert(
      fc.property(plainDocument, (text) => {
        assert.deepEqual(tokenStream(shortcut, text), tokenStream(real, text));
      }),
      { seed: 20261124, numRuns: 3000 },
    );
  });

  it('takes the shortcut for plain text, so the comparison above tests it', () => {
    let blockParses = 0;
    const md = proseParser(installPlainBlocks);
    const original = md.block.parse.bind(md.block);
    md.block.parse = (...args: Parameters<typeof original>) => {
      blockParses++;
      return original(...args);
    };
    md.parse('第一段\n\n第二段\n', {});
    assert.equal(blockParses, 0);
    md.parse('# 标题\n', {});
    assert.equal(blockParses, 1);
  });

  it('gives the same prose model as markdown-it on generated documents of every kind', () => {
    fc.assert(
      fc.property(fc.oneof(documentArbitrary, plainDocument), (text) => {
        const lines = new LineIndex(text);
        assert.deepEqual(parseProse(text, lines), parseProse(text, lines, { shortcuts: false }));
      }),
      { seed: 20261125, numRuns: 1500 },
    );
  });

  it("gives the same prose model as markdown-it past markdown-it's nesting limit, where the shortcut never applies", () => {
    // Nesting needs list or quote markers, which always send the text to markdown-it's block
    // parser; both parsers read what lies beyond the limit with the same fallback.
    for (const text of [`${'- '.repeat(60)}甲\n\n正文\n`, `${'> '.repeat(120)}甲\n乙\n`]) {
      const lines = new LineIndex(text);
      assert.deepEqual(parseProse(text, lines), parseProse(text, lines, { shortcuts: false }));
    }
  });

  it('is not installed over block rules it does not know', () => {
    const md = new MarkdownIt();
    md.block.ruler.before('paragraph', 'note', () => false);
    assert.equal(installPlainBlocks(md), false);
  });
});

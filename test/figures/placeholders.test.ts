// The blanks a template leaves (figure/placeholder), read from plain text: what is found, where,
// and what a message quotes.

import * as assert from 'node:assert/strict';
import { SourceDocument } from '../../server/src/core/document';
import { scanPlaceholders } from '../../server/src/core/figures/placeholders';

/** Each blank as [the characters it covers, the text a message quotes, the word around it]. */
function blanks(text: string): [string, string, string?][] {
  const doc = new SourceDocument(text);
  return scanPlaceholders(doc.prose.masked, text).map((p) => {
    const row: [string, string, string?] = [text.slice(p.start, p.end), p.text];
    if (p.word) row.push(p.word);
    return row;
  });
}

describe('template blanks', () => {
  it('reads a year whose digits were replaced by ×, as it reads 20xx and 20__ (issue 14, bug 1)', () => {
    assert.deepEqual(blanks('20××年×月×日'), [
      ['20××', '20××年'],
      ['×', '×月'],
      ['×', '×日'],
    ]);
    assert.deepEqual(blanks('自202×年起，20xx年底前。'), [
      ['202×', '202×年'],
      ['20xx', '20xx年'],
    ]);
    // Multiplication stays silent, written tight or spaced.
    assert.deepEqual(blanks('面积3×4米，3 × 4的方阵，2023×2年。'), []);
  });

  it('quotes the blank itself, not the character after it (issue 14, bug 4)', () => {
    assert.deepEqual(blanks('由__九院承办，xx和yy，推进健康__行动。'), [
      ['__', '__', '由__九院'],
      ['xx', 'xx'],
      ['__', '__', '健康__行动'],
    ]);
  });

  it('quotes the whole token: decimals, units that are part of the gap, and the word around', () => {
    assert.deepEqual(blanks('完成投资X.X亿元，增长xx.x%，推进健康XX建设，面积XXm²，××县。'), [
      ['X.X', 'X.X亿元'],
      ['xx.x', 'xx.x%'],
      ['XX', 'XX', '健康XX建设'],
      ['XX', 'XXm²'],
      ['××', '××县'],
    ]);
    // A range of two blanks is two blanks, each quoted whole.
    assert.deepEqual(blanks('增长x.x%～x.x%。'), [
      ['x.x', 'x.x%'],
      ['x.x', 'x.x%'],
    ]);
  });

  it('reads blanks set off by spaces only between a Chinese word and a counter', () => {
    assert.deepEqual(blanks('共 xx 家，第　XX　次，道路xx km。'), [
      ['xx', 'xx'],
      ['XX', 'XX'],
      ['xx', 'xx'],
    ]);
    assert.deepEqual(blanks('取 x 轴，令 x = 3，iPhone X 两台，Surface Pro X 一台。'), []);
  });

  it('reads a place masked with asterisks, unless Markdown made them emphasis', () => {
    assert.deepEqual(blanks('*乡卫生院与**村卫生室'), [
      ['*', '*乡'],
      ['**', '**村'],
    ]);
    assert.deepEqual(blanks('**乡村振兴**，张**同志，*注*'), []);
  });

  it('reads a figure left out between its verb and its unit', () => {
    assert.deepEqual(blanks('完成投资  万元，增长 %。'), [
      ['  ', '完成投资  万元'],
      [' ', '增长 %'],
    ]);
    assert.deepEqual(blanks('全心全意为 人民服务，作为 个人，共 300 家。'), []);
  });

  it('reads __ paired into bold across Chinese punctuation as two blanks, and leaves a bold phrase alone', () => {
    assert.deepEqual(blanks('联系人：__，电话：__。'), [
      ['__', '__'],
      ['__', '__'],
    ]);
    assert.deepEqual(blanks('__重点工作__：抓实。'), []);
    assert.deepEqual(blanks('代码 `__init__，x__` 不算。'), []);
  });
});

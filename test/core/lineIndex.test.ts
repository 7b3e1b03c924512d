import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/text/lineIndex';

describe('LineIndex', () => {
  it('splits on LF, CRLF and a lone CR, as LSP does', () => {
    const index = new LineIndex('一\r\n二\n三\r四');
    assert.deepEqual(index.lineStarts, [0, 3, 5, 7]);
    assert.equal(index.lineText(0), '一');
    assert.equal(index.lineText(2), '三');
    assert.equal(index.lineText(3), '四');
  });

  it('counts columns in UTF-16 code units (an astral character is two)', () => {
    const text = '𠮷利乡\n第二行';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('利')), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(text.indexOf('二')), { line: 1, character: 1 });
    assert.equal(index.offsetAt({ line: 0, character: 2 }), text.indexOf('利'));
  });

  it('keeps a BOM as a character of the first line', () => {
    const index = new LineIndex('\uFEFF一、总体要求');
    assert.deepEqual(index.positionAt(1), { line: 0, character: 1 });
  });

  it('places an offset on a line break at the end of the line it ends', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
    assert.equal(index.lineEnd(0), 2);
  });

  it('clamps positions outside the text', () => {
    const index = new LineIndex('ab\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
  });

  it('finds the dominant line ending', () => {
    assert.equal(new LineIndex('a\r\nb\r\nc\n').dominantEol(), '\r\n');
    assert.equal(new LineIndex('a\nb').dominantEol(), '\n');
    assert.equal(new LineIndex('a').dominantEol(), '\n');
  });
});

import * as assert from 'node:assert/strict';
import { applyEditGroups, fixText, MAX_FIX_PASSES } from '../../server/src/core/fix';

describe('fixes', () => {
  it('applies non-overlapping groups and defers the overlapping one', () => {
    const result = applyEditGroups('一.二.三', [
      [{ start: 1, end: 2, text: '、' }],
      [{ start: 1, end: 4, text: 'X' }],
      [{ start: 3, end: 4, text: '、' }],
    ]);
    assert.equal(result.text, '一、二、三');
    assert.equal(result.applied, 2);
    assert.equal(result.deferred, 1);
  });

  it('applies a group all or nothing', () => {
    const result = applyEditGroups('abcdef', [
      [{ start: 1, end: 2, text: 'B' }],
      [{ start: 0, end: 0, text: '!' }, { start: 1, end: 3, text: 'X' }],
    ]);
    assert.equal(result.text, '!aXdef');
    assert.equal(result.deferred, 1);
  });

  it('refuses edits outside the text', () => {
    assert.equal(applyEditGroups('ab', [[{ start: 1, end: 5, text: '' }]]).text, 'ab');
  });

  it('repeats until stable, within a bound', () => {
    let calls = 0;
    const out = fixText('aaaa', (text) => {
      calls++;
      const at = text.indexOf('a');
      return at < 0 ? [] : [[{ start: at, end: at + 1, text: 'b' }]];
    });
    assert.equal(out.text, 'bbbb');
    assert.equal(out.applied, 4);
    const runaway = fixText('x', (text) => [[{ start: 0, end: 0, text: text.length > 100 ? '' : 'y' }]]);
    assert.ok(runaway.passes <= MAX_FIX_PASSES);
    assert.ok(calls >= 4);
  });
});

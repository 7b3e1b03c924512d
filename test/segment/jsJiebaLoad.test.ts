// The JavaScript segmenter's loader takes shortcuts that must not change a number: decimals are
// parsed without slicing them out (exactly, by Clinger's fast path, else by parseFloat) and the
// median weight is selected instead of sorted for. The parity test compares words and tags with
// nodejieba on the shipped files; this one holds the shortcuts to what they replace on any input,
// and the loader to cppjieba's reading of unusual dictionary lines.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { atof, atofRange, JsJieba, kthSmallest } from '../../server/src/core/segment/jsJieba';

const HMM = ['#comment', '-0.26 -3.14e+100 -3.14e+100 -1.46', '-3.14e+100 -0.51 -0.91 -3.14e+100', '-0.58 -3.14e+100 -3.14e+100 -0.80', '-3.14e+100 -0.33 -1.26 -3.14e+100', '-0.72 -3.14e+100 -3.14e+100 -0.66', '一:-3.5,二:-4', '一:-2.25,𠮷:-7.125', '一:-9', '一:-1,二:-2.5,'].join('\n');

describe('JS segmenter loading', () => {
  it('parses a decimal in place exactly as parseFloat does', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,18}$/), fc.option(fc.stringMatching(/^[0-9]{0,18}$/)))
      .map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
    const other = fc.constantFrom('-3.14e+100', '1e3', '', '-', '.5', '3.5x', ' 7', 'abc', '1.2.3', '00012', '-0');
    fc.assert(
      fc.property(fc.oneof(decimal, other), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (number, before, after) => {
        const text = before + number + after;
        assert.ok(Object.is(atofRange(text, before.length, before.length + number.length), atof(number)), number);
      }),
      { numRuns: 3000 },
    );
  });

  it('selects the k-th smallest value as a sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 200 }), fc.nat(), (values, pick) => {
        const k = pick % values.length;
        const sorted = [...values].sort((a, b) => a - b);
        // 0 and -0 are equal to a sort, so either may stand at k: compare as numbers, not with Object.is.
        assert.ok(kthSmallest(Float64Array.from(values), k) === sorted[k], `${values} @ ${k}`);
      }),
    );
  });

  it('reads dictionary lines as cppjieba does: a trailing space, later entries replacing earlier ones, astral words', () => {
    const jieba = new JsJieba({ dict: '一 10 m \n二 20 m\n一 30 q\n𠮷野 40 nr\n', hmmModel: HMM, userDict: '二 x\n三\n' });
    assert.deepEqual(jieba.tag('一𠮷野二三'), [
      { word: '一', tag: 'q' },
      { word: '𠮷野', tag: 'nr' },
      { word: '二', tag: 'x' },
      { word: '三', tag: 'x' },
    ]);
    assert.throws(() => new JsJieba({ dict: '一 10 m\n\n二 20 m\n', hmmModel: HMM, userDict: '' }), /not "word frequency tag"/);
    assert.throws(() => new JsJieba({ dict: '一 10 m  \n', hmmModel: HMM, userDict: '' }), /not "word frequency tag"/);
    assert.throws(() => new JsJieba({ dict: '一 10\n', hmmModel: HMM, userDict: '' }), /not "word frequency tag"/);
    assert.throws(() => new JsJieba({ dict: '一 1 m\n', hmmModel: HMM.replace('一:-9', '一:-9,,二:-1'), userDict: '' }), /malformed/);
    assert.throws(() => new JsJieba({ dict: '一 1 m\n', hmmModel: HMM.replace('一:-9', '一二:-9'), userDict: '' }), /malformed/);
  });
});

// The segmenter with the shipped trimmed dictionary: rules turn words back into offsets by adding
// up their lengths, so segmentation must give back the text exactly, whatever the text holds.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { resourcePath } from '../../server/src/core/resources';
import { getSegmenter } from '../../server/src/core/segment/segmenter';
import { documentArbitrary } from './documents';
import { forEachBackend } from '../helpers/segmenter';

/** What the text becomes on its way into the native module: lone surrogates turn into U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

forEachBackend(() => {
  describe('segmentation with the trimmed dictionary', function () {
    this.timeout(60000);

    it('gives back every generated document exactly, code unit for code unit', () => {
      const segmenter = getSegmenter();
      fc.assert(
        fc.property(documentArbitrary, (text) => {
          const words = segmenter.cut(text);
          assert.equal(words.join(''), wellFormed(text));
          assert.equal(words.reduce((n, w) => n + w.length, 0), text.length);
          const tagged = segmenter.tag(text);
          assert.equal(tagged.map((t) => t.word).join(''), wellFormed(text));
        }),
        { seed: 4242, numRuns: 300 },
      );
    });

    it('keeps years and decimals whole and never emits a dictionary sentinel', () => {
      const words = getSegmenter().cut('2023年全区生产总值增长27.2%，较上年提高0.8个百分点。');
      for (const whole of ['2023', '27.2', '0.8']) assert.ok(words.includes(whole), `${whole} split: ${words.join('/')}`);
      assert.ok(!words.some((w) => /[\uE000-\uF8FF]/.test(w)), 'a private-use sentinel came out of the dictionary');
    });

    it('loads the trimmed files, which stay small', () => {
      // nodejieba's own dictionary is 4.9 MB and its idf file 5.9 MB; the product ships neither.
      const sizes = Object.fromEntries(['jieba.dict.utf8', 'hmm_model.utf8', 'idf.utf8', 'stop_words.utf8'].map((f) => [f, fs.statSync(resourcePath('dict', f)).size]));
      assert.ok(sizes['jieba.dict.utf8'] < 1_500_000, JSON.stringify(sizes));
      assert.ok(sizes['idf.utf8'] < 10_000 && sizes['stop_words.utf8'] < 10_000, JSON.stringify(sizes));
      // Words the trimmed dictionary lacks but the full one has are split (另选, frequency 27).
      const entries = fs.readFileSync(resourcePath('dict', 'jieba.dict.utf8'), 'utf8');
      assert.ok(!/^另选 /m.test(entries) && /^工作 /m.test(entries));
    });
  });
});

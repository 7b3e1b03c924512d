// The cheap paths of the figure scanners: they must give exactly what the slower form gave, and
// the segmenter (about a second to load) must stay unloaded where a character test settles the
// question. No timing here: speed is measured by `npm run bench`.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceDocument } from '../../server/src/core/document';
import { countMarkers, listBefore, findCountedPhrases, refineList, type BlockLike } from '../../server/src/core/figures/lists';
import { metricStatements } from '../../server/src/core/figures/metrics';
import { isHan, isLatinLetter, matchesWhere } from '../../server/src/core/figures/scanText';
import { getSegmenter, type Segmenter } from '../../server/src/core/segment/segmenter';
import { lint } from '../../server/src/core/engine';
import { numeralForm } from '../../server/src/core/rules/figure/numeral-form';

const oneBlock = (text: string): BlockLike[] => [{ kind: 'paragraph', start: 0, end: text.length, listDepth: 0 }];

/** A loader that counts how often the segmenter was asked for. */
function countingLoader(): { load: () => Segmenter; asked: () => number } {
  let asked = 0;
  return {
    load: () => {
      asked++;
      return getSegmenter();
    },
    asked: () => asked,
  };
}

describe('matchesWhere', () => {
  // Texts from a small alphabet, so that runs, lookbehind hits and misses all occur often.
  const text = fc.array(fc.constantFrom(...'0１2三〇年月日 x。：.'), { maxLength: 40 }).map((cs) => cs.join(''));

  it('finds what the same pattern with a leading lookbehind finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const withLookbehind = [...t.matchAll(/(?<![0-9〇三.])[0-9０-９１2三〇]{1,4}[年月]/g)].map((m) => [m.index, m[0]]);
        const inCode = [...matchesWhere(t, /[0-9０-９１2三〇]{1,4}[年月]/g, (at) => at === 0 || !/[0-9〇三.]/.test(t[at - 1]))].map((m) => [m.index, m[0]]);
        assert.deepEqual(inCode, withLookbehind);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('also agrees with a positive lookbehind that may match at the start', () => {
    fc.assert(
      fc.property(text, (t) => {
        const withLookbehind = [...t.matchAll(/(?<=^|[。：\s])[三〇0-9]+[年月日]/g)].map((m) => [m.index, m[0]]);
        const inCode = [...matchesWhere(t, /[三〇0-9]+[年月日]/g, (at) => at === 0 || /[。：\s]/.test(t[at - 1]))].map((m) => [m.index, m[0]]);
        assert.deepEqual(inCode, withLookbehind);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('remembered character classes', () => {
  it('answer as the Unicode property tests do, asked twice', () => {
    for (const c of ['a', 'Z', 'é', 'Ａ', 'ｚ', 'Ⅻ', '中', '〇', '𠮷', '1', '，', ' ', '']) {
      for (let round = 0; round < 2; round++) {
        assert.equal(isLatinLetter(c), !!c && /\p{Script=Latin}/u.test(c), `Latin ${c}`);
        assert.equal(isHan(c), !!c && /\p{Script=Han}/u.test(c), `Han ${c}`);
      }
    }
  });
});

describe('fixed phrases and nearby quotation marks', () => {
  it('skips a count inside a fixed phrase, and one inside an ignored phrase given by the team', () => {
    const text = '增强“四个意识”，落实三项制度，推进“五星”创建和三个片区建设。';
    assert.deepEqual(
      findCountedPhrases(text, 0, text.length).map((p) => p.text),
      ['三项制度', '五星', '三个片区'],
    );
    assert.deepEqual(
      findCountedPhrases(text, 0, text.length, ['三个片区建设']).map((p) => p.text),
      ['三项制度', '五星'],
    );
  });

  it('takes a closing quotation mark only when it is near, even when none follows at all', () => {
    const near = '落实“五项保障”，';
    assert.deepEqual(findCountedPhrases(near, 0, near.length).map((p) => p.text), ['五项保障']);
    const far = '落实“五项保障工作机制建设';
    assert.deepEqual(findCountedPhrases(far, 0, far.length).map((p) => [p.text, p.quoted]), [['五项保障', true]]);
  });
});

describe('the segmenter stays unloaded where characters decide', () => {
  it('refineList does not ask for it for markers without a conjunction', () => {
    const text = '做好三项工作：一是抓党建；二是抓业务；三是抓队伍。';
    const markers = countMarkers(text, oneBlock(text), text.indexOf('一是'));
    assert.ok(markers);
    const loader = countingLoader();
    assert.equal(refineList(markers, loader.load)?.max, 3);
    assert.equal(loader.asked(), 0);
  });

  it('refineList still asks for it for a series, whose last item must be tagged', () => {
    const text = '构建和谐医患关系、平安医院“两项创建”';
    const phrase = findCountedPhrases(text, 0, text.length)[0];
    const rough = listBefore(text, 0, phrase);
    assert.ok(rough);
    const loader = countingLoader();
    assert.equal(refineList(rough, loader.load)?.max, 2);
    assert.equal(loader.asked(), 1);
  });

  it('metric statements in different sections, with no scope word, are not segmented for figure/conflict', () => {
    const text = '# 一、县医院\n\n门诊量12万人次。\n\n# 二、县中医院\n\n门诊量8万人次。\n';
    const loader = countingLoader();
    assert.deepEqual(metricStatements(new SourceDocument(text), loader.load, { onlyPossibleConflicts: true }), []);
    assert.equal(loader.asked(), 0);
    // The hover lists every statement of an indicator, so without the option both are keyed.
    assert.equal(metricStatements(new SourceDocument(text), loader.load).length, 2);
    assert.ok(loader.asked() > 0);
  });

  it('statements that may still conflict are keyed as before', () => {
    const text = '全县门诊量12万人次。\n\n# 二、县中医院\n\n全县门诊量13万人次。\n';
    const all = metricStatements(new SourceDocument(text), () => getSegmenter());
    const possible = metricStatements(new SourceDocument(text), () => getSegmenter(), { onlyPossibleConflicts: true });
    assert.equal(possible.length, 2);
    assert.deepEqual(possible, all);
  });
});

describe('figure/numeral-form years found from each 年', () => {
  it('reports the years the lookbehind regex finds', () => {
    const yearRegex = /(?<![〇零一二三四五六七八九○ＯO0-9０-９A-Za-z])[〇零一二三四五六七八九○ＯO0０]{4}(?=年)/g;
    const text = fc.array(fc.constantFrom(...'二〇零○O0０一三年a，'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(yearRegex)]
          .filter((m) => /^[一二]/.test(m[0]) && /[零○ＯO0０]/.test(m[0]) && (m[0].match(/[一二三四五六七八九〇]/g) ?? []).length >= 2)
          .map((m) => m.index);
        const found = lint(t, { rules: [numeralForm] })
          .filter((f) => f.messageId === 'yearZero')
          .map((f) => f.start);
        assert.deepEqual(found, expected);
      }),
      { seed: 3, numRuns: 400 },
    );
  });
});

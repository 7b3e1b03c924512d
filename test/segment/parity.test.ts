// The two segmenter backends give the same words and tags: nodejieba (native) and the
// TypeScript port of its algorithm (js). The rule suite and the corpus run under both (see
// test/rules.test.ts, test/corpus.test.ts); this file compares the segmenters themselves, on
// every sentence the project holds, on generated text, on edge cases and with added words, and
// the whole engine's findings on the sample report. Where nodejieba is not built (an install
// without a compiler) the comparison cannot run and says so.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lint } from '../../server/src/core/engine';
import { loadJsBackend, loadNativeBackend, nativeAvailable } from '../../server/src/core/segment/nodeSegmenter';
import type { SegmenterBackend } from '../../server/src/core/segment/segmenter';
import { REPO_ROOT } from '../helpers/fixtures';
import { useBackend, useDefaultBackend } from '../helpers/segmenter';
import { CORPUS_DIR } from '../../scripts/score-corpus';
import { documentArbitrary } from '../property/documents';

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : /\.md$/.test(e.name) ? [p] : [];
  });
}

const show = (words: { word: string; tag: string }[]) => words.map((w) => `${w.word}/${w.tag}`).join(' ');

describe('segmenter backends', function () {
  this.timeout(120000);
  let native: SegmenterBackend;
  let js: SegmenterBackend;

  before(function () {
    if (!nativeAvailable()) {
      console.log('    (skipped: nodejieba is not built here, so there is nothing to compare the port with)');
      this.skip();
    }
    native = loadNativeBackend();
    js = loadJsBackend();
  });

  const same = (text: string) => assert.equal(show(js.tag(text)), show(native.tag(text)), JSON.stringify(text.slice(0, 80)));

  it('cut and tag every sentence and every whole file of the fixtures, docs and corpus alike', () => {
    const files = [...markdownFiles(path.join(REPO_ROOT, 'test')), ...markdownFiles(path.join(REPO_ROOT, 'docs')), ...markdownFiles(CORPUS_DIR)];
    assert.ok(files.length > 50, `only ${files.length} files found`);
    let sentences = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      same(text);
      for (const sentence of text.split(/[。！？；\n]/)) {
        assert.deepEqual(js.cut(sentence), native.cut(sentence));
        same(sentence);
        sentences++;
      }
    }
    assert.ok(sentences > 1000, `only ${sentences} sentences`);
  });

  it('agree on edge cases: astral characters, broken surrogates, CRLF, ASCII runs, separators, empty text', () => {
    for (const text of [
      '',
      ' ',
      '，。',
      '𠮷野家𠮷是一个字，𩸽鱼',
      '\uD800孤立的代理\uDC00项',
      '第一行\r\n第二行\r\n',
      'GDP增长6.5%，CPI上涨2.0个百分点，PM2.5浓度下降',
      'abc123def 1.2.3. 4..5 v2.0版本 COVID-19疫情',
      '##### 1. 二、（三）4.（5）',
      '\t一是要素\t二是非\t三要求',
      '全区生产总值达到1234.56亿元，同比增长7.8%，高于全市0.3个百分点。',
      '＃＃全角符号、“引号”‘单引号’【括号】《书名》——破折号……省略号',
      'ＡＢＣ１２３全角字母数字',
    ]) {
      assert.deepEqual(js.cut(text), native.cut(text), JSON.stringify(text));
      same(text);
    }
  });

  it('agree on generated documents and on random mixes of characters', () => {
    fc.assert(fc.property(documentArbitrary, (text) => same(text)), { seed: 1010, numRuns: 200 });
    const char = fc.constantFrom(...'一二三是要的了在和与及年月日个亿万元%.。，、；：1234567890abcXYZ #-（）“”𠮷\n\t'.split(''), ...Array.from('𠮷𩸽'));
    fc.assert(fc.property(fc.array(char, { maxLength: 60 }), (chars) => same(chars.join(''))), { seed: 2020, numRuns: 500 });
  });

  it('agree after adding words: new words, words the dictionary has, single characters', () => {
    const words = ['慢病一体化门诊', '三高共管', '工作', '稳中求进', '镇'];
    for (const word of words) {
      native.addWord(word);
      js.addWord(word);
    }
    for (const text of ['推进慢病一体化门诊建设，探索三高共管六病同防模式', '坚持稳中求进工作总基调', '各乡镇人民政府，镇直各单位']) same(text);
  });

  it('give the whole engine the same findings on the sample report', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'sample-report.md'), 'utf8');
    const findings: Record<string, unknown> = {};
    try {
      for (const backend of ['native', 'js'] as const) {
        useBackend(backend);
        findings[backend] = lint(text);
      }
    } finally {
      useDefaultBackend();
    }
    assert.ok((findings.native as unknown[]).length > 0);
    assert.deepEqual(findings.js, findings.native);
  });
});

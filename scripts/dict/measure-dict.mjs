// Measures how trimmed dictionaries of several sizes segment real text compared with
// nodejieba's full dictionary, and what each costs to load. The size the product ships is the
// smallest one that segments the corpus (nearly) identically; the numbers are in README.md.
//
//   node scripts/dict/measure-dict.mjs [--sizes 10000,20000,50000] [--json out.json] [--corpus-only]
//
// Each dictionary is loaded in its own child process, since nodejieba holds one dictionary per
// process and load time and memory must be measured from a clean start. Text: every line of
// ../shared/corpus/*.md plus the project's own rule fixtures (test/fixtures/**/*.md), split into
// sentences; --corpus-only leaves the fixtures out.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDict, FULL_DICT_DIR } from './build-dict.mjs';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..', '..');
const require = createRequire(path.join(root, 'package.json'));

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]);
} else {
  main();
}

/** Loads one dictionary, segments every line, prints timings and results as JSON. */
function child(dictDir, userDict, linesFile) {
  const lines = JSON.parse(fs.readFileSync(linesFile, 'utf8'));
  const t0 = process.hrtime.bigint();
  const jieba = require('nodejieba');
  jieba.load({
    dict: path.join(dictDir, 'jieba.dict.utf8'),
    hmmDict: path.join(dictDir, 'hmm_model.utf8'),
    idfDict: path.join(dictDir, 'idf.utf8'),
    stopWordDict: path.join(dictDir, 'stop_words.utf8'),
    userDict,
  });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const t1 = process.hrtime.bigint();
  const cuts = lines.map((line) => jieba.cut(line, true));
  const tags = lines.map((line) => jieba.tag(line).map((t) => t.tag));
  const segmentMs = Number(process.hrtime.bigint() - t1) / 1e6;
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const peakKiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  process.stdout.write(JSON.stringify({ loadMs, segmentMs, peakMiB: peakKiB / 1024, cuts, tags }));
}

/** Word-boundary offsets of one segmentation (the ends of all words but the last). */
function boundaries(words) {
  const out = new Set();
  let offset = 0;
  for (const w of words.slice(0, -1)) out.add((offset += w.length));
  return out;
}

function compare(reference, candidate) {
  let identical = 0;
  let common = 0;
  let refCount = 0;
  let candCount = 0;
  let sameSpan = 0;
  let sameTag = 0;
  let figures = 0;
  let figuresSame = 0;
  reference.cuts.forEach((refWords, i) => {
    const candWords = candidate.cuts[i];
    if (refWords.join('\u0001') === candWords.join('\u0001')) identical++;
    const a = boundaries(refWords);
    const b = boundaries(candWords);
    refCount += a.size;
    candCount += b.size;
    for (const x of b) if (a.has(x)) common++;
    // Numbers and their measure words are what the figure rules read: a token of the full
    // segmentation tagged m (numeral) or q (classifier), or holding a digit, must come out of
    // the trimmed one with the same span.
    const spans = (words) => {
      const out = new Set();
      let offset = 0;
      for (const w of words) out.add(`${offset}:${(offset += w.length)}`);
      return out;
    };
    const candSpans = spans(candWords);
    let offset = 0;
    refWords.forEach((w, j) => {
      const span = `${offset}:${(offset += w.length)}`;
      const tag = reference.tags[i][j];
      if (tag === 'm' || tag === 'q' || /[0-9０-９]/.test(w)) {
        figures++;
        if (candSpans.has(span)) figuresSame++;
      }
    });
  });
  // Tags are compared on lines segmented identically, where words correspond one to one.
  reference.tags.forEach((refTags, i) => {
    const candTags = candidate.tags[i];
    if (refTags.length !== candTags.length) return;
    refTags.forEach((t, j) => {
      sameSpan++;
      if (t === candTags[j]) sameTag++;
    });
  });
  const precision = candCount ? common / candCount : 1;
  const recall = refCount ? common / refCount : 1;
  return {
    linesIdentical: identical / reference.cuts.length,
    boundaryF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 1,
    boundaryRecall: recall,
    figuresSame: figures ? figuresSame / figures : 1,
    tagAgreement: sameSpan ? sameTag / sameSpan : 1,
  };
}

function textLines() {
  const files = [];
  const corpus = path.resolve(root, '..', 'shared', 'corpus');
  if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus)) if (f.endsWith('.md') && f !== 'README.md') files.push(path.join(corpus, f));
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) files.push(p);
    }
  };
  if (!process.argv.includes('--corpus-only')) walk(path.join(root, 'test', 'fixtures'));
  const lines = [];
  for (const f of files) {
    // Split at sentence ends as well, so a document pasted as one line counts many sentences.
    for (const line of fs.readFileSync(f, 'utf8').split(/\r\n|\r|\n/)) {
      for (const sentence of line.split(/(?<=[。；！？])/)) if (/\p{Script=Han}/u.test(sentence)) lines.push(sentence);
    }
  }
  return { files: files.length, lines };
}

function run(dictDir, userDict, linesFile) {
  const out = execFileSync(process.execPath, [self, '--child', dictDir, userDict, linesFile], {
    maxBuffer: 1 << 30,
  });
  return JSON.parse(out.toString());
}

function main() {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = (arg('--sizes') ?? '10000,20000,30000,40000,50000,75000,100000,150000').split(',').map(Number);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dict-'));
  const { files, lines } = textLines();
  const linesFile = path.join(tmp, 'lines.json');
  fs.writeFileSync(linesFile, JSON.stringify(lines));

  // The user dictionary both sides load: the product's own, as segment/nodeSegmenter.ts loads it.
  const userDict = path.join(tmp, 'user.utf8');
  const productUser = path.join(root, 'server', 'resources', 'dict', 'gongwen.user.utf8');
  fs.writeFileSync(userDict, fs.existsSync(productUser) ? fs.readFileSync(productUser) : '');

  const full = run(FULL_DICT_DIR, userDict, linesFile);
  const rows = [{ dictionary: 'full (349k)', words: 348982, loadMs: full.loadMs, peakMiB: full.peakMiB, linesIdentical: 1, boundaryF1: 1, boundaryRecall: 1, figuresSame: 1, tagAgreement: 1, fileKiB: 4954 }];
  const variants = sizes.flatMap((n) => [{ n, keepMedian: true }, { n, keepMedian: false }]);
  for (const v of variants) {
    const dir = path.join(tmp, `${v.n}${v.keepMedian ? '-median' : ''}`);
    const built = buildDict({ words: v.n, outDir: dir, keepMedian: v.keepMedian });
    const result = run(dir, userDict, linesFile);
    rows.push({
      dictionary: `top ${v.n / 1000}k${v.keepMedian ? ' + median sentinels' : ''}`,
      words: built.kept,
      loadMs: result.loadMs,
      peakMiB: result.peakMiB,
      ...compare(full, result),
      fileKiB: Math.round(fs.statSync(path.join(dir, 'jieba.dict.utf8')).size / 1024),
    });
  }
  console.log(`${lines.length} sentences from ${files} files`);
  console.log('dictionary                      words   load ms  peak MiB  lines same  boundary F1  recall  figures same  tags same  KiB');
  for (const r of rows) {
    console.log(
      `${r.dictionary.padEnd(30)} ${String(r.words).padStart(6)} ${r.loadMs.toFixed(0).padStart(9)} ${r.peakMiB.toFixed(0).padStart(9)} ` +
        `${(r.linesIdentical * 100).toFixed(2).padStart(10)}% ${(r.boundaryF1 * 100).toFixed(3).padStart(11)}% ${(r.boundaryRecall * 100).toFixed(2).padStart(6)}% ${(r.figuresSame * 100).toFixed(2).padStart(12)}% ${(r.tagAgreement * 100).toFixed(2).padStart(9)}% ${String(r.fileKiB).padStart(5)}`,
    );
  }
  const jsonOut = arg('--json');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ sentences: lines.length, files, rows }, null, 2) + '\n');
  fs.rmSync(tmp, { recursive: true, force: true });
}

// Builds the trimmed segmentation dictionary the product ships (server/resources/dict/) from
// nodejieba's own files. nodejieba's full dictionary has 349k words and its loader reads it
// twice (a segmenter and a TextRank extractor), which costs about a second and 300 MiB; the
// most frequent words segment 公文 text the same way at a fraction of that. The size is chosen
// by scripts/dict/measure-dict.mjs, which compares segmentations on the corpus; see README.md.
//
//   node scripts/dict/build-dict.mjs [--words 50000] [--out server/resources/dict] [--keep-median]
//
// Two details keep every kept word's weight exactly what the full dictionary gives it: cppjieba
// weighs a word log(freq / sum of all freqs) and gives characters it does not know the smallest
// weight in the dictionary, so the trimmed file also carries sentinel entries (words made of
// private-use characters, which never occur in documents) that restore the removed frequency
// mass and the minimum. A third weight, the median, goes to user words without a frequency
// (a team's `userWords`, added with insertWord); restoring it takes as many sentinel lines as
// kept words (+17 MiB, twice the load time), and the measurements showed no difference with
// the product's user dictionary, whose words all carry a frequency, so it is off by default
// (--keep-median). Without it a team's own words weigh somewhat more than under the full
// dictionary, which only makes them more likely to stay whole, as intended.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FULL_DICT_DIR = path.join(root, 'node_modules', 'nodejieba', 'submodules', 'cppjieba', 'dict');
export const DEFAULT_WORDS = 50000;

/** Private-use code points: no document contains them, so the sentinels never match text. */
const SENTINEL_MASS = '\uE000\uE001';
const SENTINEL_MIN = '\uE000\uE002';
const SENTINEL_MEDIAN = '\uE000\uE003';

/** Reads nodejieba's dictionary as [word, freq, tag] rows in file order. */
export function readFullDict(dir = FULL_DICT_DIR) {
  const rows = [];
  for (const line of fs.readFileSync(path.join(dir, 'jieba.dict.utf8'), 'utf8').split('\n')) {
    if (!line) continue;
    const [word, freq, tag] = line.split(' ');
    rows.push({ word, freq: Number(freq), tag });
  }
  return rows;
}

/** The 公文 terms of gongwen-terms.txt (comment lines start with #). */
export function readTerms() {
  const text = fs.readFileSync(path.join(root, 'scripts', 'dict', 'gongwen-terms.txt'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

/**
 * The trimmed dictionary's lines: the `words` most frequent words (ties broken by file order,
 * so the result is deterministic), every 公文 term the full dictionary has, and the sentinels.
 */
export function trimDict(rows, words, terms = readTerms(), keepMedian = false) {
  const byFreq = rows.map((row, index) => ({ row, index })).sort((a, b) => b.row.freq - a.row.freq || a.index - b.index);
  const keep = new Set(byFreq.slice(0, words).map((x) => x.index));
  const termSet = new Set(terms);
  rows.forEach((row, index) => termSet.has(row.word) && keep.add(index));
  const kept = rows.filter((_, index) => keep.has(index));

  const fullSum = rows.reduce((sum, row) => sum + row.freq, 0);
  const keptSum = kept.reduce((sum, row) => sum + row.freq, 0);
  const sortedFreqs = rows.map((row) => row.freq).sort((a, b) => a - b);
  const minFreq = sortedFreqs[0];
  const medianFreq = sortedFreqs[Math.floor(sortedFreqs.length / 2)];
  const lines = kept.map((row) => `${row.word} ${row.freq} ${row.tag}`);

  // cppjieba takes the median as the entry at index size/2 of the weights sorted ascending. Kept
  // words are all more frequent than the full median, so enough copies of a median-weight entry
  // put one there. Copies of one word cost a single trie path.
  const extraMin = 1;
  const extraMass = 1;
  let medianCopies = 0;
  const belowMedian = kept.filter((row) => row.freq <= medianFreq).length;
  while (keepMedian && Math.floor((kept.length + extraMin + extraMass + medianCopies) / 2) >= extraMin + belowMedian + medianCopies) medianCopies++;
  lines.push(`${SENTINEL_MIN} ${minFreq} x`);
  for (let i = 0; i < medianCopies; i++) lines.push(`${SENTINEL_MEDIAN} ${medianFreq} x`);
  const sentinelSum = minFreq + medianCopies * medianFreq;
  lines.push(`${SENTINEL_MASS} ${fullSum - keptSum - sentinelSum} x`);
  return { lines, kept: kept.length, medianCopies, fullSum, minFreq, medianFreq };
}

/**
 * Small stand-ins for the keyword-extraction files. The product never extracts keywords, but
 * nodejieba's `load` always builds an extractor; with these it reads a few lines instead of
 * 6 MB. The idf file must not be empty (cppjieba asserts it has a line).
 */
const IDF_LINES = ['公文 10.0', '通知 8.0', '报告 8.0'];
const STOP_WORDS = ['的', '了', '和', '与', '及', '在', '是'];

/** Writes the trimmed dictionary files into `outDir`; returns what was written. */
export function buildDict({ words = DEFAULT_WORDS, outDir = path.join(root, 'server', 'resources', 'dict'), keepMedian = false } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  const trimmed = trimDict(readFullDict(), words, readTerms(), keepMedian);
  fs.writeFileSync(path.join(outDir, 'jieba.dict.utf8'), trimmed.lines.join('\n') + '\n');
  fs.copyFileSync(path.join(FULL_DICT_DIR, 'hmm_model.utf8'), path.join(outDir, 'hmm_model.utf8'));
  fs.writeFileSync(path.join(outDir, 'idf.utf8'), IDF_LINES.join('\n') + '\n');
  fs.writeFileSync(path.join(outDir, 'stop_words.utf8'), STOP_WORDS.join('\n') + '\n');
  // segment/nodeSegmenter.ts passes this as the user dictionary when the product's own is missing.
  fs.writeFileSync(path.join(outDir, 'empty.utf8'), '');
  return { outDir, ...trimmed, lines: trimmed.lines.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const result = buildDict({
    words: arg('--words') ? Number(arg('--words')) : DEFAULT_WORDS,
    outDir: arg('--out') ? path.resolve(arg('--out')) : undefined,
    keepMedian: process.argv.includes('--keep-median'),
  });
  const sizes = ['jieba.dict.utf8', 'hmm_model.utf8', 'idf.utf8', 'stop_words.utf8']
    .map((f) => `${f} ${(fs.statSync(path.join(result.outDir, f)).size / 1024).toFixed(0)} KiB`)
    .join(', ');
  console.log(`kept ${result.kept} words (+${result.medianCopies} median sentinels) → ${result.outDir}: ${sizes}`);
}

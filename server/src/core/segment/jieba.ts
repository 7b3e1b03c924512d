// Chinese word segmentation with nodejieba, loaded once per process and only when a rule asks
// for it: loading a dictionary costs far more than linting a report, and most documents can be
// checked by character tests alone.

import * as fs from 'node:fs';
import { resourcePath } from '../resources';

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  /** Words in order; digits and decimals stay whole (HMM mode). */
  cut(text: string): string[];
  /** Words with jieba's part-of-speech tags (n, v, m, q, …). */
  tag(text: string): TaggedWord[];
}

interface NodeJieba {
  load(options: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): TaggedWord[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: NodeJieba | undefined;
const inserted = new Set<string>();

function loadJieba(): NodeJieba {
  if (jieba) return jieba;
  // Required here, not at the top, so that nothing pays for the native module until needed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require('nodejieba') as NodeJieba;
  // The trimmed dictionary the product ships (built by scripts/dict/build-dict.mjs from
  // nodejieba's own files; measurements in scripts/dict/README.md): the 50k most frequent words
  // plus 公文 terms give the same corpus findings as the full 349k-word dictionary, loading in
  // about 0.1 s instead of 1.4 s and peaking at 84 MiB instead of 315. The keyword-extraction
  // files are stand-ins of a few lines, since nodejieba's load always reads them. Every file is
  // passed explicitly, so nodejieba never reads its own multi-megabyte defaults.
  const options: Record<string, string> = {
    dict: resourcePath('dict', 'jieba.dict.utf8'),
    hmmDict: resourcePath('dict', 'hmm_model.utf8'),
    idfDict: resourcePath('dict', 'idf.utf8'),
    stopWordDict: resourcePath('dict', 'stop_words.utf8'),
  };
  const userDict = resourcePath('dict', 'gongwen.user.utf8');
  // Without a user dictionary nodejieba would load its own sample one (云计算, 蓝翔 …), so an
  // empty file stands in when the product's is missing.
  options.userDict = fs.existsSync(userDict) ? userDict : resourcePath('dict', 'empty.utf8');
  lib.load(options);
  jieba = lib;
  return lib;
}

/** The process-wide segmenter, with a team's own words added (each word once per process). */
export function getSegmenter(userWords: readonly string[] = []): Segmenter {
  const lib = loadJieba();
  for (const word of userWords) {
    if (word && !inserted.has(word)) {
      lib.insertWord(word);
      inserted.add(word);
    }
  }
  return {
    cut: (text) => lib.cut(text, true),
    tag: (text) => lib.tag(text),
  };
}

/** Whether the segmenter has been loaded in this process (the benchmark reports it). */
export function segmenterLoaded(): boolean {
  return jieba !== undefined;
}

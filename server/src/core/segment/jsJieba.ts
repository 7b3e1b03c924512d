// Chinese word segmentation in plain TypeScript: a line-by-line port of what nodejieba runs for
// `cut(text, true)` and `tag(text)`, cppjieba's MixSegment (a maximum-probability path through
// the dictionary's word graph, with an HMM for runs of characters the dictionary leaves single)
// and its PosTagger. It reads the same dictionary and HMM files, keeps the same tie-breaking,
// weights and special cases, and so gives the same words and tags as the native module (test/
// segment/parity.test.ts compares them on every fixture and the corpus). It needs neither a
// compiler nor file access: the caller hands it the files' texts, so it runs in Node and in a
// web worker alike.
//
// Why a port rather than a WebAssembly build of another jieba: the one on npm (jieba-wasm, a
// binding of jieba-rs) always keeps its built-in 349k-word dictionary, so the trimmed dictionary
// cannot replace it, and jieba-rs splits text differently from cppjieba (## stays whole, 6.5% is
// one word). Measured on the 1,306 distinct sentences of the fixtures, docs and corpus, 743 were
// cut differently; see scripts/dict/README.md.

import type { SegmenterBackend, TaggedWord } from './segmenter';

/** The texts of the dictionary files nodejieba is given (resources/dict/). */
export interface JiebaDictionaryTexts {
  /** jieba.dict.utf8: "word frequency tag" per line. */
  dict: string;
  /** hmm_model.utf8: start, transition and emission log-probabilities of the B/E/M/S states. */
  hmmModel: string;
  /** The user dictionary: "word", "word tag" or "word frequency tag" per line. */
  userDict: string;
}

/** cppjieba's stand-in for minus infinity. */
const MIN_DOUBLE = -3.14e100;
/** cppjieba's longest dictionary word, in characters. */
const MAX_WORD_LENGTH = 512;
/** cppjieba cuts sentences apart at these before segmenting (space, tab, newline, ，and 。). */
const SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002]);
/** The HMM's states, in the model file's order: B(egin), E(nd), M(iddle), S(ingle). */
const STATES = 4;
const E = 1;
const S = 3;

interface DictUnit {
  weight: number;
  tag: string;
}

/** limonp's Split: like String#split, but a trailing separator adds no empty field. */
function splitFields(line: string, separator: string): string[] {
  if (line === '') return [];
  const fields = line.split(separator);
  if (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** C's atof for the numbers in these files. */
function atof(text: string): number {
  const value = Number.parseFloat(text);
  return Number.isNaN(value) ? 0 : value;
}

/** Lines as C++'s getline yields them: a final newline ends the last line, it adds none. */
function lines(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

/**
 * N-API hands nodejieba UTF-8, in which an unpaired surrogate becomes U+FFFD; doing the same
 * here keeps the two backends' words identical even for broken text.
 */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

class HmmModel {
  readonly start: number[];
  readonly trans: number[][];
  readonly emit: Map<number, number>[];

  constructor(text: string) {
    // GetLine: trimmed, skipping empty lines and comments.
    const content = lines(text)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    if (content.length < 9) throw new Error('gongwen: HMM model file is incomplete');
    const numbers = (line: string) => {
      const fields = splitFields(line, ' ');
      if (fields.length !== STATES) throw new Error(`gongwen: HMM model line has ${fields.length} fields: ${line.slice(0, 40)}`);
      return fields.map(atof);
    };
    this.start = numbers(content[0]);
    this.trans = content.slice(1, 5).map(numbers);
    this.emit = content.slice(5, 9).map((line) => {
      const map = new Map<number, number>();
      for (const pair of splitFields(line, ',')) {
        const parts = splitFields(pair, ':');
        const chars = Array.from(parts[0] ?? '');
        if (parts.length !== 2 || chars.length !== 1) throw new Error(`gongwen: HMM emission entry is malformed: ${pair}`);
        map.set(chars[0].codePointAt(0)!, atof(parts[1]));
      }
      return map;
    });
  }
}

export class JsJieba implements SegmenterBackend {
  readonly name = 'js' as const;
  /** Every prefix of every word; the value is the word's unit where the prefix is a word itself. */
  private readonly trie = new Map<string, DictUnit | null>();
  private readonly minWeight: number;
  private readonly userWordWeight: number;
  private readonly userSingleChars = new Set<number>();
  private readonly hmm: HmmModel;

  constructor(texts: JiebaDictionaryTexts) {
    const words: string[] = [];
    const units: DictUnit[] = [];
    let freqSum = 0;
    for (const line of lines(texts.dict)) {
      const fields = splitFields(line, ' ');
      if (fields.length !== 3) throw new Error(`gongwen: dictionary line is not "word frequency tag": ${line.slice(0, 40)}`);
      const freq = atof(fields[1]);
      words.push(fields[0]);
      units.push({ weight: freq, tag: fields[2] });
      freqSum += freq;
    }
    if (!units.length) throw new Error('gongwen: the dictionary is empty');
    for (const unit of units) unit.weight = Math.log(unit.weight / freqSum);
    const sorted = units.map((u) => u.weight).sort((a, b) => a - b);
    this.minWeight = sorted[0];
    // cppjieba's default for user words: the median weight of the main dictionary.
    this.userWordWeight = sorted[Math.floor(sorted.length / 2)];

    for (const line of lines(texts.userDict)) {
      if (line === '') continue;
      const fields = splitFields(line, ' ');
      let unit: DictUnit;
      if (fields.length === 1) unit = { weight: this.userWordWeight, tag: '' };
      else if (fields.length === 2) unit = { weight: this.userWordWeight, tag: fields[1] };
      else if (fields.length === 3) unit = { weight: Math.log(atof(fields[1]) / freqSum), tag: fields[2] };
      else continue;
      words.push(fields[0]);
      units.push(unit);
      const chars = Array.from(fields[0]);
      if (chars.length === 1) this.userSingleChars.add(chars[0].codePointAt(0)!);
    }
    // Later entries replace earlier ones, as in cppjieba's trie.
    for (let i = 0; i < words.length; i++) this.insert(words[i], units[i]);
    this.hmm = new HmmModel(texts.hmmModel);
  }

  private insert(word: string, unit: DictUnit): void {
    if (word === '') return;
    let prefix = '';
    for (const char of word) {
      prefix += char;
      if (!this.trie.has(prefix)) this.trie.set(prefix, null);
    }
    this.trie.set(word, unit);
  }

  /** nodejieba's insertWord(word): the median weight and the tag "x". */
  addWord(word: string): void {
    this.insert(word, { weight: this.userWordWeight, tag: 'x' });
  }

  cut(text: string): string[] {
    const chars = Array.from(wellFormed(text));
    const words: string[] = [];
    const push = (start: number, length: number) => {
      words.push(length === 1 ? chars[start] : chars.slice(start, start + length).join(''));
    };
    let begin = 0;
    while (begin < chars.length) {
      // PreFilter: a separator is a range of its own; text between separators is another.
      let end = begin;
      while (end < chars.length && !SEPARATORS.has(chars[end].codePointAt(0)!)) end++;
      if (end === begin) end++;
      this.mixCut(chars, begin, end, push);
      begin = end;
    }
    return words;
  }

  tag(text: string): TaggedWord[] {
    return this.cut(text).map((word) => {
      const unit = this.trie.get(word);
      return { word, tag: unit && unit.tag !== '' ? unit.tag : specialTag(word) };
    });
  }

  /** MixSegment: dictionary words as they are, runs of single characters through the HMM. */
  private mixCut(chars: string[], begin: number, end: number, push: (start: number, length: number) => void): void {
    const lengths = this.mpCut(chars, begin, end);
    let at = begin;
    for (let i = 0; i < lengths.length; ) {
      if (lengths[i] > 1 || this.userSingleChars.has(chars[at].codePointAt(0)!)) {
        push(at, lengths[i]);
        at += lengths[i];
        i++;
        continue;
      }
      const runStart = at;
      while (i < lengths.length && lengths[i] === 1 && !this.userSingleChars.has(chars[at].codePointAt(0)!)) {
        at++;
        i++;
      }
      this.hmmCut(chars, runStart, at, push);
    }
  }

  /** MPSegment: the word graph's most probable path, as word lengths in order. */
  private mpCut(chars: string[], begin: number, end: number): number[] {
    const n = end - begin;
    const weight = new Float64Array(n);
    const chosen = new Int32Array(n);
    for (let i = n - 1; i >= 0; i--) {
      let best = MIN_DOUBLE;
      let bestLength = 1;
      const consider = (last: number, unit: DictUnit | null | undefined) => {
        let value = 0;
        if (last + 1 < n) value += weight[last + 1];
        value += unit ? unit.weight : this.minWeight;
        if (value > best) {
          best = value;
          bestLength = last - i + 1;
        }
      };
      let key = chars[begin + i];
      let node = this.trie.get(key);
      consider(i, node);
      if (node !== undefined) {
        for (let j = i + 1; j < n && j - i + 1 <= MAX_WORD_LENGTH; j++) {
          key += chars[begin + j];
          node = this.trie.get(key);
          if (node === undefined) break;
          if (node !== null) consider(j, node);
        }
      }
      weight[i] = best;
      chosen[i] = bestLength;
    }
    const lengths: number[] = [];
    for (let i = 0; i < n; i += chosen[i]) lengths.push(chosen[i]);
    return lengths;
  }

  /** HMMSegment: ASCII letters and numbers by rule, other runs by Viterbi. */
  private hmmCut(chars: string[], begin: number, end: number, push: (start: number, length: number) => void): void {
    let left = begin;
    let right = begin;
    while (right !== end) {
      if (chars[right].codePointAt(0)! < 0x80) {
        if (left !== right) this.viterbiCut(chars, left, right, push);
        left = right;
        right = letters(chars, left, end);
        if (right === left) right = numbers(chars, left, end);
        if (right === left) right++;
        push(left, right - left);
        left = right;
      } else {
        right++;
      }
    }
    if (left !== right) this.viterbiCut(chars, left, right, push);
  }

  private viterbiCut(chars: string[], begin: number, end: number, push: (start: number, length: number) => void): void {
    const X = end - begin;
    const { start, trans, emit } = this.hmm;
    const weight = new Float64Array(X * STATES);
    const path = new Int32Array(X * STATES);
    const first = chars[begin].codePointAt(0)!;
    for (let y = 0; y < STATES; y++) {
      weight[y * X] = start[y] + (emit[y].get(first) ?? MIN_DOUBLE);
      path[y * X] = -1;
    }
    for (let x = 1; x < X; x++) {
      const char = chars[begin + x].codePointAt(0)!;
      for (let y = 0; y < STATES; y++) {
        const now = x + y * X;
        let best = MIN_DOUBLE;
        let from = E;
        const emitProb = emit[y].get(char) ?? MIN_DOUBLE;
        for (let preY = 0; preY < STATES; preY++) {
          const value = weight[x - 1 + preY * X] + trans[preY][y] + emitProb;
          if (value > best) {
            best = value;
            from = preY;
          }
        }
        weight[now] = best;
        path[now] = from;
      }
    }
    const status = new Int32Array(X);
    let state = weight[X - 1 + E * X] >= weight[X - 1 + S * X] ? E : S;
    for (let x = X - 1; x >= 0; x--) {
      status[x] = state;
      state = path[x + state * X];
    }
    let left = 0;
    for (let i = 0; i < X; i++) {
      // E and S end a word.
      if (status[i] % 2) {
        push(begin + left, i + 1 - left);
        left = i + 1;
      }
    }
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A letter, then letters and digits. */
function letters(chars: string[], begin: number, end: number): number {
  if (!isLetter(chars[begin].codePointAt(0)!)) return begin;
  let i = begin + 1;
  while (i < end && (isLetter(chars[i].codePointAt(0)!) || isDigit(chars[i].codePointAt(0)!))) i++;
  return i;
}

/** A digit, then digits and points. */
function numbers(chars: string[], begin: number, end: number): number {
  if (!isDigit(chars[begin].codePointAt(0)!)) return begin;
  let i = begin + 1;
  while (i < end && (isDigit(chars[i].codePointAt(0)!) || chars[i] === '.')) i++;
  return i;
}

/** PosTagger's tag for a word the dictionary does not tag: x, m (ASCII digits) or eng. */
function specialTag(word: string): string {
  const chars = Array.from(word);
  const half = Math.floor(chars.length / 2);
  let m = 0;
  let eng = 0;
  for (let i = 0; i < chars.length && eng < half; i++) {
    const c = chars[i].codePointAt(0)!;
    if (c < 0x80) {
      eng++;
      if (isDigit(c)) m++;
    }
  }
  if (eng === 0) return 'x';
  return m === eng ? 'm' : 'eng';
}

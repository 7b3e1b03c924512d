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
import { NO_ENTRY, ROOT, WordTrie } from './wordTrie';

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

/** limonp's Split: like String#split, but a trailing separator adds no empty field. */
function splitFields(line: string, separator: string): string[] {
  if (line === '') return [];
  const fields = line.split(separator);
  if (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** C's atof for the numbers in these files. */
export function atof(text: string): number {
  const value = Number.parseFloat(text);
  return Number.isNaN(value) ? 0 : value;
}

/** Exact powers of ten: a double holds each of them exactly up to 10^22. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * atof of text.slice(begin, end), without the slice, for the plain decimals these files hold
 * ("217830", "-8.766406"): with at most 15 digits the digits form an exact integer and dividing
 * it by an exact power of ten rounds correctly, so the value is the one parseFloat gives
 * (Clinger's fast path). Anything else (an exponent, more digits, stray characters) goes to atof.
 */
export function atofRange(text: string, begin: number, end: number): number {
  let i = begin;
  const negative = text.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      mantissa = mantissa * 10 + (code - 0x30);
      digits++;
    } else if (code === 0x2e && point < 0 && digits > 0) {
      point = i;
    } else {
      break;
    }
  }
  if (i !== end || digits === 0 || digits > 15) return atof(text.slice(begin, end));
  const value = point < 0 ? mantissa : mantissa / POWERS_OF_TEN[end - point - 1];
  return negative ? -value : value;
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

/**
 * The HMM model. The emission probabilities are one table, four numbers (B, E, M, S) per
 * character, found by the character's row: directly by code unit for the Basic Multilingual Plane,
 * through a map for the rest. A probability the model lacks is MIN_DOUBLE, as cppjieba's lookup
 * gives. (Four maps of 35,000 boxed numbers cost a good part of the load.)
 */
class HmmModel {
  readonly start: number[];
  readonly trans: number[][];
  private readonly bmpRows = new Int32Array(0x10000).fill(-1);
  private readonly astralRows = new Map<number, number>();
  private readonly emissions: number[] = [];

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
    for (let state = 0; state < STATES; state++) this.parseEmissions(content[5 + state], state);
  }

  /** One line of "char:logprob" entries separated by commas; a later entry replaces an earlier one. */
  private parseEmissions(line: string, state: number): void {
    const emissions = this.emissions;
    let at = 0;
    while (at < line.length) {
      let next = line.indexOf(',', at);
      if (next < 0) next = line.length;
      // One character, a colon, the number (limonp's Split lets a single colon trail it).
      const char = line.codePointAt(at)!;
      const colon = at + (char > 0xffff ? 2 : 1);
      const extra = line.indexOf(':', colon + 1);
      if (next === at || colon >= next || line.charCodeAt(colon) !== 0x3a || (extra >= 0 && extra < next - 1)) {
        throw new Error(`gongwen: HMM emission entry is malformed: ${line.slice(at, next)}`);
      }
      let row = char > 0xffff ? (this.astralRows.get(char) ?? -1) : this.bmpRows[char];
      if (row < 0) {
        row = emissions.length / STATES;
        if (char > 0xffff) this.astralRows.set(char, row);
        else this.bmpRows[char] = row;
        emissions.push(MIN_DOUBLE, MIN_DOUBLE, MIN_DOUBLE, MIN_DOUBLE);
      }
      emissions[row * STATES + state] = atofRange(line, colon + 1, next);
      at = next + 1;
    }
  }

  /** The log-probability that `state` emits the character. */
  emit(state: number, char: number): number {
    const row = char > 0xffff ? (this.astralRows.get(char) ?? -1) : this.bmpRows[char];
    return row < 0 ? MIN_DOUBLE : this.emissions[row * STATES + state];
  }
}

export class JsJieba implements SegmenterBackend {
  readonly name = 'js' as const;
  /** Every word, leading to its entry's index in `weights` and `tags` (later entries replace earlier ones). */
  private readonly trie: WordTrie;
  /** Entries' log-probabilities (a typed array, grown by doubling). */
  private weights: Float64Array;
  /**
   * Where each entry's tag is: begin and end in the dictionary's text, or for a tag from
   * elsewhere (the user dictionary, insertWord) -1 - its index in `otherTags`, and 0. The tag
   * string is cut out when a word is tagged, not 50,000 times at load.
   */
  private tagSpans: Int32Array;
  private readonly otherTags: string[] = [];
  private readonly dictText: string;
  private entries = 0;
  private readonly minWeight: number;
  private readonly userWordWeight: number;
  private readonly userSingleChars = new Set<number>();
  private readonly hmm: HmmModel;

  constructor(texts: JiebaDictionaryTexts) {
    // One pass over jieba.dict.utf8, "word frequency tag" per line, without splitting it into
    // lines and fields: the frequencies become weights once their sum is known.
    const text = texts.dict;
    this.trie = new WordTrie(text.length >> 2);
    this.dictText = text;
    this.weights = new Float64Array(Math.max(16, text.length >> 3));
    this.tagSpans = new Int32Array(this.weights.length * 2);
    let freqSum = 0;
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const first = text.indexOf(' ', at);
      const second = first >= 0 && first < end ? text.indexOf(' ', first + 1) : -1;
      const third = second >= 0 && second < end ? text.indexOf(' ', second + 1) : -1;
      // Three fields, as limonp's Split gives them: a single trailing space adds none.
      if (first < 0 || first >= end || second < 0 || second >= end || (third >= 0 && third < end - 1)) {
        throw new Error(`gongwen: dictionary line is not "word frequency tag": ${text.slice(at, Math.min(end, at + 40))}`);
      }
      const freq = atofRange(text, first + 1, second);
      this.trie.set(text, this.addEntry(freq, second + 1, third >= 0 && third < end ? third : end), at, first);
      freqSum += freq;
      at = end + 1;
    }
    const count = this.entries;
    if (!count) throw new Error('gongwen: the dictionary is empty');
    const weights = this.weights;
    for (let i = 0; i < count; i++) weights[i] = Math.log(weights[i] / freqSum);
    let minWeight = weights[0];
    for (let i = 1; i < count; i++) if (weights[i] < minWeight) minWeight = weights[i];
    this.minWeight = minWeight;
    // cppjieba's default for user words: the median weight of the main dictionary.
    this.userWordWeight = kthSmallest(weights.slice(0, count), Math.floor(count / 2));

    // Later entries replace earlier ones, as in cppjieba's trie.
    for (const line of lines(texts.userDict)) {
      if (line === '') continue;
      const fields = splitFields(line, ' ');
      if (fields.length < 1 || fields.length > 3) continue;
      const weight = fields.length === 3 ? Math.log(atof(fields[1]) / freqSum) : this.userWordWeight;
      this.trie.set(fields[0], this.addEntryTagged(weight, fields.length === 1 ? '' : fields[fields.length - 1]));
      const chars = Array.from(fields[0]);
      if (chars.length === 1) this.userSingleChars.add(chars[0].codePointAt(0)!);
    }
    this.hmm = new HmmModel(texts.hmmModel);
  }

  /** A new entry's index; its tag is dictText.slice(tagBegin, tagEnd). */
  private addEntry(weight: number, tagBegin: number, tagEnd: number): number {
    if (this.entries === this.weights.length) {
      const weights = new Float64Array(this.weights.length * 2);
      weights.set(this.weights);
      this.weights = weights;
      const tagSpans = new Int32Array(this.tagSpans.length * 2);
      tagSpans.set(this.tagSpans);
      this.tagSpans = tagSpans;
    }
    this.weights[this.entries] = weight;
    this.tagSpans[this.entries * 2] = tagBegin;
    this.tagSpans[this.entries * 2 + 1] = tagEnd;
    return this.entries++;
  }

  /** A new entry whose tag is not in the dictionary's text. */
  private addEntryTagged(weight: number, tag: string): number {
    this.otherTags.push(tag);
    return this.addEntry(weight, -this.otherTags.length, 0);
  }

  private tagOf(entry: number): string {
    const begin = this.tagSpans[entry * 2];
    return begin >= 0 ? this.dictText.slice(begin, this.tagSpans[entry * 2 + 1]) : this.otherTags[-1 - begin];
  }

  /** nodejieba's insertWord(word): the median weight and the tag "x". */
  addWord(word: string): void {
    this.trie.set(word, this.addEntryTagged(this.userWordWeight, 'x'));
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
      const entry = this.trie.get(word);
      const tag = entry !== undefined && entry !== NO_ENTRY ? this.tagOf(entry) : '';
      return { word, tag: tag !== '' ? tag : specialTag(word) };
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
      const consider = (last: number, entry: number) => {
        let value = 0;
        if (last + 1 < n) value += weight[last + 1];
        value += entry !== NO_ENTRY ? this.weights[entry] : this.minWeight;
        if (value > best) {
          best = value;
          bestLength = last - i + 1;
        }
      };
      // The walk goes down the trie one character at a time; the single character counts even
      // where the dictionary lacks it (with the smallest weight).
      let node = this.trie.step(ROOT, chars[begin + i]);
      consider(i, node === ROOT ? NO_ENTRY : this.trie.entry(node));
      if (node !== ROOT) {
        for (let j = i + 1; j < n && j - i + 1 <= MAX_WORD_LENGTH; j++) {
          node = this.trie.step(node, chars[begin + j]);
          if (node === ROOT) break;
          const entry = this.trie.entry(node);
          if (entry !== NO_ENTRY) consider(j, entry);
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
    const hmm = this.hmm;
    const { start, trans } = hmm;
    const weight = new Float64Array(X * STATES);
    const path = new Int32Array(X * STATES);
    const first = chars[begin].codePointAt(0)!;
    for (let y = 0; y < STATES; y++) {
      weight[y * X] = start[y] + hmm.emit(y, first);
      path[y * X] = -1;
    }
    for (let x = 1; x < X; x++) {
      const char = chars[begin + x].codePointAt(0)!;
      for (let y = 0; y < STATES; y++) {
        const now = x + y * X;
        let best = MIN_DOUBLE;
        let from = E;
        const emitProb = hmm.emit(y, char);
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

/**
 * The k-th smallest of the values (0-based), found by Hoare's selection, which reorders them: the
 * same number a sort would put at k, in linear time (sorting 50,000 weights to read two of them
 * was a tenth of the load).
 */
export function kthSmallest(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k];
  }
  return values[k];
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

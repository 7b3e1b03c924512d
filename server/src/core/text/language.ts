// Which parts of a document are Chinese text. GB/T 15834 (punctuation), GB/T 15835 (numbers) and
// GB/T 9704 (document format) govern Chinese text; a README, a changelog or an English sentence
// inside a Chinese document follows English conventions, where `### Misc.` and `10-20% faster` are
// correct. Rules that enforce a Chinese convention (RuleMeta.appliesTo, 'chinese' by default) are
// therefore reported only where the text is Chinese; the engine asks this index.
//
// The unit is the sentence. A Chinese paragraph with an English phrase in it is one Chinese
// sentence; an English sentence after a Chinese one in the same paragraph, or an English line in
// a Chinese document, is English. Each prose block (heading, paragraph, table cell) is cut at line
// breaks and after sentence-ending marks, and each piece is classed by its own characters:
//
// - Chinese when it holds a Han character or a mark only Chinese input methods type (、。，（）〔〕,
//   the full-width forms, the CJK compatibility squares such as ㎡);
// - Latin when it holds a Latin, Greek or Cyrillic letter and nothing Chinese;
// - neutral when it holds neither (figures and ASCII marks only: "2021-2025", "1.2.3"): it takes
//   the class of the nearest classed sentence in its own block, else of the nearest classed
//   sentence before it in the document (a version heading in a changelog follows the English
//   around it, a figure-only table cell in a report follows the Chinese), else after it, and
//   Chinese when the whole document has no letter at all.
//
// Positions outside every block (a list item's `1.`, a heading's `#`) belong to the block that
// starts later on the same line, else to the one that ends earlier on it.

import type { DocumentIndex, SourceDocument } from '../document';

const CHINESE = 1;
const LATIN = 2;
const NEUTRAL = 0;

export class TextLanguage {
  /** Sentence starts, ascending; sentence i runs to starts[i + 1] or its block's end. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly chinese: Uint8Array;

  constructor(private readonly doc: SourceDocument) {
    const sentences = cutSentences(doc.prose.masked, doc.prose.blocks);
    this.starts = Int32Array.from(sentences.starts);
    this.ends = Int32Array.from(sentences.ends);
    this.chinese = resolveNeutral(sentences.classes, sentences.blockOf);
  }

  /** How many sentences the document was cut into (for tests and timing notes). */
  get sentenceCount(): number {
    return this.starts.length;
  }

  /** True when the text at `offset` is Chinese (see the file comment for the boundary). */
  isChineseAt(offset: number): boolean {
    const n = this.starts.length;
    if (n === 0) return true;
    const i = this.lastStartAtOrBefore(offset);
    // Inside a sentence, or on its end (a zero-width report after the last character).
    if (i >= 0 && offset <= this.ends[i]) return this.chinese[i] === 1;
    // Outside every block: the block that starts later on the same line, else the one that ended
    // earlier on it, else the nearest one before.
    const lines = this.doc.lines;
    const line = lines.lineOf(offset);
    if (i + 1 < n && lines.lineOf(this.starts[i + 1]) === line) return this.chinese[i + 1] === 1;
    if (i >= 0) return this.chinese[i] === 1;
    return this.chinese[0] === 1;
  }

  private lastStartAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (this.starts[0] > offset) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The language of each prose sentence, built on first use. */
export const textLanguageIndex: DocumentIndex<TextLanguage> = {
  name: 'text language',
  build: (doc) => new TextLanguage(doc),
};

/** Whether a UTF-16 code unit marks Chinese text: Han, a CJK mark, a full-width form. */
export function isChineseUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK Unified Ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // Extension A
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation: 、。〔〕《》 and the ideographic space
    (c >= 0xff01 && c <= 0xff65) || // full-width forms: ，（）：；０-９ and the half-width CJK marks
    (c >= 0x3200 && c <= 0x33ff) || // enclosed CJK and compatibility squares: ㈠ ㎡
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xd840 && c <= 0xd87f) || // high surrogates of the supplementary ideographs (𠮷, extensions B–F)
    (c >= 0xd880 && c <= 0xd884) //    and of extensions G–H
  );
}

function isLetterUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || // Latin-1 and Latin Extended letters
    (c >= 0x370 && c <= 0x4ff) // Greek and Cyrillic
  );
}

interface Sentences {
  starts: number[];
  ends: number[];
  classes: number[];
  blockOf: number[];
}

/** Cuts every block into sentences and classes each one by its own characters. */
function cutSentences(masked: string, blocks: readonly { start: number; end: number }[]): Sentences {
  const out: Sentences = { starts: [], ends: [], classes: [], blockOf: [] };
  let previousEnd = -1;
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b];
    // Blocks come in source order; a block inside one already cut adds nothing new.
    if (start < previousEnd) continue;
    previousEnd = end;
    let sentenceStart = start;
    let cls = NEUTRAL;
    const close = (at: number) => {
      out.starts.push(sentenceStart);
      out.ends.push(at);
      out.classes.push(cls);
      out.blockOf.push(b);
      sentenceStart = at;
      cls = NEUTRAL;
    };
    for (let i = start; i < end; i++) {
      const c = masked.charCodeAt(i);
      if (cls !== CHINESE) {
        if (isChineseUnit(c)) cls = CHINESE;
        else if (cls === NEUTRAL && isLetterUnit(c)) cls = LATIN;
      }
      const cut = sentenceEndAfter(masked, i, c, end);
      if (cut > i && cut < end) {
        // The cut point itself may pass closing quotes after the mark; class them too.
        for (let j = i + 1; j < cut; j++) if (isChineseUnit(masked.charCodeAt(j))) cls = CHINESE;
        close(cut);
        i = cut - 1;
      }
    }
    close(end);
  }
  return out;
}

/**
 * Where a sentence ends when the code unit `c` at `i` closes it: after a line break; after 。！？；
 * and the closing quotes or brackets that follow them; after . ! ? followed by white space, unless
 * the full stop follows a digit (an outline number "1. 总体要求" or "2.1 Scope" is not a
 * sentence of its own). Returns `i` when no sentence ends here.
 */
function sentenceEndAfter(masked: string, i: number, c: number, end: number): number {
  if (c === 0x0a || c === 0x0d) return i + 1;
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) {
    let j = i + 1;
    while (j < end && isCloser(masked.charCodeAt(j))) j++;
    return j;
  }
  if (c === 0x2e || c === 0x21 || c === 0x3f) {
    const next = i + 1 < end ? masked.charCodeAt(i + 1) : 0x0a;
    if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) return i;
    if (c === 0x2e && i > 0) {
      const before = masked.charCodeAt(i - 1);
      if (before >= 0x30 && before <= 0x39) return i;
    }
    return i + 1;
  }
  return i;
}

/** Closing quotes and brackets that stay with the sentence they close: ” ’ 」 』 ） 》 〕 】 ) ]. */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x300b || c === 0x3015 || c === 0x3011 || c === 0x29 || c === 0x5d;
}

/**
 * Gives each neutral sentence the class of the nearest classed sentence of its block (before it,
 * else after it), else the nearest classed one before it in the document, else after it; a
 * document without a classed sentence is Chinese.
 */
function resolveNeutral(classes: number[], blockOf: number[]): Uint8Array {
  const n = classes.length;
  const chinese = new Uint8Array(n);
  let lastClassed = NEUTRAL;
  let i = 0;
  while (i < n) {
    // One block at a time: [i, j).
    let j = i;
    let firstClassed = NEUTRAL;
    while (j < n && blockOf[j] === blockOf[i]) {
      if (firstClassed === NEUTRAL && classes[j] !== NEUTRAL) firstClassed = classes[j];
      j++;
    }
    // Inside the block the running class starts with the block's first classed sentence, so the
    // neutral ones before it follow it; a block with none follows the document before it.
    let running = firstClassed !== NEUTRAL ? firstClassed : lastClassed;
    for (let k = i; k < j; k++) {
      if (classes[k] !== NEUTRAL) running = classes[k];
      chinese[k] = running === LATIN ? 0 : 1;
    }
    if (firstClassed !== NEUTRAL) lastClassed = running;
    else if (lastClassed === NEUTRAL) {
      // Nothing classed yet: these follow the next classed sentence, found below.
      let m = j;
      while (m < n && classes[m] === NEUTRAL) m++;
      const next = m < n ? classes[m] : CHINESE;
      for (let k = i; k < j; k++) chinese[k] = next === LATIN ? 0 : 1;
    }
    i = j;
  }
  return chinese;
}

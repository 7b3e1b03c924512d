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
//   the class of the nearest classed sentence on its own line (before it, else after it), else
//   in its block, else in the document (a version heading in a changelog follows the English
//   around it, a figure-only table cell in a report follows the Chinese), and is Chinese when the
//   whole document has no letter at all.
//
// Positions outside every block (a list item's `1.`, a heading's `#`) belong to the block that
// starts later on the same line, else to the one that ends earlier on it.
//
// The engine asks only where a report stands, so a block is cut and classed the first time a
// position in it is asked about, with regular expressions (native code, fast even before V8
// optimises); a clean document, or a block without a report, costs nothing.

import type { DocumentIndex, SourceDocument } from '../document';
import type { ProseBlock } from '../markdown/prose';
import { lastIndexAtOrBefore } from './search';

const NEUTRAL = 0;
const CHINESE = 1;
const LATIN = 2;
type Class = typeof NEUTRAL | typeof CHINESE | typeof LATIN;

/**
 * Han characters (the basic block, extension A, compatibility ideographs, and extensions B–H by
 * their high surrogates), the CJK marks (、。〔〕《》 and the ideographic space), the full-width
 * forms (，（）：；０-９), and the enclosed and compatibility squares (㈠ ㎡).
 */
const CHINESE_MARK = /[\u3000-\u303f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff65\ud840-\ud884]/;
/** Latin letters (with Latin-1 and Latin Extended), Greek and Cyrillic. */
const LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u04ff]/;
/**
 * Where a sentence ends: after a line break; after 。！？； and the closing quotes or brackets that
 * follow them; after . ! ? followed by white space or the end of the block, unless the full stop
 * follows a digit (an outline number "1. 总体要求" or "2.1 Scope" is no sentence of its own).
 */
const SENTENCE_END = /\r\n?|\n|[。！？；][”’」』）》〕】)\]]*|(?<![0-9])\.(?=[ \t\r\n]|$)|[!?](?=[ \t\r\n]|$)/g;

/** One block's sentences: where each starts (relative to the block) and whether it is Chinese. */
interface BlockSentences {
  starts: number[];
  chinese: boolean[];
  /** The class of the block's first and last classed sentence, NEUTRAL when it has none. */
  first: Class;
  last: Class;
}

export class TextLanguage {
  private readonly blocks: readonly ProseBlock[];
  private readonly cut: (BlockSentences | undefined)[];
  /** Per block, the nearest class at or before it (NEUTRAL: none), filled as asked. */
  private readonly before: (Class | undefined)[];
  private readonly after: (Class | undefined)[];

  constructor(private readonly doc: SourceDocument) {
    this.blocks = doc.prose.blocks;
    this.cut = new Array(this.blocks.length);
    this.before = new Array(this.blocks.length);
    this.after = new Array(this.blocks.length);
  }

  /** True when the text at `offset` is Chinese (see the file comment for the boundary). */
  isChineseAt(offset: number): boolean {
    const blocks = this.blocks;
    if (blocks.length === 0) return true;
    let b = lastIndexAtOrBefore(blocks, offset, (block) => block.start);
    if (blocks[b].start > offset) b = -1;
    if (b < 0 || offset > blocks[b].end) {
      // Outside every block: the block that starts later on the same line, else the one before.
      const lines = this.doc.lines;
      if (b + 1 < blocks.length && lines.lineOf(blocks[b + 1].start) === lines.lineOf(offset)) {
        return this.sentenceAt(b + 1, blocks[b + 1].start);
      }
      if (b < 0) return this.sentenceAt(0, blocks[0].start);
      return this.sentenceAt(b, blocks[b].end);
    }
    return this.sentenceAt(b, offset);
  }

  private sentenceAt(b: number, offset: number): boolean {
    const block = this.sentencesOf(b);
    const i = lastIndexAtOrBefore(block.starts, offset - this.blocks[b].start, (start) => start);
    return block.chinese[i];
  }

  private sentencesOf(b: number): BlockSentences {
    let block = this.cut[b];
    if (!block) {
      block = this.classify(b);
      this.cut[b] = block;
    }
    return block;
  }

  /**
   * Cuts block `b` into sentences and classes each: by its own characters, else by the nearest
   * classed sentence on its line (before, else after), else in its block, else in the document.
   */
  private classify(b: number): BlockSentences {
    const { start, end } = this.blocks[b];
    const text = this.doc.prose.masked.slice(start, end);
    // A block with Chinese and no letter at all is Chinese throughout: every sentence is Chinese
    // or neutral, and the neutral ones take the only class there is. Most blocks of a report are
    // such blocks, and cutting them into sentences would change nothing.
    if (!LETTER.test(text) && CHINESE_MARK.test(text)) return { starts: [0], chinese: [true], first: CHINESE, last: CHINESE };
    const starts: number[] = [0];
    const lineStarts: boolean[] = [true];
    for (const m of text.matchAll(SENTENCE_END)) {
      const at = m.index + m[0].length;
      if (at >= text.length) break;
      starts.push(at);
      const c = m[0].charCodeAt(0);
      lineStarts.push(c === 0x0a || c === 0x0d);
    }
    const classes: Class[] = starts.map((from, i) => {
      const sentence = text.slice(from, i + 1 < starts.length ? starts[i + 1] : text.length);
      return CHINESE_MARK.test(sentence) ? CHINESE : LETTER.test(sentence) ? LATIN : NEUTRAL;
    });
    // Lines first, then the block.
    const byLine = classes.slice();
    for (let i = 0; i < starts.length; ) {
      let j = i + 1;
      while (j < starts.length && !lineStarts[j]) j++;
      fillWithin(byLine, i, j);
      i = j;
    }
    fillWithin(byLine, 0, byLine.length);
    const first = byLine[0];
    const last = byLine[byLine.length - 1];
    const block: BlockSentences = { starts, chinese: [], first, last };
    // A block without a classed sentence takes the nearest class before it, else after it.
    const fallback = first === NEUTRAL ? this.classAround(b) : NEUTRAL;
    block.chinese = byLine.map((c) => (c === NEUTRAL ? fallback : c) !== LATIN);
    return block;
  }

  /** The nearest class of a block before `b`, else after it; Chinese when there is none. */
  private classAround(b: number): Class {
    const before = this.classAtOrBefore(b - 1);
    if (before !== NEUTRAL) return before;
    const after = this.classAtOrAfter(b + 1);
    return after !== NEUTRAL ? after : CHINESE;
  }

  /** The first class of the nearest classed block at or after `b`, remembered like the above. */
  private classAtOrAfter(b: number): Class {
    const n = this.blocks.length;
    let j = b;
    while (j < n && this.after[j] === undefined && this.ownClass(j).first === NEUTRAL) j++;
    let c: Class = j >= n ? NEUTRAL : (this.after[j] ?? this.ownClass(j).first);
    for (let k = Math.min(j, n - 1); k >= b; k--) {
      if (k < j && this.ownClass(k).first !== NEUTRAL) c = this.ownClass(k).first;
      this.after[k] = c;
    }
    return c;
  }

  /**
   * The last class of the nearest classed block at or before `b`. Every block walked over keeps
   * the answer, so a run of figure-only blocks is walked once, not once per block.
   */
  private classAtOrBefore(b: number): Class {
    let j = b;
    while (j >= 0 && this.before[j] === undefined && this.ownClass(j).last === NEUTRAL) j--;
    let c: Class = j < 0 ? NEUTRAL : (this.before[j] ?? this.ownClass(j).last);
    for (let k = Math.max(j, 0); k <= b; k++) {
      if (k > j && this.ownClass(k).last !== NEUTRAL) c = this.ownClass(k).last;
      this.before[k] = c;
    }
    return c;
  }

  /** A block's own first and last class, without the document around it. */
  private ownClass(b: number): { first: Class; last: Class } {
    const cut = this.cut[b];
    if (cut) return cut;
    const text = this.doc.prose.masked.slice(this.blocks[b].start, this.blocks[b].end);
    // Only whether it has a class at all matters to the blocks around it; both ends are the
    // same class when the block is all one language, and the ends matter only for mixed blocks.
    if (!CHINESE_MARK.test(text) && !LETTER.test(text)) return { first: NEUTRAL, last: NEUTRAL };
    return this.sentencesOf(b);
  }
}

/** Within sentences [from, to), a neutral one takes the nearest class before it, else after it. */
function fillWithin(classes: Class[], from: number, to: number): void {
  let running: Class = NEUTRAL;
  for (let k = from; k < to && running === NEUTRAL; k++) running = classes[k];
  for (let k = from; k < to; k++) {
    if (classes[k] !== NEUTRAL) running = classes[k];
    classes[k] = running;
  }
}

/** The language of each prose sentence, cut block by block as positions are asked about. */
export const textLanguageIndex: DocumentIndex<TextLanguage> = {
  name: 'text language',
  build: (doc) => new TextLanguage(doc),
};

// Shared facts about punctuation marks for the punctuation/ rules (GB/T 15834-2011): which
// marks are full-width point marks, which open and close pairs, which characters count as
// Chinese text around a mark, and which marks already belong to an outline number or a
// document number (the outline/ and docno/ rules report those, so punctuation/ stays out).

import type { SourceDocument, DocumentIndex } from '../document';
import { outlineIndex } from '../outline/model';
import { docnoIndex } from '../docno';
import { charAfter, charBefore, isHan } from '../figures/scanText';
import { firstIndexAtOrAfter } from '../text/search';

/** Full-width point marks (点号): sentence-final and in-sentence. */
export const POINT_MARKS = '。，、；：？！';

/** Opening full-width marks of the paired kinds GB/T 15834-2011 lists, with their partners. */
export const CLOSER_OF: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '（': '）', '《': '》', '〈': '〉', '【': '】' };
export const OPENER_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CLOSER_OF).map(([o, c]) => [c, o]));

/** Spaces that may stray around a mark: ASCII space, tab, ideographic space, no-break space. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

/** A full-width closing mark: ” ’ ） 》 〉 】. */
export function isClosingMark(c: string | undefined): boolean {
  return c !== undefined && c in OPENER_OF;
}

/** A full-width opening mark: “ ‘ （ 《 〈 【. */
export function isOpeningMark(c: string | undefined): boolean {
  return c !== undefined && c in CLOSER_OF;
}

/** The Han character (a whole code point, so 𠮷 counts) ending just before `i`. */
export function hanBefore(text: string, i: number): boolean {
  return isHan(charBefore(text, i));
}

/** The Han character (a whole code point) starting at `i`. */
export function hanAt(text: string, i: number): boolean {
  return isHan(charAfter(text, i));
}

/**
 * Offsets of marks that belong to an outline number (（一） (1) 一、 1.) or to a document
 * number's year brackets (〔2023〕 (2023)): outline/ and docno/ check those, and a second
 * finding from punctuation/ on the same character would only repeat them.
 */
export interface OwnedMarks {
  has(offset: number): boolean;
  /** The owned offsets in [start, end), in order. */
  within(start: number, end: number): number[];
}

export const ownedMarks: DocumentIndex<OwnedMarks> = {
  name: 'punctuation owned marks',
  build(doc: SourceDocument): OwnedMarks {
    const owned = new Set<number>();
    for (const item of doc.get(outlineIndex).items) {
      for (let i = item.form.start; i < item.form.end; i++) owned.add(i);
    }
    for (const n of doc.get(docnoIndex).numbers) {
      for (const part of [n.open, n.close]) if (part) for (let i = part.start; i < part.end; i++) owned.add(i);
    }
    const sorted = [...owned].sort((a, b) => a - b);
    const at = (offset: number) => firstIndexAtOrAfter(sorted, offset, (n) => n);
    return { has: (offset) => owned.has(offset), within: (start, end) => sorted.slice(at(start), at(end)) };
  },
};

/**
 * How a message names a mark. Point marks are quoted (“。”); quotes and brackets are named in
 * words, because a quote or bracket inside the message's own quotes would leave them unbalanced
 * (the editor cuts a quick fix title at the first colon outside quotes).
 */
export function markLabel(mark: string): { labelZh: string; labelEn: string } {
  const named = MARK_NAMES[mark];
  if (named) return { labelZh: named[0], labelEn: named[1] };
  return { labelZh: `“${mark}”`, labelEn: `"${mark}"` };
}

const MARK_NAMES: Readonly<Record<string, [string, string]>> = {
  '“': ['前引号', 'the opening quote'],
  '”': ['后引号', 'the closing quote'],
  '‘': ['单前引号', 'the opening single quote'],
  '’': ['单后引号', 'the closing single quote'],
  '（': ['前括号', 'the opening parenthesis'],
  '）': ['后括号', 'the closing parenthesis'],
  '《': ['前书名号', 'the opening title mark'],
  '》': ['后书名号', 'the closing title mark'],
  '〈': ['前单书名号', 'the opening single title mark'],
  '〉': ['后单书名号', 'the closing single title mark'],
  '【': ['前方头括号', 'the opening square bracket'],
  '】': ['后方头括号', 'the closing square bracket'],
  '"': ['半角引号', 'the half-width quote'],
  '(': ['半角前括号', 'the half-width opening parenthesis'],
  ')': ['半角后括号', 'the half-width closing parenthesis'],
};

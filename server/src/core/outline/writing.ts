// How outline numbers are written, for messages and fixes: the right form of a marker, and
// whether a marker's text already appears somewhere (a sign the model missed an item).

import { formatNumber, type OutlineItem } from './model';
import type { OutlineLevel } from './markers';
import type { TextEdit } from '../types';

/**
 * The edits that renumber `siblings` from index `from` up to `to` (exclusive), so that sibling j
 * reads base + j (only numbers that change are edited): the editor's "renumber section" command.
 * (outline/sequence builds the same edits per finding, so that each lists the places it changes.)
 */
export function renumberEdits(siblings: readonly OutlineItem[], from = 0, base = 1, to = siblings.length): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let j = from; j < to; j++) {
    const value = base + j;
    if (siblings[j].value === value) continue;
    edits.push({ start: siblings[j].form.numberStart, end: siblings[j].form.numberEnd, text: formatNumber(siblings[j].level, value) });
  }
  return edits;
}

/** The marker as GB/T 9704-2012 7.3.3 writes it: 一、 （一） 1. （1）. */
export function canonicalMarker(level: OutlineLevel, value: number): string {
  const n = formatNumber(level, value);
  switch (level) {
    case 1:
      return `${n}、`;
    case 2:
    case 4:
      return `（${n}）`;
    case 3:
      return `${n}.`;
  }
}

/** Every way a writer may have typed the marker, right or wrong (for "is it there after all"). */
export function markerVariants(level: OutlineLevel, value: number): string[] {
  const n = formatNumber(level, value);
  if (level === 2 || level === 4) return [`（${n}）`, `(${n})`, `（${n})`, `(${n}）`];
  return ['、', '.', '．', '，', ','].map((mark) => `${n}${mark}`);
}

/**
 * True when one of the marker's forms occurs in `text` between `start` and `end` at a place
 * that is not the middle of a longer number (so 十三、 does not count as 三、).
 */
export function markerWrittenIn(text: string, start: number, end: number, level: OutlineLevel, value: number): boolean {
  const slice = text.slice(start, end);
  const digit = level <= 2 ? /[一二三四五六七八九十百零〇]/ : /[0-9]/;
  for (const variant of markerVariants(level, value)) {
    let at = slice.indexOf(variant);
    while (at >= 0) {
      const before = slice[at - 1];
      if (variant.startsWith('（') || variant.startsWith('(') || before === undefined || !digit.test(before)) return true;
      at = slice.indexOf(variant, at + 1);
    }
  }
  return false;
}

/**
 * The most other places one finding lists as related locations. A fix may change only what its
 * finding shows, and the editor shows related locations as a list under the diagnostic, so a
 * fix that touches many places (renumbering a long run, converting every bracket of a document)
 * is cut into findings of at most 1 + MAX_RELATED places each. All of them are certain fixes of
 * one pass, so `--fix` still converts everything at once.
 */
export const MAX_RELATED = 20;

/** Cuts `places` into consecutive chunks of at most 1 + MAX_RELATED (the finding, its related). */
export function chunkForRelated<T>(places: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < places.length; i += MAX_RELATED + 1) chunks.push(places.slice(i, i + MAX_RELATED + 1));
  return chunks;
}

/** The marker as written, with only its number replaced: what a renumbering fix leaves there. */
export function renumberedMarker(text: string, item: OutlineItem, value: number): string {
  return text.slice(item.start, item.form.numberStart) + formatNumber(item.level, value) + text.slice(item.form.numberEnd, item.end);
}

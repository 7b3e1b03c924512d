// Words around one spot of prose, with their source offsets, for the wording rules. The rules
// find candidates by characters and ask the segmenter only to confirm a word boundary, so they
// segment a short window (one clause, at most a few characters each side) instead of the whole
// document, and only where a character match is ambiguous.

import type { Segmenter } from '../segment/segmenter';
import { MASK } from '../markdown/prose';

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Characters that end the window: clause marks, line structure and non-prose. */
const WINDOW_STOP = /[。！？；，、：,;:!?“”‘’《》（）()【】\[\]\r\n]/;
const SPACE = /[ \t\u3000]/;

/**
 * The words of the clause around [start, end), at most `reach` characters further each side.
 * Spaces and single line breaks inside the window are dropped before segmenting (a stray space
 * between two words does not change what the words are) and each word keeps its source range.
 * Returns undefined when the segmenter's words do not spell the window back.
 */
export function wordsAround(masked: string, start: number, end: number, segmenter: Segmenter, reach = 8): Token[] | undefined {
  let from = start;
  while (from > 0 && start - from < reach && !isStop(masked[from - 1])) from--;
  let to = end;
  while (to < masked.length && to - end < reach && !isStop(masked[to])) to++;
  // Keep astral characters whole at the edges of the window.
  if (from > 0 && isLowSurrogate(masked.charCodeAt(from))) from--;
  if (to < masked.length && isLowSurrogate(masked.charCodeAt(to))) to++;
  const offsets: number[] = [];
  let text = '';
  for (let i = from; i < to; i++) {
    const c = masked[i];
    if (SPACE.test(c) || c === '\n' || c === '\r') continue;
    offsets.push(i);
    text += c;
  }
  offsets.push(to);
  if (!text) return [];
  const words = segmenter.cut(text);
  const tokens: Token[] = [];
  let at = 0;
  for (const word of words) {
    if (text.startsWith(word, at) === false) return undefined;
    tokens.push({ word, start: offsets[at], end: offsets[at + word.length - 1] + 1 });
    at += word.length;
  }
  return at === text.length ? tokens : undefined;
}

/** The token that holds the character at `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens.find((t) => t.start <= offset && offset < t.end);
}

function isStop(c: string): boolean {
  return c === MASK || WINDOW_STOP.test(c);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

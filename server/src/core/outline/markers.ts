// Reads one outline number (一、 （一） 1. （1）) at a given offset of the masked prose text, by
// character tests alone. The caller decides where a marker may start (a line start, or after a
// sentence-ending mark inside a run-together line); this file decides whether the characters
// there form a marker, in the right form or in one of the wrong forms writers actually use
// (一. 一， （一）、 (1) 1、 1．), so that rules can report the wrong forms.

import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';

/** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1） (GB/T 9704-2012 7.3.3). */
export type OutlineLevel = 1 | 2 | 3 | 4;

/** One written character of a marker and where it is. */
export interface MarkerChar {
  offset: number;
  char: string;
}

/** A marker as written: its parts and their offsets, right or wrong. */
export interface MarkerForm {
  level: OutlineLevel;
  value: number;
  /** The whole marker: brackets, number and the mark after it. */
  start: number;
  end: number;
  /** The number alone (一 / 12), which renumbering replaces. */
  numberStart: number;
  numberEnd: number;
  /** Brackets of levels 2 and 4: （ ） or the half-width ( ). */
  open?: MarkerChar;
  close?: MarkerChar;
  /** The mark after the number (levels 1, 3) or after the closing bracket (a wrong 、 after （一）). */
  mark?: MarkerChar;
}

/** The mark each level takes after its number; levels 2 and 4 take none. */
export const CANONICAL_MARK: Record<OutlineLevel, string | undefined> = { 1: '、', 2: undefined, 3: '.', 4: undefined };

const CHINESE_DIGIT = /[一二三四五六七八九十百零]/;
const ARABIC_DIGIT = /[0-9]/;
/** Marks found after an outline number in real documents; only 、 and . are right. */
const MARKS = new Set(['、', '.', '．', '，', ',']);
/**
 * Marks accepted inside a run-together line, where a wrong form is too weak a signal. A bracketed
 * number with 、 after it (（一）、) is the commonest wrong form and still plainly a marker.
 */
const INLINE_MARKS: Record<OutlineLevel, Set<string>> = {
  1: new Set(['、']),
  2: new Set(['', '、']),
  3: new Set(['.', '、']),
  4: new Set(['', '、']),
};
const BRACKET_OPEN = new Set(['（', '(']);
const BRACKET_CLOSE = new Set(['）', ')']);
const SPACE = /[ \t\u3000]/;

/**
 * A title may begin with a CJK ideograph (a high surrogate stands for an astral one such as
 * 𠮷), an opening quote or book-title mark, or a Latin letter.
 */
const TITLE_START = /[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f“‘《〈「『【A-Za-z]/;
/** 一、二级医院 and 一、二、三级 list numerals of one thing; they are not item one. */
const GRADE_WORD = /^[一二三四五六七八九十][、级类档等批期线号代产次星]/;

export interface ParseOptions {
  /** Inside a run-together line only the usual forms count (see INLINE_MARKS). */
  inline?: boolean;
}

/**
 * The first offset from `from` (before `end`) that is not what may stand before a marker or a
 * title: space, tab, ideographic space (U+3000) and MASK.
 */
export function skipSpace(text: string, from: number, end: number): number {
  // Character codes rather than a regex over one-character strings: this runs for every line
  // of the document, and a CJK character read as a string is a fresh allocation each time.
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0;
}

/** Parses a marker starting exactly at `at` in `text` (the masked prose), or returns undefined. */
export function parseMarker(text: string, at: number, options: ParseOptions = {}): MarkerForm | undefined {
  const first = text[at];
  if (first === undefined) return undefined;
  if (BRACKET_OPEN.has(first)) return parseBracketed(text, at, options);
  if (CHINESE_DIGIT.test(first)) return parsePlain(text, at, 1, options);
  if (ARABIC_DIGIT.test(first)) return parsePlain(text, at, 3, options);
  return undefined;
}

/** 一、 一. 一， / 1. 1、 1． 1， */
function parsePlain(text: string, at: number, level: 1 | 3, options: ParseOptions): MarkerForm | undefined {
  const numberEnd = scanNumber(text, at, level === 1 ? CHINESE_DIGIT : ARABIC_DIGIT);
  const value = readValue(text.slice(at, numberEnd), level === 1);
  if (value === undefined) return undefined;
  const markChar = text[numberEnd];
  if (markChar === undefined || !MARKS.has(markChar)) return undefined;
  if (options.inline && !INLINE_MARKS[level].has(markChar)) return undefined;
  const end = numberEnd + 1;
  if (!titleFollows(text, end, level)) return undefined;
  return { level, value, start: at, end, numberStart: at, numberEnd, mark: { offset: numberEnd, char: markChar } };
}

/** （一） (一) （1） (1), possibly with a wrong mark after the closing bracket. */
function parseBracketed(text: string, at: number, options: ParseOptions): MarkerForm | undefined {
  const numberStart = at + 1;
  const chinese = CHINESE_DIGIT.test(text[numberStart] ?? '');
  const numberEnd = scanNumber(text, numberStart, chinese ? CHINESE_DIGIT : ARABIC_DIGIT);
  const value = readValue(text.slice(numberStart, numberEnd), chinese);
  if (value === undefined) return undefined;
  const closeChar = text[numberEnd];
  if (closeChar === undefined || !BRACKET_CLOSE.has(closeChar)) return undefined;
  const level: OutlineLevel = chinese ? 2 : 4;
  let end = numberEnd + 1;
  let mark: MarkerChar | undefined;
  if (MARKS.has(text[end] ?? '')) {
    mark = { offset: end, char: text[end] };
    end++;
  }
  if (options.inline && !INLINE_MARKS[level].has(mark?.char ?? '')) return undefined;
  if (!titleFollows(text, end, level)) return undefined;
  return {
    level,
    value,
    start: at,
    end,
    numberStart,
    numberEnd,
    open: { offset: at, char: text[at] },
    close: { offset: numberEnd, char: closeChar },
    mark,
  };
}

/** Values already read: documents repeat the same few numbers thousands of times. */
const CHINESE_VALUES = new Map<string, number | undefined>();

function scanNumber(text: string, at: number, digit: RegExp): number {
  let i = at;
  while (i < text.length && i - at < 4 && digit.test(text[i])) i++;
  return i;
}

/**
 * The value of an outline number, only when it is written the way outline numbers are:
 * 1–99, Chinese ones exactly as toChineseNumeral writes them (so 二〇 or 一一 are not markers),
 * Arabic ones without a leading zero.
 */
function readValue(digits: string, chinese: boolean): number | undefined {
  if (!digits) return undefined;
  if (chinese) {
    if (CHINESE_VALUES.has(digits)) return CHINESE_VALUES.get(digits);
    const parsed = parseChineseNumeral(digits);
    const value = parsed === undefined || parsed < 1 || parsed > 99 || toChineseNumeral(parsed) !== digits ? undefined : parsed;
    CHINESE_VALUES.set(digits, value);
    return value;
  }
  if (digits.length > 2 || digits[0] === '0') return undefined;
  return Number(digits);
}

/** A marker is only a marker when a title follows it on the same line (spaces allowed). */
function titleFollows(text: string, at: number, level: OutlineLevel): boolean {
  let i = at;
  while (i < text.length && SPACE.test(text[i])) i++;
  const c = text[i];
  if (c === undefined) return false;
  if (GRADE_WORD.test(text.slice(i, i + 2)) && level === 1) return false;
  // 一、2024年一季度工作回顾 is a title; 1.5亿 and 1、2号楼 are not markers.
  if (ARABIC_DIGIT.test(c)) return level === 1 || level === 2;
  return TITLE_START.test(c);
}

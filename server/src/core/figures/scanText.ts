// Small character helpers shared by the figure scanner and the figure rules.

/** A digit as a regex source: half-width or full-width (０-９ is reported, but still read). */
export const ARABIC_DIGIT = '[0-9０-９]';

/** Full-width digits ０-９ become 0-9; everything else is kept. */
export function normalizeDigits(text: string): string {
  // Most numbers are half-width already: skip the regex replace for them (this runs per figure).
  if (!hasFullWidthDigit(text)) return text;
  return text.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
const FULL_WIDTH_DIGIT = /[０-９]/g;

/** True when the text holds a full-width digit ０-９. */
export function hasFullWidthDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) return true;
  }
  return false;
}

/** True for 0-9 and ０-９. */
export function isArabicDigit(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * True for a Latin letter, accented ones included: digits or x next to one belong to a word
 * or code (xlsx, H7N9) or to pinyin a web page added (縣(xiàn)).
 */
export function isLatinLetter(c: string | undefined): boolean {
  return !!c && testMemo(LATIN, LATIN_MEMO, c);
}
// Compiled once: a Unicode property class is large, and a literal inside the function would be
// rebuilt on every call.
const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;
// The answers for single UTF-16 units, remembered as they are asked (0 not yet asked, 1 yes,
// 2 no): the scanners ask about the same few hundred characters again and again, and a table
// lookup costs far less than a Unicode property test. The regex stays the one source of truth.
const LATIN_MEMO = new Uint8Array(0x10000);
const HAN_MEMO = new Uint8Array(0x10000);

function testMemo(pattern: RegExp, memo: Uint8Array, c: string): boolean {
  if (c.length !== 1) return pattern.test(c);
  const code = c.charCodeAt(0);
  let known = memo[code];
  if (known === 0) memo[code] = known = pattern.test(c) ? 1 : 2;
  return known === 1;
}

/** A Han character (CJK ideograph), astral ones included when given as a full code point. */
export function isHan(c: string | undefined): boolean {
  return !!c && testMemo(HAN, HAN_MEMO, c);
}

/** The whole character (one code point, so 𠮷 is not cut in half) starting at `i`. */
export function charAfter(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** The whole character ending just before `i`. */
export function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1];
}

/**
 * A unit, percent sign or date suffix that is written right after a number, as a regex source
 * (used where a space before it is a stray): 年 月 日 % ‰ ㎡ 万 亿 个 人 元 平方米 ….
 */
export const UNIT_OR_DATE_SUFFIX =
  '(?:[年月日号%％‰㎡㎞㎏万亿个人元户家所项次岁名件台套张床份场处座倍吨亩米]|平方米|平方公里|公里|千米|小时|分钟|天|周|个百分点)';

/**
 * The matches of a global `pattern` whose start offset passes `accept`, exactly as the pattern
 * with a leading lookbehind would find them: a refused match is dropped and the search resumes
 * one offset later, where the regex engine would have tried next. Checking the character before
 * a match in code is much cheaper than a leading lookbehind, which the engine evaluates at every
 * offset of the document. `accept` may only look at the text before the offset. The pattern must
 * not match the empty string.
 */
export function* matchesWhere(text: string, pattern: RegExp, accept: (start: number) => boolean): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (accept(m.index)) {
      const resume = pattern.lastIndex;
      yield m;
      pattern.lastIndex = resume;
    } else {
      pattern.lastIndex = m.index + 1;
    }
  }
}

// Dates in prose, as the figure scanner reads them: 2023年6月30日, 二〇二三年, 6月, 6月30号,
// and the numeric styles 2023.6.30, 2023-06-30, 2023/6/30. The values are read as written;
// whether a date can exist (2月30日, 13月) is figure/date's question, not the scanner's.

import { parseChineseNumeral } from '../text/numerals';
import { normalizeDigits } from './scanText';

export type DateStyle = 'chinese' | 'dotted' | 'iso' | 'slash';

/** One part of a date: the digits only (2023 of 2023年), with the value they stand for. */
export interface DatePart {
  start: number;
  end: number;
  text: string;
  value: number;
}

export interface DateMention {
  /** The whole date, suffixes included (2023年6月30日). */
  start: number;
  end: number;
  year?: DatePart;
  month?: DatePart;
  day?: DatePart;
  style: DateStyle;
}

const Y = '([0-9０-９]{4}|[〇零一二三四五六七八九]{4})';
const M = '([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])';
const D = '([0-9０-９]{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])';
/**
 * A date never starts right after one of these: it would be the tail of a longer number. This is
 * tested in code (`nextDateMatch`), not as a lookbehind at the head of DATE_PATTERN: a leading
 * lookbehind is evaluated at every offset of the document and doubled the cost of the scan.
 */
const NOT_AFTER = /[0-9０-９.．/〇零一二两三四五六七八九十百千万亿]/;

/**
 * Groups: 1 year, 2 month, 3 day (year first); 4 month, 5 day (no year); 6 year, 7 separator,
 * 8 month, 9 day (numeric styles). Global: the scanner walks the text once. Read it through
 * `nextDateMatch`, which applies the NOT_AFTER condition.
 */
export const DATE_PATTERN = new RegExp(
  `(?:${Y}年度?(?:${M}月份?(?:${D}[日号])?)?` +
    `|${M}月份?(?:${D}[日号])?` +
    `|([0-9]{4})([.．/-])([0-9]{1,2})\\7([0-9]{1,2})(?![0-9.．/-]))`,
  'g',
);

/**
 * The next date match at or after DATE_PATTERN.lastIndex, as the pattern with a leading
 * `(?<!NOT_AFTER)` would find it: a match right after a numeral character is refused and the
 * search resumes one offset later, exactly where the lookbehind would have let the regex engine
 * try next.
 */
export function nextDateMatch(masked: string): RegExpExecArray | null {
  for (let m = DATE_PATTERN.exec(masked); m; m = DATE_PATTERN.exec(masked)) {
    if (m.index === 0 || !NOT_AFTER.test(masked[m.index - 1])) return m;
    DATE_PATTERN.lastIndex = m.index + 1;
  }
  return null;
}

export function readDate(masked: string, m: RegExpExecArray): DateMention | undefined {
  const start = m.index;
  const end = start + m[0].length;
  // Offsets of each captured group: the groups appear in order, so search forward.
  let cursor = start;
  const part = (text: string | undefined): DatePart | undefined => {
    if (text === undefined) return undefined;
    const at = masked.indexOf(text, cursor);
    cursor = at + text.length;
    const value = /[0-9０-９]/.test(text) ? Number(normalizeDigits(text)) : parseChineseNumeral(text);
    return value === undefined ? undefined : { start: at, end: at + text.length, text, value };
  };
  if (m[6] !== undefined) {
    const style = m[7] === '-' ? 'iso' : m[7] === '/' ? 'slash' : 'dotted';
    return { start, end, year: part(m[6]), month: part(m[8]), day: part(m[9]), style };
  }
  if (m[1] !== undefined) {
    return { start, end, year: part(m[1]), month: part(m[2]), day: part(m[3]), style: 'chinese' };
  }
  // A month without a year. A lone Chinese month (一月) is too often another word; keep it only
  // with a day (三月五日).
  if (!/[0-9０-９]/.test(m[4]) && m[5] === undefined) return undefined;
  // 号 after a bare number without a month is a document or house number, never reached here.
  return { start, end, month: part(m[4]), day: part(m[5]), style: 'chinese' };
}

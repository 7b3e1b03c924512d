// Chinese numerals as written in 公文: 一 二 三 … 十 百 千 万 亿, 两 for two, 〇/零 for zero,
// and the capital forms 壹 贰 叁 …. Outline numbers (一、 （十二）), counts (五大中心) and
// figures (一百二十人) all read their values here.

// Maps rather than object literals: the figure scanner reads thousands of characters through
// these, and looking a fresh one-character string up as an object key costs V8 about twice as
// much as a Map lookup.
const DIGITS = new Map<string, number>(Object.entries({
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
}));
const SMALL_UNITS = new Map<string, number>(Object.entries({ 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }));
const BIG_UNITS = new Map<string, number>(Object.entries({ 万: 1e4, 亿: 1e8 }));

/** The characters a Chinese numeral is made of, for use inside a regex character class. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * The value of a Chinese numeral, or undefined when the string is not one.
 * Handles positional forms (一百二十, 十二, 两千零五, 三万五千) and digit-by-digit forms
 * (二〇二三, used for years).
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text) return undefined;
  // One pass that also notes whether every character is a digit: the figure scanner calls this
  // for thousands of short runs, and spreading each into arrays was a measurable share of a lint.
  let allDigits = true;
  for (const c of text) {
    if (DIGITS.has(c)) continue;
    allDigits = false;
    if (!SMALL_UNITS.has(c) && !BIG_UNITS.has(c)) return undefined;
  }
  // Digit by digit, as in 二〇二三年.
  if (allDigits && text.length > 1) {
    if (text.includes('两')) return undefined;
    let digits = '';
    for (const c of text) digits += DIGITS.get(c);
    return Number(digits);
  }
  return positional(text);
}

/** 一亿二千万 = 一 × 亿 + 二千万; 三万五千 = 三 × 万 + 五千. */
function positional(text: string): number | undefined {
  for (const big of ['亿', '万']) {
    const at = text.lastIndexOf(big);
    if (at < 0) continue;
    const high = positional(text.slice(0, at));
    const lowText = text.slice(at + 1).replace(/^[〇零]/, '');
    const low = lowText ? positional(lowText) : 0;
    const factor = BIG_UNITS.get(big)!;
    if (high === undefined || high === 0 || low === undefined || low >= factor) return undefined;
    return high * factor + low;
  }
  return smallSection(text);
}

/** A number below 10000 written with 十 百 千 (and 零 for a skipped place). */
function smallSection(text: string): number | undefined {
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of text) {
    const digitValue = DIGITS.get(c);
    const unit = SMALL_UNITS.get(c);
    if (digitValue !== undefined) {
      if (digit !== undefined) return undefined; // two digits in a row inside a positional form
      if (digitValue !== 0) digit = digitValue;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return undefined;
      // 十二 means 一十二: a leading 十 has an implied 一.
      const d = digit ?? (section === 0 && unit === 10 ? 1 : undefined);
      if (d === undefined) return undefined;
      section += d * unit;
      lastUnit = unit;
      digit = undefined;
    } else return undefined;
  }
  return section + (digit ?? 0);
}

const SIMPLE = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99999 the way outline numbers are written: 一 … 十 十一 … 二十 … 一百零五. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99999) throw new RangeError(`cannot write ${value} in Chinese numerals`);
  if (value < 10) return SIMPLE[value];
  if (value < 20) return `十${value % 10 ? SIMPLE[value % 10] : ''}`;
  const units: [number, string][] = [[10000, '万'], [1000, '千'], [100, '百'], [10, '十']];
  let out = '';
  let rest = value;
  let pendingZero = false;
  for (const [unit, name] of units) {
    const d = Math.floor(rest / unit);
    rest %= unit;
    if (d) {
      if (pendingZero) out += '零';
      out += SIMPLE[d] + name;
      pendingZero = false;
    } else if (out) pendingZero = true;
  }
  if (rest) out += (pendingZero ? '零' : '') + SIMPLE[rest];
  return out;
}

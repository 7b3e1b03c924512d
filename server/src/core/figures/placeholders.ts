// The blanks a template leaves in a draft: x, xx, X.X, ××, ＊＊, □□, ____ where a figure or a
// name belongs, a year with its last digits replaced (20xx年, 20××年), a place whose name was
// masked (*乡, **村), and a figure simply left out between its verb and its unit (完成投资  万元).
// figure/placeholder reports them; the scan is kept apart from the rule so that each shape can be
// tested on plain text.
//
// Every placeholder says what it quotes: the blank itself, with the unit only where the unit is
// part of the gap (xx%, X.X亿元, 20××年), never the character that happens to follow (健康__行动
// quotes “__”, not “__行”). When the blank sits inside a word, the whole word is kept as well, so
// that the writer sees where it is (“健康XX建设”中的“XX”).

import { MASK } from '../markdown/prose';
import { charAfter, charBefore, isArabicDigit, isHan, isLatinLetter } from './scanText';

/** What belongs in the blank: the message asks for that. */
export type BlankKind = 'number' | 'year' | 'date' | 'name' | 'text';

export interface Placeholder {
  /** The blank itself (with the digits of a year it belongs to: 20××). */
  start: number;
  end: number;
  /** The blank as quoted: the blank plus the unit that is part of the gap (xx%, X.X亿元, 20××年). */
  text: string;
  /** The word around a blank written inside one (健康XX建设), when there is such a word. */
  word?: string;
  kind: BlankKind;
  /** Set for a figure left out entirely (完成投资  万元): `text` is then the phrase around the gap. */
  missingNumber?: boolean;
}

// Runs of x/X with an optional decimal part (x, xx, X.X, xx.x), of × or the full-width asterisk
// (any length is one blank), of □ or ○, and of two or more underscores.
const BLANK_RUN = /[xXｘＸ]{1,4}(?:[.．][xXｘＸ]{1,2})?|[×＊]+|[□○]+|_{2,}/g;
const X_LETTER = /^[xXｘＸ]/;
const CHINESE_DIGIT = /[〇零一二三四五六七八九十]/;
// After an x run, these characters make it a real word: X光 X线 X射线 X型 X轴 X片 X染色体 X形.
const X_WORDS = /[光线射型轴片染形]/;
/** Latin unit symbols that may follow a blank number directly (XXm², xxkg). */
const LATIN_UNIT = /^(?:km²|km2|m²|m³|m2|m3|km|kg|cm|mm|mg|ml|mL|kW|MW|kWh|t)(?![A-Za-z])/;
/** Signs and CJK unit symbols that are part of a blank figure: xx%, xx‰, xx㎡. */
const SIGN_UNIT = /^[%％‰㎡㎞㎏]/;
/** A multiplier and money unit written after a blank figure: X.X亿元, xx万元, xx元. */
const MULTIPLIER_UNIT = /^(?:[万亿](?:元|人次|人|吨|亩|平方米|公里)?|元)/;
/** Date suffixes: a blank before them is a year, month or day. */
const DATE_SUFFIX = /^[年月日号]/;
/** Place and body suffixes after a masked name (*乡, **村, ××县). */
const PLACE_SUFFIX = /^(?:[乡镇村县市区省旗盟州局委院校站所办厅社]|街道)/;
/**
 * Counters and units a blank figure may stand before, with a space between in the spaced style
 * (共 xx 家, 第 XX 次): the first character is enough.
 */
const SPACED_COUNTER = /^[个人家所项次名件台套张床份场处座倍吨亩米元户例种类批条篇期年月日天周岁万亿%％‰]/;
const SPACES = /^[ \t\u3000\u00a0]+/;

/** A gap of spaces and then a unit that ends its clause: where a figure may have been left out. */
const GAP_THEN_UNIT = /([ \u3000\u00a0]{1,8})(万元|亿元|万人次|人次|万人|个百分点|平方米|元|人|户|家|所|个|项|次|%|％|亩|吨)(?=[，。；、,.;:：）)\s]|$)/g;
/** The verbs and linking words a figure follows; with only a gap after them, the figure is missing. */
const VERB_BEFORE_GAP = /(?:达到|达|为|完成|实现|共计|共有|共|合计|累计|总计|计|投资|投入|增长|下降|提高|降低|新增|减少|超过|约|培训|接待|服务|诊疗|惠及|覆盖|发放|筛查|签约|救助|资助|补助|拨付|下达|争取)$/;

/** Every placeholder of a masked text; `source` is the unmasked text (the same length). */
export function scanPlaceholders(masked: string, source: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of masked.matchAll(BLANK_RUN)) {
    const found = readRun(masked, m.index, m[0]);
    if (found) out.push(found);
  }
  for (const found of nameMasks(masked)) out.push(found);
  for (const found of emphasisUnderscores(masked, source)) out.push(found);
  // Found from the gap, which is rare, rather than from every verb, which is common.
  for (const m of masked.matchAll(GAP_THEN_UNIT)) {
    const before = masked.slice(Math.max(0, m.index - 4), m.index);
    const verb = VERB_BEFORE_GAP.exec(before);
    if (!verb) continue;
    const lead = /[\u4e00-\u9fff]{0,2}$/.exec(before.slice(0, before.length - verb[0].length))![0];
    out.push({ start: m.index, end: m.index + m[1].length, text: lead + verb[0] + m[0], kind: 'number', missingNumber: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A run of blank characters at `start`, or undefined when it is a word, a sign or a code. */
function readRun(masked: string, start: number, run: string): Placeholder | undefined {
  const end = start + run.length;
  const before = charBefore(masked, start);
  const after = charAfter(masked, end);
  if (X_LETTER.test(run)) return readLetters(masked, start, run, before, after);
  if (run[0] === '×' || run[0] === '＊') {
    // 20××年: a year whose last digits were replaced.
    const year = yearBlank(masked, start, run, after);
    if (year) return year;
    // 3×4 and 3 × 4 are multiplication; ×× or ×县 is a blank.
    if (isArabicDigit(before) || isArabicDigit(after) || isArabicDigit(digitAcrossSpace(masked, start, -1)) || isArabicDigit(digitAcrossSpace(masked, end, 1))) return undefined;
    if (run.length === 1 && !isHan(after)) return undefined;
    return blank(masked, start, end, after);
  }
  if (run[0] === '_') {
    if (/[A-Za-z0-9]/.test(before ?? '') || /[A-Za-z0-9]/.test(after ?? '')) return undefined;
    // A form's blank sits in Chinese text (联系人：____ 电话). Underscores with only Latin text,
    // ASCII marks or the line's edge around them are code or Markdown (the __ value, a __ b).
    if (!isChineseContext(acrossSpaces(masked, start, -1)) && !isChineseContext(acrossSpaces(masked, end, 1))) return undefined;
    return blank(masked, start, end, after);
  }
  // 二○○八年: a zero typed as a circle (figure/numeral-form), not a blank.
  if (run[0] === '○' && (CHINESE_DIGIT.test(before ?? '') || CHINESE_DIGIT.test(after ?? ''))) return undefined;
  // A lone □ or ○ is a check box or a bullet.
  if (run.length === 1 && !DATE_SUFFIX.test(after ?? '')) return undefined;
  return blank(masked, start, end, after);
}

function readLetters(masked: string, start: number, run: string, before: string | undefined, after: string | undefined): Placeholder | undefined {
  const end = start + run.length;
  const rest = masked.slice(end, end + 4);
  const latinUnit = LATIN_UNIT.exec(rest);
  if (isLatinLetter(before)) return undefined;
  if (isLatinLetter(after) && !latinUnit) return undefined;
  if (isArabicDigit(after)) return undefined;
  // A model name after a Latin word (iPhone X) is a name, not a blank.
  if (before === ' ' && isLatinLetter(masked[start - 2])) return undefined;
  if (after && X_WORDS.test(after)) return undefined;
  if (isArabicDigit(before)) return yearBlank(masked, start, run, after);
  if (latinUnit) return { start, end, text: run + latinUnit[0], kind: 'number' };
  if (isHan(after) || SIGN_UNIT.test(after ?? '')) return blank(masked, start, end, after);
  // The spaced style: 共 xx 家, 第 XX 次. A blank with spaces on both sides counts only between a
  // Chinese word and a counter, so that x in a formula or a Latin phrase is left alone.
  const spaced = SPACES.exec(masked.slice(end, end + 4));
  if (spaced && /[ \t\u3000\u00a0]/.test(before ?? '') && isHan(charBefore(masked, start - 1))) {
    const next = charAfter(masked, end + spaced[0].length);
    if (next && SPACED_COUNTER.test(next) && !X_WORDS.test(next)) return { start, end, text: run, kind: kindBefore(next) };
  }
  // A blank figure after a Chinese word, then a spaced unit symbol: 道路xx km.
  const spacedUnit = spaced && isHan(before) ? LATIN_UNIT.exec(masked.slice(end + spaced[0].length, end + spaced[0].length + 4)) : null;
  if (spacedUnit) return { start, end, text: run, kind: 'number' };
  return undefined;
}

/** 20xx年, 202x年, 20××年: digits and a blank that together make four, then 年. */
function yearBlank(masked: string, start: number, run: string, after: string | undefined): Placeholder | undefined {
  if (after !== '年') return undefined;
  const digits = /[0-9]+$/.exec(masked.slice(Math.max(0, start - 3), start))?.[0] ?? '';
  if (!digits || digits.length + run.length !== 4 || isArabicDigit(masked[start - digits.length - 1])) return undefined;
  const from = start - digits.length;
  return { start: from, end: start + run.length, text: masked.slice(from, start + run.length + 1), kind: 'year' };
}

/** A blank before `after`: its quoted text and the kind of thing that belongs in it. */
function blank(masked: string, start: number, end: number, after: string | undefined): Placeholder {
  const rest = masked.slice(end, end + 6);
  const sign = SIGN_UNIT.exec(rest) ?? LATIN_UNIT.exec(rest);
  const money = MULTIPLIER_UNIT.exec(rest);
  const date = DATE_SUFFIX.exec(rest);
  const run = masked.slice(start, end);
  if (sign) return { start, end, text: run + sign[0], kind: 'number' };
  if (money) return { start, end, text: run + money[0], kind: 'number' };
  if (date) return { start, end, text: run + date[0], kind: date[0] === '年' ? 'year' : 'date' };
  // A place or body suffix is part of a masked name: ××县, XX镇.
  const place = PLACE_SUFFIX.exec(rest);
  if (place) return { start, end, text: run + place[0], kind: 'name' };
  const placeholder: Placeholder = { start, end, text: run, kind: after && SPACED_COUNTER.test(after) ? 'number' : 'text' };
  // Only a blank with Han text on both sides sits inside a word; one at the edge of a phrase
  // (xx和, __九院) is quoted alone.
  if (isHan(charBefore(masked, start)) && isHan(charAfter(masked, end))) placeholder.word = wordAround(masked, start, end);
  return placeholder;
}

/** Up to two Han characters either side of a blank: 健康XX建设, __九院. */
function wordAround(masked: string, start: number, end: number): string {
  let from = start;
  while (from > start - 2 && isHan(masked[from - 1])) from--;
  let to = end;
  while (to < end + 2 && isHan(masked[to])) to++;
  return masked.slice(from, to);
}

function kindBefore(next: string): BlankKind {
  if (next === '年') return 'year';
  if (next === '月' || next === '日') return 'date';
  return 'number';
}

/** A Han character or a full-width mark (CJK punctuation, full-width forms): text a 公文 is written in. */
function isChineseContext(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return isHan(c) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

/** The character next to `at` across spaces and tabs on the same line (`step` -1 looks back, 1 forward). */
function acrossSpaces(masked: string, at: number, step: 1 | -1): string | undefined {
  let i = step < 0 ? at - 1 : at;
  while (masked[i] === ' ' || masked[i] === '\t') i += step;
  return step < 0 ? charBefore(masked, i + 1) : charAfter(masked, i);
}

/** The character across a run of spaces from `at` (`step` -1 looks back, 1 forward). */
function digitAcrossSpace(masked: string, at: number, step: 1 | -1): string | undefined {
  let i = step < 0 ? at - 1 : at;
  if (masked[i] !== ' ') return undefined;
  while (masked[i] === ' ') i += step;
  return masked[i];
}

/**
 * A place whose name was masked with asterisks that Markdown left as text (*乡, **村, ***县):
 * asterisks that pair up are emphasis and were masked already.
 */
function* nameMasks(masked: string): Generator<Placeholder> {
  for (const m of masked.matchAll(/\*{1,3}/g)) {
    const end = m.index + m[0].length;
    const before = masked[m.index - 1];
    if (before === '*' || isLatinLetter(before) || isArabicDigit(before)) continue;
    const suffix = PLACE_SUFFIX.exec(masked.slice(end, end + 2));
    if (!suffix) continue;
    yield { start: m.index, end, text: m[0] + suffix[0], kind: 'name' };
  }
}

/**
 * Underscores that markdown-it took for emphasis. CommonMark pairs __ across Chinese text
 * (联系人：__，电话：__。) and the pair vanishes into bold, but a 公文 writes bold with ** if at
 * all, and never across a clause: a pair whose text holds clause punctuation was two blanks of
 * a form. A pair around a short phrase with no such punctuation (__重点工作__) is left as the
 * bold it can be.
 */
function* emphasisUnderscores(masked: string, source: string): Generator<Placeholder> {
  const delimiters: { start: number; end: number }[] = [];
  for (let at = source.indexOf('__'); at >= 0; at = source.indexOf('__', at)) {
    let end = at;
    while (source[end] === '_') end++;
    if (masked.slice(at, end) === MASK.repeat(end - at)) delimiters.push({ start: at, end });
    at = end;
  }
  for (let i = 0; i + 1 < delimiters.length; i++) {
    const open = delimiters[i];
    const close = delimiters[i + 1];
    const inside = masked.slice(open.end, close.start);
    // Emphasis never spans paragraphs: a blank line means the next delimiter opens a new pair.
    if (/\n[ \t]*\r?\n/.test(inside)) continue;
    i++;
    if (!/[，。；：、！？,;:]/.test(inside)) continue;
    // Emphasis around code or English (__dirname, the __proto__): a blank pair holds Chinese text
    // between its halves and touches no Latin letter or digit inside.
    if (!/\p{Script=Han}/u.test(inside) || /[A-Za-z0-9]/.test(inside[0] ?? '') || /[A-Za-z0-9]/.test(inside[inside.length - 1] ?? '')) continue;
    yield { start: open.start, end: open.end, text: source.slice(open.start, open.end), kind: 'text' };
    yield { start: close.start, end: close.end, text: source.slice(close.start, close.end), kind: 'text' };
  }
}

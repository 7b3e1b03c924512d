// The figures a document's prose states: every quantity (3.5万人, 一百二十个, 约90%, 87610余份,
// 1.2个百分点), every date (2023年6月30日, 2023.1.5), and every range joining two of them
// (80-150个, 2021—2025年). Rules that judge figures (spacing, ranges, sums, conflicts) read
// this one index instead of each parsing numbers again.
//
// Public API (stable; figure/sum, figure/conflict and others build on it):
//   doc.get(figureIndex) → { figures, dates, ranges }, each sorted by start offset.
//   Figure: numeric `value` (multiplier applied, sign applied), `unit`, `percent`, `approx`
//     words, `range` (the range it belongs to), `quoted`/`fixedPhrase` (a name such as
//     “四个自信”, not a quantity), with source offsets for the whole figure and its parts.
//   DateMention: year / month / day parts with values and offsets, and the writing `style`.
//   FigureRange: its two ends (a Figure or a DateMention), the connector and its `kind`.
//   scanFigures(masked) does the same for any masked text (used by tests).
// Offsets are UTF-16 offsets into the source; the scan runs over `doc.prose.masked`, so
// nothing outside prose is ever a figure.

import { blockKey, type BlockMemo } from '../blockMemo';
import type { DocumentIndex } from '../document';
import { parseChineseNumeral } from '../text/numerals';
import { ARABIC_DIGIT, hasFullWidthDigit, isArabicDigit, isLatinLetter, normalizeDigits } from './scanText';
import { DATE_PATTERN, nextDateMatch, readDate, type DateMention, type DatePart } from './dateScan';

export type { DateMention, DatePart, DateStyle } from './dateScan';

/** A source range, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A word of approximation: before the number (约), after it (余 多) or after the unit (左右). */
export type ApproxWord = '约' | '大约' | '近' | '将近' | '接近' | '余' | '多' | '左右' | '上下';

export interface ApproxMark extends Span {
  word: ApproxWord;
  position: 'before' | 'after-number' | 'after-unit';
}

export interface Figure extends Span {
  /** The numeral itself, sign included (`-0.90`, `3.5`, `一百二十`). */
  numberStart: number;
  numberEnd: number;
  numberText: string;
  form: 'arabic' | 'chinese';
  /** The number as written, without multiplier: 3.5 for 3.5万. */
  base: number;
  /** base × multiplier, signed: 35000 for 3.5万, 90.71 for 90.71%. */
  value: number;
  /** 万 亿 千万 … written after the digits (3.5万); absent for Chinese numerals that hold it. */
  multiplier?: Span & { text: string; factor: number };
  /** The measure word or unit after the number: 个 人次 平方米 ㎡ % ‰ 个百分点 … */
  unit?: Span & { text: string };
  /** Set when the unit is %, ‰ or 个百分点 / 百分点. */
  percent?: 'percent' | 'permille' | 'point';
  approx: ApproxMark[];
  negative: boolean;
  /** Contains full-width digits (０-９). */
  fullWidth: boolean;
  /** Inside short quotation marks (“四个自信”) or a known fixed phrase (十四五): a name. */
  quoted: boolean;
  fixedPhrase: boolean;
  /** The range this figure is one end of, if any. */
  range?: FigureRange;
}

export type RangeEnd = Figure | DateMention;

export interface FigureRange extends Span {
  low: RangeEnd;
  high: RangeEnd;
  /** The characters joining the ends: - — ～ ~ 至 到 … */
  connector: Span & { text: string };
  /** 'time' when the ends are years, months or days (2021—2025年, 1-6月); else 'numeric'. */
  kind: 'numeric' | 'time';
}

export interface FigureScan {
  figures: Figure[];
  dates: DateMention[];
  ranges: FigureRange[];
}

/**
 * Every figure, date and range in the prose of a document, found block by block: nothing a scan
 * reads reaches from one block into the next (a range never joins two paragraphs), so each
 * block's facts can be kept for the next version of the document (see ../blockMemo.ts).
 */
export const figureIndex: DocumentIndex<FigureScan> = {
  name: 'figures',
  build: (doc) => scanBlocks(doc.prose.masked, doc.prose.blocks, doc.settings.memo),
};

/** How far around a block its scan may read: markQuoted looks 12 characters either way. */
const CONTEXT = 16;

function scanBlocks(masked: string, blocks: readonly Span[], memo: BlockMemo | undefined): FigureScan {
  const out: FigureScan = { figures: [], dates: [], ranges: [] };
  const cursor = new ScanCursor(masked);
  for (const block of blocks) {
    let scan: FigureScan;
    if (memo) {
      // The key holds everything the block's facts depend on: its text, the characters around
      // it and where the block lies among them. The facts are stored with the offset the key
      // started at, and moved when the block has moved since.
      const key = blockKey(masked, block, CONTEXT);
      const keyStart = key.start;
      const stored = memo.recall<StoredScan>('figures', key, () => ({ keyStart, scan: freezeScan(scanRange(cursor, block.start, block.end)) }));
      // A moved block's facts are copies, frozen like the stored ones, so that every caller
      // (the CLI, the server, either path of the memo) gets figures nothing can change.
      scan = stored.keyStart === keyStart ? stored.scan : freezeScan(shiftScan(stored.scan, keyStart - stored.keyStart));
    } else {
      // Frozen as well, so a rule that changed a figure would fail in the CLI and the tests just
      // as it would in the language server, where the memo hands the same figures on.
      scan = freezeScan(scanRange(cursor, block.start, block.end));
    }
    for (const f of scan.figures) out.figures.push(f);
    for (const d of scan.dates) out.dates.push(d);
    for (const r of scan.ranges) out.ranges.push(r);
  }
  return out;
}

// Units and measure words, longest first so that 个百分点 wins over 个 and 平方公里 over 平方.
const UNITS = [
  '个百分点', '平方公里', '平方千米', '立方米', '平方米', '百分点', '万人次', '人次', '户次', '床位', '公里', '千米',
  '千克', '公斤', '公顷', '毫升', '千瓦', '小时', '分钟', '个月', '周岁', '大类', '季度', '年度', '平米', '街道', '社区',
  '%', '％', '‰', '㎡', '㎞', '㎏', 'm²', 'km', 'kg',
  '个', '人', '项', '家', '所', '张', '床', '场', '份', '次', '岁', '年', '天', '周', '户', '座', '处', '件', '台',
  '套', '名', '例', '种', '类', '批', '支', '条', '篇', '期', '倍', '元', '米', '亩', '吨', '克', '升', '层', '栋',
  '幢', '间', '辆', '部', '本', '册', '盒', '瓶', '剂', '袋', '组', '队', '届', '轮', '级', '档', '位', '分', '点',
  '章', '节', '款', '段', '片', '村', '镇', '乡', '门', '根', '只', '头', '株', '棵', '斤', '道', '口', '趟', '遍',
  '回', '代', '首', '幅', '科', '室', '区', '县', '市', '省', '号',
];
const UNIT_AT = new RegExp(`(?:${UNITS.map(escape).join('|')})`, 'y');
/**
 * The first UTF-16 unit of every unit, multiplier and approximation word: each sticky regex
 * below is tried only where its first character stands. Most numerals are followed by none of
 * them, and a table lookup costs far less than a regex call, thousands of times per document.
 */
const UNIT_FIRST = firstUnits(UNITS);
const MULTIPLIER_FIRST = firstUnits(['万', '千', '百', '十', '亿']);
const APPROX_AFTER_UNIT_FIRST = firstUnits(['左', '上']);
// A multiplier after Arabic digits: 3.5万, 1.2亿, and the mixed forms 4千 3百万 (figure/numeral-form).
const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
const MULTIPLIER_AT = /万亿|千万|百万|十万|万|亿|千(?![米克瓦帕焦卡伏])|百(?!分)/y;
const APPROX_AFTER_NUMBER = /[余多]/y;
const APPROX_AFTER_UNIT = /左右|上下(?![\u4e00-\u9fff])|上下(?=的|浮动|波动)/y;

// A numeral: Arabic digits with an optional decimal part and thousands groups, or a run of
// Chinese numeral characters. The two kinds start with different characters, so each has its own
// global regex and `ScanCursor` merges their matches in order: V8 scans a short character
// class much faster than their union, and both scans stay single passes.
const ARABIC_NUMERAL = new RegExp(`${ARABIC_DIGIT}+(?:,[0-9]{3}(?![0-9]))*(?:[.．]${ARABIC_DIGIT}+)?`, 'g');
const CHINESE_NUMERAL = /[〇零一二两三四五六七八九十百千万亿]+/g;

/**
 * The leftmost match at or after a position that only moves forward. Matching does not depend on
 * where a search starts (no lookbehind), so a match found earlier stays the leftmost one as long
 * as it starts at or after the position; a match beyond the block being scanned is kept for the
 * blocks after it, so the whole document is searched once however many blocks it has.
 */
class ForwardMatch {
  private match: RegExpExecArray | null | undefined;

  constructor(private readonly find: (from: number) => RegExpExecArray | null) {}

  at(from: number): RegExpExecArray | null {
    if (this.match === undefined || (this.match && this.match.index < from)) this.match = this.find(from);
    return this.match;
  }
}

/** The scans of one document: the two kinds of numeral, dates and fixed phrases. */
class ScanCursor {
  private readonly arabic: ForwardMatch;
  private readonly chinese: ForwardMatch;
  private readonly dates: ForwardMatch;
  private readonly phrases: ForwardMatch;

  constructor(readonly masked: string) {
    this.arabic = new ForwardMatch((from) => search(ARABIC_NUMERAL, masked, from));
    this.chinese = new ForwardMatch((from) => search(CHINESE_NUMERAL, masked, from));
    this.dates = new ForwardMatch((from) => {
      DATE_PATTERN.lastIndex = from;
      return nextDateMatch(masked);
    });
    this.phrases = new ForwardMatch((from) => search(FIXED_PHRASE, masked, from));
  }

  /** The leftmost numeral starting at or after `from`, or null. */
  numeral(from: number): RegExpExecArray | null {
    const arabic = this.arabic.at(from);
    const chinese = this.chinese.at(from);
    if (!arabic) return chinese;
    if (!chinese) return arabic;
    return arabic.index < chinese.index ? arabic : chinese;
  }

  /** The leftmost date starting at or after `from` (nextDateMatch's rules), or null. */
  date(from: number): RegExpExecArray | null {
    return this.dates.at(from);
  }

  /** The leftmost fixed phrase (十四五…) starting at or after `from`, or null. */
  fixedPhrase(from: number): RegExpExecArray | null {
    return this.phrases.at(from);
  }
}

function search(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

// Known fixed phrases built from numerals: they name a policy or slogan, they count nothing.
const FIXED_PHRASES = [
  '十四五', '十三五', '十五五', '十二五', '两个确立', '两个维护', '四个意识', '四个自信', '四个全面', '五位一体',
  '一岗双责', '三重一大', '一带一路', '两学一做', '三会一课', '一老一小', '两不愁三保障', '八项规定', '三严三实',
  '一把手', '三高共管', '六病同防', '百师千徒', '一站式', '一体化', '一盘棋', '一张网', '一件事',
];
const FIXED_PHRASE = new RegExp(FIXED_PHRASES.join('|'), 'g');

// Words built on a numeral character that are not figures (十分重要, 一些, 万一, 千万不要).
const NOT_A_FIGURE = /^(?:十分|一些|一般|一定|一切|一直|一起|一致|一律|一同|一线|一流|一道|一点|一番|一项项|万一|千万|一味|一旦|一度|一再|一向|一贯|一手|一身|一时|一方面|一批批|一级级|一次性)/;

// Characters before 约 that make it part of another word (签约, 节约, 制约…), not "about".
const NOT_ABOUT_BEFORE = /[签节制预邀履违合契条公践赴特租盟协誓毁爽守失相婚隐纽规]/;
// Characters before 近 that make it part of another word (最近, 附近, 就近…).
const NOT_NEAR_BEFORE = /[最附就靠贴亲邻临逼远新接将]/;
// After 近, a duration means "the last N years", not "nearly": 近五年, 近3个月.
const DURATION_UNITS = new Set(['年', '个月', '天', '周', '届', '期', '次', '批', '季度', '年度', '小时', '分钟']);

/** The figures, dates and ranges of a masked text, scanned as one block (used by tests). */
export function scanFigures(masked: string): FigureScan {
  return scanRange(new ScanCursor(masked), 0, masked.length);
}

/** The figures, dates and ranges that start in [from, to), a block of `scanner.masked`. */
function scanRange(scanner: ScanCursor, from: number, to: number): FigureScan {
  const masked = scanner.masked;
  const dates = scanDates(scanner, from, to);
  const figures: Figure[] = [];
  let dateCursor = 0;
  let cursor = from;
  for (let m = scanner.numeral(cursor); m && m.index < to; m = scanner.numeral(cursor)) {
    const start = m.index;
    cursor = start + m[0].length;
    while (dateCursor < dates.length && dates[dateCursor].end <= start) dateCursor++;
    const date = dates[dateCursor];
    if (date && date.start <= start) {
      // Numerals inside a date are the date's parts, not quantities.
      cursor = Math.max(cursor, date.end);
      continue;
    }
    const figure = isArabicDigit(m[0][0]) ? readArabic(masked, start, m[0]) : readChinese(masked, start, m[0]);
    if (!figure) continue;
    figures.push(figure);
    cursor = Math.max(cursor, figure.end);
  }
  markQuoted(scanner, figures, from, to);
  const ranges = joinRanges(masked, figures, dates);
  return { figures, dates, ranges };
}

function scanDates(scanner: ScanCursor, from: number, to: number): DateMention[] {
  const dates: DateMention[] = [];
  for (let m = scanner.date(from); m && m.index < to; m = scanner.date(m.index + m[0].length)) {
    const date = readDate(scanner.masked, m);
    if (date) dates.push(date);
  }
  return dates;
}

function readArabic(masked: string, start: number, text: string): Figure | undefined {
  const before = masked[start - 1] ?? '';
  // Digits glued to Latin letters are codes or names (5G, H7N9, COVID-19, V2.0), not figures,
  // unless they are a count of the machine the letters name (CT2台).
  if ((isLatinLetter(before) && !countAfterName(masked, start, text)) || before === '.' || before === '．') return undefined;
  let numberStart = start;
  let negative = false;
  const sign = masked[start - 1];
  if ((sign === '-' || sign === '−' || sign === '－') && !/[0-9０-９A-Za-z.)）]/.test(masked[start - 2] ?? '')) {
    negative = true;
    numberStart = start - 1;
  }
  const fullWidth = hasFullWidthDigit(text);
  let digits = fullWidth ? normalizeDigits(text) : text;
  if (digits.includes(',')) digits = digits.replace(/,/g, '');
  const base = Number(digits.replace('．', '.'));
  if (!Number.isFinite(base)) return undefined;
  const end = start + text.length;
  const after = masked[end] ?? '';
  if (isLatinLetter(after) && !/^(?:km|kg|m²)/.test(masked.slice(end, end + 2))) return undefined;
  return finishFigure(masked, {
    numberStart,
    numberEnd: end,
    numberText: masked.slice(numberStart, end),
    form: 'arabic',
    base: negative ? -base : base,
    negative,
    fullWidth,
  });
}

/**
 * Whether digits glued to the Latin letters before them count the thing those letters name:
 * 购置CT2台、DR3台 lists two CT scanners and three DR machines. The name is an abbreviation of two
 * or more capital letters (CT, DR, MRI, DSA, PET-CT), standing on its own (not part of a longer
 * code such as H7N9 or 5GB); the count is a whole number of one to three digits without a leading
 * zero; and a measure word of machines and articles follows, closing the count: punctuation, the
 * end of the text or a function word comes next, not the rest of a word (台式, 部门, 个人).
 * Codes do not fit: 5G and A4 have one letter, H7N9 and COVID-19 are not followed by such a
 * measure word, V2.0 has a decimal point, ISO9001 has four digits.
 */
function countAfterName(masked: string, start: number, text: string): boolean {
  if (!/^[1-9][0-9]{0,2}$/.test(text)) return false;
  if (!EQUIPMENT_COUNT.test(masked.slice(start + text.length, start + text.length + 2))) return false;
  let k = start;
  while (k > 0 && /[A-Z]/.test(masked[k - 1])) k--;
  if (start - k < 2) return false;
  // PET-CT: a hyphen may join two abbreviations; anything else glued on (a digit, a lower-case
  // letter, a dot) makes the letters part of a code or a word (H7N9, IPv6, Win10).
  const lead = masked[k - 1] ?? '';
  if (lead === '-' || lead === '－') return /[A-Z]/.test(masked[k - 2] ?? '');
  return !/[0-9０-９A-Za-z.．_]/.test(lead);
}

/** A measure word of machines and articles, then something that ends the count (not 台式, 部门). */
const EQUIPMENT_COUNT = /^(?:台|套|辆|架|艘|件|张|支|块|具|组)(?:$|[^\u4e00-\u9fff]|[和及与已均都正尚在于用为并])/;

// Two neighbouring numerals that make an estimate (三四个 = three or four).
const ESTIMATE_PAIRS = new Set(['一两', '一二', '两三', '二三', '三四', '四五', '五六', '六七', '七八', '八九', '三五']);

// What may follow a Chinese numeral that is a figure: a unit's first character, 余 多, 万 亿.
const AFTER_CHINESE = firstUnits(['余', '多', '万', '亿', ...UNITS]);

function readChinese(masked: string, start: number, run: string): Figure | undefined {
  // Most runs of numeral characters are words (一些, 统一, 万一); without a unit next, stop early.
  if (!AFTER_CHINESE[masked.charCodeAt(start + run.length)]) return undefined;
  // The run may begin inside a word (统一三个 → 三个): take the longest tail that reads as a
  // positional numeral. Digit-by-digit runs (三四个, 二〇二三) are not quantities here: years
  // are dates, and 三四个 is an estimate without a single value.
  // No numeral in prose is longer than a dozen characters; a longer run is not a figure, and
  // bounding it keeps the scan linear.
  for (let skip = Math.max(0, run.length - 12); skip < run.length; skip++) {
    const text = run.slice(skip);
    const at = start + skip;
    if (/^[〇零一二两三四五六七八九]{2,}$/.test(text)) {
      // 三四个, 两三天, 三五年 are estimates with no single value; 统一三个 is a word, then 三个.
      if (ESTIMATE_PAIRS.has(text.slice(-2))) return undefined;
      continue;
    }
    // 百余家, 千多人: a bare 百 or 千 before 余 or 多 is one hundred or one thousand, stated roughly.
    // Before anything else it is a word (百姓, 千家万户), not a figure.
    const value = parseChineseNumeral(text) ?? (/^[百千]$/.test(text) && /[余多]/.test(masked[at + 1] ?? '') ? parseChineseNumeral(`一${text}`) : undefined);
    if (value === undefined) continue;
    if (NOT_A_FIGURE.test(masked.slice(at, at + 4))) return undefined;
    const before = masked[at - 1] ?? '';
    // Ordinals and weekdays (第三, 周一, 星期五, 初一) are positions, not quantities.
    if (/[第周期拜初]/.test(before)) return undefined;
    const figure = finishFigure(masked, {
      numberStart: at,
      numberEnd: start + run.length,
      numberText: text,
      form: 'chinese',
      base: value,
      negative: false,
      fullWidth: false,
    });
    // A bare Chinese numeral with no measure word is a word, not a figure (一是, 三严).
    return figure?.unit ? figure : undefined;
  }
  return undefined;
}

type FigureCore = Pick<Figure, 'numberStart' | 'numberEnd' | 'numberText' | 'form' | 'base' | 'negative' | 'fullWidth'>;

/** Reads what follows a numeral (余/多, multiplier, unit, 左右) and what precedes it (约, 近). */
function finishFigure(masked: string, core: FigureCore): Figure | undefined {
  const approx: ApproxMark[] = [];
  let pos = core.numberEnd;
  const takeApproxAfterNumber = () => {
    const c = masked.charCodeAt(pos);
    if (c !== 0x4f59 && c !== 0x591a) return; // 余 多
    APPROX_AFTER_NUMBER.lastIndex = pos;
    const a = APPROX_AFTER_NUMBER.exec(masked);
    // Taken tentatively: 余/多 counts only when a unit or multiplier follows (checked below).
    if (a) {
      approx.push({ word: a[0] as ApproxWord, position: 'after-number', start: pos, end: pos + 1 });
      pos++;
    }
  };
  takeApproxAfterNumber();
  let multiplier: Figure['multiplier'];
  const last = core.numberText[core.numberText.length - 1];
  if ((core.form === 'arabic' || (last !== '万' && last !== '亿')) && MULTIPLIER_FIRST[masked.charCodeAt(pos)]) {
    UNIT_AT.lastIndex = pos;
    const unitFirst = UNIT_AT.exec(masked);
    MULTIPLIER_AT.lastIndex = pos;
    const mult = MULTIPLIER_AT.exec(masked);
    // 万人次 is a unit of its own; otherwise a multiplier comes before the unit (3.5万人).
    if (mult && !(unitFirst && unitFirst[0].length > mult[0].length && !unitFirst[0].startsWith('万'))) {
      if (core.form === 'arabic' || /[万亿]/.test(mult[0])) {
        multiplier = { text: mult[0], factor: MULTIPLIERS[mult[0]], start: pos, end: pos + mult[0].length };
        pos = multiplier.end;
        if (!approx.some((a) => a.position === 'after-number')) takeApproxAfterNumber();
      }
    }
  }
  let unit: Figure['unit'];
  UNIT_AT.lastIndex = pos;
  const u = UNIT_FIRST[masked.charCodeAt(pos)] ? UNIT_AT.exec(masked) : null;
  if (u) {
    unit = { text: u[0], start: pos, end: pos + u[0].length };
    pos = unit.end;
  }
  // 余/多 with neither unit nor multiplier after it belongs to another word (其余, 多元).
  const trailing = approx.find((a) => a.position === 'after-number');
  if (trailing && !unit && (!multiplier || multiplier.start < trailing.start)) {
    approx.splice(approx.indexOf(trailing), 1);
    pos = trailing.start;
  }
  if (unit && APPROX_AFTER_UNIT_FIRST[masked.charCodeAt(pos)]) {
    APPROX_AFTER_UNIT.lastIndex = pos;
    const a = APPROX_AFTER_UNIT.exec(masked);
    if (a) {
      approx.push({ word: a[0] as ApproxWord, position: 'after-unit', start: pos, end: pos + 2 });
      pos += 2;
    }
  }
  const lead = approxBefore(masked, core.numberStart, unit?.text);
  if (lead) approx.unshift(lead);
  const ut = unit?.text;
  const percent = ut === '%' || ut === '％' ? 'percent' : ut === '‰' ? 'permille' : ut === '个百分点' || ut === '百分点' ? 'point' : undefined;
  // Properties spelled out rather than spread from `core`: spreading into a literal with more
  // properties is very slow in V8 when done for every figure of a large document.
  return {
    numberStart: core.numberStart,
    numberEnd: core.numberEnd,
    numberText: core.numberText,
    form: core.form,
    base: core.base,
    negative: core.negative,
    fullWidth: core.fullWidth,
    start: lead ? lead.start : core.numberStart,
    end: pos,
    value: core.base * (multiplier?.factor ?? 1),
    multiplier,
    unit,
    percent,
    approx,
    quoted: false,
    fixedPhrase: false,
  };
}

/** 约 大约 近 将近 接近 right before the number, or with one linking verb (约为, 约有, 约占). */
function approxBefore(masked: string, numberStart: number, unit: string | undefined): ApproxMark | undefined {
  let at = numberStart;
  if (/[为有占达计]/.test(masked[at - 1] ?? '') && masked[at - 2] === '约') at--;
  const two = masked.slice(at - 2, at);
  if (two === '大约' || two === '将近' || two === '接近') {
    if (two !== '大约' && unit && DURATION_UNITS.has(unit)) return undefined;
    return { word: two, position: 'before', start: at - 2, end: at };
  }
  const one = masked[at - 1];
  if (one === '约' && !NOT_ABOUT_BEFORE.test(masked[at - 2] ?? '')) {
    return { word: '约', position: 'before', start: at - 1, end: at };
  }
  if (one === '近' && !NOT_NEAR_BEFORE.test(masked[at - 2] ?? '') && !(unit && DURATION_UNITS.has(unit))) {
    return { word: '近', position: 'before', start: at - 1, end: at };
  }
  return undefined;
}

/** Marks the figures of block [from, to) inside short quotations (“两个维护”) or a known fixed phrase. */
function markQuoted(scanner: ScanCursor, figures: Figure[], from: number, to: number): void {
  const masked = scanner.masked;
  const phrases: Span[] = [];
  for (let m = scanner.fixedPhrase(from); m && m.index < to; m = scanner.fixedPhrase(m.index + m[0].length)) {
    phrases.push({ start: m.index, end: m.index + m[0].length });
  }
  let p = 0;
  for (const f of figures) {
    while (p < phrases.length && phrases[p].end <= f.numberStart) p++;
    if (p < phrases.length && phrases[p].start <= f.numberStart) f.fixedPhrase = true;
    // Look only a few characters either way: the scan stays linear however long the text.
    const lead = masked.slice(Math.max(0, f.start - 12), f.start);
    const tail = masked.slice(f.end, f.end + 12);
    const open = lead.lastIndexOf('“') < 0 ? -1 : f.start - lead.length + lead.lastIndexOf('“');
    const close = tail.indexOf('”') < 0 ? -1 : f.end + tail.indexOf('”');
    if (open >= 0 && close >= 0) {
      const inside = masked.slice(open + 1, close);
      if (!/[“”\n]/.test(inside)) f.quoted = true;
    }
  }
}

// The characters that may join the two ends of a range.
const CONNECTOR = /^\s{0,1}([-－‐‑–—―~～〜]|至|到)\s{0,1}$/;

/** Joins figure–connector–figure (80-150个) and year–connector–year (2021—2025年) into ranges. */
function joinRanges(masked: string, figures: Figure[], dates: DateMention[]): FigureRange[] {
  // One sorted list of the things a range can join.
  const ends: RangeEnd[] = [...figures, ...dates].sort((a, b) => a.start - b.start);
  const ranges: FigureRange[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const low = ends[i];
    const high = ends[i + 1];
    const highStart = 'numberStart' in high ? (high.negative ? high.numberStart + 1 : high.start) : high.start;
    if (highStart - low.end > 3) continue;
    const between = masked.slice(low.end, highStart);
    const c = CONNECTOR.exec(between);
    if (!c) continue;
    // An identifier such as 000014349/2023-39367 or 2023-06-30 is not a range: its parts
    // carry leading zeros or run on into more digits and separators.
    const lowText = textOf(masked, low);
    const highText = textOf(masked, high);
    if (/^0\d/.test(lowText) || /^0\d/.test(highText)) continue;
    if (/[\/\\:_]/.test(masked[low.start - 1] ?? '') || /[-\/\\:_0-9]/.test(masked[high.end] ?? '')) continue;
    const connectorStart = low.end + c.index + between.indexOf(c[1]);
    if ('numberStart' in high && high.negative) {
      // The "sign" was the connector.
      high.negative = false;
      high.numberStart += 1;
      high.numberText = high.numberText.slice(1);
      high.base = -high.base;
      high.value = -high.value;
      if (high.start < high.numberStart && !high.approx.some((a) => a.position === 'before')) high.start = high.numberStart;
    }
    const kind = isTimeEnd(low) || isTimeEnd(high) ? 'time' : 'numeric';
    const range: FigureRange = {
      start: low.start,
      end: high.end,
      low,
      high,
      connector: { text: c[1], start: connectorStart, end: connectorStart + c[1].length },
      kind,
    };
    ranges.push(range);
    if ('numberStart' in low) low.range = range;
    if ('numberStart' in high) high.range = range;
  }
  return ranges;
}

function textOf(masked: string, end: RangeEnd): string {
  return 'numberStart' in end ? masked.slice(end.numberStart, end.numberEnd) : masked.slice(end.start, end.end);
}

function isTimeEnd(end: RangeEnd): boolean {
  return !('numberStart' in end) || end.unit?.text === '年度';
}

/** A table marking the first UTF-16 unit of each word. */
function firstUnits(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[w.charCodeAt(0)] = 1;
  return table;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A scan stored in the block memo, with the key offset it was made at. */
interface StoredScan {
  keyStart: number;
  scan: FigureScan;
}

/**
 * A copy of a scan with every offset moved by `delta`, for a block found in the memo where it now
 * lies. Written out field by field: object spread is several times slower, and an edit copies the
 * facts of every block after it.
 */
function shiftScan(scan: FigureScan, delta: number): FigureScan {
  const dates = new Map<DateMention, DateMention>();
  const figures = new Map<Figure, Figure>();
  for (const d of scan.dates) {
    dates.set(d, { start: d.start + delta, end: d.end + delta, year: shiftPart(d.year, delta), month: shiftPart(d.month, delta), day: shiftPart(d.day, delta), style: d.style });
  }
  for (const f of scan.figures) {
    const copy: Figure = {
      numberStart: f.numberStart + delta,
      numberEnd: f.numberEnd + delta,
      numberText: f.numberText,
      form: f.form,
      base: f.base,
      negative: f.negative,
      fullWidth: f.fullWidth,
      start: f.start + delta,
      end: f.end + delta,
      value: f.value,
      multiplier: f.multiplier && { text: f.multiplier.text, factor: f.multiplier.factor, start: f.multiplier.start + delta, end: f.multiplier.end + delta },
      unit: f.unit && { text: f.unit.text, start: f.unit.start + delta, end: f.unit.end + delta },
      percent: f.percent,
      approx: f.approx.map((a) => ({ word: a.word, position: a.position, start: a.start + delta, end: a.end + delta })),
      quoted: f.quoted,
      fixedPhrase: f.fixedPhrase,
    };
    figures.set(f, copy);
  }
  const end = (e: RangeEnd): RangeEnd => ('numberStart' in e ? figures.get(e) : dates.get(e)) as RangeEnd;
  const ranges = scan.ranges.map((r) => {
    const range: FigureRange = {
      start: r.start + delta,
      end: r.end + delta,
      low: end(r.low),
      high: end(r.high),
      connector: { text: r.connector.text, start: r.connector.start + delta, end: r.connector.end + delta },
      kind: r.kind,
    };
    if ('numberStart' in range.low) range.low.range = range;
    if ('numberStart' in range.high) range.high.range = range;
    return range;
  });
  return { figures: [...figures.values()], dates: [...dates.values()], ranges };
}

function shiftPart(part: DatePart | undefined, delta: number): DatePart | undefined {
  return part && { start: part.start + delta, end: part.end + delta, text: part.text, value: part.value };
}

/**
 * Freezes a scan and everything in it: facts in the memo are handed to later versions as they
 * are (a block that did not move is not copied), so nothing may change them. Written out by
 * type, like shiftScan (a generic walk over every value took 40 ms of a cold 1 MB run): a new
 * object-valued field of Figure, DateMention or FigureRange is frozen here too. A range's ends
 * and a figure's range are members of the scan's own lists, frozen with them.
 */
function freezeScan(scan: FigureScan): FigureScan {
  for (const f of scan.figures) {
    if (f.multiplier) Object.freeze(f.multiplier);
    if (f.unit) Object.freeze(f.unit);
    for (const a of f.approx) Object.freeze(a);
    Object.freeze(f.approx);
    Object.freeze(f);
  }
  for (const d of scan.dates) {
    if (d.year) Object.freeze(d.year);
    if (d.month) Object.freeze(d.month);
    if (d.day) Object.freeze(d.day);
    Object.freeze(d);
  }
  for (const r of scan.ranges) {
    Object.freeze(r.connector);
    Object.freeze(r);
  }
  Object.freeze(scan.figures);
  Object.freeze(scan.dates);
  Object.freeze(scan.ranges);
  return Object.freeze(scan);
}

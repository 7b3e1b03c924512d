// The 发文字号 (document number) parser: 机关代字〔年份〕序号号, e.g. 晋卫体改发〔2023〕2号
// (GB/T 9704-2012 7.2.5). It is tolerant on purpose: it also reads the number when the year sits
// in the wrong brackets, when one bracket is missing or wrong, when the year carries 年, and when
// the serial carries 第, leading zeros or no 号, so that the rules can say what is wrong and
// fix it. It is strict about evidence: a candidate needs an agency code, a year and a serial,
// and weaker shapes need more (see `acceptable`), so web-page buttons such as 【大】, years in
// ordinary brackets such as （2021—2025年） and section tags such as 【2023】 are not read.

/** A part of a document number: its source range (UTF-16 offsets, end exclusive) and text. */
export interface DocnoPart {
  start: number;
  end: number;
  text: string;
}

export interface DocumentNumber {
  start: number;
  end: number;
  text: string;
  /** 机关代字, e.g. 晋卫体改发. */
  agency: DocnoPart;
  /** The bracket before the year, or undefined when it is missing. */
  open?: DocnoPart;
  /** The year's digits as written (2–4 of them); `value` is their number. */
  year: DocnoPart & { value: number };
  /** A 年 written after the year inside the brackets (〔2023年〕), which does not belong there. */
  yearMark?: DocnoPart;
  /** The bracket after the year, or undefined when it is missing. */
  close?: DocnoPart;
  /** Spaces standing where the closing bracket is missing (〔2023 2号). */
  gap?: DocnoPart;
  /**
   * Spaces that do not belong inside the number: between the agency code and 〔 (县卫发 〔2024〕)
   * and between the closing bracket and the serial (〔2024〕 15号). The spaces before 号 are
   * figure/spacing's (15 号).
   */
  spaces?: DocnoPart[];
  /** A 第 before the serial, which GB/T 9704 leaves out (except in 公告/令 numbering). */
  ordinal?: DocnoPart;
  /** The serial's digits as written, leading zeros included; `value` is their number. */
  serial: DocnoPart & { value: number };
  /** The 号 after the serial, or undefined when it is missing. */
  hao?: DocnoPart;
  /** Identity for comparisons: agency, year and serial values, whatever the brackets. */
  key: string;
}

/** Opening brackets a year is found in, each with the closing bracket that matches it. */
export const YEAR_BRACKETS: Readonly<Record<string, string>> = {
  '〔': '〕',
  '[': ']',
  '［': '］',
  '【': '】',
  '(': ')',
  '（': '）',
  '〈': '〉',
  '﹝': '﹞',
  '〖': '〗',
};
const CLOSERS = new Set(Object.values(YEAR_BRACKETS));
const OPENER_CODES = new Set(Object.keys(YEAR_BRACKETS).map((c) => c.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
export const HEX_OPEN = '〔';
export const HEX_CLOSE = '〕';

/** Last characters of agency codes that name a kind of document (国发, 国办函, 京政字, 令…). */
const AGENCY_SUFFIXES = new Set([...'发函字办令通呈报复电请批明传纪']);

/**
 * Words that precede a number in prose (按照国发〔2023〕1号) and are not part of the agency code.
 * Several-character words are cut wherever they occur; single characters only before the last
 * two characters, since an agency code is at least two characters long.
 */
const LEAD_WORDS = ['按照', '根据', '依据', '依照', '遵照', '参照', '对照', '结合', '执行', '落实', '贯彻', '印发', '转发', '下发', '出台', '制定', '详见', '参见', '文号为', '文号', '字号'];
const LEAD_CHARS = new Set([...'即见按依以和及与或的为是在将把对于由']);

/** After a serial in wrong brackets, these turn “号” into an address or a seat, not a document. */
const PLACE_AFTER_HAO = new Set([...'楼院线门室房库机车站馆街路巷弄井桩台位床码段栋']);

/** Before a year in ordinary brackets, these end a date, a period or a place, not an agency code. */
const NOT_AGENCY_END = new Set([...'年月日时期届次版馆楼村镇']);

/** Words that may follow a serial written without 号: a list of serials, or 文 (〔2023〕1文). */
const SERIAL_LIST_WORDS = new Set([...'文至到和及']);

const MAX_AGENCY = 12;
const MAX_SERIAL_DIGITS = 6;

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** A surrogate pair in the CJK extension planes (𠮷 and other rare characters in place names). */
function isAstralHan(high: number, low: number): boolean {
  return high >= 0xd840 && high <= 0xd8bf && low >= 0xdc00 && low <= 0xdfff;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000';
}

function part(text: string, start: number, end: number): DocnoPart {
  return { start, end, text: text.slice(start, end) };
}

function valuePart(text: string, start: number, end: number): DocnoPart & { value: number } {
  const digits = text.slice(start, end);
  return { start, end, text: digits, value: Number(digits) };
}

/**
 * All document numbers in `text` between `from` and `to`, in order. Each digit run is tried once
 * as a year, and a number found is skipped past, so the scan is linear.
 */
export function scanDocumentNumbers(text: string, from = 0, to = text.length): DocumentNumber[] {
  const found: DocumentNumber[] = [];
  forEachDigitRun(text, from, to, (start, end) => {
    const number = parseAtYear(text, start, end, to);
    if (number) found.push(number);
    return number ? number.end : end;
  });
  return found;
}

/**
 * The first document number in \`text\` between \`from\` and \`to\` (by default the whole string),
 * or undefined. \`parseDocumentNumber('晋卫体改发〔2023〕2号')\` returns its parts.
 */
export function parseDocumentNumber(text: string, from = 0, to = text.length): DocumentNumber | undefined {
  let first: DocumentNumber | undefined;
  forEachDigitRun(text, from, to, (start, end) => {
    first = parseAtYear(text, start, end, to);
    return first ? -1 : end;
  });
  return first;
}

/**
 * Calls \`visit\` with each run of ASCII digits; \`visit\` returns where to go on (-1 stops).
 * A global regex finds the runs: the CLI lints one document per cold process, and a
 * character-by-character loop over a whole document runs in the interpreter before V8 has
 * compiled it, several times slower than the regex engine's native scan.
 */
function forEachDigitRun(text: string, from: number, to: number, visit: (start: number, end: number) => number): void {
  DIGIT_RUN.lastIndex = from;
  for (let m = DIGIT_RUN.exec(text); m && m.index < to; m = DIGIT_RUN.exec(text)) {
    const start = m.index;
    // A run is cut at `to`, as if the text ended there.
    const end = Math.min(start + m[0].length, to);
    const next = visit(start, end);
    if (next < 0) return;
    DIGIT_RUN.lastIndex = Math.max(next, end);
  }
}
const DIGIT_RUN = /[0-9]+/g;

/** Reads a number whose year starts the digit run [runStart, runEnd), or returns undefined. */
function parseAtYear(text: string, runStart: number, runEnd: number, limit: number): DocumentNumber | undefined {
  // Most digit runs in prose are amounts and dates: rule them out before allocating anything.
  if (runStart === 0 || runEnd - runStart < 2) return undefined;
  const beforeCode = text.charCodeAt(runStart - 1);
  const opened = OPENER_CODES.has(beforeCode);
  if (!opened && !isHan(beforeCode)) return undefined;
  // Without an opening bracket the agency code touches the year, and a closing bracket must
  // follow it (国发2023〕1号); anything else is a figure such as 资金1234万元.
  const afterCode = text.charCodeAt(runEnd);
  if (!opened && afterCode !== 0x5e74 /* 年 */ && !CLOSER_CODES.has(afterCode)) return undefined;
  const open = opened ? part(text, runStart - 1, runStart) : undefined;
  let agencyEnd = opened ? runStart - 1 : runStart;
  const spaces: DocnoPart[] = [];
  // A space or two between the agency code and 〔 (县卫发 〔2024〕15号) is a slip inside the number.
  // Only before the 六角括号: a space before an ordinary bracket ends the prose before it.
  if (open?.text === HEX_OPEN) {
    let k = agencyEnd;
    while (k > 0 && agencyEnd - k < 2 && isSpace(text[k - 1])) k--;
    if (k < agencyEnd && k > 0 && isHan(text.charCodeAt(k - 1))) {
      spaces.push(part(text, k, agencyEnd));
      agencyEnd = k;
    }
  }

  // The year. A run longer than four digits right after 〔 is a year whose 〕 was forgotten,
  // with the serial running on (〔20232号); anything else longer is not a year.
  const runLength = runEnd - runStart;
  const runOn = runLength > 4;
  if (runOn && (open?.text !== HEX_OPEN || runLength > 4 + MAX_SERIAL_DIGITS)) return undefined;
  const yearEnd = runOn ? runStart + 4 : runEnd;
  const year = valuePart(text, runStart, yearEnd);

  let p = yearEnd;
  let yearMark: DocnoPart | undefined;
  let close: DocnoPart | undefined;
  let gap: DocnoPart | undefined;
  let ordinal: DocnoPart | undefined;
  let serialStart: number;
  let serialEnd: number;
  if (runOn) {
    serialStart = yearEnd;
    serialEnd = runEnd;
  } else {
    if (p < limit && text[p] === '年') yearMark = part(text, p, ++p);
    if (p < limit && CLOSERS.has(text[p])) close = part(text, p, ++p);
    if (close) {
      // A space or two after the bracket is a spacing slip, not a reason to lose the number.
      const spaceStart = p;
      for (let n = 0; n < 2 && p < limit && isSpace(text[p]); n++) p++;
      if (p > spaceStart) spaces.push(part(text, spaceStart, p));
    } else {
      const gapStart = p;
      while (p < limit && p - gapStart < 3 && isSpace(text[p])) p++;
      if (p > gapStart) gap = part(text, gapStart, p);
    }
    if (p < limit && text[p] === '第') ordinal = part(text, p, ++p);
    serialStart = p;
    while (p < limit && isDigit(text.charCodeAt(p))) p++;
    serialEnd = p;
    if (serialEnd === serialStart || serialEnd - serialStart > MAX_SERIAL_DIGITS) return undefined;
  }
  if (serialEnd < limit && isDigit(text.charCodeAt(serialEnd))) return undefined;
  const serial = valuePart(text, serialStart, serialEnd);
  // The 号, possibly after a stray space (12 号): the space is a spacing slip, the 号 is there.
  let haoAt = serialEnd;
  while (haoAt < limit && haoAt - serialEnd < 2 && isSpace(text[haoAt])) haoAt++;
  const hao = haoAt < limit && text[haoAt] === '号' ? part(text, haoAt, haoAt + 1) : undefined;

  const agency = agencyBefore(text, agencyEnd);
  if (!agency) return undefined;
  const candidate: Candidate = { agency, open, year, yearMark, close, gap, ordinal, serial, hao, spaces: spaces.length ? spaces : undefined };
  if (!acceptable(candidate, text)) return undefined;
  const start = agency.start;
  const end = hao ? hao.end : serial.end;
  return {
    start,
    end,
    text: text.slice(start, end),
    agency,
    open,
    year,
    yearMark,
    close,
    gap,
    spaces: candidate.spaces,
    ordinal,
    serial,
    hao,
    key: `${agency.text}|${year.value}|${serial.value}`,
  };
}

type Candidate = Omit<DocumentNumber, 'start' | 'end' | 'text' | 'key'>;

/** Whether a candidate carries enough evidence of being a document number. */
function acceptable(c: Candidate, text: string): boolean {
  const openHex = c.open?.text === HEX_OPEN;
  const closeHex = c.close?.text === HEX_CLOSE;
  // One missing bracket is tolerated only opposite a 六角括号, and only with the 号.
  if (!c.open && !closeHex) return false;
  if (!c.close && !openHex) return false;
  if ((!c.open || !c.close) && !c.hao) return false;
  const fullYear = c.year.text.length === 4 && /^(19|20)/.test(c.year.text);
  if (openHex || closeHex) {
    if (c.hao) return true;
    // Without the 号, only a full year, an agency-like code or a whole 〔〕 pair, and a serial that
    // ends the phrase (not 〔12〕30%, a reference mark before a figure) make a number.
    const agencyLike = AGENCY_SUFFIXES.has(c.agency.text[c.agency.text.length - 1]);
    const next = text.charCodeAt(c.serial.end);
    const endsPhrase = !(isHan(next) && !SERIAL_LIST_WORDS.has(text[c.serial.end])) && next !== 0x25 /* % */ && next !== 0x2e /* . */;
    return fullYear && (agencyLike || (openHex && closeHex)) && endsPhrase;
  }
  // Neither bracket is 〔〕: ordinary brackets hold many years that are not document numbers,
  // so ask for a full year, the 号, and no address noun after it (（2023）3号楼).
  if (!fullYear || c.yearMark) return false;
  if (!c.hao || NOT_AGENCY_END.has(c.agency.text[c.agency.text.length - 1])) return false;
  const after = text[c.hao.end];
  return !(after !== undefined && PLACE_AFTER_HAO.has(after));
}

/** The agency code that ends at `end`: the run of Han characters before it, minus lead words. */
function agencyBefore(text: string, end: number): DocnoPart | undefined {
  let start = end;
  for (let chars = 0; start > 0 && chars < MAX_AGENCY; chars++) {
    if (isHan(text.charCodeAt(start - 1))) start--;
    else if (start > 1 && isAstralHan(text.charCodeAt(start - 2), text.charCodeAt(start - 1))) start -= 2;
    else break;
  }
  let run = text.slice(start, end);
  for (const word of run.length > 3 ? LEAD_WORDS : []) {
    const at = run.lastIndexOf(word);
    if (at >= 0 && run.length - (at + word.length) >= 2) {
      start += at + word.length;
      run = run.slice(at + word.length);
    }
  }
  for (let i = run.length - 3; i >= 0; i--) {
    if (LEAD_CHARS.has(run[i])) {
      start += i + 1;
      run = run.slice(i + 1);
      break;
    }
  }
  return run.length >= 2 ? { start, end, text: run } : undefined;
}

/** Whether an agency code ends in a character that names a kind of document (发, 函, 令…). */
export function isAgencyLike(agency: string): boolean {
  return AGENCY_SUFFIXES.has(agency[agency.length - 1]);
}

/** 公告 and 令 are numbered 2023年第1号 by their own custom; their 第 is not a mistake. */
export function usesOrdinalByCustom(agency: string): boolean {
  return /(公告|令)$/.test(agency);
}

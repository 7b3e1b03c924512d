// Finds in-paragraph enumeration markers: 一是/二是, 一要/二要, 第一，/第二，, 首先/其次/再次/最后.
//
// Strictness is the point. A marker must open a clause: it stands at the start of a line or
// right after clause punctuation (。；：，！？ and their half-width forms, which pasted documents
// use). That one character test already rejects 统一是, 唯一是, 第一书记 and the quoted
// “第一议题”; 第X only counts when a comma, 、 or colon follows it, which rejects 第三批 and 第一梯队.
// The idiom 一是一、二是二 (the numeral repeated, then a break) is settled by characters too. What a
// character test cannot settle is a marker whose next character may make a word with it
// (一要素, 二是非, 一要求): only those few candidates are handed to jieba, so most documents
// never load it.

import { getSegmenter, type Segmenter } from '../segment/segmenter';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';

/** 是 = 一是…二是, 要 = 一要…二要, 第 = 第一，第二， (or 第一：), order = 首先/其次/再次/最后. */
export type EnumerationKind = '是' | '要' | '第' | 'order';

export interface EnumerationMarker {
  kind: EnumerationKind;
  /** 1, 2, 3 …; 最后 has no number and is Infinity. */
  value: number;
  /** The marker's characters (一是, 第二, 其次), without the comma or colon after 第X. */
  start: number;
  end: number;
  /** The number's characters (the 一 of 一是), for messages and renumbering. */
  numberStart: number;
  numberEnd: number;
  text: string;
}

const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: Infinity };
/** Clause punctuation a marker may follow. */
const CLAUSE_BEFORE = new Set(['。', '；', ';', '：', ':', '！', '!', '？', '?', '，', ',']);
const SPACE = /[ \t\u3000]/;
const CANDIDATE = /第([一二三四五六七八九十]{1,3})(?=[，,、：:])|([一二三四五六七八九十]{1,3})([是要])|(首先|其次|再次|最后)/g;

/**
 * Characters that can make a word with the 是 or 要 before them (是否, 是非, 要素, 要求, 要点 …).
 * After one of these, jieba decides.
 */
const AMBIGUOUS_AFTER = new Set([...'否非以故日时为素求务紧点么领件闻塞害员事职旨义道地津案价命犯账']);
/** 一是一、二是二 ("call a spade a spade") repeats the numeral and then breaks off. */
const CLAUSE_BREAK = /[、，,。；;：:！？!?\s]/;
const CJK_OR_QUOTE = /[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f“‘《〈「『【]/;

export interface EnumerationScanOptions {
  /** The segmenter, asked for only where characters cannot settle a marker (the process-wide one by default). */
  segmenter?: () => Segmenter;
}

/**
 * Scans `masked` between `start` and `end` for enumeration markers, in order. A marker at the
 * first prose character of a line counts as clause-initial. `accept` may veto a position (the
 * model uses it to skip table cells).
 */
export function findEnumerationMarkers(
  masked: string,
  start: number,
  end: number,
  options: EnumerationScanOptions = {},
  accept: (offset: number) => boolean = () => true,
): EnumerationMarker[] {
  const out: EnumerationMarker[] = [];
  const pattern = new RegExp(CANDIDATE.source, 'g');
  pattern.lastIndex = start;
  for (let m = pattern.exec(masked); m && m.index < end; m = pattern.exec(masked)) {
    if (m.index + m[0].length > end || !opensClause(masked, m.index) || !accept(m.index)) continue;
    const marker = enumerationMarker(masked, m, options);
    if (marker) out.push(marker);
  }
  return out;
}

/**
 * The enumeration marker that starts exactly at `at`, when one does: the same test as
 * findEnumerationMarkers, for a caller that walks the text itself (figures/listMarkers.ts
 * counts the items after 以下三个方面：).
 */
export function enumerationMarkerAt(masked: string, at: number, options: EnumerationScanOptions = {}): EnumerationMarker | undefined {
  CANDIDATE_HERE.lastIndex = at;
  const m = CANDIDATE_HERE.exec(masked);
  return m && opensClause(masked, at) ? enumerationMarker(masked, m, options) : undefined;
}
const CANDIDATE_HERE = new RegExp(CANDIDATE.source, 'y');

/** The marker a CANDIDATE match stands for, once its characters after it allow it. */
function enumerationMarker(masked: string, m: RegExpExecArray, options: EnumerationScanOptions): EnumerationMarker | undefined {
  const at = m.index;
  if (m[1] !== undefined) {
    const value = outlineValue(m[1]);
    const markEnd = at + m[0].length;
    // 第一、第二批 lists ordinals of one thing; it is not an enumeration of points.
    if (value === undefined || (masked[markEnd] === '、' && masked[markEnd + 1] === '第')) return undefined;
    return { kind: '第', value, start: at, end: markEnd, numberStart: at + 1, numberEnd: markEnd, text: m[0] };
  }
  if (m[2] !== undefined) {
    const value = outlineValue(m[2]);
    const markEnd = at + m[0].length;
    if (value === undefined || !plausibleClause(masked, at, markEnd, options)) return undefined;
    return { kind: m[3] as '是' | '要', value, start: at, end: markEnd, numberStart: at, numberEnd: at + m[2].length, text: m[0] };
  }
  const word = m[4];
  return { kind: 'order', value: ORDER_WORDS[word], start: at, end: at + 2, numberStart: at, numberEnd: at + 2, text: word };
}

/** Only numbers written the usual way (一 … 二十), so 一一 or 十二三 never count. */
function outlineValue(digits: string): number | undefined {
  if (VALUES.has(digits)) return VALUES.get(digits);
  const parsed = parseChineseNumeral(digits);
  const value = parsed === undefined || parsed < 1 || parsed > 30 || toChineseNumeral(parsed) !== digits ? undefined : parsed;
  VALUES.set(digits, value);
  return value;
}
const VALUES = new Map<string, number | undefined>();

/** True when the marker is the first prose character of its line or follows clause punctuation. */
function opensClause(masked: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (SPACE.test(masked[i]) || masked[i] === '\u0000')) i--;
  if (i < 0) return true;
  const c = masked[i];
  return c === '\n' || c === '\r' || CLAUSE_BEFORE.has(c);
}

/**
 * After 一是 / 一要 a clause must go on with an ideograph or a quote, and not repeat the numeral
 * before a break (一是一、). When the next character could form a word with 是/要, jieba must cut
 * the marker off as its own word (一是 | 非…), not inside another (一 | 要素). Without jieba, the
 * candidate is dropped: silence is the safe side.
 */
function plausibleClause(masked: string, at: number, markEnd: number, options: EnumerationScanOptions): boolean {
  let after = markEnd;
  while (masked[after] === '\u0000') after++;
  const next = masked[after];
  if (next === undefined || !CJK_OR_QUOTE.test(next)) return false;
  // Markup right after the marker (**一是**抓党建) sets it apart: it is a word of its own.
  if (after > markEnd) return true;
  if (next === masked[at] && markEnd - at === 2 && (markEnd + 1 >= masked.length || CLAUSE_BREAK.test(masked[markEnd + 1]))) return false;
  if (!AMBIGUOUS_AFTER.has(next)) return true;
  let clauseEnd = markEnd;
  while (clauseEnd < masked.length && clauseEnd - at < 24 && !/[\s\u0000。；;：:，,、！？!?]/.test(masked[clauseEnd])) clauseEnd++;
  const clause = masked.slice(at, clauseEnd);
  const marker = masked.slice(at, markEnd);
  let words: string[];
  try {
    words = (options.segmenter ?? getSegmenter)().cut(clause);
  } catch {
    return false;
  }
  // The marker must be a word of its own, or 一 followed by a word that starts with 是/要
  // only when that word is 是/要 itself (一是 | 要 | 加强 is read as 一是 then 要).
  if (words[0] === marker) return true;
  return words[0] === marker[0] && words[1] === marker.slice(1);
}

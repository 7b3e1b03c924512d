// Counted phrases and the enumerations that go with them. 公文 announce a number and then name
// the things: 五大中心，即……; 人事管理、薪酬分配……“五项权力”; 以下三个方面：一是……二是…….
// This module finds the counted phrase, finds the list on either side of it, and measures the
// list as a range of possible item counts, because Chinese does not always say which 和 joins
// two items and which joins two words inside one item (医保和公共卫生资金支配 is one power).
//
// Everything here is a character scan; the segmenter is only consulted by `refineList` for a
// candidate that would otherwise be reported, so documents without suspects never load jieba.

import { parseChineseNumeral } from '../text/numerals';
import type { Segmenter } from '../segment/segmenter';
import { FIXED_COUNT_PHRASES } from './listFixedPhrases';
import { countMarkers } from './listMarkers';
import { parseMarker, skipSpace } from '../outline/markers';

export { countMarkers } from './listMarkers';

export interface Span {
  start: number;
  end: number;
}

export interface CountedPhrase extends Span {
  /** The number the phrase announces. */
  value: number;
  /** The numeral as written (五, 两, 3). */
  numeral: Span;
  /** The phrase as written, without quotation marks: 五大中心, 六统一, 三项制度. */
  text: string;
  /** The classifier after the numeral (个, 项, 大…), empty for quoted slogans such as “六统一”. */
  classifier: string;
  /** True when the phrase stands inside “ ” (a slogan such as “五项权力”). */
  quoted: boolean;
}

export interface ListItem extends Span {
  text: string;
}

export type ListKind = 'series' | 'markers' | 'list-items';

export interface CountedList extends Span {
  kind: ListKind;
  items: ListItem[];
  /** Fewest items the list can be read as (no 和 splits an item). */
  min: number;
  /** Most items it can be read as (every conjunction inside an item splits it). */
  max: number;
  /** Ends with 等 or is introduced by 包括: the writer did not claim to name every item. */
  open: boolean;
}

/** Chinese count numerals as used before classifiers; 一 is not a list count. */
const NUMERAL = '两二三四五六七八九十';
const CLASSIFIERS = '个方面|方面|部分|个|项|大|条|种|类|级|点|家|所|支|位|名|座|批|件';
/** 五大中心, 三项制度, 3个街道: numeral and classifier, then the head the count is about. */
const COUNTED = new RegExp(`([${NUMERAL}]{1,3}|\\d{1,2})(${CLASSIFIERS})`, 'g');
/** A slogan in quotes that opens with a numeral: “六统一”, “五进”, “三转变”. */
/** A numeral character just before a match means the match starts inside a longer numeral. */
const NUMERAL_CHAR = new RegExp(`[${NUMERAL}一〇零百千万]`);
const QUOTED_SLOGAN = new RegExp(`“([${NUMERAL}])([\\u4e00-\\u9fff]{1,3})”`, 'g');

/** Characters that end a clause: a list never runs across them. */
const CLAUSE_END = new Set([...'。！？；，：,;:!?\n\r']);
const OPENERS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '‘': '’', '《': '》', '【': '】', '「': '」', '『': '』' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(OPENERS).map(([o, c]) => [c, o]));
const MASK = '\u0000';

/** What a character is to the list scans, by UTF-16 code: one table lookup per character
 * instead of a property or set lookup on a one-character string. */
const OPENER = 1;
const CLOSER = 2;
const CLAUSE = 3;
const CHAR_KIND = new Uint8Array(0x10000);
for (const c of Object.keys(OPENERS)) CHAR_KIND[c.charCodeAt(0)] = OPENER;
for (const c of Object.keys(CLOSERS)) CHAR_KIND[c.charCodeAt(0)] = CLOSER;
for (const c of CLAUSE_END) CHAR_KIND[c.charCodeAt(0)] = CLAUSE;
const ENUMERATION_COMMA = 0x3001; // 、
const SPACE = /^[\s\u0000\u3000]*$/;

/** The counted phrases of one stretch of prose (a block), skipping fixed expressions. */
export function findCountedPhrases(masked: string, from: number, to: number, extraFixed: readonly string[] = []): CountedPhrase[] {
  const text = masked.slice(from, to);
  const extraIndex = extraFixed.length ? phraseIndex(extraFixed) : undefined;
  const inFixed = (at: number) => insideFixedPhrase(text, at, extraIndex);
  const out: CountedPhrase[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const at = m.index;
    const before = text[at - 1] ?? '';
    const after = text[at + m[0].length] ?? '';
    // 第三个 is an ordinal, 十三个 read from its middle is a different number, 每两个 and 这三项
    // are distributive or anaphoric, and 三十多个 / 5余家 are approximate.
    if (/[第每\d.％%]/.test(before) || NUMERAL_CHAR.test(before)) continue;
    if (/[多余几来]/.test(after)) continue;
    if (inFixed(at)) continue;
    const value = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    if (value === undefined || value < 2 || value > 20) continue;
    const quoted = before === '“';
    out.push({
      start: from + at,
      end: from + at + m[0].length,
      value,
      numeral: { start: from + at, end: from + at + m[1].length },
      text: m[0] + headOf(text, at + m[0].length),
      classifier: m[2],
      quoted,
    });
  }
  const starts = new Set(out.map((p) => p.start));
  for (const m of text.matchAll(QUOTED_SLOGAN)) {
    const at = m.index + 1;
    if (inFixed(at)) continue;
    // A quoted phrase with a classifier (“五项权力”) was found above already.
    if (starts.has(from + at)) continue;
    const value = parseChineseNumeral(m[1]);
    if (value === undefined || value < 2) continue;
    out.push({
      start: from + at,
      end: from + at + m[1].length + m[2].length,
      value,
      numeral: { start: from + at, end: from + at + 1 },
      text: m[1] + m[2],
      classifier: '',
      quoted: true,
    });
  }
  out.sort((a, b) => a.start - b.start);
  // A quoted phrase covers its whole quotation, so that 的“五项保障” and “五项保障”（…） line up.
  for (const p of out) {
    if (!p.quoted) continue;
    const close = indexWithin(masked, '”', p.end, p.end + 5);
    if (close >= 0 && close < to) p.text = masked.slice(p.start, close);
  }
  return out;
}

/** Fixed phrases by character code: for each UTF-16 unit, the phrases holding it and where. */
type PhraseIndex = Map<number, { phrase: string; at: number }[]>;

function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    for (let k = 0; k < phrase.length; k++) {
      const code = phrase.charCodeAt(k);
      const list = index.get(code) ?? [];
      list.push({ phrase, at: k });
      index.set(code, list);
    }
  }
  return index;
}

const FIXED_INDEX = phraseIndex(FIXED_COUNT_PHRASES);

/** How far either side of a candidate a fixed phrase is looked for. */
const FIXED_WINDOW = 12;

/** Whether offset `at` of `text` lies inside a fixed expression such as 四个自信 or 十四五, written
 * within FIXED_WINDOW characters either side. A phrase over `at` holds the character at `at`, so
 * only the phrases holding that character are tried, each at the one place it would have to
 * start: the cost per candidate does not grow with the number of phrases or the block. */
function insideFixedPhrase(text: string, at: number, extra: PhraseIndex | undefined): boolean {
  return coversOffset(text, at, FIXED_INDEX) || (extra !== undefined && coversOffset(text, at, extra));
}

function coversOffset(text: string, at: number, index: PhraseIndex): boolean {
  // By code, not by one-character string: reading a CJK character as a string allocates one.
  const candidates = index.get(text.charCodeAt(at));
  if (!candidates) return false;
  for (const { phrase, at: k } of candidates) {
    const start = at - k;
    if (start < Math.max(0, at - FIXED_WINDOW) || start + phrase.length > at + FIXED_WINDOW) continue;
    if (text.charCodeAt(start) === phrase.charCodeAt(0) && text.startsWith(phrase, start)) return true;
  }
  return false;
}

/** Up to two CJK characters after the classifier: the thing counted (中心, 制度, 方面). */
function headOf(text: string, at: number): string {
  const m = /^[\u4e00-\u9fff]{1,2}/.exec(text.slice(at));
  return m ? m[0].replace(/[的和、].*$/, '') : '';
}

/** The end of a phrase including its closing quotation mark, if quoted. */
export function phraseEnd(masked: string, phrase: CountedPhrase): number {
  if (!phrase.quoted) return phrase.end;
  const close = indexWithin(masked, '”', phrase.end, phrase.end + 5);
  return close >= 0 ? close + 1 : phrase.end;
}

/**
 * The first `char` in `text` from `from` up to (not including) `until`, or -1. The searches
 * above only accept a character close by; searching the rest of the document for one that is
 * missing would make every phrase cost the length of the document.
 */
function indexWithin(text: string, char: string, from: number, until: number): number {
  const at = text.slice(from, until).indexOf(char);
  return at < 0 ? -1 : from + at;
}

/**
 * Whether the numeral of a counted phrase belongs to a word around it rather than counting:
 * 周五大讲堂 is 周五 + 大讲堂, 星期三例会 is 星期三 + 例会, “五一” is the holiday, 十九届五中全会
 * names a plenary session. The whole phrase is segmented, with a few characters before it, and
 * the numeral counts only when the word holding it starts at the numeral and ends within the
 * numeral and its classifier (三个, 五项, 五大). Asked only for a phrase about to be reported.
 */
export function numeralInWord(masked: string, blockStart: number, phrase: CountedPhrase, segmenter: Segmenter): boolean {
  const from = Math.max(blockStart, phrase.numeral.start - 4);
  const window = masked.slice(from, phrase.end + 4).replace(/\u0000/g, ' ');
  const words = segmenter.cut(window);
  // A segmenter that dropped or changed characters gives no offsets to trust: keep the count.
  if (words.join('') !== window) return false;
  const countEnd = phrase.numeral.end + phrase.classifier.length;
  let at = from;
  for (const word of words) {
    const end = at + word.length;
    if (end > phrase.numeral.start) return at < phrase.numeral.start || end > Math.max(countEnd, phrase.numeral.end);
    at = end;
  }
  return false;
}

/**
 * The enumeration written just before a counted phrase, in the same clause:
 * 人事管理、薪酬分配、财务管理“三项权力”, 西街、延南、太西3个街道, A、B和C等六项任务.
 * Returns undefined unless the items are separated by at least one 、 at bracket depth 0 and the
 * last item touches the phrase (only 等, 这, 共 — or 的 before a quoted slogan — may sit between).
 */
export function listBefore(masked: string, blockStart: number, phrase: CountedPhrase): CountedList | undefined {
  let j = phrase.quoted ? phrase.start - 1 : phrase.start; // on the “ of a quoted phrase
  let open = false;
  const prev = () => {
    let k = j;
    while (k > blockStart && masked[k - 1] === MASK) k--;
    return k;
  };
  j = prev();
  if (masked.startsWith('等等', j - 2)) {
    open = true;
    j -= 2;
  } else if (masked[j - 1] === '等') {
    open = true;
    j--;
  } else if (masked[j - 1] === '这' || masked[j - 1] === '共') j--;
  else if (masked[j - 1] === '的') {
    // 的“六统一”模式 names the slogan after its list; 张三、李四的两项提案 counts something else.
    if (!phrase.quoted) return undefined;
    j--;
  }
  const list = seriesEndingAt(masked, blockStart, j, open);
  // 甲、乙三个点位和丙、丁两个点位: an item that holds a count of its own joins two counted lists,
  // and which items the second count covers is unclear.
  if (list?.items.some((item) => findCountedPhrases(masked, item.start, item.end).length > 0)) return undefined;
  return list;
}

/**
 * The 、-separated series that ends at `end` and starts at the beginning of its clause, or
 * undefined when the clause has no 、 outside brackets, an item is empty or over 40 characters,
 * or (unless `allowFigures`) an item holds digits.
 */
export function seriesEndingAt(masked: string, blockStart: number, end: number, open = false, allowFigures = false): CountedList | undefined {
  // Walk back to the clause start, remembering the 、 that are not inside brackets or quotes.
  const separators: number[] = [];
  let depth = 0;
  let start = blockStart;
  for (let k = end - 1; k >= blockStart; k--) {
    const code = masked.charCodeAt(k);
    const kind = CHAR_KIND[code];
    if (kind === CLOSER) depth++;
    else if (kind === OPENER) {
      if (depth === 0) {
        start = k + 1;
        break;
      }
      depth--;
    } else if (depth === 0 && kind === CLAUSE) {
      start = k + 1;
      break;
    } else if (depth === 0 && code === ENUMERATION_COMMA) separators.push(k);
    if (end - k > 200) return undefined;
  }
  if (depth !== 0 || separators.length === 0) return undefined;
  separators.reverse();
  // An outline number that opens the clause (一、 1、 （一）、) numbers the paragraph; its 、 is
  // the number's mark, not the list's first separator.
  const marker = parseMarker(masked, skipSpace(masked, start, end));
  if (marker?.mark?.offset === separators[0]) {
    start = marker.end;
    separators.shift();
    if (separators.length === 0) return undefined;
  }
  const bounds = [start - 1, ...separators, end];
  const items: ListItem[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const item = trimItem(masked, bounds[i] + 1, bounds[i + 1]);
    // Items with figures of their own (幼儿园32所、小学38所、高中3所) are quantities, and a
    // count after them counts the last one, not the list.
    if (!item || item.text.length > 40 || (!allowFigures && /[0-9０-９]/.test(item.text))) return undefined;
    items.push(item);
  }
  return measure('series', items, open);
}

/**
 * The enumeration written just after a counted phrase: in brackets (“两个纲要”（A和B）), after
 * 即 / 包括 / a colon, as 一是……二是…… markers, or as the Markdown list that follows a colon.
 * `blocks` are the document's prose blocks in order; `blockIndex` is the phrase's block.
 */
export function listAfter(
  masked: string,
  blocks: readonly BlockLike[],
  blockIndex: number,
  phrase: CountedPhrase,
  segmenter?: () => Segmenter,
): CountedList | undefined {
  const block = blocks[blockIndex];
  let k = phraseEnd(masked, phrase);
  while (k < block.end && masked[k] === MASK) k++;
  const bracket = masked[k];
  if (bracket === '（' || bracket === '(') return bracketList(masked, block.end, k);
  // Up to six characters of head noun (中心建设, 方面的工作) may come before the introducer.
  const window = masked.slice(k, Math.min(block.end, k + 12));
  const m = /^([^\s。！？；，：,;:!?、“”（）()\u0000]{0,6})((?:[，,]?(?:即|也就是|具体是|具体为|分别是|分别为|包括))[：:]?|[：:])/.exec(window);
  if (!m) return undefined;
  const introducer = m[2];
  const from = k + m[0].length;
  const partial = introducer.includes('包括');
  const markers = countMarkers(masked, blocks, from, segmenter);
  if (markers) return markers;
  if (/[：:]$/.test(introducer) && SPACE.test(masked.slice(from, block.end))) {
    return listItemsAfter(masked, blocks, blockIndex);
  }
  return seriesAfter(masked, from, block.end, partial);
}

/** Longest enumeration read after a count: bounds the work per phrase. */
const MAX_SERIES = 400;

/** The part of a prose block this module needs. */
export interface BlockLike extends Span {
  kind: string;
  headingLevel?: number;
  listDepth: number;
  listItem?: { ordered: boolean; number?: number; start: number; end: number };
}

/** 即A、B、C。 or ：A；B；C。 — the items up to the end of the sentence. */
function seriesAfter(masked: string, from: number, limit: number, open: boolean): CountedList | undefined {
  let end = from;
  let depth = 0;
  let sawSemicolon = false;
  let sawComma = false;
  for (; end < limit; end++) {
    if (end - from > MAX_SERIES) return undefined;
    const c = masked[end];
    const kind = CHAR_KIND[masked.charCodeAt(end)];
    if (kind === OPENER) depth++;
    else if (kind === CLOSER) depth--;
    else if (depth === 0 && /[。！？!?\n\r]/.test(c)) break;
    else if (depth === 0 && (c === '；' || c === ';')) sawSemicolon = true;
    else if (depth === 0 && (c === '，' || c === ',')) sawComma = true;
    if (depth < 0) return undefined;
  }
  // A sentence with commas but no semicolons is prose, not an enumeration: its items cannot be
  // told apart from its clauses, so the list is left alone.
  if (sawComma && !sawSemicolon) return undefined;
  return splitSeries(masked, from, end, sawSemicolon ? /[；;]/ : /、/, open);
}

/** （A、B和C） right after the phrase. */
function bracketList(masked: string, limit: number, at: number): CountedList | undefined {
  const close = masked[at] === '（' ? '）' : ')';
  const end = indexWithin(masked, close, at + 1, at + 81);
  if (end < 0 || end > limit) return undefined;
  const inner = masked.slice(at + 1, end);
  if (/[。！？；，：,;:!?（(“]/.test(inner)) return undefined;
  return splitSeries(masked, at + 1, end, /、/, false);
}

function splitSeries(masked: string, from: number, to: number, separator: RegExp, open: boolean): CountedList | undefined {
  const items: ListItem[] = [];
  let depth = 0;
  let itemStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? masked[i] : '';
    const kind = i < to ? CHAR_KIND[masked.charCodeAt(i)] : 0;
    if (kind === OPENER) depth++;
    else if (kind === CLOSER) depth--;
    if (i === to || (depth === 0 && separator.test(c))) {
      const item = trimItem(masked, itemStart, i);
      if (!item) return undefined;
      items.push(item);
      itemStart = i + 1;
    }
  }
  const last = items[items.length - 1];
  if (last) {
    // 等 or 等等 at the end marks an open list; the item before it is still an item.
    const m = /等等?(?:[\u4e00-\u9fff]{0,2})$/.exec(last.text);
    if (m && m.index > 0 && /^等等?(?:方面|领域|内容|工作)?$/.test(m[0])) {
      open = true;
      last.text = last.text.slice(0, m.index);
      last.end = last.start + m.index;
    }
  }
  const list = measure('series', items, open);
  // Items separated by ； may hold several things each, separated by ， (加强甲，推进乙；完善丙):
  // each comma may split an item as a conjunction may.
  if (list && !separator.test('、')) for (const item of items) list.max += (item.text.match(/[，,]/g) ?? []).length;
  // A single item with no conjunction is a gloss, not a list.
  return list && list.max >= 2 ? list : undefined;
}

function trimItem(masked: string, start: number, end: number): ListItem | undefined {
  while (start < end && /[\s\u0000\u3000]/.test(masked[start])) start++;
  while (end > start && /[\s\u0000\u3000]/.test(masked[end - 1])) end--;
  if (start >= end) return undefined;
  return { start, end, text: masked.slice(start, end).replace(/\u0000/g, '') };
}

/** An item without the quotation marks around it and a bracketed note after it: “城西”（含新区） → 城西. */
export function itemCore(text: string): string {
  let t = text.trim();
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t.replace(/[（(][^（）()]*[）)]$/, '').replace(/^[“‘「『《]/, '').replace(/[”’」』》]$/, '').trim();
  }
  return t;
}

/** Conjunction characters that may join two items inside one 、-separated slot. */
const CONJUNCTION = /以及|和|及|与/g;

function measure(kind: ListKind, items: ListItem[], open: boolean): CountedList | undefined {
  if (items.length === 0) return undefined;
  let joins = 0;
  for (const item of items) joins += (item.text.match(CONJUNCTION) ?? []).length;
  return { kind, start: items[0].start, end: items[items.length - 1].end, items, min: items.length, max: items.length + joins, open };
}

/** Whether a stated count certainly disagrees with the list, given the ranges. */
export function disagrees(value: number, list: CountedList): boolean {
  if (list.open) return list.min > value;
  return value < list.min || value > list.max;
}

/** Tags after which an item cannot end: the "item" is then a verb phrase or a preposition. */
const NOT_AN_ITEM_END = new Set(['p', 'd', 'c', 'r', 'f', 'm', 'q', 'x', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'y', 'e', 'o', 'zg']);
const HAN_WORD = /^[\u4e00-\u9fff]+$/;
const BARE_PREDICATE = new Set(['v', 'a', 'ad', 'vd', 'd']);

/**
 * Checks a candidate list with the segmenter, for a count that the character test found in
 * disagreement. Returns the list with `max` recounted from real conjunctions (和 inside 和谐 no
 * longer counts), or undefined when the list is not a list of things at all: a last "item" that
 * ends in a preposition or adverb (疑难杂症在), or is a bare verb (坚定“四个自信”).
 */
export function refineList(list: CountedList, segmenterOrLoader: Segmenter | (() => Segmenter)): CountedList | undefined {
  // A loader is only called when a word must really be tagged: a list of markers whose items hold
  // no conjunction is settled without loading the segmenter at all.
  let loaded: Segmenter | undefined;
  const segmenterNow = () => (loaded ??= typeof segmenterOrLoader === 'function' ? segmenterOrLoader() : segmenterOrLoader);
  let items = list.items;
  if (list.kind === 'series') {
    const segmenter = segmenterNow();
    const last = list.items[list.items.length - 1];
    // The last item is judged without its quotation marks or a bracketed note (“城西”（含新区）).
    const words = segmenter.tag(itemCore(last.text)).filter((w) => w.word.trim());
    const final = words[words.length - 1];
    // A word the dictionary does not know is tagged x like a mark; written in Han characters it is
    // a content word the segmenter guessed (故障率高 → 故障 / 率高), and the item is a thing.
    if (!final || (NOT_AN_ITEM_END.has(final.tag) && !(final.tag === 'x' && HAN_WORD.test(final.word)))) return undefined;
    if (words.length === 1 && BARE_PREDICATE.has(final.tag)) return undefined;
    items = [withoutLeadIn(list.items[0], segmenter), ...list.items.slice(1)];
  }
  let joins = 0;
  for (const item of list.items) {
    if (!/以及|和|及|与/.test(item.text)) continue;
    for (const w of segmenterNow().tag(item.text)) {
      if ((w.word === '和' || w.word === '及' || w.word === '与' || w.word === '以及') && (w.tag === 'c' || w.tag === 'p')) joins++;
    }
  }
  // The list starts where its first item does once the lead-in is dropped (本月抽查城南 → 城南).
  return { ...list, items, start: items[0].start, max: list.min + joins };
}

/** The first item of a list written before its count often starts with the clause's verb and a
 * time (本月抽查城南、推进胸痛中心): they are not part of the item, so the message leaves them out. */
function withoutLeadIn(item: ListItem, segmenter: Segmenter): ListItem {
  const words = segmenter.tag(item.text);
  let skip = 0;
  let i = 0;
  while (i < words.length - 1 && (/^(v|vd|d|p|ad|t)$/.test(words[i].tag) || !words[i].word.trim())) skip += words[i++].word.length;
  // Items with markup inside (their text is shorter than their span) keep their lead-in.
  if (skip === 0 || skip >= item.text.length || item.end - item.start !== item.text.length) return item;
  return { start: item.start + skip, end: item.end, text: item.text.slice(skip) };
}

/** The Markdown list right after a paragraph that ends in a colon. */
function listItemsAfter(masked: string, blocks: readonly BlockLike[], blockIndex: number): CountedList | undefined {
  const next = blocks[blockIndex + 1];
  if (!next?.listItem) return undefined;
  const depth = next.listDepth;
  const items: ListItem[] = [];
  for (let i = blockIndex + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.listDepth < depth || b.listDepth === 0) break;
    if (b.listDepth === depth && b.listItem) {
      // A second list of a different kind right after the first is a new list.
      if (items.length && b.listItem.ordered !== blocks[blockIndex + 1].listItem!.ordered) break;
      items.push({ start: b.start, end: b.end, text: masked.slice(b.start, b.end).replace(/\u0000/g, '') });
    }
  }
  if (items.length < 2) return undefined;
  return { kind: 'list-items', start: items[0].start, end: items[items.length - 1].end, items, min: items.length, max: items.length, open: false };
}

/** Words before a count that announce the sections to come: 我讲四个方面。 / 从以下三个方面。 */
export const SECTION_CUE = /(?:讲|谈|说|以下|如下|下面|汇报)$/;

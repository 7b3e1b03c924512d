// Metric keys: what a figure measures, so that one indicator stated twice can be recognised.
// 全年门诊量达到12.5万人次 and 全年门诊量12.3万人次 measure the same thing (门诊量, 人次, in the
// same period); 上半年门诊量 and 下半年门诊量, or 门诊量同比增长5%, do not.
//
// The key is deliberately strict, because two different indicators read as one would be a false
// alarm: it is every content word of the clause before the figure (scope, subject, indicator),
// with linking verbs (达到, 为, 共有) left out and time words moved into a separate context,
// plus the unit. Only figures whose clause ends in an indicator word (…率, …量, …数, …额,
// 收入, 面积…) are keys at all: 投入资金50万元 is said of many different projects.
//
// The segmenter is needed only for figures that share a cheap character key with another
// figure of a different value, so most documents never load it.

import type { SourceDocument } from '../document';
import type { Segmenter, TaggedWord } from '../segment/segmenter';
import { figureIndex, type Figure } from './numbers';
import { matchesWhere } from './scanText';
import { lastIndexAtOrBefore } from '../text/search';

export interface MetricStatement {
  figure: Figure;
  /** Content words of the clause before the figure, joined: 全区门诊量. */
  key: string;
  /** The indicator as written in the clause, for messages: 全区门诊量. */
  label: string;
  /** The unit with any multiplier folded out: 人次 for 12.5万人次. */
  unit: string;
  /** The value in that unit: 125000 for 12.5万人次. */
  value: number;
  /** Half the last written digit's worth, in that unit: 500 for 12.5万. Rounding tolerance. */
  tolerance: number;
  /** Time words of the sentence and whether it states a plan: 上半年|2023年 … */
  context: string;
  /** Offsets of the clause text the key was read from. */
  start: number;
  end: number;
}

/**
 * Clause boundaries for metric keys. 、 is not one: 孕产妇建册率90%、管理率91% shares its subject.
 * Held as character codes: the walk back from every figure tests up to 60 characters, and
 * testing a regex against each one read as a string allocates for every CJK character.
 */
const CLAUSE_END = new Set([...'。！？；，：,;:!?\n\r（）()“”'].map((c) => c.charCodeAt(0)));
const SENTENCE_END = /[。！？!?\n\r]/;

/** Words that end an indicator name. */
const INDICATOR_END = /(?:率|量|数|额|总值|收入|支出|产值|产量|面积|人次|人数|寿命|比例|占比|比重|指数|床位|托位)$/;
/** Linking words between the indicator and its value: they add nothing to the key. */
const FILLER_END = /(?:达到|达|为|是|有|共有|共计|合计|共|计|实现|完成|保持在|保持|稳定在|稳定|维持在|维持)+$/;
/** A clause with one of these states a change, a target or a bound, not a level. */
const NOT_A_LEVEL = /增长|增加|下降|减少|提高|降低|提升|同比|环比|比上年|较上年|比去年|较去年|超过|超出|力争|争取|目标|计划|预计|确保|不少于|不低于|不超过|不高于|以上|以下|左右|至少|最高|最低|平均|每/;
/** Time words that put a figure in a period: two statements in different periods never conflict. */
const TIME_WORD = /上半年|下半年|全年|今年|去年|上年|明年|年底|年初|年末|月底|月末|季度|截至|截止|目前|当前|同期|以来|期间|累计|近\d+年|近[一二三四五六七八九十]+年|前[一二三四五六七八九十]+个?月/g;
/** Section titles and sentences that announce what is planned rather than what was done. */
const PLAN_WORDS = /计划|任务|打算|目标|安排|思路|下一步|下半年|明年|今后|展望|要点/;

/** The unit a figure is compared in, with multipliers folded into the value. */
export function normalizedUnit(figure: Figure): { unit: string; factor: number } | undefined {
  const text = figure.unit?.text;
  if (!text) return undefined;
  if (text === '万人次') return { unit: '人次', factor: 1e4 };
  if (text === '％') return { unit: '%', factor: 1 };
  if (text === '平米' || text === '㎡') return { unit: '平方米', factor: 1 };
  return { unit: text, factor: 1 };
}

/** Half the value of the last written digit: 12.5万 → 500, 125312 → 0.5. */
export function roundingTolerance(figure: Figure, factor: number): number {
  const digits = figure.numberText.replace(/[^0-9０-９.．]/g, '');
  const dot = digits.search(/[.．]/);
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  return (10 ** -decimals * (figure.multiplier?.factor ?? 1) * factor) / 2;
}

/** Whether two statements of one metric agree once rounding is allowed for. */
export function sameValue(a: MetricStatement, b: MetricStatement): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.tolerance, b.tolerance) + 1e-9;
}

interface Candidate {
  figure: Figure;
  clauseStart: number;
  clause: string;
  /** The clause was cut by MAX_CLAUSE, so its first word may be a piece of one. */
  capped: boolean;
  cheapKey: string;
  unit: string;
  value: number;
  tolerance: number;
}

/**
 * Every figure that states the level of a named indicator, keyed. Figures whose cheap key
 * (indicator word and unit) no other figure with a different value shares are not segmented
 * and not returned: nothing could conflict with them.
 */
export interface MetricOptions {
  /**
   * Leave out statements that certainly share their key and context with no other statement
   * (see `certainlyApart`). They can never be in conflict, so figure/conflict skips them and
   * with them the segmenter; the hover, which lists every statement of a key, keeps them.
   */
  onlyPossibleConflicts?: boolean;
}

export function metricStatements(doc: SourceDocument, segmenter: () => Segmenter, options: MetricOptions = {}): MetricStatement[] {
  const { masked } = doc.prose;
  const groups = new Map<string, Candidate[]>();
  for (const figure of doc.get(figureIndex).figures) {
    const candidate = cheapCandidate(masked, figure);
    if (!candidate) continue;
    const group = groups.get(candidate.cheapKey) ?? [];
    group.push(candidate);
    groups.set(candidate.cheapKey, group);
  }
  const out: MetricStatement[] = [];
  const plans = planSections(doc);
  const sections = sectionStarts(doc);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0];
    if (group.every((c) => Math.abs(c.value - first.value) <= Math.max(c.tolerance, first.tolerance))) continue;
    const apart = options.onlyPossibleConflicts ? certainlyApart(group, sections) : undefined;
    for (let i = 0; i < group.length; i++) {
      if (apart?.[i]) continue;
      const c = group[i];
      const statement = keyed(masked, c, segmenter(), plans, sections);
      if (statement) out.push(statement);
    }
  }
  return out.sort((a, b) => a.figure.start - b.figure.start);
}

/** Characters every WHOLE_SCOPE word starts with. */
const SCOPE_START = /[全我本]/;

/**
 * For each candidate of a cheap group, whether no other candidate of the group can end up with
 * the same key and context. The key's content words are pieces of the clause, so a clause
 * without 全, 我 or 本 can never hold a WHOLE_SCOPE word: its context then names its section
 * for certain. Two statements with one key either both name their section or neither does (the
 * scope test reads the key's own words), so when one of two candidates certainly names its
 * section and the two lie in different sections, their contexts differ. A candidate apart from
 * every other one in this way is alone under its key and context whatever the segmenter says,
 * so it is neither in conflict nor the first statement another one is compared with.
 */
function certainlyApart(group: Candidate[], sections: number[]): boolean[] {
  const section = group.map((c) => sectionOf(sections, c.figure.start));
  const certain = group.map((c) => !SCOPE_START.test(c.clause));
  // Counted once, so that the test stays linear in the size of the group: a candidate is apart
  // when it is alone in its section and, unless it is certain itself, every other one is certain.
  const inSection = new Map<number, number>();
  for (const n of section) inSection.set(n, (inSection.get(n) ?? 0) + 1);
  const uncertain = certain.filter((c) => !c).length;
  return group.map((_, i) => inSection.get(section[i]) === 1 && (certain[i] || uncertain === 1));
}

function cheapCandidate(masked: string, figure: Figure): Candidate | undefined {
  if (figure.quoted || figure.fixedPhrase || figure.range || figure.approx.length || figure.negative) return undefined;
  const unit = normalizedUnit(figure);
  if (!unit || figure.percent === 'point') return undefined;
  // A bound or an approximation written after the figure: 95%以上, 85%左右, 10人次多.
  if (/^(?:以上|以下|左右|上下|多|余|之内|以内|内)/.test(masked.slice(figure.end, figure.end + 2))) return undefined;
  let clauseStart = figure.start;
  for (;;) {
    while (clauseStart > 0 && !CLAUSE_END.has(masked.charCodeAt(clauseStart - 1)) && figure.start - clauseStart < MAX_CLAUSE) clauseStart--;
    // A line wrapped inside a word (高血压患者规范\n管理率) goes on: the clause is the whole phrase.
    const wrap = softWrapBefore(masked, clauseStart);
    if (wrap === undefined || figure.start - wrap >= MAX_CLAUSE) break;
    clauseStart = wrap;
  }
  // A clause cut by the length bound starts inside a word: that word is not part of the key.
  const capped = figure.start - clauseStart >= MAX_CLAUSE && clauseStart > 0 && !CLAUSE_END.has(masked.charCodeAt(clauseStart - 1));
  const clause = masked.slice(clauseStart, figure.start).replace(/[\u0000\r\n]/g, '');
  if (NOT_A_LEVEL.test(clause)) return undefined;
  const head = clause.replace(FILLER_END, '');
  const indicator = INDICATOR_END.exec(head);
  if (!indicator) return undefined;
  // The cheap key: the last few characters of the indicator name, and the unit.
  const name = /[\u4e00-\u9fff]{1,4}$/.exec(head)?.[0] ?? indicator[0];
  return {
    figure,
    clauseStart,
    clause,
    capped,
    cheapKey: `${name}|${unit.unit}`,
    unit: unit.unit,
    value: figure.value * unit.factor,
    tolerance: roundingTolerance(figure, unit.factor),
  };
}

/** Tags of words that carry no identity of the indicator: numbers, punctuation, particles. */
const DROPPED_TAGS = /^(?:m|x|q|u\w*|w|c|p|y|e|o)$/;
/** Han text: a word the dictionary does not know (早稻, tagged x) is still part of the name. */
const HAS_HAN = /[\u4e00-\u9fff]/;
/** How far back from a figure its clause is read. */
const MAX_CLAUSE = 60;
/** A line shorter than this is a title or a list line, not running text wrapped mid-phrase. */
const WRAPPED_LINE = 15;

/**
 * Where the clause goes on when the line break before `at` wraps running text inside a phrase:
 * Han characters on both sides and a long line before it. Undefined at a real clause end.
 */
function softWrapBefore(masked: string, at: number): number | undefined {
  if (masked[at - 1] !== '\n') return undefined;
  let end = at - 1;
  if (masked[end - 1] === '\r') end--;
  if (!HAS_HAN.test(masked[at] ?? '') || !HAS_HAN.test(masked[end - 1] ?? '')) return undefined;
  // Only the last WRAPPED_LINE characters are read, so a long line costs no more than a short one.
  return end >= WRAPPED_LINE && !masked.slice(end - WRAPPED_LINE, end).includes('\n') ? end : undefined;
}

/**
 * The group a bare indicator is said of, from the clause before it in the same sentence:
 * 老年人签约12000人，签约率97%；高血压患者签约8000人，签约率99.6% states two rates of two
 * groups. Only Han text counts, so the figures of that clause do not tell two groups apart.
 */
function subjectBefore(masked: string, clauseStart: number, sentenceStart: number): string {
  if (clauseStart - 1 <= sentenceStart) return '';
  let from = clauseStart - 1;
  while (from > sentenceStart && !CLAUSE_END.has(masked.charCodeAt(from - 1))) from--;
  return masked.slice(from, clauseStart - 1).replace(/[^\u4e00-\u9fff]/g, '');
}

function keyed(masked: string, c: Candidate, segmenter: Segmenter, plans: PlanSection[], sections: number[]): MetricStatement | undefined {
  const words: TaggedWord[] = segmenter.tag(c.clause.replace(FILLER_END, ''));
  const content: string[] = [];
  const times: string[] = [];
  for (const w of words) {
    if (TIME_WORD.test(w.word) || w.tag === 't') {
      TIME_WORD.lastIndex = 0;
      times.push(w.word);
      continue;
    }
    TIME_WORD.lastIndex = 0;
    if ((DROPPED_TAGS.test(w.tag) && !(w.tag === 'x' && HAS_HAN.test(w.word))) || !w.word.trim()) continue;
    content.push(w.word);
  }
  if (c.capped && words.length && content[0] === words[0].word) content.shift();
  if (content.length === 0) return undefined;
  // The whole sentence's time words and dates set the period: 截至6月底，全区门诊量12万人次.
  let sentenceStart = c.clauseStart;
  while (sentenceStart > 0 && !SENTENCE_END.test(masked[sentenceStart - 1])) sentenceStart--;
  const sentence = masked.slice(sentenceStart, c.figure.start);
  const period = [...sentence.matchAll(TIME_WORD)].map((m) => m[0]);
  for (const m of sentence.matchAll(/\d{4}年|\d{1,2}月|[一二三四]季度/g)) period.push(m[0]);
  const plan = PLAN_WORDS.test(sentence) || plans.some((p) => p.start <= c.figure.start && c.figure.start < p.end);
  let context = [...new Set([...times, ...period])].sort().join('|') + (plan ? '|plan' : '');
  // Without a scope word (全县门诊量) the subject may be the section's unit: （一）区人民医院。
  // 门诊量42万人次 and （二）区中医院。门诊量18万人次 are two metrics. Such keys only meet
  // within one section.
  if (!WHOLE_SCOPE.test(content.join(''))) {
    context += `|section@${sectionOf(sections, c.figure.start)}`;
    // A bare indicator (签约率) is said of the group named before it in the sentence.
    if (content.length <= 2) context += `|subject@${subjectBefore(masked, c.clauseStart, sentenceStart)}`;
  }
  return {
    figure: c.figure,
    key: `${content.join('')}|${c.unit}`,
    label: content.join(''),
    unit: c.unit,
    value: c.value,
    tolerance: c.tolerance,
    context,
    start: c.clauseStart,
    end: c.figure.end,
  };
}

/** Words that name the whole area or body a document speaks for. */
const WHOLE_SCOPE = /全县|全区|全市|全省|全州|全盟|全旗|全镇|全乡|全街道|全系统|全局|全委|全院|全行业|我县|我区|我市|我省|我镇|我乡|本县|本区|本市/;

/** Outline markers that open a section or an item: 一、 （一） 1. （1） 一是 第一，. */
/** Read with `matchesWhere`: a marker starts the text or follows MARKER_AFTER. */
const MARKER_AFTER = /[。；：！？!?;:\n\r\u0000 \u3000]/;
const SECTION_MARKER = /(?:[一二三四五六七八九十]{1,3}[、是要]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[，,、])/g;

/** Start offsets of every section and numbered item, with headings, in order. */
function sectionStarts(doc: SourceDocument): number[] {
  const { masked, blocks } = doc.prose;
  const starts = new Set<number>([0]);
  for (const block of blocks) if (block.kind === 'heading' || block.listItem) starts.add(block.start);
  for (const m of matchesWhere(masked, SECTION_MARKER, (at) => at === 0 || MARKER_AFTER.test(masked[at - 1]))) starts.add(m.index);
  return [...starts].sort((a, b) => a - b);
}

/** The index of the section that holds `offset`. */
function sectionOf(starts: number[], offset: number): number {
  return lastIndexAtOrBefore(starts, offset, (start) => start);
}

interface PlanSection {
  start: number;
  end: number;
}

/** The first character that is neither masked nor white space. */
const FIRST_VISIBLE = /[^\u0000\s]/;
const TITLE_NUMERAL = /^[一二三四五六七八九十]$/;

/**
 * Stretches of the document under a top-level title that announces plans (三、下半年工作任务):
 * a target there is not a second statement of a result reported elsewhere.
 */
function planSections(doc: SourceDocument): PlanSection[] {
  const { masked, blocks } = doc.prose;
  const titles: { start: number; plan: boolean }[] = [];
  for (const block of blocks) {
    const lineEnd = masked.indexOf('\n', block.start);
    const raw = masked.slice(block.start, lineEnd < 0 || lineEnd > block.end ? block.end : lineEnd);
    // A paragraph is a title only if its first visible character is a numeral (三、…). Pasted
    // documents put whole pages in one line; checking that character first spares copying such
    // a line to strip its masks. (\s is exactly the set `trim` removes.)
    if (block.kind !== 'heading' && !TITLE_NUMERAL.test(raw[raw.search(FIRST_VISIBLE)] ?? '')) continue;
    const firstLine = raw.replace(/\u0000/g, '');
    const line = firstLine.trim();
    // Only top-level titles open a section: 三、下半年工作任务, or a level-1/2 heading that is
    // not a numbered sub-title such as （一）.
    const isTitle =
      /^[一二三四五六七八九十]{1,3}、/.test(line) || (block.kind === 'heading' && (block.headingLevel ?? 9) <= 2 && !/^[（(\d]/.test(line));
    if (isTitle && firstLine.length <= 60) titles.push({ start: block.start, plan: PLAN_WORDS.test(firstLine) });
  }
  const out: PlanSection[] = [];
  for (let i = 0; i < titles.length; i++) {
    if (titles[i].plan) out.push({ start: titles[i].start, end: titles[i + 1]?.start ?? masked.length });
  }
  return out;
}

// figure/respectively: “分别” pairs each thing before it with one value after it, so the two
// sides must have the same number of members: 门诊量、住院量分别增长5%、8%.

import type { Rule } from '../../types';
import { findCountedPhrases, refineList, seriesEndingAt, type CountedList, type ListItem } from '../../figures/lists';
import type { Segmenter } from '../../segment/segmenter';

/** Words between the subjects and 分别 that belong to neither: 同比, 较上年, 均. */
const TRAILING_ADVERBIAL = /(?:同比|环比|(?:较|比)(?:上年|去年|前年)(?:同期)?|均|都|也|已经|已)+$/;
const CLAUSE_END = /[。！？；，：,;:!?\n\r]/;
const VALUE_SEPARATOR = /以及|、|和|及|与/g;
/** Longest clause looked at on either side of 分别; keeps the scan linear on any input. */
const MAX_CLAUSE = 120;

interface Subjects {
  min: number;
  max: number;
  start: number;
  end: number;
  describe: string;
}

export const respectively: Rule = {
  meta: {
    id: 'figure/respectively',
    title: { zh: '“分别”前后项数一致', en: 'Both sides of 分别 have as many members' },
    description: {
      zh: '“甲、乙分别为5人、8人”中，“分别”前的对象与后面的数值一一对应，个数应相同。',
      en: 'In 甲、乙分别为5人、8人 each subject before 分别 takes one value after it, so both sides must have the same number of members.',
    },
    source: {
      zh: '语法与公文写作惯例（“分别”表示一一对应）；非国家标准条款，可关闭',
      en: 'Grammar and editorial convention (分别 pairs members one to one); not a clause of a national standard, can be turned off',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      mismatch: {
        zh: '“分别”前有 {subjects} 项（{subjectList}），后面却有 {values} 个数值（{valueList}）：{subjects} ≠ {values}。“分别”要求一一对应，请补齐或删去多余的一方。',
        en: '分别 has {subjects} subjects before it ({subjectList}) but {values} values after it ({valueList}): {subjects} ≠ {values}. 分别 pairs them one to one; add or remove members.',
      },
      valuesHere: {
        zh: '对应的数值在此（{values} 个）',
        en: 'the values ({values})',
      },
    },
    examples: {
      bad: [{ text: '全区门诊量、住院量、手术量分别增长5.2%、3.1%。\n' }],
      good: [
        { text: '全区门诊量、住院量、手术量分别增长5.2%、3.1%和2.4%。\n' },
        { text: '城镇和农村居民人均可支配收入分别达到3.2万元和1.5万元。\n' },
        { text: '门诊量达到12万人次，住院量达到3万人次，同比分别增长5%和8%。\n' },
      ],
    },
    limits: [
      {
        zh: '对象要么用顿号列出，要么是“三所医院”这样的计数，要么用“和”“与”连接；数值要每一项都含阿拉伯数字，且至少两个。数值用汉字写、或对象以“等”结尾的，不查。',
        en: 'Subjects must be listed with 、, counted (三所医院) or joined by 和 / 与, and there must be at least two values that each contain Arabic digits. Values in Chinese numerals and subject lists ending in 等 are left alone.',
      },
      {
        zh: '对象一般在“分别”所在的分句里。只有当“分别”前什么也没有、只有“同比”“均”等副词、或只有“数量”“金额”“投资”“（建设）面积”“占比”等指前面对象的数量词时，才到同一句紧挨着的前一分句（以逗号隔开）里找对象：“今年新建社区卫生服务站和村卫生室，数量分别为12个、30个、8个”。前一分句本身带阿拉伯数字（“住院量达到3万人次，同比分别增长”）、不以名词结尾（“在……的支持下”）、以介词开头（“按照省和市的要求”“对A和B”）、连词后还有“的”（“A和B的服务大厅”是一样东西）、与“分别”之间隔着分号或句号或另一个分句，或“分别”后接“于”“在”或日期（“分别于3月、6月”，表示各在不同时间，不是一一对应）的，对象数不清，不报。“我局分别制定了”这类分句另有主语的，也不往前找。',
        en: 'Subjects are normally in the clause of 分别. Only when nothing but an adverb (同比, 均) or a measure of the things named before (数量, 金额, 投资, 建设面积, 占比…) stands before 分别 are they looked for in the clause just before it, after a comma in the same sentence: 今年新建社区卫生服务站和村卫生室，数量分别为12个、30个、8个. An earlier clause with Arabic figures of its own, one that does not end in a noun (在……的支持下), opens with a preposition (按照省和市的要求) or has 的 after its conjunction (A和B的服务大厅 is one thing), one separated by a semicolon, a full stop or another clause, and 分别 followed by 于 / 在 or dates (each at its own time, not a pairing) are too unclear and are left alone; a clause with a subject of its own (我局分别制定了) is not looked past.',
      },
      {
        zh: '“和”“及”“与”可能连接两项，也可能在一项之内：只要数值个数落在两种读法之间就不报。',
        en: '和 / 及 / 与 may join two subjects or sit inside one: a value count that either reading supports is not reported.',
      },
    ],
  },
  check(ctx) {
    const { masked, blocks } = ctx.doc.prose;
    const segment = () => ctx.doc.segmenter();
    for (const block of blocks) {
      const text = masked.slice(block.start, block.end);
      for (let at = text.indexOf('分别'); at >= 0; at = text.indexOf('分别', at + 2)) {
        const word = block.start + at;
        const values = valuesAfter(masked, word + 2, block.end);
        if (!values || values.length < 2) continue;
        const subjects = subjectsBefore(masked, block.start, word, segment, values);
        if (!subjects || (values.length >= subjects.min && values.length <= subjects.max)) continue;
        const count = subjects.min === subjects.max ? `${subjects.min}` : `${subjects.min}～${subjects.max}`;
        ctx.report({
          start: word,
          end: word + 2,
          messageId: 'mismatch',
          data: {
            subjects: count,
            values: values.length,
            subjectList: subjects.describe,
            valueList: values.map((v) => v.text.slice(v.text.search(/\d/))).join('、'),
          },
          related: [{ start: values[0].start, end: values[values.length - 1].end, messageId: 'valuesHere', data: { values: values.length } }],
        });
      }
    }
  },
};

/** The values after 分别 up to the end of the clause, when every member holds a number. */
function valuesAfter(masked: string, from: number, limit: number): ListItem[] | undefined {
  // Values sit in one clause; a clause longer than this is not a 分别 sentence anyone checks.
  const window = masked.slice(from, Math.min(limit, from + MAX_CLAUSE));
  const stop = window.search(CLAUSE_END);
  if (stop < 0 && from + MAX_CLAUSE < limit) return undefined;
  const region = stop < 0 ? window : window.slice(0, stop);
  if (!/\d/.test(region)) return undefined;
  const parts: ListItem[] = [];
  let last = 0;
  for (const m of [...region.matchAll(VALUE_SEPARATOR), { index: region.length, 0: '' }]) {
    const raw = region.slice(last, m.index);
    const text = raw.replace(/\u0000/g, '').trim();
    // A member without digits (分别为甲医院和乙医院) means the values are not all numbers.
    if (!/\d/.test(text)) return undefined;
    parts.push({ start: from + last, end: from + m.index!, text });
    last = m.index! + m[0].length;
  }
  return parts;
}

/**
 * The subjects before 分别: in its own clause (a 、 series, a count such as 三所医院, or A和B), or,
 * when that clause names nothing but 分别 itself or a measure of the things named before
 * (数量, 金额, 同比), in the clause just before it in the same sentence:
 * 今年新建社区卫生服务站和村卫生室，数量分别为12个、30个.
 */
function subjectsBefore(
  masked: string,
  blockStart: number,
  word: number,
  segment: () => Segmenter,
  valueTexts: readonly ListItem[],
): Subjects | undefined {
  const values = valueTexts.length;
  const clauseStart = startOfClause(masked, blockStart, word);
  if (clauseStart === undefined) return undefined;
  const lead = masked.slice(clauseStart, word).replace(/\u0000/g, '').trim();
  const trimmed = lead.replace(TRAILING_ADVERBIAL, '');
  if (!RESUMPTIVE_LEAD.test(trimmed)) return subjectsInClause(masked, blockStart, clauseStart, word, segment, values);
  // The clause before must end in a comma (a semicolon or full stop ends the thought), and state
  // no figures of its own: 住院量达到3万人次，同比分别增长 compares figures written clause by
  // clause, and which of them 分别 takes up is not for a character scan to say.
  const comma = clauseStart - 1;
  if (comma <= blockStart || !/[，,]/.test(masked[comma])) return undefined;
  // 先后开展三次督查，分别于3月、6月、9月: 分别 before times and places says "each at its own
  // time", pairing with nothing named before it.
  if (LOOSE_VALUES.test(masked.slice(word + 2, word + 4)) || valueTexts.every((v) => DATE_VALUE.test(v.text))) return undefined;
  const previousStart = startOfClause(masked, blockStart, comma);
  if (previousStart === undefined || /[0-9０-９]/.test(masked.slice(previousStart, comma))) return undefined;
  // The earlier clause must end in the things it names (…和村卫生室), not in a place word or a
  // verb (在上级和有关部门的支持下): only then are its last words the subjects.
  const words = segment().tag(masked.slice(previousStart, comma).replace(/\u0000/g, '')).filter((w) => w.word.trim());
  const final = words[words.length - 1];
  // A word the dictionary does not know (较快, tagged x) may be anything, so it does not count.
  if (!final || !NOUN_TAGS.has(final.tag)) return undefined;
  // 按照省和市的要求 / 经过县和乡两级评审: a clause that opens with a preposition is a
  // circumstance, not the things 分别 pairs; 省和市的要求 is one requirement.
  const opening = words.find((w) => w.tag !== 't');
  if (opening?.tag === 'p' || /(?:和|与|及)[^和与及]*的/.test(masked.slice(previousStart, comma))) return undefined;
  return subjectsInClause(masked, blockStart, previousStart, comma, segment, values);
}

/** 分别于 / 分别在 / 分别从: times or places follow, each thing at its own. */
const LOOSE_VALUES = /^(?:于|在|从|自|到|至|赴|向)/;
/** A value that is a date or a time (3月, 2023年, 15日). */
const DATE_VALUE = /[0-9０-９](?:年|月|日|号)(?:份|底|初|中旬|上旬|下旬)?$/;
/** Tags of a word that names things: nouns, names, verbal nouns. */
const NOUN_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'nw', 's', 'j', 'vn', 'an', 'l']);

/**
 * What may stand between the earlier clause and 分别 when the subjects are in that clause:
 * nothing, or a measure of them (数量, 投资, 建设面积), optionally after 其 or 各自的.
 */
const RESUMPTIVE_LEAD = /^(?:(?:其|各自的?)?(?:建设|投入|完成|新增|实际|计划|总)?(?:数量|数目|个数|人数|总数|规模|金额|资金|投资|投资额|面积|产值|产量|收入|支出|增幅|增速|增长率|占比|比例|比重|覆盖率|完成率|达标率|得分|排名|床位数))?$/;

/** Where the clause that ends at `end` starts, or undefined when it is too long to be read. */
function startOfClause(masked: string, blockStart: number, end: number): number | undefined {
  let start = end;
  while (start > blockStart && end - start < MAX_CLAUSE && !CLAUSE_END.test(masked[start - 1])) start--;
  return end - start >= MAX_CLAUSE ? undefined : start;
}

/** The subjects of the clause [clauseStart, word): a 、 series, a count (三所医院), or A和B. */
function subjectsInClause(
  masked: string,
  blockStart: number,
  clauseStart: number,
  word: number,
  segment: () => Segmenter,
  values: number,
): Subjects | undefined {
  const lead = masked.slice(clauseStart, word);
  const trimmed = lead.replace(TRAILING_ADVERBIAL, '');
  const end = clauseStart + trimmed.length;
  if (/等[\u4e00-\u9fff]{0,4}$/.test(trimmed)) return undefined; // an open list
  // Subjects may carry figures of their own (3岁以下儿童系统管理率).
  const series = seriesEndingAt(masked, blockStart, end, false, true);
  if (series) {
    if (series.items.some((i) => /等$/.test(i.text))) return undefined;
    if (values >= series.min && values <= series.max) return undefined;
    const refined = refineList(series, segment);
    return refined ? fromList(refined) : undefined;
  }
  const counts = findCountedPhrases(masked, clauseStart, end);
  const count = counts[counts.length - 1];
  if (count) {
    // 三所医院的门诊量: the count must govern the subject, so nothing but its head and a 的
    // phrase may follow it.
    const rest = masked.slice(count.end, end);
    if (!/^[\u4e00-\u9fff]{0,8}$/.test(rest)) return undefined;
    return { min: count.value, max: count.value, start: count.start, end: count.end, describe: count.text };
  }
  // Only a clause without 、 is read as A和B: one with 、 that is not a series is unclear.
  const joined = /^(.+?)(和|与|及|以及)(.+)$/.exec(trimmed);
  if (!joined || /、/.test(trimmed)) return undefined;
  const list: CountedList = {
    kind: 'series',
    start: clauseStart,
    end,
    items: [{ start: clauseStart, end, text: trimmed.replace(/\u0000/g, "").trim() }],
    min: 1,
    max: 1 + (trimmed.match(/以及|和|及|与/g) ?? []).length,
    open: false,
  };
  if (values <= list.max) return undefined;
  // Only the conjunctions need the segmenter here: the one-item "list" is a whole clause, so
  // the last-item checks of a series do not apply (kind 'markers' skips them).
  const refined = refineList({ ...list, kind: 'markers' }, segment);
  return refined && refined.max >= 2 ? fromList(refined) : undefined;
}

function fromList(list: CountedList): Subjects {
  return {
    min: list.min === 1 ? list.max : list.min,
    max: list.max,
    start: list.start,
    end: list.end,
    describe: list.items.map((i) => i.text).join('、'),
  };
}

// figure/year-conflict: a report on 2023年上半年 that says 2022年上半年 in its body was most
// likely built on last year's text and not updated.

import type { Rule } from '../../types';
import { documentPeriod, periodMentions } from '../../figures/periods';

/** Words before a mention that make it a comparison or a starting point: 与2022年上半年相比. */
const COMPARISON_BEFORE = /(?:自|从|与|和|同|比|较|相比|对比|去年|上年|同期|截至|截止|继)[\u4e00-\u9fff]{0,2}$/;
/** Words after a mention that do the same: 2022年上半年以来, 2022年上半年同期. */
const COMPARISON_AFTER = /^(?:以来|同期|相比|至今|开始|起|比较|对比|的基础上|基础上|水平|数据|相较)/;

/** A sentence that also speaks of this year or of change compares the two periods. */
const COMPARISON_IN_SENTENCE = /今年|本年|当年|同比|环比|相比|对比|比上年|较上年/;

function sentenceAround(masked: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 200 && !/[。！？!?\n]/.test(masked[from - 1])) from--;
  let to = end;
  while (to < masked.length && to - end < 200 && !/[。！？!?\n]/.test(masked[to])) to++;
  return masked.slice(from, to);
}

export const yearConflict: Rule = {
  meta: {
    id: 'figure/year-conflict',
    title: { zh: '年份与文件时期一致', en: 'Years match the document’s period' },
    description: {
      zh: '标题为“2023年上半年工作总结”的文件，正文里却写“2022年上半年”，多半是沿用旧稿未改年份。',
      en: 'A document titled 2023年上半年工作总结 whose body says 2022年上半年 was most likely built on last year’s text without updating the year.',
    },
    source: {
      zh: '公文写作惯例（内容准确，时间表述与文件时期一致）；非国家标准条款，可关闭',
      en: 'Editorial convention (dates consistent with the document’s period); not a clause of a national standard, can be turned off',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      conflict: {
        zh: '本文是{titleYear}年{period}的材料，此处却写“{year}年{period}”：{year} ≠ {titleYear}。若不是与往年对比，应改为“{titleYear}年{period}”。',
        en: 'This document covers {period} of {titleYear}, but here it says {period} of {year}: {year} ≠ {titleYear}. Unless this compares with an earlier year, write {titleYear}.',
      },
      useTitleYear: {
        zh: '改为 {titleYear}',
        en: 'Change to {titleYear}',
      },
      titleHere: {
        zh: '文件时期见标题：{titleYear}年{period}',
        en: 'the title gives the period: {period} of {titleYear}',
      },
    },
    examples: {
      bad: [{ text: '# 县卫生健康局2023年上半年工作总结\n\n2022年上半年，全县卫生健康工作稳步推进。\n' }],
      good: [
        { text: '# 县卫生健康局2023年上半年工作总结\n\n2023年上半年，全县卫生健康工作稳步推进，门诊量与2022年上半年相比增长5%。\n' },
      ],
    },
    limits: [
      {
        zh: '年份也按“2022年度上半年”“22年上半年”（两位年份读作20××年）识别。只在标题（文档开头）写明“某年上半年/下半年/某季度”时检查，且只查正文中同一时期、相差一年的写法；年度材料里提到往年、远景目标（到2025年、2035年）都是正常写法，不查。',
        en: 'Years are also read in the forms 2022年度上半年 and 22年上半年 (two digits read as 20xx). Only checked when the title (at the start of the document) names a half-year or a quarter, and only for the same period one year off in the body; annual documents, earlier years and long-term targets (到2025年, 2035年) are normal and left alone.',
      },
      {
        zh: '前后有“与……相比”“同期”“以来”“自”“较”等对比或起点说法的，或同一句里有“今年”“本年”“同比”“相比”等对比用语的，不报。',
        en: 'Mentions framed as a comparison or a starting point (与……相比, 同期, 以来, 自, 较…), or in a sentence that also speaks of this year or compares (今年, 本年, 同比, 相比…), are not reported.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const title = documentPeriod(masked);
    if (!title) return;
    for (const mention of periodMentions(masked, title.end)) {
      if (mention.period !== title.period || Math.abs(mention.year - title.year) !== 1) continue;
      // A year written in Chinese digits is replaced only when the title wrote Arabic ones too;
      // a year cut to two digits (22年上半年) is written in full by the suggestion.
      if (!/^(?:\d{2}|\d{4})$/.test(masked.slice(mention.yearStart, mention.yearEnd))) continue;
      const before = masked.slice(Math.max(0, mention.start - 6), mention.start);
      const after = masked.slice(mention.end, mention.end + 6);
      if (COMPARISON_BEFORE.test(before) || COMPARISON_AFTER.test(after)) continue;
      // 2022年上半年门诊量5万人次，今年上半年增长20%: a baseline, said without 与……相比.
      if (COMPARISON_IN_SENTENCE.test(sentenceAround(masked, mention.start, mention.end))) continue;
      const data = { titleYear: title.year, year: mention.year, period: mention.period };
      ctx.report({
        start: mention.yearStart,
        end: mention.end,
        messageId: 'conflict',
        data,
        suggestions: [
          { messageId: 'useTitleYear', data, edits: [{ start: mention.yearStart, end: mention.yearEnd, text: String(title.year) }] },
        ],
        related: [{ start: title.start, end: title.end, messageId: 'titleHere', data }],
      });
    }
  },
};

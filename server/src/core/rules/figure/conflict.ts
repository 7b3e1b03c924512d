// figure/conflict: one indicator, stated twice in one document, must have one value. The usual
// cause is a summary paragraph written from an older draft than the detail below it.

import type { Rule } from '../../types';
import { FIGURES_CONSISTENT_CONVENTION } from '../sources';
import { metricStatements, sameValue, type MetricStatement } from '../../figures/metrics';

export const conflict: Rule = {
  meta: {
    id: 'figure/conflict',
    title: { zh: '同一指标前后数值一致', en: 'One indicator, one value' },
    description: {
      zh: '同一篇公文里同一指标（同一范围、同一时期、同一单位）出现两次时，数值应一致，如概述与分项说明中的“全年门诊量”。',
      en: 'When one indicator (same scope, period and unit) is stated twice in a document, both statements give the same value, e.g. 全年门诊量 in the summary and in the detail.',
    },
    source: FIGURES_CONSISTENT_CONVENTION,
    severity: 'warning',
    fixable: false,
    messages: {
      conflict: {
        zh: '“{metric}”在前文为 {first}，此处为 {second}：{first} ≠ {second}（相差 {difference}{unit}）。同一指标应只有一个数值，请核对后统一。',
        en: '"{metric}" is {first} earlier but {second} here: {first} ≠ {second} (a difference of {difference} {unit}). One indicator has one value; check and make them agree.',
      },
      firstStatement: {
        zh: '同一指标另见此处：{first}',
        en: 'the same indicator stated here: {first}',
      },
    },
    examples: {
      bad: [{ text: '全年全县门诊量达到12.5万人次。\n\n其中，全年全县门诊量13.1万人次，较好完成任务。\n' }],
      good: [
        { text: '全年全县门诊量达到12.5万人次。\n\n全年全县门诊量125312人次。\n' },
        { text: '上半年全县门诊量6.1万人次，下半年全县门诊量6.4万人次。\n' },
      ],
    },
    limits: [
      {
        zh: '只比较指标名（以“率”“量”“数”“额”“收入”“面积”等结尾）前后措辞完全相同、单位相同、所在句子的时间词（上半年、截至6月底、2023年……）相同的两处；“投入资金”这类泛称会用于不同项目，不比较。',
        en: 'Only statements whose wording before the figure is the same, whose indicator name ends in 率/量/数/额/收入/面积…, with the same unit and the same time words in the sentence (上半年, 截至6月底, 2023年…) are compared; generic words such as 投入资金 name many different things.',
      },
      {
        zh: '增长、下降、同比、力争、目标、以上、左右、约、余等表示变化、目标、界限或约数的数值，以及计划、任务类章节里的数值，不作为指标的实际值比较。',
        en: 'Changes, targets, bounds and approximate figures (增长, 同比, 力争, 目标, 以上, 左右, 约, 余…), and figures in sections about plans or tasks, are not compared as stated levels.',
      },
      {
        zh: '指标前没有“全县”“全区”“我市”等范围词时，主体可能是所在小节的单位（“（一）县人民医院。门诊量……”），只在同一小节（同一层次序号之下）内比较。',
        en: 'Without a scope word such as 全县 / 全区 / 我市 the subject may be the unit a sub-section is about (（一）县人民医院。门诊量…), so such statements are compared only within one section or numbered item.',
      },
      {
        zh: '指标名保留全部限定词（早稻产量与晚稻产量、城镇居民与农村居民人均可支配收入是不同指标）；只写“签约率”这类光秃指标名时，以同一句中前一分句所说的对象（“老年人签约12000人，签约率97%”）区分人群，对象不同不比较。指标名按整词读取，跨行断开的名称（“规范\n管理率”）连起来读。',
        en: 'An indicator keeps every qualifier (早稻产量 and 晚稻产量, or urban and rural income, are different indicators). A bare name such as 签约率 is told apart by the group named in the clause before it in the sentence (老年人签约12000人，签约率97%): rates of different groups are not compared. Names are read as whole words, also when a line break splits one.',
      },
      {
        zh: '数值按写出的精度比较：“12.5万人次”与“125312人次”视为一致。',
        en: 'Values are compared at the precision written: 12.5万人次 and 125312人次 agree.',
      },
    ],
  },
  check(ctx) {
    const statements = metricStatements(ctx.doc, () => ctx.doc.segmenter(), {
      onlyPossibleConflicts: true,
    });
    const firstOf = new Map<string, MetricStatement>();
    for (const s of statements) {
      const id = `${s.key}\u0001${s.context}`;
      const first = firstOf.get(id);
      if (!first) {
        firstOf.set(id, s);
        continue;
      }
      if (sameValue(first, s)) continue;
      const text = (x: MetricStatement) => ctx.doc.text.slice(x.figure.numberStart, x.figure.end);
      const difference = Math.abs(s.value - first.value);
      ctx.report({
        start: s.figure.numberStart,
        end: s.figure.end,
        messageId: 'conflict',
        data: {
          metric: s.label,
          first: text(first),
          second: text(s),
          difference: Number(difference.toPrecision(12)),
          // The gap between two percentages is in percentage points (GB/T 15835 writes 个百分点).
          unit: s.unit === '%' ? '个百分点' : s.unit,
        },
        related: [{ start: first.figure.numberStart, end: first.figure.end, messageId: 'firstStatement', data: { first: text(first) } }],
      });
    }
  },
};

// figure/percent-point: the difference between two percentages is measured in percentage
// points. "从5%提高到8%，提高了3%" says 3 percent of 5% (0.15 points); the writer meant
// "提高了3个百分点". A change counted in 个百分比, a unit that does not exist, is reported too.

import type { Rule } from '../../types';
import { figureIndex, type Figure } from '../../figures/numbers';

const CHANGE = '(?:提高|上升|增长|增加|提升|下降|降低|减少|回落|下滑|缩小|扩大)';
const FROM_BEFORE = /[从由]\s*$/;
const FROM_TO = new RegExp(`^[^。；！？\\n%]{0,12}?${CHANGE}(?:了)?(?:到|至)\\s*$`);
const BY = new RegExp(`^[^。；！？\\n%]{0,12}?${CHANGE}(?:了)?\\s*$`);
/** A rate stated as a level: 就诊率达到90.5%, 占比为32%. */
const RATE_BEFORE = /(?:率|占比|比重|比例)(?:达到|达|为|是|保持在|提高到|上升到|下降到|降至|升至)?\s*$/;
/**
 * A change counted in 个百分比 (增长了12.5个百分比): no such unit exists; the writer meant points
 * (个百分点) or a relative change (%). The verb before it (a change, or 高出/高于/低于) keeps
 * 三个百分比指标 (three percentages) out.
 */
const PERCENTAGE_COUNT = new RegExp(`(?:${CHANGE}|高出|低出|高于|低于)(?:了)?(?:约|近|超过)?\\s*([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十]+)(个百分比)`, 'g');
/** Then its change on last year in the next clause: ，较去年同期提高了2.1%. */
const RATE_CHANGE = new RegExp(`^[，,]\\s*(?:较|比|同比)(?:去年|上年|上一年|上年度)?(?:同期)?${CHANGE}(?:了)?\\s*$`);

export const percentPoint: Rule = {
  meta: {
    id: 'figure/percent-point',
    title: { zh: '百分点误写为百分比', en: 'Percent written for percentage points' },
    description: {
      zh: '两个百分比之差用“个百分点”表示：“从5%提高到8%”是提高了3个百分点，写“提高了3%”就成了在5%的基础上增长3%。“增长了12.5个百分比”用了不存在的单位，应为“个百分点”或“%”。',
      en: 'The difference of two percentages is in percentage points: from 5% to 8% is a rise of 3 points; "提高了3%" would mean 3 percent of 5%. "增长了12.5个百分比" counts in a unit that does not exist: write 个百分点 or %.',
    },
    source: {
      zh: '统计用语规范：百分点是百分比之间的差值单位（国家统计局统计术语解释）',
      en: 'Statistical usage: a percentage point is the unit for the difference of two percentages (National Bureau of Statistics glossary)',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      percentForPoint: {
        zh: '从{from}%到{to}%相差{diff}个百分点，这里写成了“{text}”：百分比之差应写作“{fixed}”。',
        en: 'From {from}% to {to}% is a difference of {diff} percentage points, written here as "{text}": write "{fixed}".',
      },
      rateChange: {
        zh: '比率与上年相比的变化一般用百分点表示：“{text}”若指比率本身的升降，应写作“{fixed}”。',
        en: 'A rate\'s change on last year is usually given in percentage points: if "{text}" is the change of the rate itself, write "{fixed}".',
      },
      percentageCount: {
        zh: '没有“个百分比”这个单位：比率的升降写“{points}”，相对增幅写“{percent}”。',
        en: 'There is no unit 个百分比: a change of a rate is "{points}", a relative change "{percent}".',
      },
      usePoint: {
        zh: '改为“{fixed}”',
        en: 'Write "{fixed}"',
      },
    },
    examples: {
      bad: [{ text: '建档率从85%提高到90%，提高了5%。\n' }, { text: '资助人数增长了12.5个百分比。\n' }],
      good: [{ text: '建档率从85%提高到90%，提高了5个百分点。\n' }, { text: '收入从200万元增长到210万元，增长了5%。\n' }, { text: '表中三个百分比指标均已核实。\n' }],
    },
    limits: [
      {
        zh: '只在同一句里写明“从a%…到b%”、随后又写“提高/下降了c%”且c恰为两者之差时报告；c也等于相对变化率时（两种读法相同）不报。',
        en: 'Reported only when one sentence states "from a% … to b%" and then "rose/fell by c%" with c exactly the difference; when c is also the relative change, both readings agree and nothing is reported.',
      },
      {
        zh: '只写出比率的现值、下一分句写“较去年（同期）提高了c%”的（“就诊率达到90.5%，较去年同期提高了2.1%”），无法用算术核对，c%也可能是相对增幅，因此只作提示（info）。比率指以“率”“占比”“比重”“比例”结尾的指标。',
        en: 'When only the rate\'s present level is given and the next clause says "较去年（同期）提高了c%" (就诊率达到90.5%，较去年同期提高了2.1%), no arithmetic can settle it and c% may be a relative change, so it is reported as info only. A rate is an indicator ending in 率, 占比, 比重 or 比例.',
      },
      {
        zh: '“个百分比”只在前面紧接升降动词（提高、增长、下降、高出、低于等，可带“了”“约”“近”“超过”）时报告，“三个百分比指标”之类指几个比率的说法不报。该改成百分点还是百分数要看原意，所以只给两个建议，不自动修复。',
        en: '个百分比 is reported only right after a verb of change (提高, 增长, 下降, 高出, 低于 …, with 了, 约, 近 or 超过 allowed between), so 三个百分比指标 (three percentages) is left alone. Whether points or percent was meant depends on the sense, so both are offered as suggestions and nothing is fixed automatically.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const percents = ctx.doc.get(figureIndex).figures.filter((f) => f.percent === 'percent');
    for (let i = 2; i < percents.length; i++) {
      const [a, b, c] = [percents[i - 2], percents[i - 1], percents[i]];
      if (!FROM_BEFORE.test(masked.slice(Math.max(0, a.start - 3), a.start))) continue;
      if (!FROM_TO.test(masked.slice(a.end, b.start)) || !BY.test(masked.slice(b.end, c.start))) continue;
      const diff = round(Math.abs(b.value - a.value));
      if (Math.abs(diff - c.value) > 1e-9 || a.value === 0) continue;
      // If c is also the relative change, "c%" is right either way.
      if (Math.abs((Math.abs(b.value - a.value) / a.value) * 100 - c.value) < 1e-6) continue;
      report(ctx, masked, a, b, c, diff);
    }
    // A rate's change on last year: 就诊率达到90.5%，较去年同期提高了2.1%. No earlier value is
    // given, so the arithmetic cannot settle it; a rate's change is almost always meant in points,
    // but "2.1%" can be a relative change, hence the lower severity.
    for (let i = 1; i < percents.length; i++) {
      const [level, change] = [percents[i - 1], percents[i]];
      if (level.approx.length || change.approx.length) continue;
      if (!RATE_BEFORE.test(masked.slice(Math.max(0, level.start - 8), level.start))) continue;
      if (!RATE_CHANGE.test(masked.slice(level.end, change.start))) continue;
      const fixed = `${masked.slice(change.numberStart, change.unit!.start)}个百分点`;
      ctx.report({
        start: change.numberStart,
        end: change.unit!.end,
        messageId: 'rateChange',
        data: { text: masked.slice(change.numberStart, change.unit!.end), fixed },
        severity: 'info',
        suggestions: [{ messageId: 'usePoint', data: { fixed }, edits: [{ start: change.unit!.start, end: change.unit!.end, text: '个百分点' }] }],
      });
    }
    for (const m of masked.matchAll(PERCENTAGE_COUNT)) {
      const numberStart = m.index + m[0].length - m[1].length - m[2].length;
      const unitStart = numberStart + m[1].length;
      const end = unitStart + m[2].length;
      const points = `${m[1]}个百分点`;
      // 两 counts things; as a numeral of its own, in 百分之二, it is 二.
      const percent = /^[0-9０-９]/.test(m[1]) ? `${m[1]}%` : `百分之${m[1].replace(/两/g, '二')}`;
      ctx.report({
        start: numberStart,
        end,
        messageId: 'percentageCount',
        data: { points, percent },
        suggestions: [
          { messageId: 'usePoint', data: { fixed: points }, edits: [{ start: unitStart, end, text: '个百分点' }] },
          { messageId: 'usePoint', data: { fixed: percent }, edits: [{ start: numberStart, end, text: percent }] },
        ],
      });
    }
  },
};

function report(ctx: Parameters<Rule['check']>[0], masked: string, a: Figure, b: Figure, c: Figure, diff: number): void {
  const unit = c.unit!;
  const text = masked.slice(c.numberStart, unit.end);
  const fixed = `${masked.slice(c.numberStart, unit.start)}个百分点`;
  ctx.report({
    start: c.numberStart,
    end: unit.end,
    messageId: 'percentForPoint',
    data: { from: a.value, to: b.value, diff, text, fixed },
    suggestions: [{ messageId: 'usePoint', data: { fixed }, edits: [{ start: unit.start, end: unit.end, text: '个百分点' }] }],
  });
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

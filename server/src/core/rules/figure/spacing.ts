// figure/spacing: a stray space inside a figure or date (3月27 日, 19300 ㎡, 2023 年). In
// Chinese text a number and its unit, and the parts of a date, are written together; a space
// there is left over from editing or from a table pasted as text.

import type { Rule } from '../../types';
import { isArabicDigit, matchesWhere, UNIT_OR_DATE_SUFFIX } from '../../figures/scanText';

// Digits not preceded by a space (a deliberate "共 300 人" style puts spaces on both sides),
// then spaces, then a unit, percent sign or date suffix written in Chinese or as a CJK symbol.
const SPACE_BEFORE_UNIT = new RegExp(`(?<![0-9０-９.．,\\s\\u0000A-Za-z])[0-9０-９]+(?:[.．][0-9０-９]+)?([ \\t\\u3000\\u00a0]+)(?=${UNIT_OR_DATE_SUFFIX})`, 'g');
// A space after 年 or 月 inside a date: 2023年 3月, 3月 27日.
/** Read with `matchesWhere`: the spaces must follow a digit and 年 or 月. */
const SPACE_IN_DATE = /([ \t\u3000\u00a0]+)(?=[0-9０-９]{1,2}[月日号])/g;

export const spacing: Rule = {
  meta: {
    id: 'figure/spacing',
    title: { zh: '数字、日期内的多余空格', en: 'Stray space inside a figure or date' },
    description: {
      zh: '数字与其后的单位、百分号，以及日期的年、月、日之间不应有空格（3月27 日、19300 ㎡）。',
      en: 'No space between a number and its unit or percent sign, nor between the parts of a date (3月27 日, 19300 ㎡).',
    },
    source: {
      zh: '公文排版惯例：数字与汉字单位连写（GB/T 15835-2011 示例均连写）；可关闭',
      en: 'Typesetting convention: a number is written next to its Chinese unit (as in every example of GB/T 15835-2011); can be turned off',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      stray: {
        zh: '“{text}”中间有多余空格：数字与单位、日期各部分应连写（排版惯例，GB/T 15835-2011 的示例均连写），改为“{fixed}”。',
        en: '"{text}" has a stray space: a number and its unit, and the parts of a date, are written together (typesetting convention; GB/T 15835-2011 writes them together); write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '于3月27 日完成验收，新建用房19300 ㎡。\n' }],
      good: [{ text: '于3月27日完成验收，新建用房19300㎡。\n' }, { text: '凝心聚力谋发展 实干担当开新局，共 300 人参加。\n' }],
    },
    limits: [
      {
        zh: '数字两侧都有空格（“共 300 人”）是中西文混排的排版风格，不报；拉丁字母单位（km、kg）按国际惯例可与数字空开，不报；数字之间的空格（19 300 千分空）不报。',
        en: 'Spaces on both sides of a number ("共 300 人") are a deliberate mixed-script style; Latin unit symbols (km, kg) may be spaced per SI; spaces between digit groups (19 300) are allowed and left alone.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const m of masked.matchAll(SPACE_BEFORE_UNIT)) {
      const spaceStart = m.index + m[0].length - m[1].length;
      report(ctx, masked, m.index, spaceStart, spaceStart + m[1].length, spaceStart + m[1].length + 1);
    }
    for (const m of matchesWhere(masked, SPACE_IN_DATE, (at) => (masked[at - 1] === '年' || masked[at - 1] === '月') && isArabicDigit(masked[at - 2]))) {
      const digitsBefore = /[0-9０-９]{1,4}[年月]$/.exec(masked.slice(Math.max(0, m.index - 5), m.index))![0];
      const spaceEnd = m.index + m[1].length;
      const nextPart = /^[0-9０-９]{1,2}[月日号]/.exec(masked.slice(spaceEnd, spaceEnd + 3))![0];
      report(ctx, masked, m.index - digitsBefore.length, m.index, spaceEnd, spaceEnd + nextPart.length);
    }
  },
};

/** Reports the figure from `start` to `end` (through the unit or date part after the space). */
function report(ctx: Parameters<Rule['check']>[0], masked: string, start: number, spaceStart: number, spaceEnd: number, end: number): void {
  const text = masked.slice(start, end);
  const fixed = masked.slice(start, spaceStart) + masked.slice(spaceEnd, end);
  ctx.report({ start, end, messageId: 'stray', data: { text, fixed }, fix: [{ start: spaceStart, end: spaceEnd, text: '' }] });
}

// figure/spacing: a stray space inside a figure or date (3月27 日, 19300 ㎡, 2023 年). In
// Chinese text a number and its unit, and the parts of a date, are written together; a space
// there is left over from editing or from a table pasted as text.

import type { Rule } from '../../types';
import { charBefore, isArabicDigit, isLatinLetter, matchesWhere, UNIT_OR_DATE_SUFFIX } from '../../figures/scanText';
import { figureIndex } from '../../figures/numbers';

// Digits not preceded by a space (a deliberate "共 300 人" style puts spaces on both sides),
// then spaces, then a unit, percent sign or date suffix written in Chinese or as a CJK symbol.
const SPACE_BEFORE_UNIT = new RegExp(`(?<![0-9０-９.．,\\s\\u0000A-Za-z])[0-9０-９]+(?:[.．][0-9０-９]+)?([ \\t\\u3000\\u00a0]+)(?=${UNIT_OR_DATE_SUFFIX})`, 'g');
// A percent or permille sign belongs to its number whatever the style around it: 增长 6.5 % has
// a stray space even where spaces around numbers are the house style.
const SPACE_BEFORE_SIGN = /(?<![0-9０-９.．,A-Za-z])(?<![A-Za-z][ \t])[0-9０-９]+(?:[.．][0-9０-９]+)?([ \t\u3000\u00a0]+)(?=[%％‰])/g;
// After a figure (共300人, 增长5%), spaces and then a half-width comma or colon belong to
// neither. A ratio or time spaced on both sides (3 : 1, 10 : 30) is a style, and left alone.
const SPACE_BEFORE_MARK = /^([ \t\u3000\u00a0]+)[,:](?![ \t]*[0-9０-９])/;
// Spaces on both sides of a number between Chinese words (共 300 人): a mixed-script style that
// many templates allow; reported only with the option "around": "report".
const SPACES_AROUND = /(?<=[\u4e00-\u9fff])([ \t\u3000\u00a0]+)([0-9０-９]+(?:[.．][0-9０-９]+)?)([ \t\u3000\u00a0]+)(?=[\u4e00-\u9fff])/g;
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
    options: {
      around: {
        type: 'string',
        enum: ['allow', 'report'],
        default: 'allow',
        description: {
          zh: '数字两侧都有空格（“共 300 人”）："allow" 视为中西文混排风格不报；"report" 按多余空格报告并删除（许多公文模板要求连写）。',
          en: 'Spaces on both sides of a number ("共 300 人"): "allow" treats them as a deliberate mixed-script style; "report" reports and removes them (many 公文 templates require numbers written tight).',
        },
      },
    },
    messages: {
      around: {
        zh: '“{text}”数字两侧有空格：数字与汉字连写，改为“{fixed}”。',
        en: '"{text}" has spaces around the number: write it next to the Chinese text, as "{fixed}".',
      },
      stray: {
        zh: '“{text}”中间有多余空格：改为“{fixed}”。',
        en: '"{text}" has a stray space: write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '于3月27 日完成验收，新建用房19300 ㎡。\n' }, { text: '门诊量增长 6.5 %，共300人 ,其中党员120人。\n' }],
      good: [{ text: '于3月27日完成验收，新建用房19300㎡。\n' }, { text: '凝心聚力谋发展 实干担当开新局，共 300 人参加。\n' }],
    },
    limits: [
      {
        zh: '数字两侧都有空格（“共 300 人”）是中西文混排的排版风格，不报；拉丁字母单位（km、kg）按国际惯例可与数字空开，不报；数字之间的空格（19 300 千分空）不报。',
        en: 'Spaces on both sides of a number ("共 300 人") are a deliberate mixed-script style; Latin unit symbols (km, kg) may be spaced per SI; spaces between digit groups (19 300) are allowed and left alone.',
      },
      {
        zh: '百分号“%”“‰”属于数字本身，前面的空格在任何排版风格下都报告；数字后、半角逗号或冒号前的空格报告，但两侧都有空格的比例、时刻（3 : 1、10 : 30）不报。数字两侧的空格可用 around 选项改为报告。',
        en: 'A % or ‰ sign belongs to its number, so a space before it is reported in any style; a space between a figure and a half-width comma or colon is reported, but a ratio or time spaced on both sides (3 : 1, 10 : 30) is not. Set the around option to "report" to report spaces on both sides of a number.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const m of masked.matchAll(SPACE_BEFORE_UNIT)) {
      const spaceStart = m.index + m[0].length - m[1].length;
      report(ctx, masked, m.index, spaceStart, spaceStart + m[1].length, spaceStart + m[1].length + 1);
    }
    for (const m of masked.matchAll(SPACE_BEFORE_SIGN)) {
      const spaceStart = m.index + m[0].length - m[1].length;
      report(ctx, masked, m.index, spaceStart, spaceStart + m[1].length, spaceStart + m[1].length + 1);
    }
    for (const f of ctx.doc.get(figureIndex).figures) {
      const gap = SPACE_BEFORE_MARK.exec(masked.slice(f.end, f.end + 10));
      // Latin text around (120 ,000 visits) follows its own conventions.
      if (!gap || isLatinLetter(charBefore(masked, f.start - 1))) continue;
      report(ctx, masked, f.numberStart, f.end, f.end + gap[1].length, f.end + gap[1].length + 1);
    }
    if (ctx.options.around === 'report') {
      for (const m of masked.matchAll(SPACES_AROUND)) {
        const numberStart = m.index + m[1].length;
        const numberEnd = numberStart + m[2].length;
        const end = numberEnd + m[3].length;
        const text = masked.slice(m.index - 1, end + 1);
        ctx.report({
          start: m.index,
          end: end,
          messageId: 'around',
          data: { text, fixed: masked[m.index - 1] + m[2] + masked[end] },
          fix: [
            { start: m.index, end: numberStart, text: '' },
            { start: numberEnd, end, text: '' },
          ],
        });
      }
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

// figure/decimal-mark: a decimal point typed as 。 ， 、 or the full-width ． inside one number
// (38。9万, 99，6%). Only "." separates the integer and fractional parts of a number.

import type { Rule } from '../../types';

// Integer digits, a wrong mark, one or two digits, then a multiplier or percent sign that shows
// the digits after the mark belong to the same number. 0.61、2.46 (two decimals in a list) and
// a year before a sentence-ending 。 do not match.
// The middle dot (· and its look-alikes ・ ‧) is read the same way: 增长3·5% is a decimal, but
// the 间隔号 of an event's date (“7·15”专项行动, 8·8全民健身日) is followed by no such sign.
const WRONG_MARK = /(?<![0-9０-９.．·・‧])([0-9０-９]+)([。，、·・‧])([0-9０-９]{1,2})(?=[%％‰万亿])/g;
// The full-width full stop between digits is always a decimal point written full-width,
// unless it separates parts of a dotted date or a section number (2023．1．5, 3．2．1).
const FULL_WIDTH_POINT = /(?<![0-9０-９.．])([0-9０-９]+)(．)([0-9０-９]+)(?![0-9０-９.．])/g;

export const decimalMark: Rule = {
  meta: {
    id: 'figure/decimal-mark',
    title: { zh: '小数点误用标点', en: 'Wrong decimal mark' },
    description: {
      zh: '小数点只能用“.”；把句号“。”、逗号“，”、顿号“、”、间隔号“·”或全角“．”打在一个数的中间（38。9万、99，6%、3·5%）是录入错误。',
      en: 'Only "." is a decimal point; 。 ， 、 the middle dot · or a full-width ． inside one number (38。9万, 99，6%, 3·5%) is a typing slip.',
    },
    source: {
      zh: 'GB/T 15835-2011《出版物上数字用法》第5章（小数点用“.”）',
      en: 'GB/T 15835-2011, clause 5 (the decimal point is ".")',
    },
    severity: 'error',
    fixable: true,
    // A full stop or comma typed inside one number is a slip in any language.
    appliesTo: 'any',
    messages: {
      wrongMark: {
        zh: '“{text}”中的“{mark}”用作了小数点：小数点应为“.”（GB/T 15835-2011），改为“{fixed}”。',
        en: '"{mark}" in "{text}" is used as a decimal point: the decimal point is "." (GB/T 15835-2011); write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '全年接诊38。9万人次，满意度99，6%。\n' }, { text: '门诊量增长3·5%。\n' }],
      good: [{ text: '指标分别为0.61、2.46，全年接诊38.9万人次。\n' }, { text: '截至2023年。9月起实施新办法。\n' }, { text: '开展“7·15”专项行动和8·8全民健身日活动。\n' }],
    },
    limits: [
      {
        zh: '只有标点后是一两位数字并紧接“%”“‰”“万”“亿”时才认定为小数点；两个并列的数（0.61、2.46）、句末数字后接新句子都不报。',
        en: 'A mark counts as a decimal point only when one or two digits and then % ‰ 万 or 亿 follow it; two numbers in a list (0.61、2.46) and a number that ends a sentence are left alone.',
      },
      {
        zh: '间隔号“·”在事件日期里是正确写法（“7·15”专项行动、8·8全民健身日、5·12汶川地震），其后不接“%”“万”等，不报。',
        en: 'The middle dot is correct in the date of an event (“7·15”专项行动, 8·8全民健身日, 5·12汶川地震), which no % or 万 follows; such dates are left alone.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const pattern of [WRONG_MARK, FULL_WIDTH_POINT]) {
      for (const m of masked.matchAll(pattern)) {
        // A year (2023，5%…) before a comma is a sentence boundary, not a decimal.
        if (pattern === WRONG_MARK && m[1].length >= 4) continue;
        // "1．5家医院" at the start of a line or sentence is an outline number, not a decimal.
        if (pattern === FULL_WIDTH_POINT && /^[\n\r\u0000。；：:;！？]?$/.test(masked[m.index - 1] ?? '')) continue;
        const at = m.index + m[1].length;
        const text = m[0];
        const fixed = `${m[1]}.${m[3]}`;
        ctx.report({
          start: m.index,
          end: m.index + text.length,
          messageId: 'wrongMark',
          data: { text, mark: m[2], fixed },
          fix: [{ start: at, end: at + 1, text: '.' }],
        });
      }
    }
  },
};

// docno/spacing: a document number is written without spaces (县卫发〔2024〕15号). Spaces inside
// one come from typing it by hand or pasting it from a table, and split the number in the layout.

import { docnoIndex } from '../../docno';
import type { Rule } from '../../types';

export const spacing: Rule = {
  meta: {
    id: 'docno/spacing',
    title: { zh: '发文字号内不加空格', en: 'No spaces inside a document number' },
    description: {
      zh: '发文字号“机关代字〔年份〕序号号”连写，机关代字与“〔”之间、“〕”与序号之间不加空格。',
      en: 'A document number (机关代字〔年份〕序号号) is written as one unit: no space between the agency code and 〔, nor between 〕 and the serial.',
    },
    source: {
      zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5 规定的发文字号组成（机关代字、年份、发文顺序号依次连写）',
      en: 'GB/T 9704-2012 7.2.5: a document number is the agency code, the year and the serial written in sequence',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      space: {
        zh: '发文字号“{number}”中间有多余空格：应连写为“{fixed}”。',
        en: 'Document number "{number}" has a stray space inside: write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '按照县卫发 〔2024〕15号文件要求执行。\n' }, { text: '按照县卫发〔2024〕 15号文件要求执行。\n' }],
      good: [{ text: '按照县卫发〔2024〕15号文件要求执行。\n' }, { text: '以上工作按照县政府 （2024） 的安排执行。\n' }],
    },
    limits: [
      {
        zh: '机关代字与括号之间的空格只在六角括号“〔”前识别：普通括号前的空格多是正文里的停顿。序号与“号”之间的空格（15 号）由 figure/spacing 报告。',
        en: 'A space before the year bracket is read only before 〔: before an ordinary bracket it is usually a pause in prose. A space between the serial and 号 (15 号) is reported by figure/spacing.',
      },
    ],
  },
  check(ctx) {
    for (const n of ctx.doc.get(docnoIndex).numbers) {
      if (!n.spaces) continue;
      let fixed = n.text;
      for (const s of [...n.spaces].reverse()) fixed = fixed.slice(0, s.start - n.start) + fixed.slice(s.end - n.start);
      fixed = fixed.replace(/[ \t\u3000]+号$/, '号');
      ctx.report({
        start: n.start,
        end: n.end,
        messageId: 'space',
        data: { number: n.text, fixed },
        fix: n.spaces.map((s) => ({ start: s.start, end: s.end, text: '' })),
      });
    }
  },
};

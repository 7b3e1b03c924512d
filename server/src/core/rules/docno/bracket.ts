// docno/bracket: the year of a document number sits in 六角括号 〔〕, not in [] 【】 （） or others.

import { docnoIndex, HEX_CLOSE, HEX_OPEN } from '../../docno';
import type { Rule } from '../../types';

export const bracket: Rule = {
  meta: {
    id: 'docno/bracket',
    title: { zh: '发文字号年份用六角括号', en: 'Document number year in 〔〕' },
    description: {
      zh: '发文字号中的年份用六角括号“〔〕”括入，不用方括号“[]”“［］”、方头括号“【】”、圆括号“（）”“()”或尖括号“〈〉”等。',
      en: 'The year of a document number (发文字号) is enclosed in tortoise-shell brackets 〔〕, not in [], ［］, 【】, （）, () or 〈〉.',
    },
    source: {
      zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5：年份应标全称，用六角括号“〔〕”括入',
      en: 'GB/T 9704-2012 7.2.5: the year is written in full and enclosed in 〔〕',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      wrongBrackets: {
        zh: '发文字号“{number}”的年份用了“{found}”：GB/T 9704-2012 7.2.5 规定年份用六角括号括入，应写作“{fixed}”。',
        en: 'Document number "{number}" encloses its year in "{found}": GB/T 9704-2012 7.2.5 requires 〔〕; write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '按照《关于做好春季防疫工作的通知》（省卫发[2023]12号）要求，认真抓好落实。\n' }, { text: '根据市卫健委【2024】3号文件精神，制定本方案。\n' }],
      good: [{ text: '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕12号）要求，认真抓好落实。\n' }, { text: '【2023】年度重点工作回顾\n' }],
    },
    limits: [
      {
        zh: '只在有机关代字、4 位年份（19xx/20xx）、序号和“号”字时才认作发文字号：普通括号里的年份（如“（2021—2025年）”）、网页上的“【大】【中】【小】”、作小标题用的“【2023】”都不报。',
        en: 'A year in ordinary brackets counts as a document number only with an agency code, a four-digit year (19xx/20xx), a serial and 号: years such as （2021—2025年）, web buttons 【大】【中】【小】 and section tags 【2023】 are left alone.',
      },
      {
        zh: '只有一边是六角括号、另一边缺失或用错的情况由 docno/unclosed 报告，本规则不重复。',
        en: 'When one side is 〔 or 〕 and the other is missing or wrong, docno/unclosed reports it instead.',
      },
    ],
  },
  check(ctx) {
    for (const n of ctx.doc.get(docnoIndex).numbers) {
      if (!n.open || !n.close || n.open.text === HEX_OPEN || n.close.text === HEX_CLOSE) continue;
      const fixed = `${n.agency.text}${HEX_OPEN}${n.year.text}${n.yearMark?.text ?? ''}${HEX_CLOSE}${n.ordinal?.text ?? ''}${n.serial.text}${n.hao?.text ?? ''}`;
      ctx.report({
        start: n.open.start,
        end: n.close.end,
        messageId: 'wrongBrackets',
        data: { number: n.text, found: n.open.text + n.close.text, fixed },
        fix: [
          { start: n.open.start, end: n.open.end, text: HEX_OPEN },
          { start: n.close.start, end: n.close.end, text: HEX_CLOSE },
        ],
      });
    }
  },
};

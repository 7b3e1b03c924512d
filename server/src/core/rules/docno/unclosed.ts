// docno/unclosed: a 〔 without its 〕, or a 〕 without its 〔, in a document number — the other
// bracket missing or a wrong one (〔2023]  〔2023）  （2023〕).

import { docnoIndex, HEX_CLOSE, HEX_OPEN } from '../../docno';
import type { Report, Rule } from '../../types';

export const unclosed: Rule = {
  meta: {
    id: 'docno/unclosed',
    title: { zh: '发文字号六角括号不成对', en: 'Unpaired 〔〕 in a document number' },
    description: {
      zh: '发文字号年份的六角括号必须成对：有“〔”就要有“〕”，反之亦然；另一半缺失或错用成“]”“）”等都要改正。',
      en: 'The tortoise-shell brackets around a document number’s year come in pairs: a 〔 needs its 〕 and the reverse; a missing half or a wrong one such as ] or ） is reported.',
    },
    source: {
      zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5：年份用六角括号“〔〕”括入',
      en: 'GB/T 9704-2012 7.2.5: the year is enclosed in 〔〕',
    },
    severity: 'error',
    fixable: true,
    messages: {
      missingClose: {
        zh: '发文字号“{number}”的“〔”没有对应的“〕”：GB/T 9704-2012 7.2.5 规定年份用成对的六角括号括入，应写作“{fixed}”。',
        en: 'Document number "{number}" opens 〔 but never closes it: GB/T 9704-2012 7.2.5 encloses the year in a pair of 〔〕; write "{fixed}".',
      },
      wrongClose: {
        zh: '发文字号“{number}”以“〔”开头却以“{found}”结束：六角括号应成对使用（GB/T 9704-2012 7.2.5），应写作“{fixed}”。',
        en: 'Document number "{number}" opens with 〔 but closes with "{found}": the brackets must pair (GB/T 9704-2012 7.2.5); write "{fixed}".',
      },
      missingOpen: {
        zh: '发文字号“{number}”有“〕”而缺少“〔”：GB/T 9704-2012 7.2.5 规定年份用成对的六角括号括入，应写作“{fixed}”。',
        en: 'Document number "{number}" closes with 〕 but has no 〔: GB/T 9704-2012 7.2.5 encloses the year in a pair of 〔〕; write "{fixed}".',
      },
      wrongOpen: {
        zh: '发文字号“{number}”以“{found}”开头却以“〕”结束：六角括号应成对使用（GB/T 9704-2012 7.2.5），应写作“{fixed}”。',
        en: 'Document number "{number}" opens with "{found}" but closes with 〕: the brackets must pair (GB/T 9704-2012 7.2.5); write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '按照省卫健委（省卫发〔2023]5号）要求开展工作。\n' }, { text: '根据省卫发〔2023 5号文件精神，制定本方案。\n' }],
      good: [{ text: '按照省卫健委（省卫发〔2023〕5号）要求开展工作。\n' }, { text: '规划期为〔2023—2025年〕。\n' }],
    },
    limits: [
      {
        zh: '只检查能认出机关代字、年份、序号和“号”字的发文字号；孤立的“〔”或“〕”（如引文中的补字）不报。',
        en: 'Only document numbers with an agency code, a year, a serial and 号 are checked; a lone 〔 or 〕 elsewhere (an editorial insertion, say) is left alone.',
      },
      {
        zh: '两边都不是六角括号时由 docno/bracket 报告。',
        en: 'When neither bracket is 〔〕, docno/bracket reports it instead.',
      },
    ],
  },
  check(ctx) {
    for (const n of ctx.doc.get(docnoIndex).numbers) {
      const openHex = n.open?.text === HEX_OPEN;
      const closeHex = n.close?.text === HEX_CLOSE;
      if (openHex === closeHex) continue;
      const yearEnd = n.yearMark ? n.yearMark.end : n.year.end;
      const fixed = `${n.agency.text}${HEX_OPEN}${n.year.text}${n.yearMark?.text ?? ''}${HEX_CLOSE}${n.ordinal?.text ?? ''}${n.serial.text}${n.hao?.text ?? ''}`;
      const data = { number: n.text, fixed, found: '' };
      let report: Report;
      if (openHex && !n.close) {
        // Spaces standing where the 〕 belongs become the 〕; after a 年 they are left alone, since
        // “2023年 5号” also reads as a date with a stray space, which figure/spacing fixes.
        const replaceGap = n.gap && !n.yearMark;
        const edit = replaceGap ? { start: n.gap!.start, end: n.gap!.end, text: HEX_CLOSE } : { start: yearEnd, end: yearEnd, text: HEX_CLOSE };
        report = { start: n.open!.start, end: replaceGap ? n.gap!.end : yearEnd, messageId: 'missingClose', data, fix: [edit] };
      } else if (openHex) {
        const close = n.close!;
        report = { start: n.open!.start, end: close.end, messageId: 'wrongClose', data: { ...data, found: close.text }, fix: [{ start: close.start, end: close.end, text: HEX_CLOSE }] };
      } else if (!n.open) {
        report = { start: n.year.start, end: n.close!.end, messageId: 'missingOpen', data, fix: [{ start: n.year.start, end: n.year.start, text: HEX_OPEN }] };
      } else {
        const open = n.open;
        report = { start: open.start, end: n.close!.end, messageId: 'wrongOpen', data: { ...data, found: open.text }, fix: [{ start: open.start, end: open.end, text: HEX_OPEN }] };
      }
      ctx.report(report);
    }
  },
};

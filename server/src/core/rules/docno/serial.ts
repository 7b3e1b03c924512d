// docno/serial: the serial of a document number has no 第, no leading zero, and ends in 号.

import { docnoIndex, usesOrdinalByCustom } from '../../docno';
import type { Rule } from '../../types';

/** A serial followed by another serial (1、2号, 1至3号) is one of a list: its 号 comes later. */
const LIST_CONTINUES = /^[、，,至到～~\-—－和及][ \u3000]*第?\d/;

export const serial: Rule = {
  meta: {
    id: 'docno/serial',
    title: { zh: '发文顺序号写法', en: 'Document number serial' },
    description: {
      zh: '发文字号的顺序号不加“第”字，不编虚位（1 不编为 01），数字后加“号”字。',
      en: 'The serial of a document number takes no 第, no leading zero (1, not 01), and is followed by 号.',
    },
    source: {
      zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5：发文顺序号不加“第”字，不编虚位（即 1 不编为 01），在阿拉伯数字后加“号”字',
      en: 'GB/T 9704-2012 7.2.5: the serial takes no 第, no padding zero (1 is not written 01), and 号 follows the digits',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      ordinal: {
        zh: '发文字号“{number}”的顺序号前多了“第”字：GB/T 9704-2012 7.2.5 规定顺序号不加“第”，应写作“{fixed}”。',
        en: 'Document number "{number}" puts 第 before its serial: GB/T 9704-2012 7.2.5 leaves it out; write "{fixed}".',
      },
      leadingZero: {
        zh: '发文字号“{number}”的顺序号“{serial}”编了虚位：GB/T 9704-2012 7.2.5 规定不编虚位（1 不编为 01），应写“{value}”。',
        en: 'Document number "{number}" pads its serial as "{serial}": GB/T 9704-2012 7.2.5 forbids padding zeros (1, not 01); write "{value}".',
      },
      missingHao: {
        zh: '发文字号“{number}”的顺序号后缺“号”字：GB/T 9704-2012 7.2.5 规定在阿拉伯数字后加“号”，应写作“{number}号”。',
        en: 'Document number "{number}" lacks 号 after its serial: GB/T 9704-2012 7.2.5 adds 号 after the digits; write "{number}号".',
      },
    },
    examples: {
      bad: [
        { text: '按照省卫发〔2023〕第5号文件要求开展工作。\n' },
        { text: '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕07号）要求，抓好落实。\n' },
        { text: '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕7）要求，抓好落实。\n' },
      ],
      good: [
        { text: '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕7号）要求，抓好落实。\n' },
        { text: '根据《市场监管总局公告〔2023〕第12号》，做好相关工作。\n' },
        { text: '省卫发〔2023〕7、8号文件已转发各单位。\n' },
      ],
    },
    limits: [
      {
        zh: '公告和令按惯例编“第N号”（如“××公告〔2023〕第1号”），机关代字以“公告”“令”结尾时不报“第”。',
        en: 'Announcements (公告) and orders (令) are numbered 第N号 by custom; when the agency code ends in 公告 or 令 the 第 is not reported.',
      },
      {
        zh: '“7、8号”“1至3号”这类合写的几个顺序号，只有最后一个带“号”，前面的不报缺“号”。',
        en: 'In a list of serials such as 7、8号 or 1至3号 only the last carries 号; the earlier ones are not reported.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const n of ctx.doc.get(docnoIndex).numbers) {
      const brackets = `${n.open?.text ?? ''}${n.year.text}${n.yearMark?.text ?? ''}${n.close?.text ?? n.gap?.text ?? ''}`;
      if (n.ordinal && !usesOrdinalByCustom(n.agency.text)) {
        ctx.report({
          start: n.ordinal.start,
          end: n.ordinal.end,
          messageId: 'ordinal',
          data: { number: n.text, fixed: `${n.agency.text}${brackets}${n.serial.value}号` },
          fix: [{ start: n.ordinal.start, end: n.ordinal.end, text: '' }],
        });
      }
      const zeros = /^0+/.exec(n.serial.text)?.[0].length ?? 0;
      if (zeros > 0 && n.serial.value > 0) {
        ctx.report({
          start: n.serial.start,
          end: n.serial.end,
          messageId: 'leadingZero',
          data: { number: n.text, serial: n.serial.text, value: n.serial.value },
          fix: [{ start: n.serial.start, end: n.serial.start + zeros, text: '' }],
        });
      }
      if (!n.hao && !LIST_CONTINUES.test(masked.slice(n.serial.end, n.serial.end + 4))) {
        ctx.report({
          start: n.serial.start,
          end: n.serial.end,
          messageId: 'missingHao',
          data: { number: n.text },
          fix: [{ start: n.serial.end, end: n.serial.end, text: '号' }],
        });
      }
    }
  },
};

// figure/fullwidth-digit: ０-９ are full-width forms from a Chinese input method. Arabic digits
// are written half-width, so that a figure looks and searches the same everywhere.

import type { Rule } from '../../types';
import { normalizeDigits } from '../../figures/scanText';

const FULL_WIDTH_RUN = /[０-９]+/g;

export const fullwidthDigit: Rule = {
  meta: {
    id: 'figure/fullwidth-digit',
    title: { zh: '全角数字', en: 'Full-width digits' },
    description: {
      zh: '阿拉伯数字应使用半角形式（0-9），不用全角“０-９”。',
      en: 'Arabic digits are written half-width (0-9), not as full-width ０-９.',
    },
    source: {
      zh: 'GB/T 15835-2011《出版物上数字用法》第5章（阿拉伯数字使用半角即二分字身的形式）',
      en: 'GB/T 15835-2011, clause 5 (Arabic digits take the half-width form)',
    },
    severity: 'warning',
    fixable: true,
    // Only a Chinese input method types ０-９, and in no language are they the digits to print.
    appliesTo: 'any',
    messages: {
      fullWidth: {
        zh: '“{text}”是全角数字：阿拉伯数字应使用半角形式（GB/T 15835-2011），改为“{fixed}”。',
        en: '"{text}" uses full-width digits: Arabic digits are half-width (GB/T 15835-2011); write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '全年完成投资１２亿元。\n' }],
      good: [{ text: '全年完成投资12亿元。\n' }],
    },
    limits: [
      {
        zh: '只检查正文；代码、链接地址等非正文内容不检查。',
        en: 'Only prose is checked; code and link destinations are left alone.',
      },
    ],
  },
  check(ctx) {
    for (const m of ctx.doc.prose.masked.matchAll(FULL_WIDTH_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const fixed = normalizeDigits(m[0]);
      ctx.report({ start, end, messageId: 'fullWidth', data: { text: m[0], fixed }, fix: [{ start, end, text: fixed }] });
    }
  },
};

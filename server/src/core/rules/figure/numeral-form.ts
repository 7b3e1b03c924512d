// figure/numeral-form: numbers that mix the two writing systems. An Arabic number takes only
// 万 and 亿 as written multipliers (3.5万, 1.2亿); 4千 or 3百万 mixes forms, and should be
// 4000 and 300万. A year written in Chinese digits uses 〇 for zero: 二〇二三年, not 二零二三年.

import type { Rule, TextEdit } from '../../types';
import { figureIndex } from '../../figures/numbers';

const MIXED = new Set(['千', '百', '千万', '百万', '十万']);
// A year written digit by digit in Chinese, with any of the zeros people type: 〇 (right), 零,
// the circle ○, the letter O or its full-width form Ｏ, the digit 0 or ０.
const YEAR_DIGIT = /^[〇零一二三四五六七八九○ＯO0０]{4}$/;
/** A year never starts right after one of these: it would be part of a longer run or a code. */
const NOT_BEFORE_CHINESE_YEAR = /[〇零一二三四五六七八九○ＯO0-9０-９A-Za-z]/;

/**
 * The four-character years written before a 年 (二〇二三年, 二零二三年), as the regex
 * `(?<![〇零…OA-Za-z])[〇零…O]{4}(?=年)` finds them, but found from each 年: searching for one
 * character is far cheaper than trying a character class at every offset of the document.
 * Two such years cannot overlap, since a 年 is not a year digit.
 */
function* chineseYears(masked: string): Generator<{ index: number; text: string }> {
  for (let year = masked.indexOf('年', 4); year >= 0; year = masked.indexOf('年', year + 1)) {
    const index = year - 4;
    const text = masked.slice(index, year);
    if (!YEAR_DIGIT.test(text)) continue;
    if (index > 0 && NOT_BEFORE_CHINESE_YEAR.test(masked[index - 1])) continue;
    yield { index, text };
  }
}
const WRONG_ZERO = '零○ＯO0０';

export const numeralForm: Rule = {
  meta: {
    id: 'figure/numeral-form',
    title: { zh: '数字形式混用', en: 'Mixed numeral forms' },
    description: {
      zh: '阿拉伯数字后只可带“万”“亿”作单位（3.5万、1.2亿），不与“千”“百”等汉字数位混写（4千→4000，3百万→300万）；汉字数字书写年份时，零应写作“〇”，不写“零”、圆圈“○”、字母“O”或阿拉伯数字“0”（二〇二三年）。',
      en: 'An Arabic number takes only 万 or 亿 as a written multiplier (3.5万, 1.2亿), never 千 or 百 (4千 → 4000, 3百万 → 300万); a year in Chinese digits writes zero as 〇, not 零, the circle ○, the letter O or the digit 0 (二〇二三年).',
    },
    source: {
      zh: 'GB/T 15835-2011《出版物上数字用法》第5章（阿拉伯数字与汉字数字的写法：可用“万”“亿”作单位，不与“千”“百”等混写；年份中的“0”用汉字写作“〇”）',
      en: 'GB/T 15835-2011, clause 5 (an Arabic number may carry 万 or 亿, not 千 or 百; zero in a year written in Chinese is 〇)',
    },
    severity: 'info',
    fixable: true,
    messages: {
      mixedMultiplier: {
        zh: '“{text}”把阿拉伯数字和“{multiplier}”混写：阿拉伯数字只可带“万”“亿”（GB/T 15835-2011），应写作“{fixed}”。',
        en: '"{text}" mixes Arabic digits with "{multiplier}": Arabic numbers take only 万 or 亿 (GB/T 15835-2011); write "{fixed}".',
      },
      yearZero: {
        zh: '年份“{text}”中的“{zero}”应写作汉字数字“〇”（GB/T 15835-2011）：“{fixed}”。',
        en: 'In the year "{text}", "{zero}" should be the Chinese zero 〇 (GB/T 15835-2011): "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '新增就业4千人，投资3百万元。\n' }, { text: '二零二三年工作总结\n' }, { text: '二0二四年一月十日\n' }],
      good: [{ text: '新增就业4000人，投资300万元，折合3.5万元，二〇二三年工作总结，全长5千米。\n' }],
    },
    limits: [
      {
        zh: '同一文中“3个”与“三个”等两种写法并存的情况很常见且常属得体选择（如固定说法、十以下的数），本规则不检查。',
        en: 'A document using both 3个 and 三个 is common and often a legitimate choice (fixed phrases, numbers under ten), so it is not checked.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const scan = ctx.doc.get(figureIndex);
    for (const f of scan.figures) {
      if (f.form !== 'arabic' || !f.multiplier || !MIXED.has(f.multiplier.text)) continue;
      const text = masked.slice(f.numberStart, f.multiplier.end);
      // 1百零8 goes on with more numerals: no single certain rewrite.
      const next = masked[f.multiplier.end] ?? '';
      const fixedText = rewrite(f.base, f.multiplier.text);
      const fix: TextEdit[] | undefined =
        fixedText && !/[0-9０-９零〇一二三四五六七八九十]/.test(next) ? [{ start: f.numberStart, end: f.multiplier.end, text: fixedText }] : undefined;
      ctx.report({
        start: f.numberStart,
        end: f.multiplier.end,
        messageId: 'mixedMultiplier',
        data: { text, multiplier: f.multiplier.text, fixed: fixedText ?? `${f.value}` },
        fix,
      });
    }
    for (const m of chineseYears(masked)) {
      const text = m.text;
      // At least two real Chinese digits, so that a code like OO12年 is not read as a year.
      // A year in Chinese digits starts with 一 or 二 (一九九八, 二〇二三); O0一二 is a code.
      if (!/^[一二]/.test(text) || !/[零○ＯO0０]/.test(text) || (text.match(/[一二三四五六七八九〇]/g) ?? []).length < 2) continue;
      const edits: TextEdit[] = [];
      for (let i = 0; i < text.length; i++) {
        if (WRONG_ZERO.includes(text[i])) edits.push({ start: m.index + i, end: m.index + i + 1, text: '〇' });
      }
      const fixed = text.replace(/[零○ＯO0０]/g, '〇');
      ctx.report({ start: m.index, end: m.index + text.length, messageId: 'yearZero', data: { text, fixed, zero: text[edits[0].start - m.index] }, fix: edits });
    }
  },
};

/** 4千 → 4000, 3百万 → 300万, 1.5千 → 1500; undefined when no exact rewrite exists. */
function rewrite(base: number, multiplier: string): string | undefined {
  const toWan = multiplier.endsWith('万');
  const factor = { 千: 1e3, 百: 1e2, 千万: 1e3, 百万: 1e2, 十万: 10 }[multiplier]!;
  const value = Math.round(base * factor * 1e6) / 1e6;
  if (!Number.isFinite(value) || base < 0) return undefined;
  return `${value}${toWan ? '万' : ''}`;
}

// outline/punctuation: the mark after an outline number. 一、 takes a 顿号, 1. a full stop on
// the baseline (下脚点), and a bracketed number (（一） （1）) takes no mark at all.

import { outlineIndex } from '../../outline/model';
import { CANONICAL_MARK } from '../../outline/markers';
import type { Rule } from '../../types';

const MARK_NAMES: Record<string, { zh: string; en: string }> = {
  '、': { zh: '顿号', en: 'enumeration comma' },
  '.': { zh: '下脚点', en: 'baseline full stop' },
};

export const punctuation: Rule = {
  meta: {
    id: 'outline/punctuation',
    title: { zh: '序号后的标点', en: 'Punctuation after outline numbers' },
    description: {
      zh: '不带括号的汉字序号后用顿号（“一、”，不写“一.”“一，”“一．”）；阿拉伯数字序号后用下脚点（“1.”，不写“1、”“1，”“1．”）；带括号的序号后不再加任何点号（“（一）”，不写“（一）、”“（1）.”）。',
      en: 'A Chinese numeral without brackets takes 、 (一、, not 一. 一， 一．); an Arabic numeral takes a baseline full stop (1., not 1、 1， 1．); a bracketed number takes no mark after it (（一）, not （一）、 or （1）.).',
    },
    source: {
      zh: 'GB/T 15834-2011《标点符号用法》关于序次语之后标点的规定；GB/T 9704-2012 7.3.3',
      en: 'GB/T 15834-2011 (Use of punctuation marks), its provisions on punctuation after ordinal markers; GB/T 9704-2012 7.3.3',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      wrongMark: {
        zh: '序号“{marker}”后应用{name}“{mark}”：{rule}（GB/T 15834-2011），请改为“{expected}”。',
        en: 'Outline number "{marker}" should be followed by "{mark}" ({nameEn}): {ruleEn} (GB/T 15834-2011); write "{expected}".',
      },
      extraMark: {
        zh: '带括号的序号“{marker}”后不加“{mark}”：带括号的序次语后不用任何点号（GB/T 15834-2011），请改为“{expected}”。',
        en: 'Bracketed outline number "{marker}" takes no "{mark}" after it: a bracketed ordinal takes no punctuation (GB/T 15834-2011); write "{expected}".',
      },
    },
    examples: {
      bad: [{ text: '一.总体要求\n' }, { text: '（一）、加强组织领导\n' }, { text: '1、健全工作机制\n' }],
      good: [{ text: '一、总体要求\n\n（一）加强组织领导\n\n1.健全工作机制\n\n（1）明确责任分工\n' }],
    },
    limits: [
      {
        zh: 'Markdown 有序列表的“1.”“1)”是 Markdown 标记，不检查；只检查识别为层次序号的位置（行首、标题开头、整篇连成一行时句末标点之后或标题后的空格之后）。连成一行的文字里只认常见写法：“一、”“（一）”“1.”，以及最常见的错写“（一）、”。',
        en: 'The "1." or "1)" of a Markdown ordered list is Markdown markup and is not checked; only places read as outline numbers are checked (line starts, heading starts, and in a run-together line after sentence marks or after the space that follows a title). In a run-together line only the usual forms are read: 一、, （一）, 1., and the commonest wrong form （一）、.',
      },
    ],
  },
  check(ctx) {
    const { text } = ctx.doc;
    for (const item of ctx.doc.get(outlineIndex).items) {
      const mark = item.form.mark;
      if (item.source === 'list' || !mark) continue;
      const canonical = CANONICAL_MARK[item.level];
      const marker = text.slice(item.start, item.end);
      if (canonical === undefined) {
        const expected = text.slice(item.start, mark.offset);
        ctx.report({ start: item.start, end: item.end, messageId: 'extraMark', data: { marker, mark: mark.char, expected }, fix: [{ start: mark.offset, end: mark.offset + 1, text: '' }] });
      } else if (mark.char !== canonical) {
        const name = MARK_NAMES[canonical];
        const chinese = item.level === 1;
        ctx.report({
          start: item.start,
          end: item.end,
          messageId: 'wrongMark',
          data: {
            marker,
            mark: canonical,
            name: name.zh,
            nameEn: name.en,
            rule: chinese ? '不带括号的汉字数字序次语后用顿号' : '不带括号的阿拉伯数字序次语后用下脚点',
            ruleEn: chinese ? 'a Chinese numeral without brackets takes 、' : 'an Arabic numeral without brackets takes a baseline full stop',
            expected: text.slice(item.start, mark.offset) + canonical,
          },
          fix: [{ start: mark.offset, end: mark.offset + 1, text: canonical }],
        });
      }
    }
  },
};

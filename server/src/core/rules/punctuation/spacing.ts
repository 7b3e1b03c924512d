// punctuation/spacing: a space before or after a full-width mark (健康 。  ， 我们  “ 四个意识”).
// A full-width mark already fills a whole character cell, its blank included (GB/T 15834-2011
// chapter 5), so a space beside it shows as a gap; it is left over from typing with an English
// habit or from a paste, and deleting it is always right.

import { MASK } from '../../markdown/prose';
import { charAfter, charBefore, isArabicDigit, isHan, isLatinLetter } from '../../figures/scanText';
import { isClosingMark, isOpeningMark, isSpace, markLabel, ownedMarks, POINT_MARKS } from '../../punctuation/marks';
import type { Rule } from '../../types';

const SPACE_RUN = /[ \t\u3000\u00a0]+/g;

export const spacing: Rule = {
  meta: {
    id: 'punctuation/spacing',
    title: { zh: '全角标点前后的空格', en: 'Space beside a full-width mark' },
    description: {
      zh: '全角标点本身占一个字的位置，前后不再加空格：“健康 。”“， 我们”““ 四个意识 ””中的空格应删去。',
      en: 'A full-width mark fills a whole character cell: no space goes before or after it. The spaces in 健康 。, ， 我们 and “ 四个意识 ” are deleted.',
    },
    source: {
      zh: 'GB/T 15834-2011《标点符号用法》第5章（标点符号各占一个字的位置）',
      en: 'GB/T 15834-2011 chapter 5 (each mark fills one character position)',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      before: {
        zh: '{labelZh}前有多余空格：全角标点前后不加空格（GB/T 15834-2011）。',
        en: 'Space before {labelEn}: a full-width mark takes no space beside it (GB/T 15834-2011).',
      },
      after: {
        zh: '{labelZh}后有多余空格：全角标点前后不加空格（GB/T 15834-2011）。',
        en: 'Space after {labelEn}: a full-width mark takes no space beside it (GB/T 15834-2011).',
      },
    },
    examples: {
      bad: [{ text: '保障人民群众身体健康 。\n' }, { text: '全面完成年度任务， 我们将继续努力。\n' }, { text: '增强“ 四个意识 ”。\n' }],
      good: [{ text: '保障人民群众身体健康。全面完成年度任务，我们将继续努力。\n' }, { text: '字号：【大】 【中】 【小】\n' }, { text: '　　各单位：\n' }],
    },
    limits: [
      {
        zh: '行首的缩进（包括两个全角空格的首行缩进）和行末的空格（Markdown 的硬换行）不报；两组括号或引号之间的空格（“【大】 【中】”“《甲》 《乙》”并列排开）和标点与“|”等符号之间的空格不报。',
        en: 'Indentation at the start of a line (two ideographic spaces included) and spaces at its end (a Markdown hard break) are left alone, and so is a space between two bracketed or quoted groups set side by side (【大】 【中】, 《甲》 《乙》) or between a mark and a sign such as |.',
      },
      {
        zh: '只在中文语境中检查（空格两侧两个字以内有汉字）；层次序号（“一、”“（一）”）后的空格归层次序号规则管，不报。空格挨着代码、链接等 Markdown 标记时不报。',
        en: 'Only Chinese context is checked (a Han character within two characters of the space); a space after an outline number (一、, （一）) belongs to the outline rules; a space next to code, a link or other Markdown markup is left alone.',
      },
      {
        zh: '整篇粘贴成一行（300 字以上、没有换行）的文档里，“。”“！”“？”“：”后的空格是丢失的分段，不报；删去它会把两段连在一起。',
        en: 'In a document pasted as one line (300 characters or more, no line break), a space after 。 ！ ？ or ： is a lost paragraph break and is left alone: deleting it would join two paragraphs.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const owned = ctx.doc.get(ownedMarks);
    const oneLine = pastedAsOneLine(ctx.doc.text);
    for (const m of masked.matchAll(SPACE_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const left = charBefore(masked, start);
      const right = charAfter(masked, end);
      if (!left || !right || isBoundary(left) || isBoundary(right) || owned.has(start - 1) || owned.has(end)) continue;
      const chineseNear = isHan(left) || isHan(right) || isHan(charBefore(masked, start - left.length)) || isHan(charAfter(masked, end + right.length));
      if (!chineseNear) continue;
      let messageId: string | undefined;
      let at = 0;
      if ((POINT_MARKS.includes(left) || isOpeningMark(left)) && (isText(right) || isOpeningMark(right))) {
        messageId = 'after';
        at = start - 1;
      } else if ((POINT_MARKS.includes(right) || isClosingMark(right)) && (isText(left) || isClosingMark(left))) {
        messageId = 'before';
        at = end;
      } else if (isClosingMark(left) && isHan(right)) {
        messageId = 'after';
        at = start - 1;
      } else if (isHan(left) && isOpeningMark(right)) {
        messageId = 'before';
        at = end;
      }
      if (!messageId) continue;
      // In a document pasted as one line, a space after a sentence or a salutation is where a
      // paragraph ended (特此报告。 县人民政府): deleting it would join the paragraphs.
      if (oneLine && messageId === 'after' && PARAGRAPH_END.includes(left)) continue;
      const markStart = Math.min(at, start);
      const markEnd = Math.max(at + 1, end);
      ctx.report({ start: markStart, end: markEnd, messageId, data: markLabel(masked[at]), fix: [{ start, end, text: '' }] });
    }
  },
};

/** Marks a paragraph may end with: after them, a one-line paste's space is a lost line break. */
const PARAGRAPH_END = '。！？：';
/** A line at least this long, alone in its document, is a whole document pasted as one line. */
const ONE_LINE_DOCUMENT = 300;

/** The whole document is one long line: pasted from a page that lost its paragraph breaks. */
function pastedAsOneLine(text: string): boolean {
  const body = text.trim();
  return body.length >= ONE_LINE_DOCUMENT && !/[\n\r]/.test(body);
}

/** Text a mark attaches to: a Han character, a Latin letter or a digit (not a | or other sign). */
function isText(c: string): boolean {
  return isHan(c) || isLatinLetter(c) || isArabicDigit(c);
}

/** A line break or a masked (non-prose) character: the space is indentation, a hard break or next to markup. */
function isBoundary(c: string): boolean {
  return c === '\n' || c === '\r' || c === MASK || isSpace(c);
}

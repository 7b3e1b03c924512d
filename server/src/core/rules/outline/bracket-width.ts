// outline/bracket-width: the brackets of （一） and （1） are full-width. A document written
// throughout with half-width (一) gets one finding (the style is consistent, one fix converts
// it all) that lists every other marker it converts as a related location, at most MAX_RELATED
// per finding; a document that mixes widths gets one finding per half-width marker.

import { outlineIndex, type OutlineItem } from '../../outline/model';
import { chunkForRelated, MAX_RELATED } from '../../outline/writing';
import type { Rule, TextEdit } from '../../types';

export const bracketWidth: Rule = {
  meta: {
    id: 'outline/bracket-width',
    title: { zh: '序号括号用全角', en: 'Full-width brackets in outline numbers' },
    description: {
      zh: '“（一）”“（1）”两级序号使用全角括号。全文一律用半角“(一)”时按篇报一次，其余各处列为相关位置；全角、半角混用时逐处报告半角的写法。',
      en: 'The （一） and （1） levels use full-width brackets. A document written throughout with half-width (一) is reported once, listing the other places as related locations; where widths are mixed, each half-width marker is reported.',
    },
    source: {
      zh: 'GB/T 9704-2012 7.3.3（层次序数写作“（一）”“（1）”）；中文行文中括号用全角，属排版惯例',
      en: 'GB/T 9704-2012 7.3.3 (levels written （一）, （1）); full-width brackets in Chinese text are a typesetting convention',
    },
    severity: 'info',
    fixable: true,
    messages: {
      documentHalfWidth: {
        zh: '全文 {count} 处层次序号使用半角括号，如“{marker}”：GB/T 9704-2012 7.3.3 写作全角“{expected}”，请统一改为全角括号。',
        en: 'All {count} bracketed outline numbers use half-width brackets, e.g. "{marker}": GB/T 9704-2012 7.3.3 writes them full-width, "{expected}"; convert them all.',
      },
      documentHalfWidthMore: {
        zh: '全文 {count} 处层次序号使用半角括号（续上一条；一条提示最多列出 {max} 处）：“{marker}”及下列各处应写作全角，如“{expected}”（GB/T 9704-2012 7.3.3）。',
        en: 'All {count} bracketed outline numbers use half-width brackets (continued; one finding lists at most {max}): write "{marker}" and the places listed here full-width, e.g. "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      convertedToo: {
        zh: '“{marker}”随之改为“{expected}”',
        en: '"{marker}" is converted to "{expected}" as well',
      },
      halfWidth: {
        zh: '序号“{marker}”使用了半角括号，与文中其他序号的全角括号不一致：应写作“{expected}”（GB/T 9704-2012 7.3.3）。',
        en: 'Outline number "{marker}" uses half-width brackets, unlike the full-width ones elsewhere in the document: write "{expected}" (GB/T 9704-2012 7.3.3).',
      },
    },
    examples: {
      bad: [
        { text: '一、主要任务\n\n(一)加强组织领导\n\n(二)健全工作机制\n', note: { zh: '全文一律半角，报一次', en: 'half-width throughout: one finding' } },
        { text: '一、主要任务\n\n（一）加强组织领导\n\n(二)健全工作机制\n' },
      ],
      good: [{ text: '一、主要任务\n\n（一）加强组织领导\n\n（二）健全工作机制\n\n注：经费(含配套资金)另行下达。\n' }],
    },
    limits: [
      {
        zh: '只看识别为层次序号的括号；正文中的半角括注（如“种植(养殖)”）不属本规则。',
        en: 'Only brackets of outline numbers are checked; a half-width parenthesis in running text ("种植(养殖)") is outside this rule.',
      },
      {
        zh: `全文一律半角时，按篇报告的那一条把其余各处列为相关位置，修复只改动列出的位置。编辑器把相关位置显示为列表，一条提示最多列出 ${MAX_RELATED} 处；序号更多时其后分条“（续）”提示，各条在同一次修复中一并改正。`,
        en: `When the whole document is half-width, the one finding lists the other markers as related locations, and its fix changes only the places it lists. The editor shows related locations as a list, so one finding lists at most ${MAX_RELATED}; a document with more gets further "(continued)" findings, all fixed in the same pass.`,
      },
    ],
  },
  check(ctx) {
    const { text } = ctx.doc;
    const bracketed = ctx.doc.get(outlineIndex).items.filter((i) => i.form.open && i.form.close);
    const half = bracketed.filter((i) => i.form.open!.char === '(' || i.form.close!.char === ')');
    if (half.length === 0) return;
    const marker = (i: OutlineItem) => text.slice(i.start, i.form.close!.offset + 1);
    const expected = (i: OutlineItem) => `（${text.slice(i.form.numberStart, i.form.numberEnd)}）`;
    if (half.length === bracketed.length) {
      chunkForRelated(half).forEach(([head, ...rest], n) => {
        ctx.report({
          start: head.start,
          end: head.form.close!.offset + 1,
          messageId: n === 0 ? 'documentHalfWidth' : 'documentHalfWidthMore',
          data: { count: half.length, max: MAX_RELATED, marker: marker(head), expected: expected(head) },
          fix: [head, ...rest].flatMap(widen),
          related: rest.map((i) => ({ start: i.start, end: i.form.close!.offset + 1, messageId: 'convertedToo', data: { marker: marker(i), expected: expected(i) } })),
        });
      });
      return;
    }
    for (const item of half) {
      ctx.report({ start: item.start, end: item.form.close!.offset + 1, messageId: 'halfWidth', data: { marker: marker(item), expected: expected(item) }, fix: widen(item) });
    }
  },
};

function widen(item: OutlineItem): TextEdit[] {
  const edits: TextEdit[] = [];
  if (item.form.open!.char === '(') edits.push({ start: item.form.open!.offset, end: item.form.open!.offset + 1, text: '（' });
  if (item.form.close!.char === ')') edits.push({ start: item.form.close!.offset, end: item.form.close!.offset + 1, text: '）' });
  return edits;
}

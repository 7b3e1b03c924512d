// outline/heading-punctuation: a heading is a title, not a sentence, so it does not end in 。.

import { trimEnd } from '../../markdown/prose';
import type { Rule } from '../../types';

const TRAILING_STOP = /[。．.]+$/;

export const headingPunctuation: Rule = {
  meta: {
    id: 'outline/heading-punctuation',
    title: { zh: '标题末尾不加句号', en: 'No full stop at the end of a heading' },
    description: {
      zh: 'Markdown 标题是独立成行的层次标题，末尾不加句号“。”。',
      en: 'A Markdown heading is a standalone outline title and does not end with a full stop (。).',
    },
    source: {
      zh: '公文写作惯例：独立成行的标题末尾不用标点（GB/T 9704-2012 对标题未规定句末标点，属惯例，可关闭）',
      en: 'Editorial convention: a title standing on its own line takes no closing punctuation (a convention, not a clause of GB/T 9704-2012; can be turned off)',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      trailingStop: {
        zh: '标题末尾不应有“{mark}”：独立成行的标题不加句末标点（公文写作惯例），请删去。',
        en: 'Heading ends with "{mark}": a standalone title takes no closing punctuation (editorial convention); remove it.',
      },
    },
    examples: {
      bad: [{ text: '## 一、总体要求。\n' }],
      good: [{ text: '## 一、总体要求\n' }, { text: '一、总体要求。要坚持问题导向。\n' }, { text: '## 一、总体要求。要坚持问题导向。\n' }],
    },
    limits: [
      {
        zh: '只检查 Markdown 标题；正文段落开头的序号标题（如“一、总体要求。”后接正文）是段中标题，句号合规，不报。',
        en: 'Only Markdown headings are checked; a numbered title that opens a paragraph ("一、总体要求。" followed by text) is a run-in title whose full stop is correct.',
      },
      {
        zh: '标题中间已有句号、问号或叹号时（整段正文被写成了标题），不报：该删哪个标点并不确定。',
        en: 'A heading with a full stop, question or exclamation mark inside it (a whole paragraph typed as a heading) is left alone: which mark to remove is not certain.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const block of ctx.doc.prose.blocks) {
      if (block.kind !== 'heading') continue;
      const text = masked.slice(block.start, trimEnd(masked, block.start, block.end));
      const m = TRAILING_STOP.exec(text);
      // A heading that ends in "..." or a numbered "1." alone is not a sentence ending.
      if (!m || m[0].length > 1 || /\d\.$/.test(text)) continue;
      // A heading holding whole sentences (a paragraph typed after ##) is not a title; which
      // mark to drop is then not certain.
      if (/[。！？!?]/.test(text.slice(0, m.index))) continue;
      const start = block.start + m.index;
      const end = start + m[0].length;
      ctx.report({ start, end, messageId: 'trailingStop', data: { mark: m[0] }, fix: [{ start, end, text: '' }] });
    }
  },
};

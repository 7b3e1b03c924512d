// docno/citation-order: a cited document is written 《标题》（发文字号）: the title first, then the
// number in full-width round brackets.

import { docnoIndex } from '../../docno';
import type { Rule, TextEdit } from '../../types';

const HALF_WIDTH_ROUND = new Set(['(', ')']);

export const citationOrder: Rule = {
  meta: {
    id: 'docno/citation-order',
    title: { zh: '引用公文先标题后文号', en: 'Cite the title before the number' },
    description: {
      zh: '引用公文时先引标题，后引发文字号，文号放在标题后的全角圆括号内：《标题》（发文字号）。',
      en: 'A cited document is written title first, then its number in full-width round brackets: 《标题》（发文字号）.',
    },
    source: {
      zh: '公文写作惯例：源自 2000 年《国家行政机关公文处理办法》关于草拟公文“引用公文应当先引标题，后引发文字号”的规定；该办法已由 2012 年《党政机关公文处理工作条例》取代，现行标准未再规定，属惯例，可关闭',
      en: 'Editorial convention, from the 2000 Measures for Handling Official Documents of State Administrative Organs ("cite the title first, then the number"); the 2012 regulation that replaced them does not restate it, so this is a convention and can be turned off',
    },
    severity: 'info',
    fixable: true,
    messages: {
      numberFirst: {
        zh: '引用公文时文号“{number}”写在了标题“{title}”之前：按惯例应先引标题，后引文号，写作“{title}（{number}）”。',
        en: 'The number "{number}" comes before the title "{title}": by convention the title comes first, as "{title}（{number}）".',
      },
      swap: {
        zh: '改为“{title}（{number}）”',
        en: 'Rewrite as "{title}（{number}）"',
      },
      brackets: {
        zh: '标题后的文号“{number}”用了“{found}”括注：按惯例用全角圆括号，写作“（{number}）”。',
        en: 'The number "{number}" after the title is enclosed in "{found}": by convention it goes in full-width round brackets, as "（{number}）".',
      },
    },
    examples: {
      bad: [
        { text: '按照省卫发〔2023〕5号《关于做好春季防疫工作的通知》要求，抓好落实。\n' },
        { text: '按照《关于做好春季防疫工作的通知》【省卫发〔2023〕5号】要求，抓好落实。\n' },
      ],
      good: [
        { text: '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕5号）要求，抓好落实。\n' },
        { text: '按照省卫发〔2023〕5号印发的《春季防疫工作方案》，抓好落实。\n' },
      ],
    },
    limits: [
      {
        zh: '文号在前、标题在后的写法只给出调换建议，不自动修改：周围的语句可能需要一并调整。',
        en: 'A number written before its title gets a suggested rewrite, not an automatic fix: the sentence around it may need rewording too.',
      },
      {
        zh: '半角圆括号“()”只在全文以全角标点为主时才报：从网页复制、标点整体转成半角的文档，括号问题属于全文标点，不逐处报告。',
        en: 'Half-width () are reported only when the document otherwise uses full-width punctuation: in a text whose marks were all turned half-width (pasted from some web pages) the brackets are a whole-document matter, not reported one by one.',
      },
      {
        zh: '文号与标题之间隔有其他文字（“国发〔2023〕5号印发的《…》”）时，不算颠倒顺序。',
        en: 'A number separated from the title by other words (国发〔2023〕5号印发的《…》) is not a reversed citation.',
      },
    ],
  },
  check(ctx) {
    const index = ctx.doc.get(docnoIndex);
    for (const c of index.citations) {
      const number = c.number.text;
      if (c.order === 'number-first') {
        const replacement = `${c.title.text}（${number}）`;
        ctx.report({
          start: c.start,
          end: c.end,
          messageId: 'numberFirst',
          data: { number, title: c.title.text },
          suggestions: [{ messageId: 'swap', data: { number, title: c.title.text }, edits: [{ start: c.start, end: c.end, text: replacement }] }],
        });
        continue;
      }
      const wrong = [c.open, c.close].filter(
        (b): b is NonNullable<typeof b> => b !== undefined && b.text !== '（' && b.text !== '）' && (index.fullWidthPunctuation || !HALF_WIDTH_ROUND.has(b.text)),
      );
      if (!wrong.length) continue;
      // Fix only a matched pair: with the closing bracket missing the intended end is unclear.
      const fix: TextEdit[] | undefined = c.open && c.close ? wrong.map((b) => ({ start: b.start, end: b.end, text: b === c.open ? '（' : '）' })) : undefined;
      ctx.report({
        start: c.open!.start,
        end: c.close ? c.close.end : c.number.end,
        messageId: 'brackets',
        data: { number, found: `${c.open!.text}${c.close?.text ?? ''}` },
        fix,
      });
    }
  },
};

// docno/year: the year of a document number is four Arabic digits, in full, with nothing else
// inside the brackets; and a cited number dated after the document itself is suspicious.

import { docnoIndex } from '../../docno';
import type { Rule } from '../../types';

export const year: Rule = {
  meta: {
    id: 'docno/year',
    title: { zh: '发文字号年份写全称', en: 'Document number year in full' },
    description: {
      zh: '发文字号的年份用 4 位阿拉伯数字写全称（〔2023〕，不写〔23〕），括号内不加“年”字；引用的文号年份晚于本文档的日期时提示核对。',
      en: 'The year of a document number is four Arabic digits in full (〔2023〕, not 〔23〕) with no 年 inside the brackets; a cited number whose year is later than the document’s own date is flagged for checking.',
    },
    source: {
      zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5：年份、发文顺序号用阿拉伯数字标注；年份应标全称',
      en: 'GB/T 9704-2012 7.2.5: the year and the serial are Arabic numerals; the year is written in full',
    },
    severity: 'error',
    fixable: true,
    options: {
      checkFutureYear: {
        type: 'boolean',
        default: true,
        description: {
          zh: '引用的文号年份晚于本文档日期（成文日期、文末日期行、网页发文时间，或标题年份加一）时给出警告。',
          en: 'Warn when a number’s year is later than the document’s own date (its 成文日期, closing date line, web metadata date, or the title’s year plus one).',
        },
      },
    },
    messages: {
      shortYear: {
        zh: '发文字号“{number}”的年份“{year}”不是 4 位：GB/T 9704-2012 7.2.5 要求年份标全称，应写 4 位年份（如“2023”）。',
        en: 'Document number "{number}" has the year "{year}", not four digits: GB/T 9704-2012 7.2.5 requires the year in full, e.g. "2023".',
      },
      yearMark: {
        zh: '发文字号“{number}”的括号内多了“年”字：GB/T 9704-2012 7.2.5 的年份只写数字，应写作“〔{year}〕”。',
        en: 'Document number "{number}" has 年 inside its brackets: GB/T 9704-2012 7.2.5 writes the year as digits only; write "〔{year}〕".',
      },
      futureYear: {
        zh: '发文字号“{number}”的年份 {year} 晚于本文档的日期（{latest} 年，见第 {line} 行）：引用的文件不应晚于本文，请核对年份。',
        en: 'Document number "{number}" is dated {year}, later than this document ({latest}, see line {line}): a cited document cannot be newer than the text citing it; check the year.',
      },
      futureYearFromTitle: {
        zh: '发文字号“{number}”的年份 {year} 晚于标题年份的次年（{latest} 年，见第 {line} 行）：引用的文件不应晚于本文，请核对年份。',
        en: 'Document number "{number}" is dated {year}, after the year following this document’s title year ({latest}, see line {line}): a cited document cannot be newer than the text citing it; check the year.',
      },
      relatedDate: {
        zh: '本文档的日期依据',
        en: 'the document’s own date',
      },
    },
    examples: {
      bad: [
        { text: '按照《关于加强疫苗接种工作的通知》（省卫发〔23〕12号）要求，认真抓好落实。\n' },
        { text: '根据省卫发〔2025〕3号文件要求开展工作。\n\n市卫生健康委员会\n\n2023年6月30日\n' },
      ],
      good: [
        { text: '按照《关于加强疫苗接种工作的通知》（省卫发〔2023〕12号）要求，认真抓好落实。\n' },
        { text: '根据省卫发〔2023〕3号文件要求开展工作。\n\n市卫生健康委员会\n\n2023年6月30日\n' },
      ],
    },
    limits: [
      {
        zh: '2 位年份无法确定世纪，只报告、不自动修改。',
        en: 'A two-digit year is reported but not fixed: its century cannot be known for certain.',
      },
      {
        zh: '“晚于本文档日期”只在文档写明日期时检查：成文日期、文末单独成行的日期、网页的发文时间/发布日期；都没有时用标题（开头的 Markdown 标题，或不带句号的简短首行）中的年份加一（年度总结可能在次年初成文），仍没有则不报。',
        en: 'The later-than-the-document check runs only when the document states a date: its 成文日期, a closing date line, or a web page’s 发文时间/发布日期; failing those the year in the title (an opening Markdown heading, or a short first line without a full stop) plus one, since a year’s summary may be written early the next year; otherwise nothing is reported.',
      },
      {
        zh: '用汉字写的年份（〔二〇二三〕）不识别为发文字号。',
        en: 'Years written in Chinese numerals (〔二〇二三〕) are not read as document numbers.',
      },
    ],
  },
  check(ctx) {
    const index = ctx.doc.get(docnoIndex);
    const checkFuture = ctx.options.checkFutureYear !== false;
    const date = index.documentYear;
    for (const n of index.numbers) {
      if (n.year.text.length !== 4) {
        ctx.report({ start: n.year.start, end: n.year.end, messageId: 'shortYear', data: { number: n.text, year: n.year.text } });
        continue;
      }
      if (n.yearMark) {
        ctx.report({
          start: n.yearMark.start,
          end: n.yearMark.end,
          messageId: 'yearMark',
          data: { number: n.text, year: n.year.text },
          fix: [{ start: n.yearMark.start, end: n.yearMark.end, text: '' }],
        });
      }
      if (checkFuture && date && n.year.value > date.latestYear && !(n.start <= date.start && date.end <= n.end)) {
        ctx.report({
          start: n.year.start,
          end: n.year.end,
          messageId: date.basis === 'title' ? 'futureYearFromTitle' : 'futureYear',
          data: { number: n.text, year: n.year.value, latest: date.latestYear, line: ctx.doc.lines.lineOf(date.start) + 1 },
          severity: 'warning',
          related: [{ start: date.start, end: date.end, messageId: 'relatedDate' }],
        });
      }
    }
  },
};

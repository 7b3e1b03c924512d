// figure/date: dates that cannot exist (2月30日, 13月), a year without 年 (2020工作要点), a
// year cut to two digits (23年5月), dates written 2023.1.5 in running text, where 公文
// write 2023年1月5日, and a signing date (成文日期) written in Chinese digits (二〇二五年三月五日),
// which GB/T 9704-2012 writes in Arabic ones.

import type { Rule } from '../../types';
import { figureIndex, type DateMention } from '../../figures/numbers';

const MISSING_YEAR_SUFFIX = /(?<![0-9０-９.．\-\/])((?:19|20)[0-9]{2})(?=工作|上半年|下半年|全年|第[一二三四]季度)/g;
const SHORT_YEAR = /(?<![0-9０-９.．\-\/'’])([0-9]{2})年(?=[0-9０-９]{1,2}月|[上下]半年)/g;

export const date: Rule = {
  meta: {
    id: 'figure/date',
    title: { zh: '日期写法', en: 'Date writing' },
    description: {
      zh: '日期须真实可用、写法完整：不能有不存在的日期（2月30日、13月）；年份写全四位并带“年”（不写“23年”“2020工作”）；正文日期写作“2023年1月5日”，不用“2023.1.5”，日用“日”不用“号”；成文日期用阿拉伯数字。',
      en: 'Dates must exist and be written in full: no impossible dates (2月30日, 13月); years with four digits and 年 (not 23年 or 2020工作); in running text 2023年1月5日 rather than 2023.1.5, with 日 rather than 号; the signing date in Arabic digits.',
    },
    source: {
      zh: 'GB/T 15835-2011《出版物上数字用法》第5章（年月日的写法，年份写全）；GB/T 9704-2012 7.3.5（成文日期用阿拉伯数字将年、月、日标全）；日期真实性属内容核对',
      en: 'GB/T 15835-2011, clause 5 (writing dates, years in full); GB/T 9704-2012 §7.3.5 (dates give year, month and day in full); whether a date exists is a content check',
    },
    severity: 'warning',
    fixable: true,
    // A date that does not exist is wrong in any language; how to write a date is a Chinese convention.
    anyLanguageMessages: ['impossibleMonth', 'impossibleDay'],
    messages: {
      impossibleMonth: {
        zh: '“{text}”的月份 {month} 不存在：月份只能是1至12，请核对。',
        en: '"{text}": month {month} does not exist (months run 1 to 12); check the date.',
      },
      impossibleDay: {
        zh: '“{text}”不存在：{month}月只有{days}天，请核对。',
        en: '"{text}" does not exist: month {month} has only {days} days; check the date.',
      },
      missingYearSuffix: {
        zh: '“{text}”的年份缺少“年”字：年月日应写全（GB/T 15835-2011），应写作“{fixed}”。',
        en: 'The year in "{text}" lacks 年: dates are written in full (GB/T 15835-2011); write "{fixed}".',
      },
      shortYear: {
        zh: '“{text}”把年份简写成两位：年份应写全（GB/T 15835-2011），如“20{digits}年”。',
        en: '"{text}" shortens the year to two digits: write it in full (GB/T 15835-2011), e.g. 20{digits}年.',
      },
      dayHao: {
        zh: '日期“{text}”用了“号”：公文日期写“日”（GB/T 9704-2012 7.3.5），应写作“{fixed}”。',
        en: 'The date "{text}" ends in 号: official documents write 日 (GB/T 9704-2012 7.3.5); write "{fixed}".',
      },
      signingDateChinese: {
        zh: '成文日期“{text}”用了汉字数字：成文日期用阿拉伯数字将年、月、日标全（GB/T 9704-2012 7.3.5.3），应写作“{fixed}”。',
        en: 'The signing date "{text}" is in Chinese digits: the signing date gives year, month and day in Arabic digits (GB/T 9704-2012 7.3.5.3); write "{fixed}".',
      },
      dotted: {
        zh: '正文日期“{text}”用圆点分隔：公文日期用“年”“月”“日”（GB/T 9704-2012 7.3.5），应写作“{fixed}”。',
        en: 'The date "{text}" is written with dots: official documents write 年, 月 and 日 (GB/T 9704-2012 7.3.5): write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '会议定于2月30日召开。\n' }, { text: '会议定于3月15号召开。\n' }, { text: '印发2020工作要点，23年5月完成。\n' }, { text: '已于2023.1.5完成验收。\n' }, { text: '特此通知。\n\n县人民政府办公室\n二〇二五年三月五日\n' }],
      good: [{ text: '会议定于2024年2月29日召开，2023年1月5日完成验收，发布日期：2023-06-30。\n' }, { text: '二〇二五年三月五日，全县召开动员大会。\n\n特此通知。\n\n县人民政府办公室\n2025年3月5日\n' }],
    },
    limits: [
      {
        zh: '“号”只在前面有月份的日期里报告（“3月15号”），且只作提示；“12月20号楼”“15号文件”“3号线”这类“号”后接名词的编号不报。',
        en: '号 is reported only in a date with its month (3月15号), and only as info; numbers that 号 joins to a noun (12月20号楼, 15号文件, 3号线) are left alone.',
      },
      {
        zh: '成文日期只认独占一行、位于文末（其后至多还有四行，如附注、抄送、印发）且年月日齐全的汉字数字日期；正文里的汉字日期和讲话稿标题下的日期不报。',
        en: 'A signing date is recognised only as a Chinese-digit date with year, month and day standing alone on a line near the end (at most four lines after it: a note, the copy list, the printing line); Chinese dates in running text and under a speech title are left alone.',
      },
      {
        zh: '不存在的日期（2月30日、2023-13-01）在英文文字中同样是错误，照报；年份写全、不用圆点分隔等写法要求只适用于中文。',
        en: 'A date that does not exist (2月30日, 2023-13-01) is wrong in English text too and is reported there; writing the year in full and not using dots are Chinese conventions, checked in Chinese text only.',
      },
      {
        zh: '“2023-06-30”这类 ISO 日期多见于网页元数据，只检查其是否存在，不要求改写；两位年份只在后接月份或“上/下半年”时报告，“23年来”是时长，不报。',
        en: 'ISO dates (2023-06-30) are common in web metadata and are checked only for existence; a two-digit year is reported only before a month or 上/下半年, since 23年来 is a duration.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const d of ctx.doc.get(figureIndex).dates) {
      checkDate(ctx, masked, d);
      if (d.day && d.month && masked[d.end - 1] === '号' && !NOUN_AFTER_HAO.test(masked[d.end] ?? '')) {
        const text = masked.slice(d.start, d.end);
        const fixed = `${text.slice(0, -1)}日`;
        ctx.report({ start: d.start, end: d.end, messageId: 'dayHao', data: { text, fixed }, severity: 'info', fix: [{ start: d.end - 1, end: d.end, text: '日' }] });
      }
      if (isSigningDateInChinese(masked, d)) {
        const text = masked.slice(d.start, d.end);
        const fixed = `${d.year!.value}年${d.month!.value}月${d.day!.value}日`;
        ctx.report({ start: d.start, end: d.end, messageId: 'signingDateChinese', data: { text, fixed }, fix: [{ start: d.start, end: d.end, text: fixed }] });
      }
    }
    for (const m of masked.matchAll(MISSING_YEAR_SUFFIX)) {
      const end = m.index + m[0].length;
      const text = masked.slice(m.index, end + 2);
      ctx.report({
        start: m.index,
        end,
        messageId: 'missingYearSuffix',
        data: { text, fixed: `${m[1]}年${masked.slice(end, end + 2)}` },
        fix: [{ start: end, end, text: '年' }],
      });
    }
    for (const m of masked.matchAll(SHORT_YEAR)) {
      ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'shortYear', data: { text: m[0], digits: m[1] } });
    }
  },
};

const CHINESE_DIGIT = /[〇零一二三四五六七八九十]/;
/** After 号, a noun it forms (20号楼, 15号文件, 3号线): a number, not the day of a date. */
const NOUN_AFTER_HAO = /[楼院室房线门文令机车床馆厅窗台位码卡街路巷桥站口仓柜井塔库栋幢坑池场]/;
/** Space and masked markup, which a line may hold around its date. */
const BLANK = /^[\s\u0000]*$/;
/** Lines that may follow the signing date: a note, the copy list, the printing line. */
const LINES_AFTER_SIGNING = 4;

/**
 * A date in Chinese digits with year, month and day that stands alone on its line near the end of
 * the document: where a 公文 puts its 成文日期, under the issuing body's name.
 */
function isSigningDateInChinese(masked: string, d: DateMention): boolean {
  if (d.style !== 'chinese' || !d.year || !d.month || !d.day) return false;
  if (!CHINESE_DIGIT.test(masked.slice(d.start, d.end))) return false;
  const lineStart = masked.lastIndexOf('\n', d.start - 1) + 1;
  let lineEnd = masked.indexOf('\n', d.end);
  if (lineEnd < 0) lineEnd = masked.length;
  if (!BLANK.test(masked.slice(lineStart, d.start)) || !BLANK.test(masked.slice(d.end, lineEnd))) return false;
  let after = 0;
  for (let at = lineEnd; at < masked.length && after <= LINES_AFTER_SIGNING; ) {
    let next = masked.indexOf('\n', at + 1);
    if (next < 0) next = masked.length;
    if (!BLANK.test(masked.slice(at, next))) after++;
    at = next;
  }
  return after <= LINES_AFTER_SIGNING;
}

function checkDate(ctx: Parameters<Rule['check']>[0], masked: string, d: DateMention): void {
  const text = masked.slice(d.start, d.end);
  const month = d.month?.value;
  if (month !== undefined && (month < 1 || month > 12)) {
    ctx.report({ start: d.start, end: d.end, messageId: 'impossibleMonth', data: { text, month } });
    return;
  }
  const day = d.day?.value;
  if (month !== undefined && day !== undefined) {
    const days = daysIn(month, d.year?.value);
    if (day < 1 || day > days) {
      ctx.report({ start: d.start, end: d.end, messageId: 'impossibleDay', data: { text, month, days } });
      return;
    }
  }
  if (d.style === 'dotted' && d.year && d.month && d.day) {
    const fixed = `${d.year.value}年${d.month.value}月${d.day.value}日`;
    ctx.report({ start: d.start, end: d.end, messageId: 'dotted', data: { text, fixed }, fix: [{ start: d.start, end: d.end, text: fixed }] });
  }
}

/** Days in a month; February has 29 when the year is unknown (a date may be in a leap year). */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// The period a document reports on, read from its title: 2023年上半年工作总结, 2024年一季度工作
//汇报. figure/year-conflict compares the body's own mentions of that period with it.

import { parseChineseNumeral } from '../text/numerals';

export type PeriodWord = '上半年' | '下半年' | '一季度' | '二季度' | '三季度' | '四季度' | '前三季度';

export interface DocumentPeriod {
  year: number;
  period: PeriodWord;
  /** Source offsets of the title's year and period (2023年上半年). */
  start: number;
  end: number;
}

export interface PeriodMention {
  year: number;
  period: PeriodWord;
  /** The year digits. */
  yearStart: number;
  yearEnd: number;
  start: number;
  end: number;
}

// A year in full, cut to two digits (22年上半年, read as 2022), or in Chinese digits.
const YEAR = '(\\d{4}|\\d{2}|[〇零一二三四五六七八九]{4})';
const PERIOD = '(上半年|下半年|第?[一二三四]季度|前三季度)';
/**
 * A title: year, period, then within a few words the kind of document (2023年上半年工作总结,
 * 关于2024年上半年卫生健康工作情况的报告).
 */
const TITLE = new RegExp(`${YEAR}年度?${PERIOD}[\\u4e00-\\u9fff]{0,12}?(?:总结|报告|汇报|计划|要点|分析)`);
const MENTION = new RegExp(`${YEAR}年度?${PERIOD}`, 'g');

/** How far into the document a title may stand (after web-page breadcrumbs and metadata). */
const TITLE_WINDOW = 800;

function yearValue(text: string): number | undefined {
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return /\d/.test(text) ? Number(text) : parseChineseNumeral(text);
}

function periodWord(text: string): PeriodWord {
  return text.replace(/^第/, '') as PeriodWord;
}

/** The document's period from its title, or undefined when no title names one. */
export function documentPeriod(masked: string): DocumentPeriod | undefined {
  const m = TITLE.exec(masked.slice(0, TITLE_WINDOW));
  if (!m) return undefined;
  const year = yearValue(m[1]);
  if (year === undefined) return undefined;
  return { year, period: periodWord(m[2]), start: m.index, end: m.index + m[1].length + 1 + m[0].slice(m[1].length + 1).indexOf(m[2]) + m[2].length };
}

/** Every year-and-period mention (2022年上半年) in the text after `from`. */
export function periodMentions(masked: string, from: number): PeriodMention[] {
  const out: PeriodMention[] = [];
  MENTION.lastIndex = from;
  for (let m = MENTION.exec(masked); m; m = MENTION.exec(masked)) {
    // Part of a longer number (12023年) is not a year.
    if (/[0-9]/.test(masked[m.index - 1] ?? '')) continue;
    const year = yearValue(m[1]);
    if (year === undefined) continue;
    out.push({ year, period: periodWord(m[2]), yearStart: m.index, yearEnd: m.index + m[1].length, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

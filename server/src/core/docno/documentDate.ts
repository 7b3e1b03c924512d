// The latest year a document can be dated, for telling that a cited number's year lies in the
// future. A 公文 states its own date in its 成文日期 (a date line near the end), and documents
// copied from the web carry a 发文时间 / 发布日期 line; those give the year exactly. Failing
// both, the title's year is a weaker hint: a 2023 summary may be written early in 2024, so the
// bound is the title's year plus one. With none of these the year is unknown and nothing is said.

import { parseChineseNumeral } from '../text/numerals';
import type { ProseModel } from '../markdown/prose';

export interface DocumentYear {
  /** No number cited in this document can carry a later year. */
  latestYear: number;
  /** Where the evidence is, for a related location. */
  start: number;
  end: number;
  basis: 'date-line' | 'metadata' | 'title';
}

const LABELLED = /(?:成文日期|成文时间|发文日期|发文时间|印发日期|签发日期|发布日期|发布时间)[\s\u0000|：:]{0,6}((?:19|20)\d{2})(?=[-年./])/g;
const CN_DIGIT = '〇○零一二三四五六七八九';
const DATE_LINE = new RegExp(
  `^[\\s\\u0000]*((?:19|20)\\d{2}|[${CN_DIGIT}]{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日[\\s\\u0000]*$`,
);
const TITLE_YEAR = /(?:19|20)\d{2}(?=年)/g;
/** How many non-empty lines at the end of the document may hold the closing date. */
const CLOSING_LINES = 8;
/** A title is short; a first block longer than this is body text pasted as one line. */
const TITLE_REACH = 80;

export function findDocumentYear(prose: ProseModel, lineStarts: readonly number[]): DocumentYear | undefined {
  const { masked } = prose;
  let best: DocumentYear | undefined;
  const consider = (year: number, start: number, end: number, basis: DocumentYear['basis']) => {
    if (!best || year > best.latestYear) best = { latestYear: year, start, end, basis };
  };

  for (const m of masked.matchAll(LABELLED)) {
    const start = m.index + m[0].length - m[1].length;
    consider(Number(m[1]), start, start + 4, 'metadata');
  }

  let seen = 0;
  for (let line = lineStarts.length - 1; line >= 0 && seen < CLOSING_LINES; line--) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : masked.length;
    const text = masked.slice(start, end);
    if (!/[^\s\u0000]/.test(text)) continue;
    seen++;
    const m = DATE_LINE.exec(text);
    if (!m) continue;
    const year = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1].replace(/○/g, '〇'));
    const at = start + text.indexOf(m[1]);
    if (year !== undefined && year >= 1900) consider(year, at, at + m[1].length, 'date-line');
  }
  if (best) return best;

  // The title is a heading among the first blocks, or a first paragraph that is one short line
  // without a full stop; body text pasted as one line says nothing certain about the date.
  const opening = prose.blocks.slice(0, 3);
  const first = opening[0];
  const title =
    opening.find((b) => b.kind === 'heading') ??
    (first && first.endLine - first.startLine === 1 && first.end - first.start <= TITLE_REACH && !/[。！？]/.test(masked.slice(first.start, first.end)) ? first : undefined);
  if (!title) return undefined;
  const text = masked.slice(title.start, Math.min(title.end, title.start + TITLE_REACH));
  for (const m of text.matchAll(TITLE_YEAR)) {
    const start = title.start + m.index;
    consider(Number(m[0]) + 1, start, start + 4, 'title');
  }
  return best;
}

// Citations of other documents: a title in 《》 together with its document number, written
// either 《标题》（文号） (title first, the convention) or 文号《标题》 (number first).

import type { DocnoPart, DocumentNumber } from './parse';

export interface Citation {
  /** 《标题》 including the marks; `inner` is the title without them. */
  title: DocnoPart & { inner: string };
  number: DocumentNumber;
  order: 'title-first' | 'number-first';
  /** The brackets around the number, when it has them. */
  open?: DocnoPart;
  close?: DocnoPart;
  /** From the first to the last character of the citation. */
  start: number;
  end: number;
}

/** Brackets a cited number is put in after its title; only （） is the convention. */
const CITATION_OPEN: Readonly<Record<string, string>> = { '（': '）', '(': ')', '［': '］', '[': ']', '【': '】' };
const CITATION_CLOSERS = new Set(Object.values(CITATION_OPEN));
const MAX_TITLE = 200;
const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》
/** What a title scan stops at: the marks that nest, and a line break or masked character. */
const TITLE_MARK = /[《》\n\r\u0000]/g;
const LF = 10;
const CR = 13;
/** Room for spaces, a line break inside a paragraph, or masked markup between the parts. */
const MAX_GLUE = 6;

function isGlue(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\r' || c === '\n' || c === '\u0000';
}

/** Skips spaces and masked markup, and at most one line break: a blank line ends a paragraph. */
function skipGlue(text: string, at: number, limit: number): number {
  let p = at;
  let breaks = 0;
  while (p < limit && p - at < MAX_GLUE && isGlue(text[p])) {
    if (text[p] === '\n' || (text[p] === '\r' && text[p + 1] !== '\n')) breaks++;
    if (breaks > 1) break;
    p++;
  }
  return p;
}

function skipGlueBack(text: string, at: number): number {
  let p = at;
  let breaks = 0;
  while (p > 0 && at - p < MAX_GLUE && isGlue(text[p - 1])) {
    if (text[p - 1] === '\n' || (text[p - 1] === '\r' && text[p] !== '\n')) breaks++;
    if (breaks > 1) break;
    p--;
  }
  return p;
}

/** Titles in 《》 (nested 《》 and 〈〉 allowed), on one line, in order. */
export function scanTitles(text: string): (DocnoPart & { inner: string })[] {
  const titles: (DocnoPart & { inner: string })[] = [];
  for (let i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
    let depth = 0;
    // Only 《, 》 and what ends a title matter, and a regex jumps to them natively: a loop over
    // every character would run in the interpreter in a cold CLI process. The regex runs over
    // the title's longest possible window only, so the scan stays bounded as before.
    const window = text.slice(i, i + MAX_TITLE + 1);
    TITLE_MARK.lastIndex = 0;
    for (let m = TITLE_MARK.exec(window); m; m = TITLE_MARK.exec(window)) {
      const j = i + m.index;
      const c = text.charCodeAt(j);
      if (c === LF || c === CR || c === 0) break;
      if (c === OPEN_TITLE) depth++;
      else if (c === CLOSE_TITLE && --depth === 0) {
        titles.push({ start: i, end: j + 1, text: text.slice(i, j + 1), inner: text.slice(i + 1, j) });
        i = j;
        break;
      }
    }
  }
  return titles;
}

/**
 * Pairs titles with the numbers next to them. `numbers` must be in order. A number right after a
 * title, in brackets, belongs to that title; a number right before a title that no title claims
 * is a number-first citation. A number between a title and another title (《甲》国发〔2023〕1号《乙》)
 * is ambiguous and left alone.
 */
export function pairCitations(text: string, titles: readonly (DocnoPart & { inner: string })[], numbers: readonly DocumentNumber[]): Citation[] {
  const byStart = new Map(numbers.map((n) => [n.start, n]));
  const claimed = new Set<DocumentNumber>();
  const citations: Citation[] = [];

  for (const title of titles) {
    let p = skipGlue(text, title.end, text.length);
    const openChar = text[p];
    if (!(openChar in CITATION_OPEN)) continue;
    const open = { start: p, end: p + 1, text: openChar };
    p = skipGlue(text, p + 1, text.length);
    const number = byStart.get(p);
    if (!number) continue;
    const q = skipGlue(text, number.end, text.length);
    const close = CITATION_CLOSERS.has(text[q]) ? { start: q, end: q + 1, text: text[q] } : undefined;
    claimed.add(number);
    citations.push({ title, number, order: 'title-first', open, close, start: title.start, end: close ? close.end : number.end });
  }

  const titleAt = new Map(titles.map((t) => [t.start, t]));
  for (const number of numbers) {
    if (claimed.has(number)) continue;
    // The number may sit in brackets of its own: （国发〔2023〕1号）《标题》.
    let open: DocnoPart | undefined;
    let close: DocnoPart | undefined;
    let p = skipGlue(text, number.end, text.length);
    const before = skipGlueBack(text, number.start);
    if (CITATION_CLOSERS.has(text[p]) && text[before - 1] in CITATION_OPEN) {
      open = { start: before - 1, end: before, text: text[before - 1] };
      close = { start: p, end: p + 1, text: text[p] };
      p = skipGlue(text, p + 1, text.length);
    }
    const title = titleAt.get(p);
    if (!title) continue;
    const first = open ? open.start : number.start;
    if (text[skipGlueBack(text, first) - 1] === '》') continue;
    citations.push({ title, number, order: 'number-first', open, close, start: first, end: title.end });
  }
  return citations.sort((a, b) => a.start - b.start);
}

// The outline model: the numbered structure of a 公文, built once per document and shared by
// the outline/ rules, and by the language server's document symbols, folding ranges and
// "renumber section" command.
//
// API (all offsets are UTF-16 offsets into the linted text, end exclusive):
//   const outline = doc.get(outlineIndex);          // built lazily, once per SourceDocument
//   outline.items        OutlineItem[] in document order
//   outline.pieces       OutlinePiece[]: a document may hold several pieces (a collection of
//                        speeches); each new title restarts numbering. A piece starts at an
//                        unnumbered heading shallower than every numbered one, at a 附件 line,
//                        at a title line (a short plain line with no sentence mark) followed by
//                        top-level numbering that does not carry on, or where top-level
//                        numbering restarts at one. piece.roots are its top items, piece.title
//                        the heading, title or 附件 line that opened it (if any).
//   item.level           1 一、 | 2 （一） | 3 1. | 4 （1）; item.value the number; item.form the
//                        marker as written (brackets, mark, offsets), right or wrong.
//   item.start/end       the marker; item.titleStart/titleEnd the title after it
//   item.source          'heading' (with headingDepth) | 'line' (start of a paragraph line,
//                        list items included) | 'list' (an ordered Markdown list item: the `1.`
//                        is Markdown's own) | 'inline' (after 。；： inside a run-together line)
//   item.parent / item.children / item.siblings (the parent's children or the piece's roots)
//   item.sectionStart/sectionEnd   what the item spans: from its line to the next item that is
//                        not its descendant (or an unnumbered heading as deep or deeper).
//   outline.enumerations EnumerationSeries[]: 一是/二是 … series, each with its markers and the
//                        innermost item it sits under (scope; undefined at piece level).
//   outline.itemAt(offset)  the innermost item whose section contains the offset.
//   Helpers: formatNumber(level, value) writes a number the way its level writes it;
//   writing.ts canonicalMarker(level, value) writes a whole marker (一、 （一） 1. （1））.
// Not read: table cells, blockquotes, code; inline items only in a document with no numbered
// line at all (pasted as one line), in lines of 300+ characters.

import type { DocumentIndex, SourceDocument } from '../document';
import { MASK, trimEnd, type ProseBlock } from '../markdown/prose';
import { toChineseNumeral } from '../text/numerals';
import { findEnumerationMarkers, type EnumerationKind, type EnumerationMarker } from './enumerations';
import { parseMarker, skipSpace, type MarkerForm, type OutlineLevel } from './markers';
import { firstIndexAfter, lastIndexAtOrBefore, spanAt } from '../text/search';

export type { OutlineLevel, MarkerForm } from './markers';
export type { EnumerationKind, EnumerationMarker } from './enumerations';

export type OutlineSource = 'heading' | 'line' | 'list' | 'inline';

export interface OutlineItem {
  level: OutlineLevel;
  value: number;
  form: MarkerForm;
  start: number;
  end: number;
  titleStart: number;
  titleEnd: number;
  source: OutlineSource;
  /** 1–6 for items that are Markdown headings. */
  headingDepth?: number;
  /** For Markdown list items: how deep the list is nested (1 for a list in the body). */
  listDepth?: number;
  parent?: OutlineItem;
  children: OutlineItem[];
  /** The list this item belongs to: its parent's children, or its piece's roots. */
  siblings: OutlineItem[];
  piece: OutlinePiece;
  sectionStart: number;
  sectionEnd: number;
}

export interface OutlinePiece {
  start: number;
  end: number;
  /** The unnumbered heading that opened the piece; none for the first piece or a bare restart. */
  title?: { start: number; end: number };
  roots: OutlineItem[];
  /** Every item of the piece, in order. */
  items: OutlineItem[];
}

export interface EnumerationSeries {
  kind: EnumerationKind;
  markers: EnumerationMarker[];
  /** The innermost outline item the series sits under. */
  scope?: OutlineItem;
  piece: OutlinePiece;
}

export interface Outline {
  items: OutlineItem[];
  pieces: OutlinePiece[];
  enumerations: EnumerationSeries[];
  itemAt(offset: number): OutlineItem | undefined;
}

/** Writes a number as its level writes it: 一 / 十二 for levels 1–2, 1 / 12 for levels 3–4. */
export function formatNumber(level: OutlineLevel, value: number): string {
  return level <= 2 ? toChineseNumeral(value) : String(value);
}

/** A line at least this long, in a document with no numbered line, is searched for inline items. */
const RUN_TOGETHER_LINE = 300;
const INLINE_BEFORE = new Set(['。', '；', ';', '：', ':', '！', '!', '？', '?']);
const HAN_CHAR = /[\u4e00-\u9fff]/;
const TITLE_END = /[。；;：:！？!?]/;

interface Candidate {
  form: MarkerForm;
  source: OutlineSource;
  headingDepth?: number;
  listDepth?: number;
  /** Where the item's section starts (its line for block items, the marker for inline ones). */
  sectionStart: number;
  titleStart: number;
  titleEnd: number;
}

/**
 * A plain line that looks like a title (see titleLine). Whether it opens a new piece is decided
 * by what follows it: see assemble.
 */
interface TitleLine {
  titleLine: true;
  lineStart: number;
  start: number;
  end: number;
}

interface HeadingBreak {
  /** 0 for an attachment line (附件：), which always starts a new piece. */
  depth: number;
  lineStart: number;
  start: number;
  end: number;
}

export const outlineIndex: DocumentIndex<Outline> = {
  name: 'outline',
  build: buildOutline,
};

export function buildOutline(doc: SourceDocument): Outline {
  const { masked, blocks } = doc.prose;
  const lines = doc.lines;
  const events: OutlineEvent[] = [];
  let numberedLines = 0;

  for (const block of blocks) {
    // Table cells and quoted material (> …) carry someone else's numbering, not the document's.
    if (block.kind === 'table-cell' || block.quoteDepth > 0) continue;
    const lineStart = lines.lineStarts[block.startLine];
    if (block.kind === 'heading') {
      const at = skipSpace(masked, block.start, block.end);
      const form = parseMarker(masked, at);
      if (form) {
        const titleEnd = trimEnd(masked, form.end, block.end);
        events.push({ form, source: 'heading', headingDepth: block.headingLevel, sectionStart: lineStart, titleStart: skipSpace(masked, form.end, titleEnd), titleEnd });
        numberedLines++;
      } else {
        events.push({ depth: block.headingLevel ?? 1, lineStart, start: block.start, end: block.end });
      }
      continue;
    }
    for (let line = block.startLine; line < block.endLine; line++) {
      const from = Math.max(lines.lineStarts[line], block.start);
      const lineEnd = Math.min(lines.lineEnd(line), block.end);
      const candidate = line === block.startLine && block.listItem?.ordered ? listCandidate(block, masked, lineEnd, lines.lineStarts[line]) : lineCandidate(masked, from, lineEnd, lines.lineStarts[line]);
      if (candidate) {
        events.push(candidate);
        numberedLines++;
      } else {
        const attachment = attachmentLine(masked, from, lineEnd);
        if (attachment) events.push({ depth: 0, lineStart: lines.lineStarts[line], ...attachment });
        else if (!block.listItem && block.listDepth === 0) {
          // The whole line, markup included: a line with any markup is not a plain title.
          const title = titleLine(masked, lines.lineStarts[line], lines.lineEnd(line));
          if (title) events.push({ titleLine: true, lineStart: lines.lineStarts[line], ...title });
        }
      }
    }
  }

  // A document pasted as one line has no numbered line at all; its numbering is inline.
  if (numberedLines === 0) {
    for (let line = 0; line < lines.lineCount; line++) {
      const start = lines.lineStarts[line];
      const end = lines.lineEnd(line);
      if (end - start >= RUN_TOGETHER_LINE) events.push(...inlineCandidates(masked, start, end));
    }
  } else {
    // A part pasted as one line into a numbered document (一、…。（一）…。二、…) holds a whole
    // numbered structure of its own: its markers are read where they stand, as in a one-line
    // document, half-width (一) as well as （一）. Only a line that opens with a top-level item and
    // holds the next one mid-line (…。二、) qualifies, so that an ordinary paragraph listing
    // （一）…；（二）… inside a numbered section stays prose.
    for (const line of linesWithSecondTopItem(doc, blocks)) {
      const start = lines.lineStarts[line];
      const end = lines.lineEnd(line);
      // The line must itself open with a top-level item (一、…): a paragraph that lists
      // 一、…；二、… after a colon is an enumeration inside a numbered document, not a new part.
      const lineMarker = parseMarker(masked, skipSpace(masked, start, end));
      if (!lineMarker || lineMarker.level !== 1) continue;
      const inline = inlineCandidates(masked, start, end, lineMarker);
      if (inline.some((c) => c.form.level === 1 && c.form.value === lineMarker.value + 1)) events.push(...inline);
    }
  }
  events.sort((a, b) => startOf(a) - startOf(b));

  const outline = assemble(events, doc.text.length);
  outline.enumerations = buildEnumerations(doc, blocks, outline);
  return outline;
}

type OutlineEvent = Candidate | HeadingBreak | TitleLine;

function startOf(e: OutlineEvent): number {
  return 'form' in e ? e.form.start : e.start;
}

/** A run-in title ends at the first sentence mark of its line, else at the line's end. */
function runInTitleEnd(text: string, from: number, lineEnd: number): number {
  // One regex search over the line's rest instead of a test per character.
  const at = from < lineEnd ? text.slice(from, lineEnd).search(TITLE_END) : -1;
  if (at >= 0) return from + at;
  return trimEnd(text, from, lineEnd);
}

function lineCandidate(masked: string, from: number, lineEnd: number, lineStart: number): Candidate | undefined {
  const at = skipSpace(masked, from, lineEnd);
  if (at >= lineEnd) return undefined;
  const form = parseMarker(masked, at);
  if (!form || form.end > lineEnd) return undefined;
  const titleEnd = runInTitleEnd(masked, form.end, lineEnd);
  return { form, source: 'line', sectionStart: lineStart, titleStart: skipSpace(masked, form.end, titleEnd), titleEnd };
}

/**
 * 附件：1.名单 / 附件2 lines close the body: the numbered list of attachments that follows is a
 * piece of its own, not items of the body's last section.
 */
function attachmentLine(masked: string, from: number, lineEnd: number): { start: number; end: number } | undefined {
  const at = skipSpace(masked, from, lineEnd);
  if (!ATTACHMENT.test(masked.slice(at, at + 4))) return undefined;
  return { start: at, end: trimEnd(masked, at, lineEnd) };
}
const ATTACHMENT = /^附\s*件(?:$|[\s：:\d一二三四五六七八九十])/;

/** What a title line may not contain: the marks of a sentence or a clause. */
const SENTENCE_MARK = /[。，；：！？,;:!?]/;
/** Lines that open like an enumeration (一是、首先) or a caption (图1、表2): body text, not titles. */
const NOT_A_TITLE = /^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|第[一二三四五六七八九十]+|[图表]\s*[0-9０-９一二三四五六七八九十])/;
const HAN = /\p{Script=Han}/gu;
const TITLE_MIN_HAN = 4;
const TITLE_MAX_LENGTH = 40;

/**
 * A line that may be the title of a speech or a part of a collection: short (at most
 * TITLE_MAX_LENGTH characters, at least TITLE_MIN_HAN Chinese characters), with no sentence or
 * clause mark, not opening like an enumeration or a caption. A body sentence has its 。 or ，, so
 * it never qualifies; the shape alone is not enough either, see assemble for what must follow.
 */
function titleLine(masked: string, from: number, lineEnd: number): { start: number; end: number } | undefined {
  const start = skipSpace(masked, from, lineEnd);
  const end = trimEnd(masked, start, lineEnd);
  if (end - start > TITLE_MAX_LENGTH || end - start < TITLE_MIN_HAN) return undefined;
  // Markup anywhere on the line (**加强领导**, a link, inline code) makes it something else: an
  // emphasised phrase inside a section, not a plain title.
  if (masked.slice(from, lineEnd).includes(MASK)) return undefined;
  const line = masked.slice(start, end);
  if (SENTENCE_MARK.test(line) || NOT_A_TITLE.test(line)) return undefined;
  return (line.match(HAN)?.length ?? 0) >= TITLE_MIN_HAN ? { start, end } : undefined;
}

/** An ordered Markdown list item is a level-3 item whose `1.` is Markdown's own markup. */
function listCandidate(block: ProseBlock, masked: string, lineEnd: number, lineStart: number): Candidate | undefined {
  const item = block.listItem;
  if (!item || item.number === undefined || item.number < 1 || item.number > 99) return undefined;
  // An empty item (`1.` alone on its line) lends its marker to no text on this line.
  if (item.start < lineStart || item.end > lineEnd) return undefined;
  const numberEnd = item.end - 1;
  const form: MarkerForm = {
    level: 3,
    value: item.number,
    start: item.start,
    end: item.end,
    numberStart: item.start,
    numberEnd,
    mark: { offset: numberEnd, char: item.delimiter },
  };
  const titleEnd = runInTitleEnd(masked, block.start, lineEnd);
  return { form, source: 'list', listDepth: block.listDepth, sectionStart: lineStart, titleStart: skipSpace(masked, block.start, titleEnd), titleEnd };
}

/**
 * Inline items of a run-together line: a marker right after 。；：！？ or after a space that follows a
 * Han character (a title's lost line break). Each level's first marker
 * in the line must be number one, and a later one may not jump ahead by more than one, so
 * that a stray “。2.” or “：（3）” in ordinary prose is not taken for numbering.
 */
function inlineCandidates(masked: string, start: number, end: number, lineMarker?: MarkerForm): Candidate[] {
  const out: Candidate[] = [];
  const last: Partial<Record<OutlineLevel, number>> = {};
  // The line's own marker (一、 at its start) is the first of its level.
  if (lineMarker) last[lineMarker.level] = lineMarker.value;
  for (let i = start; i < end; i++) {
    // After a sentence mark, or after a title whose line break became a space when the text
    // was pasted (一、工作成效 （一）产业发展…): a space right after a Han character.
    if (!INLINE_BEFORE.has(masked[i]) && !((masked[i] === ' ' || masked[i] === '\u3000') && HAN_CHAR.test(masked[i - 1] ?? ''))) continue;
    const at = skipSpace(masked, i + 1, end);
    const form = parseMarker(masked, at, { inline: true });
    if (!form || form.end > end) continue;
    const previous = last[form.level];
    if (form.value !== 1 && (previous === undefined || form.value > previous + 2)) continue;
    last[form.level] = form.value;
    const titleEnd = runInTitleEnd(masked, form.end, end);
    out.push({ form, source: 'inline', sectionStart: form.start, titleStart: skipSpace(masked, form.end, titleEnd), titleEnd });
    i = form.end - 1;
  }
  return out;
}

/**
 * The lines of running paragraphs (not tables or quotations) where 二、 follows a sentence end
 * mid-line: found with one search of the document, not one per line.
 */
function linesWithSecondTopItem(doc: SourceDocument, blocks: readonly ProseBlock[]): number[] {
  const { masked } = doc.prose;
  const found = new Set<number>();
  for (let at = masked.indexOf('二、'); at >= 0; at = masked.indexOf('二、', at + 2)) {
    if (INLINE_BEFORE.has(masked[skipSpaceBack(masked, at)])) found.add(doc.lines.lineOf(at));
  }
  if (found.size === 0) return [];
  const prose = new Set<number>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.quoteDepth > 0) continue;
    for (let line = block.startLine; line < block.endLine; line++) if (found.has(line)) prose.add(line);
  }
  return [...prose].sort((a, b) => a - b);
}

/** The offset of the last non-space character before `at`, or -1. */
function skipSpaceBack(masked: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (masked[i] === ' ' || masked[i] === '\u3000' || masked[i] === '\u0000')) i--;
  return i;
}

function newPiece(start: number, title?: { start: number; end: number }): OutlinePiece {
  return { start, end: start, title, roots: [], items: [] };
}

/**
 * Builds the tree with a stack of open items. An item closes every open item of its own level
 * or deeper; a root numbered one after other roots, or an unnumbered heading shallower than
 * every numbered heading, starts a new piece.
 */
function assemble(events: OutlineEvent[], length: number): Outline {
  let minHeadingDepth = Infinity;
  for (const e of events) if ('form' in e && e.headingDepth !== undefined) minHeadingDepth = Math.min(minHeadingDepth, e.headingDepth);

  const items: OutlineItem[] = [];
  const pieces: OutlinePiece[] = [newPiece(0)];
  let stack: OutlineItem[] = [];
  const close = (item: OutlineItem, at: number) => (item.sectionEnd = at);
  // The levels of the current piece's roots: a root numbered one at such a level restarts.
  const rootLevels = new Set<OutlineLevel>();
  const startPiece = (at: number, title?: { start: number; end: number }) => {
    for (const open of stack) close(open, at);
    stack = [];
    rootLevels.clear();
    pieces[pieces.length - 1].end = at;
    pieces.push(newPiece(at, title));
  };

  // The first title line since the last numbered item: it opens a new piece if the next item
  // begins a new numbering (see opensScope).
  let pendingTitle: TitleLine | undefined;
  for (const e of events) {
    if ('titleLine' in e) {
      if (!pendingTitle && pieces[pieces.length - 1].items.length > 0) pendingTitle = e;
      continue;
    }
    if (!('form' in e)) {
      if (e.depth === 0 || e.depth < minHeadingDepth) {
        const current = pieces[pieces.length - 1];
        if (current.items.length > 0 || current.title) startPiece(e.lineStart, { start: e.start, end: e.end });
        else current.title = { start: e.start, end: e.end };
      } else {
        // An unnumbered heading closes the numbered headings it is as deep as or shallower than.
        while (stack.length && stack[stack.length - 1].headingDepth !== undefined && stack[stack.length - 1].headingDepth! >= e.depth) {
          close(stack.pop()!, e.lineStart);
        }
      }
      continue;
    }
    const { form } = e;
    const title = pendingTitle;
    pendingTitle = undefined;
    let piece = pieces[pieces.length - 1];
    // A title line opens a new piece before a top-level item (one that closes every open item)
    // whose number does not carry on; the items above close where the title stands.
    if (title && stack.every((open) => open.level >= form.level) && !continuesRoots(piece, form)) {
      startPiece(title.lineStart, { start: title.start, end: title.end });
      piece = pieces[pieces.length - 1];
    }
    while (stack.length && stack[stack.length - 1].level >= form.level) close(stack.pop()!, e.sectionStart);
    if (stack.length === 0 && form.value === 1 && rootLevels.has(form.level)) {
      startPiece(e.sectionStart);
      piece = pieces[pieces.length - 1];
    }
    if (stack.length === 0) rootLevels.add(form.level);
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : piece.roots;
    const item: OutlineItem = {
      level: form.level,
      value: form.value,
      form,
      start: form.start,
      end: form.end,
      titleStart: e.titleStart,
      titleEnd: e.titleEnd,
      source: e.source,
      headingDepth: e.headingDepth,
      listDepth: e.listDepth,
      parent,
      children: [],
      siblings,
      piece,
      sectionStart: e.sectionStart,
      sectionEnd: length,
    };
    siblings.push(item);
    piece.items.push(item);
    items.push(item);
    stack.push(item);
  }
  for (const open of stack) close(open, length);
  pieces[pieces.length - 1].end = length;

  return { items, pieces, enumerations: [], itemAt: (offset) => innermostAt(items, offset) };
}

/**
 * Whether a top-level marker carries on the piece's numbering at its level (the last root of
 * that level numbered one less). A title line before such a marker is a heading inside the
 * piece, not a new piece: only a title followed by numbering that does not carry on (a restart,
 * a number repeated or lower, a jump) starts a new scope.
 */
function continuesRoots(piece: OutlinePiece, form: MarkerForm): boolean {
  for (let i = piece.roots.length - 1; i >= 0; i--) {
    if (piece.roots[i].level === form.level) return piece.roots[i].value + 1 === form.value;
  }
  return false;
}

function innermostAt(items: readonly OutlineItem[], offset: number): OutlineItem | undefined {
  const found = firstIndexAfter(items, offset, (item) => item.sectionStart) - 1;
  for (let item: OutlineItem | undefined = found >= 0 ? items[found] : undefined; item; item = item.parent) {
    if (offset < item.sectionEnd) return item;
  }
  return undefined;
}

/** Groups enumeration markers into series: same scope, same kind, a restart at one begins anew. */
function buildEnumerations(doc: SourceDocument, blocks: readonly ProseBlock[], outline: Outline): EnumerationSeries[] {
  const { masked } = doc.prose;
  // One scan over the whole text; table cells and quotes hold no enumerations worth checking.
  const skipped = blocks.filter((b) => b.kind === 'table-cell' || b.quoteDepth > 0);
  const inSkipped = (offset: number) => spanAt(skipped, offset) !== undefined;
  const series: EnumerationSeries[] = [];
  const open = new Map<OutlineItem | OutlinePiece, Partial<Record<EnumerationKind, EnumerationSeries>>>();
  const markers = findEnumerationMarkers(masked, 0, masked.length, { segmenter: () => doc.segmenter() }, (at) => !inSkipped(at));
  for (const marker of markers) {
    const scope = outline.itemAt(marker.start);
    const piece = scope?.piece ?? pieceAt(outline.pieces, marker.start);
    const byKind = open.get(scope ?? piece) ?? {};
    open.set(scope ?? piece, byKind);
    let current = byKind[marker.kind];
    if (!current || marker.value === 1) {
      current = { kind: marker.kind, markers: [], scope, piece };
      byKind[marker.kind] = current;
      series.push(current);
    }
    current.markers.push(marker);
  }
  return series;
}

function pieceAt(pieces: readonly OutlinePiece[], offset: number): OutlinePiece {
  return pieces[lastIndexAtOrBefore(pieces, offset, (piece) => piece.start)];
}

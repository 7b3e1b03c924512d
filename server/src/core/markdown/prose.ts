// Decides which characters of a Markdown document are prose, with markdown-it (the CommonMark
// parser VS Code's own Markdown support uses). Rules then look only at prose: code, inline
// code, HTML, front matter, link destinations and Markdown markup are masked out.
//
// The result keeps offsets intact: `masked` has the source's length, prose characters copied and
// every other character replaced by MASK (line breaks stay), so a regex over `masked` reports
// offsets that are offsets into the source.

import MarkdownIt from 'markdown-it';
type Token = ReturnType<MarkdownIt['parse']>[number];
import { LineIndex } from '../text/lineIndex';
import { installNestingFallback } from './nestingLimit';
import { installPlainNormalize } from './plainNormalize';
import { installPlainBlocks } from './plainBlocks';
import { installPlainInline } from './plainInline';

/** Stands in for every non-prose character; no rule pattern matches it. */
export const MASK = '\u0000';

/** The end of [from, end) of masked text without the spaces and masked markup that close it. */
export function trimEnd(masked: string, from: number, end: number): number {
  let i = end;
  while (i > from && /[\s\u0000]/.test(masked[i - 1])) i--;
  return i;
}

export type BlockKind = 'heading' | 'paragraph' | 'table-cell';

export interface ListItemMarker {
  /** True for `1.` / `1)` lists, false for `-`, `*`, `+`. */
  ordered: boolean;
  /** The number an ordered item shows (its `info`), or undefined for bullets. */
  number?: number;
  /** `.` or `)` for ordered items, the bullet character otherwise. */
  delimiter: string;
  /** Source range of the marker itself, e.g. the `2.` of `2. 内容`. */
  start: number;
  end: number;
}

export interface ProseBlock {
  kind: BlockKind;
  /** 1–6 for headings. */
  headingLevel?: number;
  /** First and last prose offsets (end exclusive) of the block in the source. */
  start: number;
  end: number;
  /** 0-based source lines, end exclusive. */
  startLine: number;
  endLine: number;
  /** Nesting depth in lists (0 outside lists) and in blockquotes. */
  listDepth: number;
  quoteDepth: number;
  /** Set on the first paragraph of a list item. */
  listItem?: ListItemMarker;
}

/** An HTML comment, where suppression directives live. */
export interface HtmlComment {
  start: number;
  end: number;
  body: string;
}

export interface ProseModel {
  masked: string;
  blocks: ProseBlock[];
  comments: HtmlComment[];
  /** Source range of YAML/TOML front matter, if any. */
  frontMatter?: { start: number; end: number };
}

const parsers = new Map<boolean, MarkdownIt>();

/** The parser; `shortcuts: false` gives markdown-it's own parse (bar the nesting fallback), for the tests that compare. */
function markdownParser(shortcuts = true): MarkdownIt {
  let parser = parsers.get(shortcuts);
  if (!parser) {
    parser = new MarkdownIt({ html: true, linkify: false });
    // Keep escapes and entities as their own tokens, so each remaining text token is a literal
    // slice of the source that can be found again.
    parser.disable('text_join');
    // Not a shortcut: text nested deeper than markdown-it descends is still read as prose.
    installNestingFallback(parser);
    if (shortcuts) {
      installPlainNormalize(parser);
      installPlainBlocks(parser);
      installPlainInline(parser);
    }
    parsers.set(shortcuts, parser);
  }
  return parser;
}

const FRONT_MATTER = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)[\s\S]*?(?:\r\n|\r|\n)\1[ \t]*(?=\r\n|\r|\n|$)/;

export function parseProse(text: string, lines: LineIndex, options: { shortcuts?: boolean } = {}): ProseModel {
  // Prose ranges arrive in source order and never overlap, so the masked text is assembled
  // once at the end from slices, instead of character by character.
  const proseRanges: number[] = [];
  const unmask = (start: number, end: number) => {
    if (end > start) proseRanges.push(start, end);
  };

  // Front matter is not Markdown: blank it out for the parser, keeping the line count so that
  // markdown-it's line maps still point at the right source lines.
  let source = text;
  let frontMatter: ProseModel['frontMatter'];
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    frontMatter = { start: 0, end: fm[0].length };
    source = fm[0].replace(/[^\r\n]/g, ' ') + text.slice(fm[0].length);
  }

  const tokens = markdownParser(options.shortcuts ?? true).parse(source, {});
  const blocks: ProseBlock[] = [];
  const comments: HtmlComment[] = [];
  let listDepth = 0;
  let quoteDepth = 0;
  let pendingItem: ListItemMarker | undefined;
  let pendingHeading: number | undefined;
  let rowLine: number | undefined;
  let rowCursor = 0;

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'list_item_open':
        pendingItem = token.map ? findListMarker(text, lines, token) : undefined;
        break;
      case 'heading_open':
        pendingHeading = Number(token.tag.slice(1));
        break;
      case 'tr_open':
        rowLine = token.map ? token.map[0] : undefined;
        rowCursor = rowLine === undefined ? 0 : lines.lineStarts[rowLine];
        break;
      case 'html_block':
        if (token.map) collectComments(text, lines.lineStarts[token.map[0]], lineEndOf(lines, token.map[1] - 1), comments);
        break;
      case 'inline': {
        const inTable = rowLine !== undefined && !token.map;
        const firstLine = token.map ? token.map[0] : rowLine;
        const lastLine = token.map ? token.map[1] : rowLine === undefined ? undefined : rowLine + 1;
        if (firstLine === undefined || lastLine === undefined) break;
        const from = inTable ? rowCursor : lines.lineStarts[firstLine];
        const limit = lineEndOf(lines, lastLine - 1);
        const span = walkInline(text, token.children ?? [], from, limit, unmask, comments);
        if (inTable) rowCursor = span.cursor;
        if (span.first < 0) {
          pendingItem = undefined;
          pendingHeading = undefined;
          break;
        }
        const kind: BlockKind = inTable ? 'table-cell' : pendingHeading ? 'heading' : 'paragraph';
        blocks.push({
          kind,
          headingLevel: kind === 'heading' ? pendingHeading : undefined,
          start: span.first,
          end: span.last,
          startLine: lines.lineOf(span.first),
          endLine: lines.lineOf(span.last) + 1,
          listDepth,
          quoteDepth,
          listItem: kind === 'paragraph' ? pendingItem : undefined,
        });
        pendingItem = undefined;
        pendingHeading = undefined;
        break;
      }
      case 'tr_close':
        rowLine = undefined;
        break;
      default:
        break;
    }
  }

  return { masked: buildMasked(text, proseRanges), blocks, comments, frontMatter };
}

/** The text with everything outside `ranges` (flat start/end pairs) masked, line breaks kept. */
function buildMasked(text: string, flat: number[]): string {
  let ranges = flat;
  for (let i = 2; i < flat.length; i += 2) {
    if (flat[i] < flat[i - 2]) {
      const pairs: [number, number][] = [];
      for (let j = 0; j < flat.length; j += 2) pairs.push([flat[j], flat[j + 1]]);
      ranges = pairs.sort((a, b) => a[0] - b[0]).flat();
      break;
    }
  }
  const parts: string[] = [];
  let at = 0;
  const maskUpTo = (end: number) => {
    if (end > at) parts.push(text.slice(at, end).replace(/[^\r\n]/g, MASK));
  };
  for (let i = 0; i < ranges.length; i += 2) {
    const start = Math.max(ranges[i], at);
    const end = ranges[i + 1];
    if (end <= start) continue;
    maskUpTo(start);
    parts.push(text.slice(start, end));
    at = end;
  }
  maskUpTo(text.length);
  return parts.join('');
}

function lineEndOf(lines: LineIndex, line: number): number {
  return lines.lineEnd(Math.min(line, lines.lineCount - 1));
}

/** Finds the `1.` or `-` of a list item on its first line (after any indentation or `>`). */
function findListMarker(text: string, lines: LineIndex, token: Token): ListItemMarker | undefined {
  const line = token.map![0];
  const lineStart = lines.lineStarts[line];
  const lineText = text.slice(lineStart, lines.lineEnd(line));
  if (token.info) {
    const m = /^[\s>]*?(\d{1,9})([.)])/.exec(lineText);
    if (!m) return undefined;
    const start = lineStart + m[0].length - m[1].length - 1;
    return { ordered: true, number: Number(m[1]), delimiter: m[2], start, end: start + m[1].length + 1 };
  }
  const m = /^[\s>]*?([-*+])/.exec(lineText);
  if (!m) return undefined;
  const start = lineStart + m[0].length - 1;
  return { ordered: false, delimiter: m[1], start, end: start + 1 };
}

interface InlineSpan {
  first: number;
  last: number;
  cursor: number;
}

/**
 * Finds each prose child of an inline token in the source, in order, and unmasks it.
 * A child that cannot be found verbatim (rare: a tab expanded inside a list) stays masked, which
 * errs towards silence.
 */
function walkInline(
  text: string,
  children: Token[],
  from: number,
  limit: number,
  unmask: (start: number, end: number) => void,
  comments: HtmlComment[],
): InlineSpan {
  let cursor = from;
  let first = -1;
  let last = -1;
  let insideAutolink = false;
  const locate = (needle: string): number => {
    if (!needle) return -1;
    const at = text.indexOf(needle, cursor);
    return at >= 0 && at + needle.length <= limit ? at : -1;
  };
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        const at = locate(child.content);
        if (at < 0) break;
        cursor = at + child.content.length;
        if (insideAutolink) break;
        unmask(at, cursor);
        if (first < 0) first = at;
        last = cursor;
        break;
      }
      case 'code_inline': {
        const at = locate(child.content);
        if (at >= 0) cursor = at + child.content.length + child.markup.length;
        break;
      }
      case 'html_inline': {
        const at = locate(child.content);
        if (at < 0) break;
        cursor = at + child.content.length;
        collectComments(text, at, cursor, comments);
        break;
      }
      case 'text_special': {
        const at = locate(child.markup);
        if (at >= 0) cursor = at + child.markup.length;
        break;
      }
      case 'image': {
        // The alt text and the destination are not prose; skip past the closing parenthesis.
        const at = locate('](');
        if (at >= 0) cursor = skipDestination(text, at + 1, limit);
        break;
      }
      case 'link_open':
        insideAutolink = child.markup === 'autolink' || child.markup === 'linkify';
        break;
      case 'link_close':
        insideAutolink = false;
        if (text.startsWith('](', cursor)) cursor = skipDestination(text, cursor + 1, limit);
        else if (text.startsWith('][', cursor)) {
          const close = text.indexOf(']', cursor + 2);
          if (close >= 0 && close < limit) cursor = close + 1;
        }
        break;
      default:
        break;
    }
  }
  return { first, last, cursor };
}

/** `at` is on the `(` of a link destination; returns the offset after its matching `)`. */
function skipDestination(text: string, at: number, limit: number): number {
  let depth = 0;
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return at;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
function collectComments(text: string, start: number, end: number, out: HtmlComment[]): void {
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(COMMENT)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1].trim() });
  }
}

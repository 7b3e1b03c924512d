// A shortcut for markdown-it's block parse of a document that uses no block syntax at all.
//
// Text pasted from a word processor or a web page is often Markdown only by file name: no line
// starts with a heading mark, a list marker, a quote, a fence, a table row, HTML or indentation.
// The block parser then finds nothing but paragraphs (runs of non-blank lines), yet it still
// walks every character of the document to measure line indentation; producing the paragraph
// tokens directly is most of a cold run's parse for such a document.
//
// The shortcut must give exactly the tokens the real parser gives. It is used only when
// markdown-it's block rules are the ones this was written against, only when no line could open
// any of them, and a property test compares both parsers on generated documents.

import type MarkdownIt from 'markdown-it';

type CoreState = Parameters<Parameters<MarkdownIt['core']['ruler']['at']>[1]>[0];

/** markdown-it 14's block rules, in order. */
const KNOWN_RULES = 'table,code,fence,blockquote,hr,list,reference,html_block,heading,lheading,paragraph';

/**
 * A line that could start or change a block: indented (code, or a list's continuation), or
 * starting with a character some block rule opens on — # heading, > quote, * - + _ list or rule,
 * = - setext underline, ` ~ fence, < HTML, [ link reference, | : - table delimiter row — or an
 * ordered list marker (1. or 1) followed by a space or the line's end). Whitespace-only lines are
 * blank lines, not indentation.
 */
const BLOCK_SYNTAX_LINE = /^(?:[ \t]+[^ \t\n]|[#>*+\-_=`~<|[:]|\d{1,9}[.)](?:[ \t]|$))/m;

/** Installs the shortcut in `parser` when its block rules are the known ones; returns whether it did. */
export function installPlainBlocks(parser: MarkdownIt): boolean {
  // `__rules__` is markdown-it's own list of a ruler's rules (not in its type declarations).
  type Rules = { __rules__: { name: string; fn: (state: CoreState) => void }[] };
  const names = (parser.block.ruler as unknown as Rules).__rules__.map((r) => r.name).join(',');
  const ownBlockRule = (parser.core.ruler as unknown as Rules).__rules__.find((r) => r.name === 'block')?.fn;
  if (names !== KNOWN_RULES || !ownBlockRule) return false;
  parser.core.ruler.at('block', (state: CoreState) => {
    if (state.inlineMode || BLOCK_SYNTAX_LINE.test(state.src)) ownBlockRule(state);
    else pushParagraphs(state);
  });
  return true;
}

/** The paragraphs of a text without block syntax: each run of non-blank lines, as markdown-it's paragraph rule writes it. */
function pushParagraphs(state: CoreState): void {
  // state.src is normalized: every line break is \n.
  const src = state.src;
  let line = 0;
  let paragraphStart = -1;
  let paragraphLine = 0;
  let lineStart = 0;
  let previousLineEnd = 0;
  const close = (endLine: number) => {
    const open = new state.Token('paragraph_open', 'p', 1);
    open.map = [paragraphLine, endLine];
    open.block = true;
    const inline = new state.Token('inline', '', 0);
    // markdown-it joins the lines with their breaks and trims ASCII space, tab and line breaks
    // from the whole, keeping Unicode spaces such as the ideographic indent (its asciiTrim).
    inline.content = asciiTrim(src.slice(paragraphStart, previousLineEnd));
    inline.map = [paragraphLine, endLine];
    inline.level = 1;
    inline.block = true;
    inline.children = [];
    const closing = new state.Token('paragraph_close', 'p', -1);
    closing.block = true;
    state.tokens.push(open, inline, closing);
    paragraphStart = -1;
  };
  while (lineStart <= src.length) {
    const newline = src.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? src.length : newline;
    if (isBlank(src, lineStart, lineEnd)) {
      if (paragraphStart >= 0) close(line);
    } else if (paragraphStart < 0) {
      paragraphStart = lineStart;
      paragraphLine = line;
    }
    previousLineEnd = lineEnd;
    if (newline < 0) break;
    lineStart = newline + 1;
    line++;
  }
  // Reached only when the text does not end in a line break: its last line ends the paragraph.
  if (paragraphStart >= 0) close(line + 1);
}

function asciiTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isAsciiTrimmable(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isAsciiTrimmable(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Only spaces and tabs: markdown-it's empty line. */
function isBlank(src: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

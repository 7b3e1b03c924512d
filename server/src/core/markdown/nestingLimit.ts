// What markdown-it does at its nesting limit, changed so that no text goes unchecked.
//
// markdown-it stops descending into lists and block quotes at `maxNesting` levels (a guard
// against deep recursion). At that depth its block parser gives up on the rest of the input
// range: the innermost list item or quote swallows every following line of the document, and
// those lines produce no tokens at all, so fifty nested list markers at the top of a file hid
// everything below them from every rule.
//
// Here the parser still stops descending, but instead of swallowing the range it reads the
// lines that belong to the innermost block as plain paragraphs, with markdown-it's own paragraph
// rule (which never recurses), and hands back the lines that do not belong to it, exactly where
// the normal parse would have stopped. Below the limit nothing changes: the wrapper calls
// markdown-it's own tokenizer.

import type MarkdownIt from 'markdown-it';

type BlockState = Parameters<MarkdownIt['block']['tokenize']>[0];
type BlockRule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

/** Installs the fallback in `parser`; returns false when its block parser lacks the paragraph rule. */
export function installNestingFallback(parser: MarkdownIt): boolean {
  // `__rules__` is markdown-it's own list of a ruler's rules (not in its type declarations).
  const rules = (parser.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const paragraph = rules.find((r) => r.name === 'paragraph')?.fn;
  if (!paragraph) return false;
  const ownTokenize = parser.block.tokenize.bind(parser.block);
  parser.block.tokenize = (state: BlockState, startLine: number, endLine: number) => {
    if (state.level < maxNesting(state.md)) ownTokenize(state, startLine, endLine);
    else paragraphsAtLimit(state, startLine, endLine, paragraph);
  };
  return true;
}

/** markdown-it's depth limit (100 in the default preset; not in its type declarations). */
export function maxNesting(md: MarkdownIt): number {
  return (md.options as { maxNesting?: number }).maxNesting ?? Infinity;
}

/**
 * markdown-it's block loop with the paragraph rule as its only rule: the same stopping points
 * (a line indented less than the enclosing block's content ends it), the same blank-line and
 * tightness bookkeeping, and no further descent.
 */
function paragraphsAtLimit(state: BlockState, startLine: number, endLine: number, paragraph: BlockRule): void {
  let line = startLine;
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) break;
    if (state.sCount[line] < state.blkIndent) break;
    paragraph(state, line, endLine, false);
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
  }
}

// A shortcut for markdown-it's first core rule, `normalize`, which rewrites every line break as
// \n and every NUL as U+FFFD. It does so with a regular-expression replace that matches each \n
// and builds a new copy of the document even when nothing changes, which costs more than the
// rest of the parse of a plain text in the language server, once per keystroke. Most documents
// have neither \r nor NUL: for them the source is already normal and is left as it is. Any
// other text is normalized exactly as markdown-it does it.

import type MarkdownIt from 'markdown-it';

type CoreState = Parameters<Parameters<MarkdownIt['core']['ruler']['at']>[1]>[0];

const NEWLINES = /\r\n?|\n/g;
const NUL = /\0/g;

/** Installs the shortcut when `parser`'s first core rule is markdown-it's own normalize; returns whether it did. */
export function installPlainNormalize(parser: MarkdownIt): boolean {
  // `__rules__` is markdown-it's own list of a ruler's rules (not in its type declarations).
  const rules = (parser.core.ruler as unknown as { __rules__: { name: string }[] }).__rules__;
  if (rules[0]?.name !== 'normalize') return false;
  parser.core.ruler.at('normalize', (state: CoreState) => {
    let src = state.src;
    if (src.includes('\r')) src = src.replace(NEWLINES, '\n');
    if (src.includes('\0')) src = src.replace(NUL, '\uFFFD');
    state.src = src;
  });
  return true;
}

// A shortcut for markdown-it's inline parse of text that holds no inline Markdown at all.
//
// Most paragraphs of a 公文 contain no character that can open an inline construct (code span,
// emphasis, link, image, autolink, HTML, entity, escape). For such text markdown-it's inline
// parser only walks the characters to produce what can be written down directly: one text token
// per line, without the spaces at its end (the newline rule trims them) or at the start of the
// next line, and a break token between lines (hard after two or more spaces). Producing those
// tokens directly skips a character-by-character walk that is a fifth of a cold run's parse.
//
// The shortcut must give exactly the tokens the real parser gives. It is therefore used only
// when markdown-it's inline rules are the ones this was written against (a version that adds a
// rule turns it off), and a property test compares both on generated documents.

import type MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];
type CoreState = Parameters<Parameters<MarkdownIt['core']['ruler']['at']>[1]>[0];

/** markdown-it 14's inline rules; the shortcut knows what each of them does with plain text. */
const KNOWN_RULES = 'text,linkify,newline,escape,backticks,strikethrough,emphasis,link,image,autolink,html_inline,entity';
const KNOWN_POST_RULES = 'balance_pairs,strikethrough,emphasis,fragments_join';

/**
 * Characters at which one of those rules can start something other than text: \ escape, ` code,
 * ~ strikethrough, * and _ emphasis, [ link (and the ![ of an image: a ! without [ is text),
 * < autolink and HTML, & entity. Linkify is off in our parser, so URLs are plain text either way.
 */
const INLINE_SYNTAX = /[\\`~*_[<&]/;

/** Installs the shortcut in `parser` when its inline rules are the known ones; returns whether it did. */
export function installPlainInline(parser: MarkdownIt): boolean {
  // `__rules__` is markdown-it's own list of a ruler's rules (not in its type declarations).
  const names = (ruler: unknown) => (ruler as { __rules__: { name: string }[] }).__rules__.map((r) => r.name).join(',');
  if (names(parser.inline.ruler) !== KNOWN_RULES || names(parser.inline.ruler2) !== KNOWN_POST_RULES) return false;
  if (parser.options.linkify) return false;
  parser.core.ruler.at('inline', (state: CoreState) => {
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue;
      if (INLINE_SYNTAX.test(token.content)) parser.inline.parse(token.content, parser, state.env, token.children ?? (token.children = []));
      else plainChildren(state, token.content, token.children ?? (token.children = []));
    }
  });
  return true;
}

/** What markdown-it's newline and text rules make of `content`, which has no inline syntax. */
function plainChildren(state: CoreState, content: string, out: Token[]): void {
  let at = 0;
  while (at <= content.length) {
    const newline = content.indexOf('\n', at);
    const lineEnd = newline < 0 ? content.length : newline;
    let end = lineEnd;
    let breakType: 'softbreak' | 'hardbreak' | undefined;
    if (newline >= 0) {
      // One trailing space is dropped before a soft break; two or more make a hard break and
      // are all dropped.
      breakType = 'softbreak';
      if (end > at && content.charCodeAt(end - 1) === 0x20) {
        end--;
        if (end > at && content.charCodeAt(end - 1) === 0x20) {
          breakType = 'hardbreak';
          while (end > at && content.charCodeAt(end - 1) === 0x20) end--;
        }
      }
    }
    if (end > at) {
      const text = new state.Token('text', '', 0);
      text.content = content.slice(at, end);
      out.push(text);
    }
    if (!breakType) break;
    out.push(new state.Token(breakType, 'br', 0));
    at = newline + 1;
    // The next line's leading spaces and tabs belong to no token.
    while (at < content.length && (content.charCodeAt(at) === 0x20 || content.charCodeAt(at) === 0x09)) at++;
  }
}

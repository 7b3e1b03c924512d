// Shared by the tests of the markdown-it shortcuts: our parser's settings and its tokens as plain
// data, so two parsers can be compared with deepEqual.

import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';

/** markdown-it as the prose model configures it, with `install` applied when given. */
export function proseParser(install?: (md: MarkdownIt) => boolean): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false });
  md.disable('text_join');
  if (install && !install(md)) throw new Error('the shortcut does not apply to the installed markdown-it');
  return md;
}

/** Every token with the fields the prose model and markdown-it's renderers read. */
export function tokenStream(md: MarkdownIt, text: string): unknown[] {
  return md.parse(text, {}).map((t) => ({
    type: t.type,
    tag: t.tag,
    nesting: t.nesting,
    level: t.level,
    block: t.block,
    content: t.content,
    map: t.map,
    children: t.children?.map((c) => ({ type: c.type, content: c.content, markup: c.markup })) ?? null,
  }));
}

/** One test per named text: the parser with a shortcut gives markdown-it's own tokens. */
export function itGivesMarkdownItsTokens(cases: readonly [string, string][], shortcut: MarkdownIt, real: MarkdownIt): void {
  for (const [name, text] of cases) {
    it(`gives markdown-it's own tokens: ${name}`, () => {
      assert.deepEqual(tokenStream(shortcut, text), tokenStream(real, text));
    });
  }
}

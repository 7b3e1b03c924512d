// Renumbering the outline: the whole document, or one section. It applies the fixes of the
// outline/sequence rule, so the command and the rule agree on what “in sequence” means.

import type { SourceDocument } from '../document';
import type { ResolvedConfig } from '../config/resolve';
import { outlineIndex } from '../outline/model';
import { sequence } from '../rules/outline/sequence';
import type { Locale, TextEdit } from '../types';
import { fixEdit } from './fixes';

export interface RenumberOptions {
  config: ResolvedConfig;
  locale?: Locale;
}

/**
 * The span whose numbers “renumber this section” rewrites for the line that holds `offset`: the
 * items below the item on that line, or, when it has no children, below its parent; at the top
 * level, the roots of the piece (a document pasted with several titles has several pieces).
 */
export function sectionSpan(doc: SourceDocument, offset: number): { start: number; end: number } {
  const lines = doc.lines;
  const line = lines.lineOf(Math.max(0, Math.min(offset, doc.text.length)));
  const outline = doc.get(outlineIndex);
  let item = outline.itemAt(lines.lineEnd(line));
  // An item without children has nothing below it to renumber: take the list it belongs to.
  while (item && item.children.length === 0) item = item.parent;
  if (item) return { start: item.end, end: item.sectionEnd };
  const lineStart = lines.lineStarts[line];
  const piece = outline.pieces.find((p) => p.start <= lineStart && lineStart < p.end) ?? outline.pieces[0];
  return { start: piece.start, end: piece.end };
}

/**
 * The edit that renumbers the whole document, or (given `offset`) the section around it; see
 * sectionSpan. The rule runs even when the user switched it off, since renumbering asks for it,
 * with the options the user gave it.
 */
export function renumberEdit(doc: SourceDocument, options: RenumberOptions, offset?: number): TextEdit | undefined {
  const within = offset === undefined ? { start: 0, end: doc.text.length } : sectionSpan(doc, offset);
  const setting = options.config.rules[sequence.meta.id];
  const config: ResolvedConfig = {
    ...options.config,
    rules: { ...options.config.rules, [sequence.meta.id]: { severity: 'warning', options: setting?.options ?? {} } },
  };
  // An explicit request: renumbering after a skip, only a suggestion for --fix, is applied too.
  return fixEdit(doc.text, { config, locale: options.locale, rules: [sequence], within, optIn: ['renumber'] });
}

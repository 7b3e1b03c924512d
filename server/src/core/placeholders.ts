// “Go to next placeholder” jumps between the blanks a template leaves (××市, 20xx年, □□, ____).
// What counts as a placeholder is decided by the figure/placeholder rule alone, so the command,
// the rule's diagnostics and the snippets (which write ×× for blanks) always agree.

import type { SourceDocument } from './document';
import { lintDocument } from './engine';
import { resolveConfig } from './config/resolve';
import { ruleById } from './rules';

export const PLACEHOLDER_RULE_ID = 'figure/placeholder';

export interface PlaceholderRange {
  start: number;
  end: number;
}

const placeholderIndex = {
  name: 'placeholders',
  build(doc: SourceDocument): PlaceholderRange[] {
    const rule = ruleById(PLACEHOLDER_RULE_ID);
    if (!rule) return [];
    // The rule runs with its defaults even when the user switched it off: the command asks for it.
    const config = resolveConfig([rule], []);
    // The blanks of one sentence are one finding; the others are its related locations.
    return lintDocument(doc, { rules: [rule], config })
      .flatMap((f) => [{ start: f.start, end: f.end }, ...f.related.map((r) => ({ start: r.start, end: r.end }))])
      .sort((a, b) => a.start - b.start);
  },
};

export function findPlaceholders(doc: SourceDocument): PlaceholderRange[] {
  return doc.get(placeholderIndex);
}

/** The first placeholder starting after `offset`, wrapping around to the document's start. */
export function nextPlaceholder(doc: SourceDocument, offset: number): PlaceholderRange | undefined {
  const all = findPlaceholders(doc);
  return all.find((p) => p.start > offset) ?? all[0];
}

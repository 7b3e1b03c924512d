// Inline suppression comments, read from the HTML comments the Markdown parser found:
//   <!-- gongwen-disable-next-line outline/sequence -->   the next line
//   <!-- gongwen-disable-line figure/range -->            the comment's own line
//   <!-- gongwen-disable figure/count --> … <!-- gongwen-enable figure/count -->
//   <!-- gongwen-disable-file docno/year -->              the whole file
// Without rule ids a directive covers every rule. The editor's “disable for this line” writes
// the second form (disableLineEdit, below), so what is written and what is read live together.

import type { HtmlComment } from './markdown/prose';
import { familyOf } from './rules/family';
import type { LineIndex } from './text/lineIndex';
import type { TextEdit } from './types';

interface Span {
  start: number;
  end: number;
  /** Rule ids, or undefined for all rules. */
  rules?: Set<string>;
}

const DIRECTIVE = /^gongwen-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

export class Suppressions {
  private readonly spans: Span[] = [];

  constructor(comments: readonly HtmlComment[], lines: LineIndex, textLength: number) {
    const open = new Map<string, number>(); // rule id or '*' → offset where disabled
    for (const comment of comments) {
      const m = DIRECTIVE.exec(comment.body);
      if (!m) continue;
      const ids = parseIds(m[2]);
      const rules = ids.length ? new Set(ids) : undefined;
      switch (m[1]) {
        case 'disable-next-line': {
          const line = lines.lineOf(comment.end) + 1;
          if (line < lines.lineCount) this.spans.push({ start: lines.lineStarts[line], end: lines.lineEnd(line), rules });
          break;
        }
        case 'disable-line': {
          const line = lines.lineOf(comment.start);
          this.spans.push({ start: lines.lineStarts[line], end: lines.lineEnd(line), rules });
          break;
        }
        case 'disable-file':
          this.spans.push({ start: 0, end: textLength, rules });
          break;
        case 'disable':
          for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, comment.end);
          break;
        case 'enable':
          for (const id of ids.length ? ids : [...open.keys()]) {
            const from = open.get(id);
            if (from === undefined) continue;
            open.delete(id);
            this.spans.push({ start: from, end: comment.start, rules: id === '*' ? undefined : new Set([id]) });
          }
          break;
      }
    }
    for (const [id, from] of open) {
      this.spans.push({ start: from, end: textLength, rules: id === '*' ? undefined : new Set([id]) });
    }
  }

  /** Whether a finding of `ruleId` starting at `offset` is suppressed. */
  covers(ruleId: string, offset: number): boolean {
    return this.spans.some(
      (s) => offset >= s.start && offset <= s.end && (!s.rules || s.rules.has(ruleId) || s.rules.has(familyOf(ruleId))),
    );
  }
}

function parseIds(list: string | undefined): string[] {
  if (!list) return [];
  // Anything after `--` is a free-text reason, as in ESLint.
  const ids = list.split('--')[0];
  return ids.split(/[\s,，]+/).filter(Boolean);
}

/**
 * Appends `<!-- gongwen-disable-line rule -->` to a line (0-based). A comment at the end of the
 * line keeps the paragraph whole; a comment line above would split a paragraph that spans lines.
 */
export function disableLineEdit(lines: LineIndex, line: number, ruleId: string): TextEdit {
  const end = lines.lineEnd(line);
  const lineText = lines.lineText(line);
  const sep = lineText.length === 0 || /\s$/.test(lineText) ? '' : ' ';
  return { start: end, end, text: `${sep}<!-- gongwen-disable-line ${ruleId} -->` };
}

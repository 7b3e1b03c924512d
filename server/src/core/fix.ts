// Fixes are edits on absolute offsets. A finding's edits apply together or not at all; edits of
// different findings that overlap are left for the next pass, and `fixText` repeats passes until
// nothing changes, within a bound, so one run of `--fix` reaches a stable text.

import type { TextEdit } from './types';

export interface ApplyResult {
  text: string;
  /** How many edit groups were applied. */
  applied: number;
  /** Groups skipped because they overlapped one already taken; the next pass retries them. */
  deferred: number;
}

/** Applies groups of edits (each group all-or-nothing), earliest group first wins an overlap. */
export function applyEditGroups(text: string, groups: readonly (readonly TextEdit[])[]): ApplyResult {
  const ordered = groups
    .filter((g) => g.length > 0)
    .map((g) => [...g].sort((a, b) => a.start - b.start || a.end - b.end))
    .sort((a, b) => a[0].start - b[0].start || a[a.length - 1].end - b[b.length - 1].end);
  const taken: TextEdit[] = [];
  let deferred = 0;
  let applied = 0;
  for (const group of ordered) {
    if (!groupIsValid(group, text.length) || group.some((e) => overlapsAny(e, taken))) {
      deferred++;
      continue;
    }
    taken.push(...group);
    applied++;
  }
  // One pass over the text, joining the unchanged stretches and the replacements in order:
  // slicing the whole text once per edit would be quadratic (thousands of fixes in a 1 MB file).
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const edit of taken) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, deferred };
}

function groupIsValid(group: readonly TextEdit[], length: number): boolean {
  for (let i = 0; i < group.length; i++) {
    const e = group[i];
    if (e.start < 0 || e.end > length || e.start > e.end) return false;
    if (i > 0 && overlaps(group[i - 1], e)) return false;
  }
  return true;
}

/** Two edits conflict when their ranges intersect, or when both insert at the same offset. */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function overlapsAny(edit: TextEdit, taken: readonly TextEdit[]): boolean {
  return taken.some((t) => overlaps(edit, t));
}

/** The most passes `fixText` makes; a fix that keeps producing new fixes is a rule bug. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  text: string;
  passes: number;
  applied: number;
}

/** Lints, applies every certain fix, and repeats until a pass changes nothing. */
export function fixText(text: string, fixesOf: (text: string) => (readonly TextEdit[])[]): FixOutcome {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const groups = fixesOf(current);
    if (groups.length === 0) break;
    passes++;
    const result = applyEditGroups(current, groups);
    if (result.applied === 0 || result.text === current) break;
    applied += result.applied;
    current = result.text;
  }
  return { text: current, passes, applied };
}

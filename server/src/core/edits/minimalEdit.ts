// The smallest single edit between two versions of a text. Every editor command that rewrites a
// document (fix all, fix one rule, renumber) computes the new text and sends only what changed,
// so the cursor, folding and markers outside the changed span are kept.

import type { TextEdit } from '../types';

/**
 * The smallest single edit that turns `before` into `after`: the common prefix and suffix stay
 * untouched. Undefined when the texts are equal.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair or a CRLF between the kept and the replaced part.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (start > 0 && before.charCodeAt(start - 1) === 13 && before.charCodeAt(start) === 10) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

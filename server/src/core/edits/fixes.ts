// Fixing as one edit: every certain fix of a document, of one rule, or of a span, applied until
// the text is stable (engine.fixAll, the one fix loop) and handed back as the smallest edit that
// turns the text into the fixed one. The editor sends this edit; the CLI writes the fixed text.

import { fixAll, type FixOptions } from '../engine';
import { allRules, ruleById } from '../rules';
import { familyOf } from '../rules/family';
import type { Rule, TextEdit } from '../types';
import { minimalEdit } from './minimalEdit';

export interface FixEditOptions extends FixOptions {
  /** Only the fixes of this rule (an id such as `figure/fullwidth-digit`). */
  ruleId?: string;
}

/**
 * Every certain fix (of `ruleId` only, and inside `within` only, when given), as one edit of
 * `text`; undefined when nothing changes or the rule does not exist.
 */
export function fixEdit(text: string, options: FixEditOptions = {}): TextEdit | undefined {
  const { ruleId, ...fixOptions } = options;
  if (ruleId) {
    const rule = ruleById(ruleId);
    if (!rule) return undefined;
    fixOptions.rules = [rule];
  }
  return minimalEdit(text, fixAll(text, fixOptions).text);
}

/**
 * The rules named by a list of rule ids and family names (`figure`, `outline/sequence`), in
 * registry order, or the first name that matches nothing. The CLI's `--only` uses it.
 */
export function selectRules(names: readonly string[], rules: readonly Rule[] = allRules): { rules: Rule[] } | { unknown: string } {
  for (const name of names) {
    if (!rules.some((r) => r.meta.id === name || familyOf(r.meta.id) === name)) return { unknown: name };
  }
  return { rules: rules.filter((r) => names.includes(r.meta.id) || names.includes(familyOf(r.meta.id))) };
}

// Rule ids are namespaced by family (`figure/range`); a family name stands for all its rules in
// settings, suppression comments and the CLI's --only.

import type { Rule } from '../types';

/** The family of a rule id: `figure` for `figure/range`. */
export function familyOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}

/** The families of some rules, in the order they first appear. */
export function familiesOf(rules: readonly Rule[]): string[] {
  return [...new Set(rules.map((rule) => familyOf(rule.meta.id)))];
}

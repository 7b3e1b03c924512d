// The explicit registry: every rule the product ships, family by family. A rule not listed
// here does not exist; the meta tests check that docs, schema and README agree with this list.

import type { Rule } from '../types';
import { familiesOf } from './family';
import { outlineRules } from './outline';
import { docnoRules } from './docno';
import { figureRules } from './figure';
import { punctuationRules } from './punctuation';
import { wordingRules } from './wording';

export const allRules: readonly Rule[] = [...outlineRules, ...docnoRules, ...figureRules, ...punctuationRules, ...wordingRules];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule families, for `--rule outline:off` style settings and family-wide suppression. */
export const ruleFamilies: readonly string[] = familiesOf(allRules);

// The properties every document must satisfy, whatever rules are registered: the engine never
// throws and no rule crashes or reports nonsense; every range lies inside the text; the fixes
// of one pass never overlap; applying them changes only the ranges the findings report; and
// `--fix` is idempotent; and in a collection of speeches, fixing the numbering of one speech
// never changes another. Shared by test/property/engine.test.ts and scripts/fuzz/fuzz.ts.

import { fixAll, INTERNAL_RULE_ID, lint, type LintOptions } from '../../server/src/core/engine';
import { applyEditGroups, overlaps } from '../../server/src/core/fix';
import { resolveConfig } from '../../server/src/core/config/resolve';
import { allRules, ruleById } from '../../server/src/core/rules';
import type { Finding, OptInFix, TextEdit } from '../../server/src/core/types';
import type { Collection } from './documents';

export class PropertyViolation extends Error {
  constructor(
    readonly property: string,
    detail: string,
  ) {
    super(`${property}: ${detail}`);
  }
}

/** Every registered rule at its default severity (none is off by default, so all run). */
export function allRulesOn(): LintOptions {
  return { config: resolveConfig(allRules, []) };
}

function fail(property: string, detail: string): never {
  throw new PropertyViolation(property, detail);
}

function describe(f: Finding): string {
  return `${f.ruleId} ${f.start}–${f.end}${f.fix ? ` fix ${JSON.stringify(f.fix)}` : ''}`;
}

/** Checks one document; throws a PropertyViolation naming the first property that fails. */
export function checkDocument(text: string, options: LintOptions = allRulesOn()): void {
  let findings: Finding[];
  try {
    findings = lint(text, options);
  } catch (error) {
    fail('engine never throws', error instanceof Error ? (error.stack ?? error.message) : String(error));
  }

  const crash = findings.find((f) => f.ruleId === INTERNAL_RULE_ID);
  if (crash) fail('no rule crashes or reports an invalid range', crash.message);

  const inside = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length;
  for (const f of findings) {
    if (!inside(f.start, f.end)) fail('every range is inside the text', describe(f));
    for (const e of [...(f.fix ?? []), ...f.suggestions.flatMap((s) => s.edits)]) {
      if (!inside(e.start, e.end)) fail('every range is inside the text', describe(f));
    }
    for (const r of f.related) if (!inside(r.start, r.end)) fail('every range is inside the text', `${describe(f)} related ${r.start}–${r.end}`);
  }

  // The certain fixes of one pass: no two findings' edits overlap, and each edit stays inside
  // a range its finding reports, its own or a related location (a document-wide finding names
  // the other places it fixes as related locations), so a fix only changes what it names.
  const fixed = findings.filter((f) => f.fix);
  const edits: { edit: TextEdit; finding: Finding }[] = [];
  for (const f of fixed) {
    const ranges = [f, ...f.related];
    for (const edit of f.fix as TextEdit[]) {
      if (!ranges.some((r) => r.start <= edit.start && edit.end <= r.end)) {
        fail('applying the fixes changes only the reported ranges', `${describe(f)}: edit ${edit.start}–${edit.end} is outside the finding's ranges ${ranges.map((r) => `${r.start}–${r.end}`).join(', ')}`);
      }
      for (const other of edits) {
        if (other.finding !== f && overlaps(edit, other.edit)) fail('fixes of one pass never overlap', `${describe(f)} and ${describe(other.finding)}`);
      }
      edits.push({ edit, finding: f });
    }
  }

  // One pass applied by the fixer must equal the edits spliced in by hand: the text between
  // the edits survives unchanged, and no edit is dropped or moved.
  const ordered = edits.map((x) => x.edit).sort((a, b) => a.start - b.start || a.end - b.end);
  let rebuilt = '';
  let cursor = 0;
  for (const e of ordered) {
    rebuilt += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  rebuilt += text.slice(cursor);
  const pass = applyEditGroups(text, fixed.map((f) => f.fix as TextEdit[]));
  if (pass.deferred > 0 || pass.text !== rebuilt) {
    fail('applying the fixes changes only the reported ranges', `fixer gave ${JSON.stringify(pass.text)}, expected ${JSON.stringify(rebuilt)}`);
  }

  const once = fixAll(text, options).text;
  if (ordered.length === 0 && once !== text) fail('applying the fixes changes only the reported ranges', 'fixAll changed a text that has no fix');
  const twice = fixAll(once, options).text;
  if (twice !== once) fail('--fix twice equals --fix once', `first ${JSON.stringify(once)}\nsecond ${JSON.stringify(twice)}`);
}

/** Whether a finding is a fault in any language (RuleMeta.appliesTo 'any', or one of its anyLanguageMessages). */
export function isAnyLanguageFinding(f: Finding): boolean {
  const meta = ruleById(f.ruleId)?.meta;
  return meta?.appliesTo === 'any' || (meta?.anyLanguageMessages?.includes(f.messageId) ?? false);
}

/**
 * English text gets no finding of a rule for Chinese text: none at all in an English document
 * (`english` undefined), none starting inside the given ranges of a mixed one.
 */
export function checkEnglishQuiet(text: string, english?: readonly { start: number; end: number }[], options: LintOptions = allRulesOn()): void {
  const findings = lint(text, options);
  for (const f of findings) {
    if (f.ruleId === INTERNAL_RULE_ID) fail('no rule crashes or reports an invalid range', f.message);
    if (isAnyLanguageFinding(f)) continue;
    if (english && !english.some((r) => r.start <= f.start && f.start < r.end)) continue;
    fail('English text gets only the faults of any language', `${describe(f)} on ${JSON.stringify(text.slice(f.start, f.end + 20))}`);
  }
}

/**
 * A collection of speeches, each a numbering scope of its own: renumbering the whole collection
 * (with and without the opt-in renumbering) gives what renumbering each speech alone gives, so
 * no fix reaches from one speech into the next.
 */
export function checkCollection({ speeches, separator }: Collection): void {
  const sequence = ruleById('outline/sequence')!;
  const config = resolveConfig([sequence], []);
  for (const optIn of [[], ['renumber']] as OptInFix[][]) {
    const options = { rules: [sequence], config, optIn };
    const whole = fixAll(speeches.join(separator), options).text;
    const apart = speeches.map((speech) => fixAll(speech, options).text).join(separator);
    if (whole !== apart) fail('a fix stays within its speech', `optIn ${JSON.stringify(optIn)}\nwhole ${JSON.stringify(whole)}\napart ${JSON.stringify(apart)}`);
  }
}

/** What the fuzzer generates and keeps: a document, or a collection of speeches with its text. */
export interface FuzzCase {
  text: string;
  collection?: Collection;
}

export function checkFuzzCase(c: FuzzCase): void {
  checkDocument(c.text);
  if (c.collection) checkCollection(c.collection);
}

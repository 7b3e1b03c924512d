// The engine: runs the configured rules over one document and returns validated, localized
// findings. Every door of the product (CLI, language server, library) calls `lint` and
// `fixAll`, so the same input gives the same findings everywhere.

import { SourceDocument } from './document';
import { fixText, overlaps, type FixOutcome } from './fix';
import { catalogue } from './catalogue';
import { formatMessage } from './messages';
import { allRules } from './rules';
import { resolveConfig, type ResolvedConfig } from './config/resolve';
import { Suppressions } from './suppress';
import { measured } from './timing';
import { textLanguageIndex } from './text/language';
import type { LineIndex } from './text/lineIndex';
import type { Finding, Locale, OptInFix, Report, Rule, RuleContext, Severity, TextEdit } from './types';

/** The id of the finding that stands in for a rule that crashed or reported nonsense. */
export const INTERNAL_RULE_ID = 'internal/rule-error';

export interface LintOptions {
  config?: ResolvedConfig;
  /** Overrides the config's locale; Chinese by default. */
  locale?: Locale;
  /** The rules to consider (all registered rules by default). */
  rules?: readonly Rule[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(new SourceDocument(text, { userWords: options.config?.userWords }), options);
}

export function lintDocument(doc: SourceDocument, options: LintOptions = {}): Finding[] {
  const rules = options.rules ?? allRules;
  const config = options.config ?? resolveConfig(rules, []);
  const locale = options.locale ?? config.locale ?? 'zh';
  const suppressions = new Suppressions(doc.prose.comments, doc.lines, doc.text.length);
  const findings: Finding[] = [];
  const seen = new Set<string>();

  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    const configured = setting.severity;
    const reports: Report[] = [];
    const ctx: RuleContext = { doc, options: setting.options, report: (r) => void reports.push(r) };
    try {
      measured(doc.settings.timings, rule.meta.id, () => rule.check(ctx));
    } catch (error) {
      findings.push(internalFinding(rule.meta.id, locale, error));
      continue;
    }
    measured(doc.settings.timings, 'findings (validate, localize)', () => {
      const chineseOnly = rule.meta.appliesTo !== 'any';
      for (const report of reports) {
        const problem = validateReport(report, doc.text.length, rule) ?? fixScopeProblem(report, doc.lines);
        if (problem) {
          findings.push(internalFinding(rule.meta.id, locale, new Error(problem)));
          continue;
        }
        if (chineseOnly && !inChineseText(doc, rule, report)) continue;
        if (suppressions.covers(rule.meta.id, report.start)) continue;
        const key = `${rule.meta.id}\u0001${report.start}\u0001${report.end}\u0001${report.messageId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(toFinding(rule, report, configured, locale));
      }
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || compareIds(a.ruleId, b.ruleId));
  return findings;
}

/**
 * Whether a report of a rule that enforces a Chinese convention stands in Chinese text. The
 * language index is built only when such a report exists, so a clean document never pays for it.
 */
function inChineseText(doc: SourceDocument, rule: Rule, report: Report): boolean {
  if (rule.meta.anyLanguageMessages?.includes(report.messageId)) return true;
  return doc.get(textLanguageIndex).isChineseAt(report.start);
}

/**
 * Orders rule ids by UTF-16 code units. Rule ids are lowercase ASCII letters, digits, '-' and '/',
 * for which this is the order localeCompare gave, without its cost: the first localeCompare of a
 * process loads the ICU collator, some 25 ms of a command-line run.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toFinding(rule: Rule, report: Report, configured: Severity, locale: Locale): Finding {
  const template = (id: string) => {
    const t = rule.meta.messages[id];
    if (!t) throw new Error(`rule ${rule.meta.id} has no message "${id}"`);
    return t;
  };
  const severity =
    report.severity && SEVERITY_RANK[report.severity] < SEVERITY_RANK[configured] ? report.severity : configured;
  return {
    ruleId: rule.meta.id,
    severity,
    start: report.start,
    end: report.end,
    messageId: report.messageId,
    data: report.data ?? {},
    message: formatMessage(template(report.messageId), locale, report.data),
    fix: report.fix && report.fix.length ? report.fix : undefined,
    suggestions: (report.suggestions ?? []).map((s) => ({
      title: formatMessage(template(s.messageId), locale, s.data),
      edits: s.edits,
      ...(s.optIn ? { optIn: s.optIn } : {}),
    })),
    related: (report.related ?? []).map((r) => ({
      start: r.start,
      end: r.end,
      message: formatMessage(template(r.messageId), locale, r.data),
    })),
  };
}

/** Returns what is wrong with a report, or undefined when it is sound. */
function validateReport(report: Report, length: number, rule: Rule): string | undefined {
  // Plain functions and loops, no closures or arrays per report: a large document has
  // thousands of reports, and this runs for each of them in a cold process.
  if (!inBounds(report.start, report.end, length)) return `range ${report.start}–${report.end} is outside the text (length ${length})`;
  if (!rule.meta.messages[report.messageId]) return `unknown message id "${report.messageId}"`;
  if (report.fix) {
    const problem = editsProblem(report.fix, length);
    if (problem) return problem;
  }
  for (const suggestion of report.suggestions ?? []) {
    const problem = editsProblem(suggestion.edits, length);
    if (problem) return problem;
  }
  if (report.fix && !rule.meta.fixable) return 'a rule not marked fixable reported a fix';
  for (const r of report.related ?? []) {
    if (!inBounds(r.start, r.end, length)) return `related range ${r.start}–${r.end} is outside the text`;
    if (!rule.meta.messages[r.messageId]) return `unknown message id "${r.messageId}"`;
  }
  return undefined;
}

/**
 * A fix and each suggestion may change only lines the writer is shown: the lines of the finding
 * itself and of its related locations. A fix that reaches further (renumbering past a title into
 * another speech) would change text nobody reported, so the engine refuses such a report as a
 * rule error rather than let `--fix` apply it. Run after validateReport: ranges are in bounds.
 */
function fixScopeProblem(report: Report, lines: LineIndex): string | undefined {
  if (!report.fix?.length && !report.suggestions?.length) return undefined;
  const shown: number[] = [];
  addLineSpan(shown, report.start, report.end, lines);
  for (const r of report.related ?? []) addLineSpan(shown, r.start, r.end, lines);
  const outside = (edits: readonly TextEdit[]) => {
    for (const e of edits) {
      const last = lastLineOf(e.start, e.end, lines);
      for (let line = lines.lineOf(e.start); line <= last; line++) if (!inSpans(shown, line)) return line;
    }
    return -1;
  };
  const line = outside(report.fix ?? []);
  if (line >= 0) return `a fix changes line ${line + 1}, which neither the finding nor its related locations show`;
  for (const suggestion of report.suggestions ?? []) {
    const at = outside(suggestion.edits);
    if (at >= 0) return `a suggestion changes line ${at + 1}, which neither the finding nor its related locations show`;
  }
  return undefined;
}

/** Appends the first and last line of a range as a pair to `spans`. */
function addLineSpan(spans: number[], start: number, end: number, lines: LineIndex): void {
  spans.push(lines.lineOf(start), lastLineOf(start, end, lines));
}

/** The last line a range covers: the line of its last character (an empty range: its own line). */
function lastLineOf(start: number, end: number, lines: LineIndex): number {
  return lines.lineOf(end > start ? end - 1 : start);
}

function inSpans(spans: readonly number[], line: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (spans[i] <= line && line <= spans[i + 1]) return true;
  return false;
}

function inBounds(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start <= end;
}

function editsProblem(edits: readonly TextEdit[], length: number): string | undefined {
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!inBounds(e.start, e.end, length)) return `fix edit ${e.start}–${e.end} is outside the text`;
    for (let j = 0; j < i; j++) if (overlaps(e, edits[j])) return 'fix edits overlap';
  }
  return undefined;
}

function internalFinding(ruleId: string, locale: Locale, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  const message = catalogue(locale).ruleFailed(ruleId, detail);
  return { ruleId: INTERNAL_RULE_ID, severity: 'error', start: 0, end: 0, message, messageId: 'crash', data: { rule: ruleId }, suggestions: [], related: [] };
}

export interface FixOptions extends LintOptions {
  /**
   * Only fixes whose every edit lies inside this span of the original text. The span's end moves
   * with the text's length as passes apply, so a fix that grows the text inside it stays inside.
   */
  within?: { start: number; end: number };
  /** Suggestions of these kinds are applied too, where a finding has no certain fix. */
  optIn?: readonly OptInFix[];
}

/**
 * The one fix loop of the product: lints, applies every certain fix (of the given rules, inside
 * `within` when given) and every suggestion of an opted-in kind, and repeats until the text is
 * stable, within a bound; see fix.ts. The CLI's --fix, the editor's fix-all and fix-one-rule
 * actions and renumbering all come here.
 */
export function fixAll(text: string, options: FixOptions = {}): FixOutcome {
  const within = options.within;
  return fixText(text, (current) => {
    const shift = current.length - text.length;
    const groups = fixesOf(lint(current, options), options.optIn);
    return within ? groups.filter((edits) => edits.every((e) => e.start >= within.start && e.end <= within.end + shift)) : groups;
  });
}

/** The edits `--fix` applies for these findings: each certain fix, else its first opted-in suggestion. */
export function fixesOf(findings: readonly Finding[], optIn: readonly OptInFix[] = []): TextEdit[][] {
  const groups: TextEdit[][] = [];
  for (const f of findings) {
    if (f.fix) groups.push(f.fix);
    else if (optIn.length) {
      const chosen = f.suggestions.find((s) => s.optIn && optIn.includes(s.optIn));
      if (chosen) groups.push(chosen.edits);
    }
  }
  return groups;
}

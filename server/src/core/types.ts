// The engine's vocabulary. Everything here is plain data: offsets are UTF-16 code-unit indexes
// into the exact text that was linted (BOM and CRLF included), never LSP or editor types.

import type { SourceDocument } from './document';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh' | 'en';

/** A text in both languages the product speaks. */
export interface Localized {
  zh: string;
  en: string;
}

/** Values substituted into a message template's `{name}` placeholders. */
export type MessageData = Record<string, string | number>;

/** Replace the text between `start` and `end` (end exclusive) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Kinds of suggestion `--fix` applies only when the user asks for them by name: a change that is
 * likely but not certain, such as renumbering after a skipped outline number (`--fix-renumber`).
 */
export type OptInFix = 'renumber';

/**
 * An alternative fix offered in the editor as a quick fix. `--fix` never applies it, unless it
 * names an `optIn` kind the user asked for.
 */
export interface Suggestion {
  messageId: string;
  data?: MessageData;
  edits: TextEdit[];
  optIn?: OptInFix;
}

/** Another place in the document that explains a finding (the other statement of a metric). */
export interface RelatedReport {
  start: number;
  end: number;
  messageId: string;
  data?: MessageData;
}

/** What a rule hands to `ctx.report()`. */
export interface Report {
  start: number;
  end: number;
  messageId: string;
  data?: MessageData;
  /** The certain fix: `--fix` and "fix all" apply these edits together. */
  fix?: TextEdit[];
  suggestions?: Suggestion[];
  related?: RelatedReport[];
  /** Lower the configured severity for this one report (a doubtful case), never raise it. */
  severity?: Severity;
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface ResolvedSuggestion {
  title: string;
  edits: TextEdit[];
  optIn?: OptInFix;
}

/** A finding as the engine returns it: validated, localized, with its effective severity. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  messageId: string;
  data: MessageData;
  fix?: TextEdit[];
  suggestions: ResolvedSuggestion[];
  related: RelatedLocation[];
}

export type OptionType = 'boolean' | 'integer' | 'string' | 'string-array';

export interface OptionSchema {
  type: OptionType;
  default: boolean | number | string | string[];
  description: Localized;
  enum?: string[];
  minimum?: number;
  /** For string arrays: the shape every item must have (a regular expression), and how to describe it. */
  itemPattern?: { pattern: string; description: Localized };
}

/** A snippet of Markdown that documents the rule and runs as a test. */
export interface RuleExample {
  text: string;
  /** What the example shows, in both languages. */
  note?: Localized;
}

export interface RuleMeta {
  /** family/kebab-name; never changes once released. */
  id: string;
  title: Localized;
  description: Localized;
  /** The clause or the convention the rule follows, e.g. "GB/T 9704-2012 7.3.3". */
  source: Localized;
  severity: Severity;
  fixable: boolean;
  messages: Record<string, Localized>;
  options?: Record<string, OptionSchema>;
  /** `bad` examples must each produce a finding of this rule; `good` ones none. */
  examples: { bad: RuleExample[]; good: RuleExample[] };
  /** What the rule deliberately leaves alone, and why (written into its docs page). */
  limits?: Localized[];
  /**
   * The text the rule's convention governs. 'chinese' (the default, since GB/T 15834, 15835 and
   * 9704 are standards for Chinese text): a finding is kept only where it starts in a Chinese
   * sentence (see core/text/language.ts), so English READMEs and English lines stay quiet. 'any':
   * a fault in every language (full-width digits), reported wherever it is. The docs page states it.
   */
  appliesTo?: TextScope;
  /** Messages of a 'chinese' rule that are faults in any language (an impossible date), reported everywhere. */
  anyLanguageMessages?: readonly string[];
}

export type TextScope = 'chinese' | 'any';

export type RuleOptions = Record<string, unknown>;

export interface RuleContext {
  readonly doc: SourceDocument;
  readonly options: RuleOptions;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

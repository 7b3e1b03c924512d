// Code actions for findings: the certain fix of one finding, the rule's suggestions, "fix every
// finding of this rule in the file", `source.fixAll.gongwen` (what `editor.codeActionsOnSave`
// asks for) and "disable this rule for this line". Every edit names the document version it
// was computed for, so the editor refuses a fix whose text has changed since.

import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import { catalogue } from '../core/catalogue';
import { fixEdit } from '../core/edits/fixes';
import { disableLineEdit } from '../core/suppress';
import type { ResolvedConfig } from '../core/config/resolve';
import type { LineIndex } from '../core/text/lineIndex';
import type { Finding, Locale, TextEdit } from '../core/types';
import { toRange, versionedEdit } from './convert';

/** `source.fixAll.gongwen`: VS Code runs it on save when the user lists it in codeActionsOnSave. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

export interface ActionContext {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  config: ResolvedConfig;
  locale: Locale;
  findings: readonly Finding[];
}

/** What an action computed lazily carries until `codeAction/resolve`; no rule id means all rules. */
export interface ResolveData {
  uri: string;
  version: number;
  ruleId?: string;
}

/** Whether an action of `kind` is wanted by a request that asks `only` for some kinds. */
export function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Every certain fix of the document (or of one rule), applied until stable, as one edit. */
export function fixAllEdit(ctx: ActionContext, ruleId?: string): TextEdit | undefined {
  return fixEdit(ctx.text, { config: ctx.config, locale: ctx.locale, ruleId });
}

/** `source.fixAll.gongwen`, with its edit computed now (`eager`) or on resolve. */
export function fixAllAction(ctx: ActionContext, eager: boolean): CodeAction | undefined {
  if (!ctx.findings.some((f) => f.fix)) return undefined;
  const title = catalogue(ctx.locale).editor.fixAll;
  if (!eager) return { title, kind: FIX_ALL_KIND, data: { uri: ctx.uri, version: ctx.version } satisfies ResolveData };
  const edit = fixAllEdit(ctx);
  return edit ? { title, kind: FIX_ALL_KIND, edit: versionedEdit(ctx, [edit]) } : undefined;
}

/** Quick fixes for the findings under `range` (the editor's cursor or selection). */
export function quickFixes(ctx: ActionContext, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const start = ctx.lines.offsetAt(range.start);
  const end = ctx.lines.offsetAt(range.end);
  const actions: CodeAction[] = [];
  const words = catalogue(ctx.locale).editor;
  const fixAllOffered = new Set<string>();
  const disableOffered = new Set<string>();
  const fixableCount = new Map<string, number>();
  for (const f of ctx.findings) if (f.fix) fixableCount.set(f.ruleId, (fixableCount.get(f.ruleId) ?? 0) + 1);
  for (const finding of ctx.findings) {
    // A finding under the cursor or selection, or one the editor names in the request's context
    // (a quick fix asked for from the Problems view or from a hover over the squiggle).
    const underRange = finding.end >= start && finding.start <= end;
    if (!underRange && !diagnostics.length) continue;
    const diagnostic = diagnostics.find((d) => d.code === finding.ruleId && sameRange(d.range, toRange(ctx.lines, finding.start, finding.end)));
    if (!underRange && !diagnostic) continue;
    const attach = diagnostic ? { diagnostics: [diagnostic] } : {};
    if (finding.fix) {
      actions.push({
        title: words.fix(shorten(finding.message)),
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        edit: versionedEdit(ctx, finding.fix),
        ...attach,
      });
    }
    for (const suggestion of finding.suggestions) {
      actions.push({ title: suggestion.title, kind: CodeActionKind.QuickFix, edit: versionedEdit(ctx, suggestion.edits), ...attach });
    }
    const sameRule = fixableCount.get(finding.ruleId) ?? 0;
    if (finding.fix && sameRule > 1 && !fixAllOffered.has(finding.ruleId)) {
      fixAllOffered.add(finding.ruleId);
      // Several lint passes: computed only when the user picks the action (codeAction/resolve).
      const data: ResolveData = { uri: ctx.uri, version: ctx.version, ruleId: finding.ruleId };
      actions.push({
        title: words.fixRule(finding.ruleId, sameRule),
        kind: CodeActionKind.QuickFix,
        data,
        ...attach,
      });
    }
    const line = ctx.lines.lineOf(finding.start);
    const disableKey = `${finding.ruleId}@${line}`;
    if (!disableOffered.has(disableKey) && finding.ruleId.includes('/') && !finding.ruleId.startsWith('internal/')) {
      disableOffered.add(disableKey);
      actions.push({
        title: words.disableLine(finding.ruleId),
        kind: CodeActionKind.QuickFix,
        edit: versionedEdit(ctx, [disableLineEdit(ctx.lines, line, finding.ruleId)]),
        ...attach,
      });
    }
  }
  return actions;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

// Quotation marks and brackets whose inside is quoted text: a title is never cut inside them.
const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '（': '）', '(': ')', '"': '"' };
const TITLE_LIMIT = 60;

/**
 * The title part of a message: what is wrong, up to the first colon or sentence end that is not
 * inside quotes (the message's reason and advice follow it), e.g. `标题末尾不应有“。”`. A part
 * longer than the limit is cut with `…` and every quote still open is closed after it.
 */
export function shorten(message: string): string {
  const open: string[] = [];
  let end = message.length;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (open.length && ch === open[open.length - 1]) open.pop();
    else if (ch in CLOSING) open.push(CLOSING[ch]);
    else if (!open.length && isBreak(message, i)) {
      end = i;
      break;
    }
  }
  const head = message.slice(0, end).trimEnd() || message;
  if (head.length <= TITLE_LIMIT) return head;
  // The cut text, `…` and the closing marks together stay within the limit.
  for (let cut = TITLE_LIMIT - 1; ; cut--) {
    // Never cut between the two halves of a surrogate pair (𠮷).
    if (/[\uD800-\uDBFF]/.test(head[cut - 1])) continue;
    const closers = stillOpen(head.slice(0, cut)).reverse().join('');
    if (cut + 1 + closers.length <= TITLE_LIMIT) return `${head.slice(0, cut)}…${closers}`;
  }
}

/** The closing marks of the quotes left open at the end of `text`, innermost last. */
function stillOpen(text: string): string[] {
  const open: string[] = [];
  for (const ch of text) {
    if (open.length && ch === open[open.length - 1]) open.pop();
    else if (ch in CLOSING) open.push(CLOSING[ch]);
  }
  return open;
}

/**
 * A colon or sentence end; ASCII `:` and `.` only before a space or the end (not `1:2`, `3.5`),
 * and not the last dot of an abbreviation such as `e.g.`.
 */
function isBreak(text: string, i: number): boolean {
  const ch = text[i];
  if ('：。；！？;'.includes(ch)) return true;
  if (ch === '.' && text[i - 2] === '.') return false;
  return (ch === ':' || ch === '.') && (i + 1 === text.length || /\s/.test(text[i + 1]));
}

// The one place where engine offsets become LSP types. The engine speaks UTF-16 offsets into the
// exact text it linted; LSP speaks 0-based lines and UTF-16 characters. Both use the same line
// breaks (\r\n, \n, lone \r), so `LineIndex` converts without loss.

import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { LineIndex } from '../core/text/lineIndex';
import type { Finding, Severity, TextEdit } from '../core/types';

/** Diagnostics from this server say where they came from in the Problems view. */
export const DIAGNOSTIC_SOURCE = 'gongwen';

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toLspEdit(lines: LineIndex, edit: TextEdit): LspTextEdit {
  return { range: toRange(lines, edit.start, edit.end), newText: edit.text };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export interface DiagnosticData {
  /** Index of the finding in the cached list of its document version; code actions use it. */
  index: number;
  version: number;
}

/**
 * A finding as a diagnostic: the rule id is the `code` and links to the rule's docs page, and
 * related locations (the other statements of the same indicator) become related information.
 */
export function toDiagnostic(
  finding: Finding,
  lines: LineIndex,
  uri: string,
  docsUrl: (ruleId: string) => string | undefined,
  data: DiagnosticData,
): Diagnostic {
  const href = docsUrl(finding.ruleId);
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri, range: toRange(lines, r.start, r.end) },
    message: r.message,
  }));
  const diagnostic: Diagnostic = {
    range: toRange(lines, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data,
  };
  if (href) diagnostic.codeDescription = { href };
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

/**
 * The smallest single edit that turns `before` into `after`: the common prefix and suffix stay
 * untouched, so the cursor, folding and markers outside the changed span are kept.
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

// The one place where engine offsets become LSP types. The engine speaks UTF-16 offsets into the
// exact text it linted; LSP speaks 0-based lines and UTF-16 characters. Both use the same line
// breaks (\r\n, \n, lone \r), so `LineIndex` converts without loss.

import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
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

/** Edits of one document version: the editor refuses them once the text has changed since. */
export function versionedEdit(doc: { uri: string; version: number; lines: LineIndex }, edits: readonly TextEdit[]): WorkspaceEdit {
  return {
    documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toLspEdit(doc.lines, e)) }],
  };
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

/** A problem in a configuration file, at its 1-based line and column. */
export function configErrorDiagnostic(line: number, column: number, message: string): Diagnostic {
  const at = { line: line - 1, character: column - 1 };
  return { range: { start: at, end: at }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message };
}

/** Why a document is not checked, shown at its start. */
export function notCheckedDiagnostic(message: string): Diagnostic {
  const at = { line: 0, character: 0 };
  return { range: { start: at, end: at }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, message };
}

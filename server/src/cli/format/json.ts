// ESLint's JSON formatter shape, which CI tools and the corpus scorer (scripts/score-corpus.ts) read:
// 1-based line and column counted in UTF-16 code units, every finding whatever its severity
// (info is severity 1 there, with our own severity name beside it).

import { LineIndex } from '../../core/text/lineIndex';
import type { Finding } from '../../core/types';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  gongwenSeverity: Finding['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
}

/** ESLint's fix is one range; several edits become one replacement spanning them. */
function mergeEdits(text: string, edits: readonly { start: number; end: number; text: string }[]): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  const end = sorted[sorted.length - 1].end;
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { range: [start, end], text: out };
}

export function toJsonResult(filePath: string, text: string, findings: readonly Finding[], lines: LineIndex = new LineIndex(text)): JsonResult {
  const messages = findings.map((f): JsonMessage => {
    const start = lines.positionAt(f.start);
    const end = lines.positionAt(f.end);
    return {
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      gongwenSeverity: f.severity,
      message: f.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      ...(f.fix ? { fix: mergeEdits(text, f.fix) } : {}),
      ...(f.suggestions.length ? { suggestions: f.suggestions.map((s) => ({ desc: s.title, fix: mergeEdits(text, s.edits) })) } : {}),
    };
  });
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  return {
    filePath,
    messages,
    errorCount: count((f) => f.severity === 'error'),
    warningCount: count((f) => f.severity === 'warning'),
    infoCount: count((f) => f.severity === 'info'),
    fixableErrorCount: count((f) => f.severity === 'error' && !!f.fix),
    fixableWarningCount: count((f) => f.severity !== 'error' && !!f.fix),
  };
}

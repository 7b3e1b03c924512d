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

/** One finding in ESLint's message shape. */
function toJsonMessage(f: Finding, text: string, lines: LineIndex): JsonMessage {
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
}

/** The counts that follow the messages in ESLint's result shape. */
function countsOf(findings: readonly Finding[]): Omit<JsonResult, 'filePath' | 'messages' | 'source'> {
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  return {
    errorCount: count((f) => f.severity === 'error'),
    warningCount: count((f) => f.severity === 'warning'),
    infoCount: count((f) => f.severity === 'info'),
    fixableErrorCount: count((f) => f.severity === 'error' && !!f.fix),
    fixableWarningCount: count((f) => f.severity !== 'error' && !!f.fix),
  };
}

export function toJsonResult(filePath: string, text: string, findings: readonly Finding[], lines: LineIndex = new LineIndex(text)): JsonResult {
  return { filePath, messages: findings.map((f) => toJsonMessage(f, text, lines)), ...countsOf(findings) };
}

/** What `--format json` prints for one file: the result, and with --fix-dry-run the fixed text. */
export interface JsonFile {
  filePath: string;
  text: string;
  findings: readonly Finding[];
  lines?: LineIndex;
  /** The fixed text, printed as `output` (ESLint's name) when fixing changed it. */
  output?: string;
}

/** Pieces are joined and written once they hold about this many characters. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes the files' results as one JSON array, exactly what `JSON.stringify` would print for
 * them followed by a newline, but in pieces of about 64 K characters, each message made and
 * turned into text only when its turn comes. A report with thousands of findings and fixes that
 * span whole sections prints megabytes; built as one string it would hold them twice (the
 * string, then its UTF-8 bytes) on top of every message object, and a short run spends much of
 * its time having the system hand it fresh memory.
 */
export function writeJsonResults(files: readonly JsonFile[], write: (chunk: string) => void): void {
  let pending: string[] = [];
  let size = 0;
  const put = (piece: string) => {
    pending.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      write(pending.join(''));
      pending = [];
      size = 0;
    }
  };
  put('[');
  files.forEach((file, i) => {
    const lines = file.lines ?? new LineIndex(file.text);
    put(`${i > 0 ? ',' : ''}{"filePath":${JSON.stringify(file.filePath)},"messages":[`);
    file.findings.forEach((f, j) => put(`${j > 0 ? ',' : ''}${JSON.stringify(toJsonMessage(f, file.text, lines))}`));
    // The counts always follow, so the rest of the object is never empty.
    const rest = JSON.stringify({ ...countsOf(file.findings), ...(file.output !== undefined ? { output: file.output } : {}) });
    put(`],${rest.slice(1)}`);
  });
  put(']\n');
  write(pending.join(''));
}

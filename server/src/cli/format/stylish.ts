// The format for people: findings grouped under each file, one per line with 1-based
// line:column (UTF-16 code units, as editors count them), severity, message and rule id, in
// columns that stay aligned with Chinese text; then a summary line.

import { LineIndex } from '../../core/text/lineIndex';
import type { Severity } from '../../core/types';
import type { Catalogue } from '../../core/catalogue';
import { displayWidth, padEnd, padStart } from '../width';
import { countFindings, type FileResult } from './results';

export interface StylishOptions {
  /** The command line's words in the run's language. */
  words: Catalogue['cli'];
  color: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

export function formatStylish(results: readonly FileResult[], { words, color }: StylishOptions): string {
  const paint = (style: keyof typeof COLORS, s: string) => (color ? COLORS[style][0] + s + COLORS[style][1] : s);
  let out = '';
  for (const result of results) {
    if (!result.findings.length) continue;
    const lines = result.lines ?? new LineIndex(result.text);
    const rows = result.findings.map((f) => {
      const p = lines.positionAt(f.start);
      // A message is one line in the table; related places follow it.
      const message = f.message.replace(/\s*\n\s*/g, ' ');
      // The places a fix changes besides the finding's own line are its related locations:
      // listed under it, so that --fix never changes a line the writer was not shown.
      const related = f.related.map((r) => {
        const at = lines.positionAt(r.start);
        return `↳ ${at.line + 1}:${at.character + 1}  ${r.message.replace(/\s*\n\s*/g, ' ')}`;
      });
      return { pos: `${p.line + 1}:${p.character + 1}`, severity: f.severity, label: words.severity[f.severity], message, ruleId: f.ruleId, related };
    });
    const posWidth = Math.max(...rows.map((r) => r.pos.length));
    const sevWidth = Math.max(...rows.map((r) => displayWidth(r.label)));
    const msgWidth = Math.max(...rows.map((r) => displayWidth(r.message)));
    out += `\n${paint('bold', result.display)}\n`;
    for (const r of rows) {
      out += `  ${paint('dim', padStart(r.pos, posWidth))}  ${paint(r.severity, padEnd(r.label, sevWidth))}  ${padEnd(r.message, msgWidth)}  ${paint('dim', r.ruleId)}`.trimEnd() + '\n';
      for (const place of r.related) out += `  ${' '.repeat(posWidth)}  ${' '.repeat(sevWidth)}  ${paint('dim', place)}\n`;
    }
  }
  const c = countFindings(results);
  const total = c.errors + c.warnings + c.infos;
  if (total) {
    const style = c.errors ? 'error' : c.warnings ? 'warning' : 'info';
    out += `\n${paint(style, words.summary(total, c.errors, c.warnings, c.infos))}\n`;
    if (c.fixable) out += `${words.fixable(c.fixable)}\n`;
  }
  return out;
}

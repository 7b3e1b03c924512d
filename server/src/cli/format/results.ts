// What one run found in one file, as every formatter receives it.

import type { LineIndex } from '../../core/text/lineIndex';
import type { Finding } from '../../core/types';

export interface FileResult {
  /** Absolute path (or the `--stdin-filename`, or a stand-in name for standard input). */
  filePath: string;
  /** The path as shown to people: relative to the working directory when inside it. */
  display: string;
  /** The text the findings' offsets refer to: the fixed text after `--fix` / `--fix-dry-run`. */
  text: string;
  findings: Finding[];
  /** The line index of `text`, when the linted document already built one. */
  lines?: LineIndex;
  /** The text before fixing, when fixing changed it. */
  original?: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function countFindings(results: readonly FileResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') c.errors++;
      else if (f.severity === 'warning') c.warnings++;
      else c.infos++;
      if (f.fix) c.fixable++;
    }
  }
  return c;
}

// SARIF 2.1.0, the format code-scanning services (GitHub code scanning, Azure DevOps, …) read.
// Columns are UTF-16 code units, which the log declares with `columnKind`.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../core/text/lineIndex';
import type { Locale, Rule, Severity } from '../../core/types';
import type { FileResult } from './results';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A URI relative to the working directory (%SRCROOT%) when the file is inside it. */
function artifactLocation(cwd: string, filePath: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: path.isAbsolute(filePath) ? pathToFileURL(filePath).href : encodeURIComponent(filePath) };
}

export function formatSarif(results: readonly FileResult[], rules: readonly Rule[], options: { cwd: string; version: string; locale: Locale }): string {
  const { locale } = options;
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const sarifResults = [];
  for (const result of results) {
    const lines = result.lines ?? new LineIndex(result.text);
    for (const f of result.findings) {
      const start = lines.positionAt(f.start);
      const end = lines.positionAt(f.end);
      const index = ruleIndex.get(f.ruleId);
      sarifResults.push({
        ruleId: f.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(options.cwd, result.filePath),
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
        ...(f.related.length
          ? {
              relatedLocations: f.related.map((r, id) => {
                const s = lines.positionAt(r.start);
                const e = lines.positionAt(r.end);
                return {
                  id,
                  message: { text: r.message },
                  physicalLocation: {
                    artifactLocation: artifactLocation(options.cwd, result.filePath),
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
                  },
                };
              }),
            }
          : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen-lint',
            version: options.version,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.title[locale] },
              fullDescription: { text: r.meta.description[locale] },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { fixable: r.meta.fixable },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : options.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

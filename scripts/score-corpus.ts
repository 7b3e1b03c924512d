// Lints the real documents in ../shared/corpus and scores the findings with the corpus's own
// tool. `node out/scripts/score-corpus.js` prints the table; test/corpus.test.ts asserts on it.
// The corpus is not part of this repository: where ../shared is absent the check says so.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { lint } from '../server/src/core/engine';
import { toJsonResult } from '../server/src/cli/format/json';
import { installNodeSegmenter } from '../server/src/core/segment/nodeSegmenter';

export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');

export function corpusAvailable(): boolean {
  return fs.existsSync(path.join(CORPUS_DIR, 'truth')) && fs.existsSync(path.join(SHARED_DIR, 'tools', 'score-corpus.mjs'));
}

export interface FamilyScore {
  found: number;
  missed: number;
  falsePos: number;
}

/** Runs the scorer; returns its printed report and the per-family table parsed from it. */
export function scoreCorpus(verbose = true): { report: string; families: Record<string, FamilyScore>; results: ReturnType<typeof toJsonResult>[] } {
  const files = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const results = files.map((f) => {
    const file = path.join(CORPUS_DIR, f);
    const text = fs.readFileSync(file, 'utf8');
    return toJsonResult(file, text, lint(text));
  });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-corpus-')), 'results.json');
  fs.writeFileSync(out, JSON.stringify(results));
  const args = [path.join(SHARED_DIR, 'tools', 'score-corpus.mjs'), '--truth', path.join(CORPUS_DIR, 'truth'), '--results', out];
  const report = execFileSync(process.execPath, verbose ? [...args, '--verbose'] : args, { encoding: 'utf8' });
  const families: Record<string, FamilyScore> = {};
  for (const m of report.matchAll(/^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s/gm)) {
    families[m[1]] = { found: Number(m[2]), missed: Number(m[3]), falsePos: Number(m[4]) };
  }
  return { report, families, results };
}

if (require.main === module) {
  installNodeSegmenter(process.env);
  if (!corpusAvailable()) {
    console.log(`corpus not found at ${CORPUS_DIR}: skipped`);
  } else {
    console.log(scoreCorpus().report);
  }
}

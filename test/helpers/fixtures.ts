// Rule fixtures: Markdown files under test/fixtures/rules/<rule id>/. A line that should get a
// finding carries a marker comment naming the rule, once per expected finding:
//     ## 一、总体要求。 <!-- expect: outline/heading-punctuation -->
// HTML comments are not prose, so the markers never change what the rules see. Beside a
// fixture, `<name>.config.json` (a .gongwenrc.json layer) sets options, and `<name>.snap` holds
// the snapshot of messages, ranges and fixed text.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll, lint } from '../../server/src/core/engine';
import { parseConfigText } from '../../server/src/core/config/parse';
import { resolveConfig, type ResolvedConfig } from '../../server/src/core/config/resolve';
import { allRules, ruleFamilies } from '../../server/src/core/rules';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import type { Finding } from '../../server/src/core/types';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXTURE_ROOT = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');

export interface Fixture {
  file: string;
  text: string;
  config: ResolvedConfig;
}

export function fixturesOf(ruleId: string): Fixture[] {
  const dir = path.join(FIXTURE_ROOT, ruleId);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const configFile = file.replace(/\.md$/, '.config.json');
      const layers = [];
      if (fs.existsSync(configFile)) {
        const parsed = parseConfigText(fs.readFileSync(configFile, 'utf8'), configFile, allRules, ruleFamilies);
        if (parsed.errors.length) throw new Error(`${configFile}: ${parsed.errors[0].message.en}`);
        layers.push(parsed.layer);
      }
      return { file, text: fs.readFileSync(file, 'utf8'), config: resolveConfig(allRules, layers) };
    });
}

const MARKER = /<!--\s*expect:\s*([^>]*?)\s*-->/g;

/** Expected findings of `ruleId`, as "line → count" (1-based lines). */
export function expectedFindings(text: string, ruleId: string): Map<number, number> {
  const lines = new LineIndex(text);
  const expected = new Map<number, number>();
  for (const m of text.matchAll(MARKER)) {
    const line = lines.lineOf(m.index) + 1;
    for (const id of m[1].split(/\s+/)) if (id === ruleId) expected.set(line, (expected.get(line) ?? 0) + 1);
  }
  return expected;
}

const SILENT_MARKER = /<!--\s*silent:\s*([^>]*?)\s*-->/g;

/**
 * The correct constructs a fixture names with `<!-- silent: 〔2024〕12号 | 3,000 -->`: each
 * snippet (separated by |) is looked up on the marker's own line, before the marker.
 * Returns each snippet with its range, or with `start` -1 when the line does not hold it.
 */
export function silentSnippets(text: string): { snippet: string; line: number; start: number; end: number }[] {
  const lines = new LineIndex(text);
  const out: { snippet: string; line: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(SILENT_MARKER)) {
    const line = lines.lineOf(m.index);
    const lineStart = lines.lineStarts[line];
    for (const snippet of m[1].split('|').map((s) => s.trim()).filter(Boolean)) {
      const at = text.indexOf(snippet, lineStart);
      const found = at >= 0 && at + snippet.length <= m.index;
      out.push({ snippet, line: line + 1, start: found ? at : -1, end: found ? at + snippet.length : -1 });
    }
  }
  return out;
}

export function actualFindings(findings: readonly Finding[], text: string, ruleId: string): Map<number, number> {
  const lines = new LineIndex(text);
  const actual = new Map<number, number>();
  for (const f of findings) {
    if (f.ruleId !== ruleId) continue;
    const line = lines.lineOf(f.start) + 1;
    actual.set(line, (actual.get(line) ?? 0) + 1);
  }
  return actual;
}

/** A readable snapshot: every finding of the rule with its range and message, then fixed text. */
export function renderSnapshot(fixture: Fixture, ruleId: string): string {
  const findings = lint(fixture.text, { config: fixture.config }).filter((f) => f.ruleId === ruleId);
  const lines = new LineIndex(fixture.text);
  const pos = (o: number) => {
    const p = lines.positionAt(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out = ['# findings'];
  for (const f of findings) {
    out.push(`${pos(f.start)}-${pos(f.end)} ${f.severity} ${f.message}${f.fix ? ' [fix]' : ''}`);
    for (const s of f.suggestions) out.push(`  suggestion: ${s.title}`);
    for (const r of f.related) out.push(`  related ${pos(r.start)}: ${r.message}`);
  }
  const en = lint(fixture.text, { config: fixture.config, locale: 'en' }).filter((f) => f.ruleId === ruleId);
  out.push('', '# findings (en)');
  for (const f of en) out.push(`${pos(f.start)} ${f.message}`);
  if (findings.some((f) => f.fix)) out.push('', '# fixed', fixAll(fixture.text, { config: fixture.config }).text);
  return `${out.join('\n')}\n`;
}

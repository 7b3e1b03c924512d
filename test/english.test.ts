// English Markdown nobody here wrote: the READMEs and changelogs of the project's own
// dependencies. GB/T 15834, 15835 and 9704 govern Chinese text, so on a line without a single
// Chinese character only the faults of any language (RuleMeta.appliesTo 'any' and the messages
// in anyLanguageMessages: full-width digits, a wrong decimal mark, a date that does not exist)
// may be reported. The files are picked in a fixed order and their number is bounded; where
// node_modules is missing (a bare checkout) the test says it skipped.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../server/src/core/engine';
import { resolveConfig } from '../server/src/core/config/resolve';
import { allRules } from '../server/src/core/rules';
import { LineIndex } from '../server/src/core/text/lineIndex';
import type { Finding, Rule } from '../server/src/core/types';
import { REPO_ROOT } from './helpers/fixtures';
import { isAnyLanguageFinding } from './property/properties';

const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
const MAX_FILES = 160;
const DOC_NAME = /^(readme|changelog|history|changes)\.(md|markdown)$/i;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud884][\udc00-\udfff]/;

/** The README and changelog of each installed package, in sorted order, at most MAX_FILES. */
function dependencyDocs(): string[] {
  if (!fs.existsSync(NODE_MODULES)) return [];
  const packages: string[] = [];
  for (const name of fs.readdirSync(NODE_MODULES).sort()) {
    if (name.startsWith('.')) continue;
    const dir = path.join(NODE_MODULES, name);
    if (name.startsWith('@')) {
      for (const inner of fs.readdirSync(dir).sort()) packages.push(path.join(dir, inner));
    } else packages.push(dir);
  }
  const files: string[] = [];
  for (const dir of packages) {
    let entries: string[];
    try {
      entries = fs.readdirSync(dir).sort();
    } catch {
      continue; // a dangling link
    }
    for (const entry of entries) {
      if (DOC_NAME.test(entry)) files.push(path.join(dir, entry));
      if (files.length >= MAX_FILES) return files;
    }
  }
  return files;
}

/** The findings on lines without a Han character, as "file:line rule «line»". */
function findingsOnLatinLines(file: string, text: string, findings: readonly Finding[]): string[] {
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (const f of findings) {
    const line = lines.lineOf(f.start);
    const lineText = text.slice(lines.lineStarts[line], lines.lineEnd(line));
    if (HAN.test(lineText)) continue;
    out.push(`${path.relative(NODE_MODULES, file)}:${line + 1} ${f.ruleId} «${lineText.trim().slice(0, 100)}»`);
  }
  return out;
}

describe('English Markdown of the dependencies', function () {
  this.timeout(180000);
  const files = dependencyDocs();

  before(function () {
    if (files.length < 20) {
      console.log(`    (skipped: only ${files.length} READMEs or changelogs under ${NODE_MODULES}; run npm ci)`);
      this.skip();
    }
  });

  it('gets no finding on a line without Chinese, apart from faults in any language', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const findings = lint(text).filter((f) => !isAnyLanguageFinding(f));
      wrong.push(...findingsOnLatinLines(file, text, findings));
    }
    assert.deepEqual(wrong, [], `${files.length} files`);
  });

  it('is text the Chinese rules would report on if they applied to any language (so the test above can fail)', () => {
    const everywhere: Rule[] = allRules.map((rule) => ({ ...rule, meta: { ...rule.meta, appliesTo: 'any' } }));
    const options = { rules: everywhere, config: resolveConfig(everywhere, []) };
    let provoked = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      provoked += findingsOnLatinLines(file, text, lint(text, options).filter((f) => !isAnyLanguageFinding(f))).length;
    }
    assert.ok(provoked > 0, 'no rule fired on these files even when it applied to any language');
  });
});

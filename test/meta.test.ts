// The registry, the rule files, the docs pages, the config schema and the README rule table
// agree, because the last three are generated from the first.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, ruleFamilies } from '../server/src/core/rules';
import { generatedFiles } from '../scripts/generate';
import { REPO_ROOT } from './helpers/fixtures';

describe('rule metadata', () => {
  it('gives every rule a unique family/kebab-case id that matches its file name', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
    for (const id of ids) {
      assert.match(id, new RegExp(`^(${ruleFamilies.join('|')})/[a-z]+(-[a-z]+)*$`));
      assert.ok(fs.existsSync(path.join(REPO_ROOT, 'server', 'src', 'core', 'rules', `${id}.ts`)), `no file for ${id}`);
    }
  });

  it('registers every rule file', () => {
    const rulesDir = path.join(REPO_ROOT, 'server', 'src', 'core', 'rules');
    for (const family of ruleFamilies) {
      const dir = path.join(rulesDir, family);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
      for (const f of files) assert.ok(allRules.some((r) => r.meta.id === `${family}/${f.slice(0, -3)}`), `${family}/${f} is not registered`);
    }
  });

  it('documents every rule in both languages, with examples and every message', () => {
    for (const { meta } of allRules) {
      for (const text of [meta.title, meta.description, meta.source, ...Object.values(meta.messages)]) {
        assert.ok(text.zh.trim() && text.en.trim(), `${meta.id}: a text is missing a language`);
        assert.match(text.zh, /[\u4e00-\u9fff]/, `${meta.id}: Chinese text has no Chinese: ${text.zh}`);
      }
      assert.ok(meta.examples.bad.length > 0 && meta.examples.good.length > 0, `${meta.id}: needs bad and good examples`);
    }
  });
});

describe('text scope', () => {
  it('names only real messages as reported in any language, and only on rules limited to Chinese text', () => {
    for (const { meta } of allRules) {
      for (const id of meta.anyLanguageMessages ?? []) {
        assert.ok(meta.messages[id], `${meta.id}: anyLanguageMessages names "${id}", which is no message of the rule`);
        assert.notEqual(meta.appliesTo, 'any', `${meta.id}: anyLanguageMessages on a rule that applies to any text already`);
      }
      assert.ok(meta.appliesTo === undefined || meta.appliesTo === 'chinese' || meta.appliesTo === 'any', `${meta.id}: appliesTo is ${meta.appliesTo}`);
    }
  });
});

describe('generated files', () => {
  for (const [file, content] of generatedFiles(REPO_ROOT)) {
    it(`${file} is up to date (run npm run generate)`, () => {
      const target = path.join(REPO_ROOT, file);
      assert.ok(fs.existsSync(target), `${file} is missing`);
      assert.equal(fs.readFileSync(target, 'utf8'), content);
    });
  }

  it('has no docs page for a rule that does not exist', () => {
    const docsDir = path.join(REPO_ROOT, 'docs', 'rules');
    const pages = fs.readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    for (const page of pages) {
      const id = page.replace(/\\/g, '/').replace(/\.md$/, '');
      assert.ok(allRules.some((r) => r.meta.id === id), `docs/rules/${page} has no rule`);
    }
  });
});

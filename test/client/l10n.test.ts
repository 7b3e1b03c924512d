// The client's words in both languages, the VS Code way: the manifest's titles, view names and
// setting descriptions are %keys% resolved from package.nls.json (English) and
// package.nls.zh-cn.json (Chinese); the client's own strings go through vscode.l10n.t with
// English source text and l10n/bundle.l10n.zh-cn.json for Chinese. A key present in one
// language and missing in the other fails here, and so does an unused or unknown key.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../lsp/client';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as Record<string, unknown>;
const manifestText = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
const english = read('package.nls.json') as Record<string, string>;
const chinese = read('package.nls.zh-cn.json') as Record<string, string>;
const bundle = read('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;

/** Every `vscode.l10n.t('…')` message in the client's sources. */
function clientMessages(): string[] {
  const dir = path.join(REPO_ROOT, 'client', 'src');
  const found: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.push(m[1].replace(/\\'/g, "'"));
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
const CJK = /[\u4e00-\u9fff]/;

describe('client localisation', () => {
  it('has the same manifest keys in English and Chinese, each used by package.json', () => {
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
    const used = [...manifestText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 10);
    for (const key of used) assert.ok(key in english && key in chinese, `${key} is in both package.nls files`);
    for (const key of Object.keys(english)) assert.ok(used.includes(key), `${key} is used in package.json`);
  });

  it('writes each manifest string in its language', () => {
    // The same words in both files only where they read the same in either (English messages).
    for (const [key, text] of Object.entries(chinese)) if (text !== english[key]) assert.match(text, CJK, `Chinese ${key}`);
    assert.ok(Object.keys(chinese).filter((key) => chinese[key] === english[key]).length <= 1, 'nearly everything is translated');
    for (const [key, text] of Object.entries(english)) {
      assert.ok(text.trim(), `English ${key}`);
      // Chinese may appear in English text as a quoted name (“公文检查 gongwen”), never alone.
      assert.match(text, /[A-Za-z]/, `English ${key}`);
    }
  });

  it('leaves no Chinese words in the manifest outside the nls files (except names)', () => {
    type Setting = { description?: string; markdownDescription?: string; enumDescriptions?: string[]; markdownEnumDescriptions?: string[] };
    const manifest = JSON.parse(manifestText) as {
      contributes: { commands: { title: string }[]; configuration: { properties: Record<string, Setting> } };
    };
    for (const c of manifest.contributes.commands) assert.match(c.title, /^%.+%$/);
    // Every setting's own texts are keys. (gongwen.rules' per-rule properties are generated from
    // the rules' metadata and carry both languages; they are checked by the meta test.)
    for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      const texts = [setting.description, setting.markdownDescription, ...(setting.enumDescriptions ?? []), ...(setting.markdownEnumDescriptions ?? [])];
      for (const text of texts) if (text !== undefined) assert.match(text, /^%.+%$/, `${name}: ${text}`);
    }
  });

  it('translates every client message into Chinese, with the same placeholders, and nothing more', () => {
    const messages = [...new Set(clientMessages())];
    assert.ok(messages.length >= 10, `found ${messages.length} messages`);
    for (const message of messages) {
      assert.ok(message in bundle, `l10n/bundle.l10n.zh-cn.json translates "${message}"`);
      assert.deepEqual(placeholders(bundle[message]), placeholders(message), message);
      assert.match(bundle[message], CJK, message);
    }
    for (const key of Object.keys(bundle)) assert.ok(messages.includes(key), `"${key}" is used by the client`);
  });

  it('points VS Code at the l10n folder and ships the files in the package', () => {
    assert.equal((JSON.parse(manifestText) as { l10n?: string }).l10n, './l10n');
    const ignore = fs.readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const pattern of ['!package.nls.json', '!package.nls.zh-cn.json', '!l10n/*.json']) assert.ok(ignore.includes(pattern), pattern);
    const packager = fs.readFileSync(path.join(REPO_ROOT, 'client', 'scripts', 'package.mjs'), 'utf8');
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json']) assert.ok(packager.includes(`'extension/${file}'`), file);
  });
});

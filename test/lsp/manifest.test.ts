// The extension manifest (package.json) agrees with the client and the server: every command
// the client registers is contributed (category 公文) and the other way round, the view id is
// the one the client creates, each setting is one the server reads with the same default, and
// every contributed file exists. Activation is on Markdown and on a configured workspace, never `*`.
// The manifest's words are read in Chinese, through package.nls.zh-cn.json.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, STATUS_ITEM_ID, VIEW_ID } from '../../client/src/ids';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { REPO_ROOT } from './client';
import { SEGMENTER_BACKENDS } from '../../server/src/core/segment/segmenter';
import { allRules, ruleFamilies } from '../../server/src/core/rules';

interface Manifest {
  main: string;
  activationEvents: string[];
  icon: string;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    views: Record<string, { id: string; name: string }[]>;
    configuration: { properties: Record<string, { default: unknown; markdownDescription: string; scope?: string; enum?: string[] }> };
    jsonValidation: { fileMatch: string; url: string }[];
    snippets: { language: string; path: string }[];
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
  };
}

// Titles, names and descriptions are %keys% of package.nls*.json; these checks read the Chinese
// ones (test/client/l10n.test.ts checks that English has the same keys).
const chineseWords = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
const manifestText = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8').replace(/"%([^"%]+)%"/g, (_, key: string) => JSON.stringify(chineseWords[key] ?? key));
const manifest = JSON.parse(manifestText) as Manifest;
const exists = (p: string) => fs.existsSync(path.join(REPO_ROOT, p));

describe('extension manifest', () => {
  it('activates on Markdown and on a workspace with .gongwenrc.json, never on *', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:markdown', 'workspaceContains:**/.gongwenrc.json']);
    assert.equal(manifest.main, './dist/client.js');
    assert.ok(exists(manifest.icon));
  });

  it('contributes exactly the commands the client registers, in the 公文 category', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, '公文');
      assert.match(c.title, /[\u4e00-\u9fff]/);
    }
    const source = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'commands.ts'), 'utf8');
    for (const key of Object.keys(COMMANDS)) assert.ok(source.includes(`COMMANDS.${key}`), `client registers COMMANDS.${key}`);
  });

  it('puts the 公文大纲 view in the Explorer under the id the client uses', () => {
    assert.deepEqual(manifest.contributes.views.explorer.map((v) => [v.id, v.name]), [[VIEW_ID, '公文大纲']]);
    assert.equal(STATUS_ITEM_ID, 'gongwen.status');
  });

  it('contributes the settings the server reads, with the same defaults and Chinese descriptions', () => {
    const props = manifest.contributes.configuration.properties;
    const serverKeys = Object.keys(DEFAULT_SETTINGS).map((k) => `gongwen.${k}`);
    // Read by the client: the protocol trace, and the segmenter, which reaches the server process
    // as GONGWEN_SEGMENTER (one choice per process, so per machine, not per resource).
    const clientKeys = ['gongwen.trace.server', 'gongwen.segmenter'];
    assert.deepEqual(Object.keys(props).filter((k) => !clientKeys.includes(k)).sort(), serverKeys.sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) assert.deepEqual(props[`gongwen.${key}`].default, value, key);
    for (const [key, prop] of Object.entries(props)) {
      assert.match(prop.markdownDescription, /[\u4e00-\u9fff]/, key);
      if (!clientKeys.includes(key)) assert.equal(prop.scope, 'resource', `${key} is per resource`);
    }
    assert.deepEqual(props['gongwen.segmenter'].enum, ['auto', ...SEGMENTER_BACKENDS]);
    assert.equal(props['gongwen.segmenter'].scope, 'machine');
  });

  it('gives gongwen.rules every rule and family as a property with the severity enum and its title', () => {
    const rules = manifest.contributes.configuration.properties['gongwen.rules'] as unknown as {
      additionalProperties: boolean;
      properties: Record<string, { enum: string[]; description: string }>;
    };
    assert.equal(rules.additionalProperties, false);
    const ids = [...ruleFamilies, ...allRules.map((r) => r.meta.id)];
    assert.deepEqual(Object.keys(rules.properties).sort(), ids.sort());
    for (const rule of allRules) {
      const property = rules.properties[rule.meta.id];
      assert.deepEqual(property.enum, ['off', 'info', 'warning', 'error'], rule.meta.id);
      assert.ok(property.description.includes(rule.meta.title.zh) && property.description.includes(rule.meta.title.en), rule.meta.id);
    }
  });

  it('points at files that exist: schema, snippets, injection grammar', () => {
    const [validation] = manifest.contributes.jsonValidation;
    assert.equal(validation.fileMatch, '.gongwenrc.json');
    assert.ok(exists(validation.url), validation.url);
    for (const s of manifest.contributes.snippets) assert.ok(exists(s.path), s.path);
    const [grammar] = manifest.contributes.grammars;
    assert.ok(exists(grammar.path));
    assert.deepEqual(grammar.injectTo, ['text.html.markdown']);
    const raw = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, grammar.path), 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(raw.scopeName, grammar.scopeName);
    assert.match(raw.injectionSelector, /-markup\.fenced_code/);
  });

  it('ships the language server as a bin that starts over stdio', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.equal(pkg.bin['gongwen-language-server'], 'bin/gongwen-language-server.js');
    assert.ok(exists(pkg.bin['gongwen-language-server']));
  });
});

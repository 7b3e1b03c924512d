// --only: check, and with --fix fix, only some rules or families; the others are neither
// reported nor fixed, and a name that matches no rule is a usage error.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeTree, run, tempTree } from './helpers';

// Two fixable problems of two rules (heading punctuation, placeholder) and one unfixable note.
const BEFORE = '## 一、总体要求。\n\n完成率达到xx%，请注意。\n';

describe('cli: --only', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  it('--fix --only ID fixes that rule alone and reports that rule alone', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const r = await run(['--fix', '--only', 'test/placeholder', '-f', 'json', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), '## 一、总体要求。\n\n完成率达到××%，请注意。\n');
    const [result] = JSON.parse(r.stdout);
    assert.deepEqual(result.messages, [], 'the heading and the note are not checked');
  });

  it('takes family names, lists and repeats, and checks only what it names', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const ids = (stdout: string) => JSON.parse(stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId).sort();
    const all = await run(['-f', 'json', 'a.md'], { cwd: dir });
    assert.deepEqual(ids(all.stdout), ['outline/heading-punctuation', 'test/note', 'test/placeholder']);
    const family = await run(['-f', 'json', '--only', 'test', 'a.md'], { cwd: dir });
    assert.deepEqual(ids(family.stdout), ['test/note', 'test/placeholder']);
    const listed = await run(['-f', 'json', '--only', 'test/note,test/placeholder', 'a.md'], { cwd: dir });
    const repeated = await run(['-f', 'json', '--only', 'test/note', '--only=test/placeholder', 'a.md'], { cwd: dir });
    assert.deepEqual(ids(listed.stdout), ['test/note', 'test/placeholder']);
    assert.deepEqual(ids(repeated.stdout), ['test/note', 'test/placeholder']);
    const note = await run(['-f', 'json', '--only', 'test/note', 'a.md'], { cwd: dir });
    assert.deepEqual(ids(note.stdout), ['test/note']);
  });

  it('--fix-dry-run --only shows only that rule\'s change', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const r = await run(['--fix-dry-run', '--only', 'test/placeholder', 'a.md'], { cwd: dir });
    assert.match(r.stdout, /\+完成率达到××%/);
    assert.doesNotMatch(r.stdout, /\+## 一、总体要求\n/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), BEFORE);
  });

  it('refuses a name that matches no rule, in the user\'s language, with exit code 2', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const zh = await run(['--fix', '--only', 'test/nothing', 'a.md'], { cwd: dir });
    assert.equal(zh.code, 2);
    assert.match(zh.stderr, /--only 里的规则“test\/nothing”不存在/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), BEFORE);
    const en = await run(['--locale', 'en', '--only', 'nothing', 'a.md'], { cwd: dir });
    assert.equal(en.code, 2);
    assert.match(en.stderr, /--only names a rule that does not exist: "nothing"/);
    const empty = await run(['--only', ',', 'a.md'], { cwd: dir });
    assert.equal(empty.code, 2);
  });
});

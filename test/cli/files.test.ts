// Which files a run checks, and what happens with paths that are not plain readable Markdown:
// ignore files, globs, link loops, binary files, unreadable files and folders.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeFileSystem, type CliFileSystem } from '../../server/src/cli/fs';
import { removeTree, run, tempTree } from './helpers';

const WARN = '## 一、总体要求。\n';

/** The files a JSON run reported, relative to `dir`. */
function lintedFiles(stdout: string, dir: string): string[] {
  return (JSON.parse(stdout) as { filePath: string }[]).map((r) => path.relative(dir, r.filePath).split(path.sep).join('/'));
}

describe('cli: finding files', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  it('recurses into *.md and *.markdown, honouring .gitignore, .gongwenignore and ignorePatterns', async () => {
    dir = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.tmp.md\n',
      '.gongwenignore': 'drafts/\n',
      '.gongwenrc.json': '{ "ignorePatterns": ["old/**"] }',
      'a.md': WARN,
      'b.markdown': WARN,
      'notes.txt': WARN,
      'x.tmp.md': WARN,
      'build/out.md': WARN,
      'drafts/d.md': WARN,
      'old/o.md': WARN,
      'node_modules/pkg/README.md': WARN,
      'sub/c.MD': WARN,
      'sub/.gitignore': 'local.md\n',
      'sub/local.md': WARN,
      'sub/y.tmp.md': WARN,
    });
    const r = await run(['-f', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lintedFiles(r.stdout, dir), ['a.md', 'b.markdown', 'sub/c.MD']);
    assert.equal(r.stderr, '', 'files skipped by ignore rules while walking are skipped silently');
    // From a subfolder, the repository root's .gitignore still applies.
    const fromSub = await run(['-f', 'json', '.'], { cwd: path.join(dir, 'sub') });
    assert.deepEqual(lintedFiles(fromSub.stdout, path.join(dir, 'sub')), ['c.MD']);
  });

  it('skips an ignored file named on the command line, with a note', async () => {
    dir = tempTree({ '.gongwenignore': 'drafts/\n', 'drafts/d.md': WARN, '.gongwenrc.json': '{ "ignorePatterns": ["old.md"] }', 'old.md': WARN });
    const r = await run(['drafts/d.md', 'old.md'], { cwd: dir });
    assert.deepEqual([r.code, r.stdout], [0, '']);
    assert.match(r.stderr, /跳过 drafts\/d\.md：它被 .*排除/);
    assert.match(r.stderr, /跳过 old\.md：/);
  });

  it('expands globs (any extension), once per file, and fails on a glob matching nothing', async () => {
    dir = tempTree({ 'a.md': WARN, 'docs/b.md': WARN, 'docs/deep/c.md': WARN, 'docs/e.txt': WARN });
    const r = await run(['-f', 'json', 'docs/**/*.md', 'docs/*.txt', 'docs/b.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(lintedFiles(r.stdout, dir), ['docs/b.md', 'docs/deep/c.md', 'docs/e.txt']);
    const none = await run(['*.markdown'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /没有文件匹配：\*\.markdown/);
  });

  it('ends a symbolic-link loop with a note and checks each real file once', async () => {
    dir = tempTree({ 'a.md': WARN, 'sub/b.md': WARN, 'other/c.md': WARN });
    fs.symlinkSync('..', path.join(dir, 'sub', 'loop'));
    fs.symlinkSync(path.join(dir, 'other'), path.join(dir, 'sub', 'alias'));
    fs.symlinkSync('self.md', path.join(dir, 'self.md')); // a link to itself (ELOOP)
    const r = await run(['-f', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lintedFiles(r.stdout, dir), ['a.md', 'other/c.md', 'sub/b.md']);
    assert.match(r.stderr, /跳过 sub\/loop：这个符号链接指回了它所在的上级文件夹/);
    const named = await run(['self.md'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /无法读取 self\.md（ELOOP）/);
  });

  it('skips a binary file with a message and checks the rest', async () => {
    dir = tempTree({ 'a.md': WARN, 'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) });
    const r = await run(['-f', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(lintedFiles(r.stdout, dir), ['a.md']);
    assert.match(r.stderr, /跳过 image\.md：这是二进制文件，不是文本/);
  });

  it('reports unreadable files and folders by name, exits 2, and checks the rest', async () => {
    dir = tempTree({ 'a.md': WARN, 'secret.md': WARN, 'locked/x.md': WARN });
    // Running as root ignores permission bits, so the refusal is injected.
    const denied = (p: string) => Object.assign(new Error(`EACCES: ${p}`), { code: 'EACCES' });
    const failing: CliFileSystem = {
      ...nodeFileSystem,
      readFile: (file, maxBytes) => {
        if (path.basename(file) === 'secret.md') throw denied(file);
        return nodeFileSystem.readFile(file, maxBytes);
      },
      readdir: (d) => {
        if (path.basename(d) === 'locked') throw denied(d);
        return nodeFileSystem.readdir(d);
      },
    };
    const r = await run(['-f', 'json', '.'], { cwd: dir, fs: failing });
    assert.equal(r.code, 2);
    assert.deepEqual(lintedFiles(r.stdout, dir), ['a.md']);
    assert.match(r.stderr, /无法读取 secret\.md（EACCES）：没有读取权限/);
    assert.match(r.stderr, /无法读取 locked（EACCES）/);
  });
});

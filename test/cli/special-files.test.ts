// Paths that are not regular files, through the real command: a named pipe would block a read
// forever and a device (/dev/zero) never ends, so each must be refused by its type, with a clear
// message and the exit code of a file error, wherever it appears (a named file, a file met in a
// folder, a config or ignore file, standard input). Every run has a timeout, so a regression
// fails instead of hanging; platforms without FIFOs or /dev/zero skip, saying so.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureBuilt, onlyHeadingRule, removeTree, runBin, tempTree } from './helpers';

const WARN = '## 一、总体要求。\n\n正文第一段。\n';
/** Long enough for a loaded machine to start the command; a hang is killed after it. */
const TIMEOUT_MS = 20000;

function canMakeFifo(): boolean {
  if (process.platform === 'win32') return false;
  const dir = tempTree();
  try {
    return spawnSync('mkfifo', [path.join(dir, 'probe')]).status === 0;
  } finally {
    removeTree(dir);
  }
}

function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe('cli: files that are not regular files (real FIFOs and device links)', function () {
  this.timeout(4 * TIMEOUT_MS);
  let dir: string;
  const only = onlyHeadingRule();
  const fifos = canMakeFifo();
  const devices = process.platform !== 'win32' && fs.existsSync('/dev/zero') && fs.existsSync('/dev/null');
  before(function () {
    if (!fifos && !devices) {
      console.log('      (skipped: this platform has neither mkfifo nor /dev/zero)');
      this.skip();
    }
    ensureBuilt();
  });
  beforeEach(function () {
    dir = tempTree({ 'ok.md': WARN });
  });
  afterEach(() => removeTree(dir));
  const need = (ctx: Mocha.Context, what: 'fifo' | 'device') => {
    if (what === 'fifo' ? fifos : devices) return;
    console.log(`      (skipped: no ${what === 'fifo' ? 'mkfifo' : '/dev/zero'} on this platform)`);
    ctx.skip();
  };
  const run = (args: string[], extra: { stdin?: number; env?: Record<string, string> } = {}) => runBin([...only, ...args], { cwd: dir, timeoutMs: TIMEOUT_MS, ...extra });

  it('refuses a FIFO named on the command line instead of waiting for a writer', function () {
    need(this, 'fifo');
    mkfifo(path.join(dir, 'x.md'));
    const r = run(['x.md', 'ok.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法读取 x\.md：它不是普通文件，而是命名管道（FIFO），没有读取它/);
    assert.match(r.stdout, /ok\.md\n {2}1:10/, 'the other file is still checked');
    const en = run(['x.md'], { env: { LANG: 'en_US.UTF-8' } });
    assert.match(en.stderr, /cannot read x\.md: it is not a regular file but a named pipe \(FIFO\)/);
  });

  it('refuses links to /dev/zero and /dev/null named on the command line, without reading them', function () {
    need(this, 'device');
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    fs.symlinkSync('/dev/null', path.join(dir, 'null.md'));
    const r = run(['zero.md', 'null.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法读取 zero\.md：它不是普通文件，而是字符设备/);
    assert.match(r.stderr, /无法读取 null\.md：它不是普通文件，而是字符设备/);
    const fixing = run(['--fix', 'zero.md']);
    assert.equal(fixing.code, 2);
    assert.ok(fs.lstatSync(path.join(dir, 'zero.md')).isSymbolicLink(), 'the link is left alone');
  });

  it('skips a FIFO met while walking a folder, with a note, and checks the rest', function () {
    need(this, 'fifo');
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.writeFileSync(path.join(dir, 'docs', 'a.md'), WARN);
    mkfifo(path.join(dir, 'docs', 'pipe.md'));
    const r = run(['docs']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /跳过 docs\/pipe\.md：它不是普通文件，而是命名管道（FIFO）/);
    assert.match(r.stdout, /docs\/a\.md\n {2}1:10/);
  });

  it('refuses a .gongwenrc.json that is a FIFO or a link to /dev/zero, naming it', function () {
    for (const make of [
      fifos ? (file: string) => mkfifo(file) : undefined,
      devices ? (file: string) => fs.symlinkSync('/dev/zero', file) : undefined,
    ]) {
      if (!make) continue;
      const config = path.join(dir, '.gongwenrc.json');
      fs.rmSync(config, { force: true });
      make(config);
      const r = run(['ok.md']);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /无法读取 \.gongwenrc\.json：它不是普通文件，而是(命名管道（FIFO）|字符设备)/);
      assert.equal(r.stderr.split('.gongwenrc.json').length - 1, 1, 'said once');
    }
    if (!fifos && !devices) this.skip();
  });

  it('refuses a .gitignore or .gongwenignore that is a FIFO or a device link, naming it', function () {
    need(this, 'fifo');
    mkfifo(path.join(dir, '.gitignore'));
    const r = run(['.']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /无法读取 \.gitignore：它不是普通文件，而是命名管道（FIFO）/);
    if (!devices) return;
    fs.rmSync(path.join(dir, '.gitignore'));
    fs.symlinkSync('/dev/zero', path.join(dir, '.gongwenignore'));
    const zero = run(['ok.md']);
    assert.equal(zero.code, 2, zero.stderr);
    assert.match(zero.stderr, /无法读取 \.gongwenignore：它不是普通文件，而是字符设备/);
  });

  it('stops reading standard input that never ends, at the size limit', function () {
    need(this, 'device');
    const zero = fs.openSync('/dev/zero', 'r');
    try {
      const r = run(['--stdin'], { stdin: zero });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /没有检查 <标准输入>：它超过了 64 MB 的上限/);
    } finally {
      fs.closeSync(zero);
    }
  });

  it('refuses a regular file over the size limit without reading it', () => {
    // Sparse: 65 MB of nothing on disk.
    const fd = fs.openSync(path.join(dir, 'huge.md'), 'w');
    fs.ftruncateSync(fd, 65 * 1024 * 1024);
    fs.closeSync(fd);
    const r = run(['huge.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /没有检查 huge\.md：它超过了 64 MB 的上限/);
  });
});

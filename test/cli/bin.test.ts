// The installed command, run as a child process exactly as a shell, pre-commit or lint-staged
// runs it: exit codes, output, and the bytes of files before and after. Only
// outline/heading-punctuation is switched on, so the checks hold as the rule families grow.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import * as iconv from 'iconv-lite';
import { BIN, ensureBuilt, listFiles, onlyHeadingRule, removeTree, runBin, runBinAsync, tempTree } from './helpers';
import { nativeAvailable } from '../../server/src/core/segment/nodeSegmenter';

const WARN = '## 一、总体要求。\n\n正文第一段。\n';
const FIXED = '## 一、总体要求\n\n正文第一段。\n';

describe('cli: the real bin', function () {
  this.timeout(60000);
  let dir: string;
  const only = onlyHeadingRule();
  before(() => ensureBuilt());
  afterEach(() => removeTree(dir));

  it('exits 0 / 1 / 2 and prints findings to stdout, problems to stderr', () => {
    dir = tempTree({ 'clean.md': FIXED, 'warn.md': WARN });
    assert.deepEqual(runBin([...only, 'clean.md'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
    const warn = runBin([...only, 'warn.md'], { cwd: dir });
    assert.equal(warn.code, 0);
    assert.match(warn.stdout, /^\nwarn\.md\n {2}1:10 {2}警告 {2}标题末尾不应有“。”/);
    assert.equal(runBin([...only, '--rule', 'outline/heading-punctuation:error', 'warn.md'], { cwd: dir }).code, 1);
    assert.equal(runBin([...only, '--max-warnings', '0', 'warn.md'], { cwd: dir }).code, 1);
    const missing = runBin(['missing.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /找不到文件或文件夹：missing\.md/);
    const en = runBin([...only, 'warn.md'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    assert.match(en.stdout, /1:10 {2}warning {2}Heading ends with "。"/);
  });

  it('delivers megabytes of output whole to a slow reader on a pipe, with the right exit code', async () => {
    // The command exits as soon as its output is flushed; a reader that only starts reading
    // later must still get every byte and the exit code.
    dir = tempTree({ 'big.md': '## 一、总体要求。\n\n'.repeat(20000) });
    const child = spawn(process.execPath, [BIN, ...only, '--rule', 'outline/heading-punctuation:error', '--format', 'json', 'big.md'], { cwd: dir });
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const output = Buffer.concat(chunks);
    assert.ok(output.length > 1_000_000, `${output.length} bytes`);
    const json = JSON.parse(output.toString('utf8'));
    assert.equal(json[0].messages.length, 20000);
    assert.equal(code, 1);
  });

  it('lints a text past the large-input size, where it turns V8’s optimising compiler back on mid-run', () => {
    dir = tempTree();
    const paragraph = '全年完成投资3.5亿元，同比增长12%，约100个项目。\n\n';
    const copies = Math.ceil((6.5 * 1024 * 1024) / Buffer.byteLength(paragraph));
    const input = paragraph.repeat(copies) + '## 一、总体要求。\n';
    const r = runBin([...only, '--format', 'json', '--stdin'], { cwd: dir, input });
    assert.equal(r.code, 0, r.stderr);
    const messages = JSON.parse(r.stdout)[0].messages;
    assert.deepEqual(messages.map((m: { line: number; ruleId: string }) => [m.line, m.ruleId]), [[2 * copies + 1, 'outline/heading-punctuation']]);
  });

  it('finds the same things in the sample report with either segmenter', function () {
    if (!nativeAvailable()) this.skip();
    dir = tempTree();
    const sample = path.join(BIN, '..', '..', 'docs', 'sample-report.md');
    const results = (['native', 'js'] as const).map((backend) => runBin(['--format', 'json', sample], { cwd: dir, env: { GONGWEN_SEGMENTER: backend } }));
    assert.ok(JSON.parse(results[0].stdout)[0].messages.length > 0, results[0].stderr);
    assert.equal(results[1].stdout, results[0].stdout);
    assert.equal(results[1].code, results[0].code);
  });

  it('prints its version and help', () => {
    dir = tempTree();
    const version = JSON.parse(fs.readFileSync(path.join(BIN, '..', '..', 'package.json'), 'utf8')).version;
    assert.equal(runBin(['--version'], { cwd: dir, env: { GONGWEN_SEGMENTER: '' } }).stdout, `${version}\n分词器：js（JavaScript 实现，未使用原生模块）\n`);
    assert.equal(runBin(['--version'], { cwd: dir, env: { GONGWEN_SEGMENTER: 'js', LANG: 'en_GB.UTF-8' } }).stdout, `${version}\nsegmenter: js (JavaScript port, no native module), chosen by GONGWEN_SEGMENTER\n`);
    assert.match(runBin(['--help'], { cwd: dir }).stdout, /^gongwen-lint .*\n\n用法：/);
  });

  it('--fix keeps a UTF-8 byte order mark and CRLF line endings, byte for byte', () => {
    const crlf = (t: string) => Buffer.from('\uFEFF' + t.replace(/\n/g, '\r\n'), 'utf8');
    dir = tempTree({ 'a.md': crlf(WARN) });
    const r = runBin([...only, '--fix', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'a.md')), crlf(FIXED));
  });

  it('names a GBK file and its likely encoding, then round-trips it with --encoding gbk', () => {
    const gbk = iconv.encode(WARN, 'gbk');
    dir = tempTree({ '工作总结.md': gbk });
    const file = path.join(dir, '工作总结.md');
    const refused = runBin([...only, '--fix', '工作总结.md'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /工作总结\.md 不是 UTF-8 编码，看起来是 GBK。.*--encoding gbk/);
    assert.deepEqual(fs.readFileSync(file), gbk);
    const fixed = runBin([...only, '--fix', '--encoding', 'gbk', '工作总结.md'], { cwd: dir });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.deepEqual(fs.readFileSync(file), iconv.encode(FIXED, 'gbk'));
  });

  it('leaves a read-only file untouched with a clear error and exit 2', () => {
    dir = tempTree({ 'a.md': WARN });
    fs.chmodSync(path.join(dir, 'a.md'), 0o444);
    const r = runBin([...only, '--fix', 'a.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法修复 a\.md：文件是只读的/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), WARN);
  });

  it('survives a symbolic-link loop and skips binary files with a message', () => {
    dir = tempTree({ 'docs/a.md': WARN, 'docs/blob.md': Buffer.from([0, 1, 2, 3, 0xff]) });
    fs.symlinkSync('..', path.join(dir, 'docs', 'up'));
    const r = runBin([...only, '-f', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => path.relative(dir, x.filePath)), [path.join('docs', 'a.md')]);
    assert.match(r.stderr, /跳过 docs\/up：这个符号链接指回了/);
    assert.match(r.stderr, /跳过 docs\/blob\.md：这是二进制文件/);
  });

  it('reads standard input', () => {
    dir = tempTree();
    const r = runBin([...only, '--stdin', '--stdin-filename', '通知.md', '-f', 'json'], { cwd: dir, input: WARN });
    assert.equal(r.code, 0);
    const [result] = JSON.parse(r.stdout);
    assert.equal(result.filePath, path.join(dir, '通知.md'));
    assert.deepEqual([result.messages[0].line, result.messages[0].column], [1, 10]);
  });

  it('npm run lint:sample shows the sample report\'s findings and succeeds', () => {
    dir = tempTree();
    const script = path.join(BIN, '..', '..', 'scripts', 'lint-sample.mjs');
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /docs\/sample-report\.md\n/);
    assert.match(r.stdout, /29:11 {2}警告 {2}标题末尾不应有“。”.*outline\/heading-punctuation/);
    assert.match(r.stdout, /\[lint:sample\] gongwen-lint 退出码 [01]（1 = 发现错误），在示例报告中发现 \d+ 个问题，符合预期。/);
  });

  it('two processes fixing the same tree at once lose nothing and leave no temporary files', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d${i % 4}/f${i}.md`] = `## ${i}、第${i}部分。\n\n正文${i}。\n`;
    dir = tempTree(files);
    const [a, b] = await Promise.all([runBinAsync([...only, '--fix', '.'], dir), runBinAsync([...only, '--fix', '.'], dir)]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    for (const [name, text] of Object.entries(files)) {
      assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), text.replace('部分。', '部分'), name);
    }
    assert.deepEqual(listFiles(dir), Object.keys(files).sort());
  });

  it('a --fix killed at any moment leaves each file whole: the old text or the new', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`f${String(i).padStart(3, '0')}.md`] = `## 第${i}部分。\n\n${'正文内容。'.repeat(2000)}\n`;
    dir = tempTree(files);
    const child = spawn(process.execPath, [BIN, ...only, '--fix', '.'], { cwd: dir, stdio: 'ignore' });
    // Kill it once it has fixed some files but (very likely) not all.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (fs.readFileSync(path.join(dir, 'f010.md'), 'utf8').startsWith('## 第10部分\n') || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 2);
    });
    await new Promise((resolve) => child.on('close', resolve));
    let fixed = 0;
    for (const [name, text] of Object.entries(files)) {
      const now = fs.readFileSync(path.join(dir, name), 'utf8');
      const after = text.replace('部分。', '部分');
      assert.ok(now === text || now === after, `${name} is neither the old nor the new text (${now.length} characters)`);
      if (now === after) fixed++;
    }
    assert.ok(fixed >= 11, `only ${fixed} files fixed before the kill`);
  });
});

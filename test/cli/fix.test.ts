// --fix and --fix-dry-run: what is written, in which encoding, and that a file is never left
// half written, rewritten in another encoding, or overwritten over someone else's change.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { nodeFileSystem, type CliFileSystem } from '../../server/src/cli/fs';
import { allRules } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/types';
import { listFiles, removeTree, run, tempTree, TEST_RULES } from './helpers';

const BEFORE = '## 一、总体要求。\n\n完成率达到xx%。\n';
const AFTER = '## 一、总体要求\n\n完成率达到××%。\n';

describe('cli: --fix', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  it('rewrites the file, keeping its byte order mark, CRLF line endings and mode', async () => {
    dir = tempTree({ 'a.md': '\uFEFF' + BEFORE.replace(/\n/g, '\r\n') });
    const file = path.join(dir, 'a.md');
    fs.chmodSync(file, 0o640);
    const r = await run(['--fix', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readFileSync(file), Buffer.from('\uFEFF' + AFTER.replace(/\n/g, '\r\n'), 'utf8'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.equal(r.stdout, '已修复 1 个文件。\n');
    assert.deepEqual(listFiles(dir), ['a.md'], 'no temporary file left');
    const again = await run(['--fix', 'a.md'], { cwd: dir });
    assert.deepEqual([again.code, again.stdout], [0, ''], 'a second --fix changes nothing');
  });

  it('reports what --fix could not fix, in json with the fixed text as `output`', async () => {
    dir = tempTree({ 'a.md': BEFORE + '请注意。\n' });
    const r = await run(['--fix', '-f', 'json', 'a.md'], { cwd: dir });
    const [result] = JSON.parse(r.stdout);
    assert.equal(result.output, AFTER + '请注意。\n');
    assert.deepEqual(result.messages.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line]), [['test/note', 4]]);
  });

  it('--fix-dry-run prints a diff and the remaining findings, and writes nothing', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const r = await run(['--fix-dry-run', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(
      r.stdout,
      '--- a.md\n+++ a.md\n@@ -1,3 +1,3 @@\n-## 一、总体要求。\n+## 一、总体要求\n \n-完成率达到xx%。\n+完成率达到××%。\n--fix 会修改 1 个文件（以上为差异，文件未改动）。\n',
    );
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), BEFORE);
  });

  it('renumbers after a skipped outline number only with --fix-renumber', async () => {
    // The real outline/sequence rule: a skip (（三） after （一）) may be a missing item, so plain
    // --fix leaves it; a repeated number (（二） twice) is certain and fixed either way.
    const text = '一、甲\n\n（一）乙\n\n（三）丙\n\n（四）丁\n\n二、戊\n\n（一）己\n\n（二）庚\n\n（二）辛\n';
    const fixed = text.replace('（二）辛', '（三）辛');
    const renumbered = fixed.replace('（三）丙', '（二）丙').replace('（四）丁', '（三）丁');
    dir = tempTree({ 'a.md': text });
    const file = path.join(dir, 'a.md');
    const plain = await run(['--fix', 'a.md'], { cwd: dir, rules: allRules });
    assert.equal(fs.readFileSync(file, 'utf8'), fixed, plain.stdout + plain.stderr);
    assert.match(plain.stdout, /5:1 .*跳过了“（二）”/);
    const dry = await run(['--fix-dry-run', '--fix-renumber', 'a.md'], { cwd: dir, rules: allRules });
    assert.match(dry.stdout, /-（三）丙\n\+（二）丙\n \n-（四）丁\n\+（三）丁/);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed);
    const opted = await run(['--fix', '--fix-renumber', 'a.md'], { cwd: dir, rules: allRules });
    assert.equal(opted.code, 0, opted.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), renumbered);
  });

  it('lists under a finding every other line its fix changes (its related locations)', async () => {
    dir = tempTree({ 'a.md': '（一）甲\n\n（二）乙\n\n（二）丙\n\n（三）丁\n' });
    const r = await run(['a.md'], { cwd: dir, rules: allRules });
    assert.match(r.stdout, /\n {2}5:1 +警告 +序号“（二）”与上一个同级序号重复[^\n]*outline\/sequence\n {2}[ ]+↳ 7:1 {2}“（三）”随之改为“（四）”\n/);
  });

  it('refuses a read-only file: clear error, exit 2, file untouched', async () => {
    dir = tempTree({ 'a.md': BEFORE, 'b.md': BEFORE });
    const file = path.join(dir, 'a.md');
    fs.chmodSync(file, 0o444);
    const r = await run(['--fix', 'a.md', 'b.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法修复 a\.md：文件是只读的。文件未改动。/);
    assert.equal(fs.readFileSync(file, 'utf8'), BEFORE);
    assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), AFTER, 'the writable file is still fixed');
    assert.match(r.stdout, /a\.md\n {2}1:10/, 'the unfixed findings are still reported');
  });

  it('writes through a temporary file in the same folder and a rename, so a failure leaves the old file', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const file = path.join(dir, 'a.md');
    const calls: string[] = [];
    const crashing = (failAt: 'write' | 'rename'): CliFileSystem => ({
      ...nodeFileSystem,
      writeNewFile: (temp, data, mode) => {
        calls.push(`write ${path.dirname(temp) === dir} ${path.basename(temp) !== 'a.md'}`);
        if (failAt === 'write') {
          // Half the data reaches the disk, then the disk is full.
          fs.writeFileSync(temp, data.subarray(0, data.length >> 1), { mode });
          throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        }
        nodeFileSystem.writeNewFile(temp, data, mode);
      },
      rename: (from, to) => {
        calls.push(`rename ${path.dirname(from) === dir} ${to === file}`);
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
    });
    for (const failAt of ['write', 'rename'] as const) {
      calls.length = 0;
      const r = await run(['--fix', 'a.md'], { cwd: dir, fs: crashing(failAt) });
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`写入 a\\.md 失败（${failAt === 'write' ? 'ENOSPC' : 'EIO'}），原文件未改动`));
      assert.equal(fs.readFileSync(file, 'utf8'), BEFORE);
      assert.deepEqual(listFiles(dir), ['a.md'], 'the temporary file is removed');
      assert.deepEqual(calls, failAt === 'write' ? ['write true true'] : ['write true true', 'rename true true']);
    }
  });

  it('follows a symbolic link to the real file and leaves the link a link', async () => {
    dir = tempTree({ 'real/a.md': BEFORE });
    fs.symlinkSync(path.join('real', 'a.md'), path.join(dir, 'link.md'));
    const r = await run(['--fix', 'link.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'real', 'a.md'), 'utf8'), AFTER);
  });

  it('never overwrites a change another program made while the file was being fixed', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const file = path.join(dir, 'a.md');
    let reads = 0;
    const meddling = (times: number): CliFileSystem => ({
      ...nodeFileSystem,
      readFile: (f, maxBytes) => {
        // Just before the check that precedes the write, someone appends a line.
        if (f === file && ++reads % 2 === 0 && reads <= 2 * times) fs.appendFileSync(file, `新增第${reads}行xx。\n`);
        return nodeFileSystem.readFile(f, maxBytes);
      },
    });
    const once = await run(['--fix', 'a.md'], { cwd: dir, fs: meddling(1) });
    assert.equal(once.code, 0, once.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), AFTER + '新增第2行××。\n', 'the new line is kept, and fixed too');

    fs.writeFileSync(file, BEFORE);
    reads = 0;
    const always = await run(['--fix', 'a.md'], { cwd: dir, fs: meddling(100) });
    assert.equal(always.code, 2);
    assert.match(always.stderr, /没有修复 a\.md：修复期间它一直在被其他程序修改/);
    assert.ok(fs.readFileSync(file, 'utf8').startsWith(BEFORE), 'the other program\'s text is what remains');
  });
});

describe('cli: --fix keeps the file it rewrites', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  it('keeps the owner and group of a file it rewrites as root', async function () {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
      console.log('      (skipped: only root may give a file to another owner)');
      this.skip();
    }
    dir = tempTree({ 'a.md': BEFORE });
    const file = path.join(dir, 'a.md');
    fs.chownSync(file, 65534, 65534);
    const r = await run(['--fix', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), AFTER);
    const st = fs.statSync(file);
    assert.deepEqual([st.uid, st.gid], [65534, 65534]);
  });

  it('writes in place, with the old text saved until the new one is on disk, when the owner cannot be kept', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const file = path.join(dir, 'a.md');
    const inode = fs.statSync(file).ino;
    const written: string[] = [];
    // A user who may not give a file away: the new file would change owner, so the old one is kept.
    const notRoot: CliFileSystem = {
      ...nodeFileSystem,
      stat: (f) => (path.basename(f).endsWith('.tmp') ? { ...nodeFileSystem.stat(f), uid: 4242 } : nodeFileSystem.stat(f)),
      chown: () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      },
      writeNewFile: (f, data, mode) => {
        written.push(path.extname(f));
        nodeFileSystem.writeNewFile(f, data, mode);
      },
    };
    const r = await run(['--fix', 'a.md'], { cwd: dir, fs: notRoot });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), AFTER);
    assert.equal(fs.statSync(file).ino, inode, 'the same file, not a replacement');
    assert.deepEqual(written, ['.tmp', '.bak']);
    assert.deepEqual(listFiles(dir), ['a.md'], 'no temporary or backup file is left');
  });

  it('keeps a hard link one file: both names show the fix', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const file = path.join(dir, 'a.md');
    fs.linkSync(file, path.join(dir, 'b.md'));
    const r = await run(['--fix', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), AFTER);
    assert.equal(fs.statSync(file).nlink, 2);
    assert.equal(fs.statSync(file).ino, fs.statSync(path.join(dir, 'b.md')).ino);
    assert.deepEqual(listFiles(dir), ['a.md', 'b.md']);
  });

  it('keeps a line appended while the fixed text was being written: the size is compared just before the rename', async () => {
    dir = tempTree({ 'a.md': BEFORE });
    const file = path.join(dir, 'a.md');
    let appended = 0;
    const appender = (times: number): CliFileSystem => ({
      ...nodeFileSystem,
      writeNewFile: (temp, data, mode) => {
        // Another program appends while the temporary file is written and flushed.
        if (appended < times) fs.appendFileSync(file, `追加第${++appended}行xx。\n`);
        nodeFileSystem.writeNewFile(temp, data, mode);
      },
    });
    const r = await run(['--fix', 'a.md'], { cwd: dir, fs: appender(1) });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), AFTER + '追加第1行××。\n', 'the appended line survives, fixed too');
    assert.deepEqual(listFiles(dir), ['a.md']);

    fs.writeFileSync(file, BEFORE);
    appended = 0;
    const always = await run(['--fix', 'a.md'], { cwd: dir, fs: appender(100) });
    assert.equal(always.code, 2);
    assert.match(always.stderr, /没有修复 a\.md：修复期间它一直在被其他程序修改/);
    assert.ok(fs.readFileSync(file, 'utf8').endsWith('追加第5行xx。\n'), 'every append is kept');
    assert.deepEqual(listFiles(dir), ['a.md']);
  });

  it('does not follow a link out of the folder being walked, but fixes a linked file named outright', async () => {
    dir = tempTree({ 'project/a.md': BEFORE, 'sibling/b.md': BEFORE, 'sibling/sub/c.md': BEFORE });
    const project = path.join(dir, 'project');
    fs.symlinkSync(path.join(dir, 'sibling', 'b.md'), path.join(project, 'b.md'));
    fs.symlinkSync(path.join(dir, 'sibling', 'sub'), path.join(project, 'sub'));
    fs.symlinkSync('a.md', path.join(project, 'alias.md')); // inside: the same file, fixed once
    const r = await run(['--fix', '.'], { cwd: project });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(project, 'a.md'), 'utf8'), AFTER);
    assert.equal(fs.readFileSync(path.join(dir, 'sibling', 'b.md'), 'utf8'), BEFORE, 'the sibling folder is untouched');
    assert.equal(fs.readFileSync(path.join(dir, 'sibling', 'sub', 'c.md'), 'utf8'), BEFORE);
    assert.match(r.stderr, /跳过 b\.md：这个符号链接指向正在检查的文件夹之外/);
    assert.match(r.stderr, /跳过 sub：这个符号链接指向正在检查的文件夹之外/);
    const named = await run(['--fix', 'b.md'], { cwd: project });
    assert.equal(named.code, 0, named.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'sibling', 'b.md'), 'utf8'), AFTER, 'named outright, it is fixed where it points');
  });
});

describe('cli: encodings', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  it('refuses GBK with the file and the likely encoding named, then reads and fixes it in GBK on request', async () => {
    const gbk = iconv.encode(BEFORE, 'gbk');
    dir = tempTree({ '总结.md': gbk, 'utf8.md': BEFORE });
    const file = path.join(dir, '总结.md');
    const refused = await run(['--fix', '.'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /总结\.md 不是 UTF-8 编码，看起来是 GBK。为避免乱码没有检查它。请加上 --encoding gbk 再运行/);
    assert.deepEqual(fs.readFileSync(file), gbk, 'not touched');
    assert.equal(fs.readFileSync(path.join(dir, 'utf8.md'), 'utf8'), AFTER, 'UTF-8 files are still fixed');

    const en = await run(['--locale', 'en', '总结.md'], { cwd: dir });
    assert.match(en.stderr, /总结\.md is not UTF-8; it looks like GBK\. .*--encoding gbk/);

    fs.writeFileSync(path.join(dir, 'utf8.md'), BEFORE);
    const fixed = await run(['--fix', '--encoding', 'gbk', '.'], { cwd: dir });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.deepEqual(fs.readFileSync(file), iconv.encode(AFTER, 'gbk'), 'written back in GBK');
    assert.equal(fs.readFileSync(path.join(dir, 'utf8.md'), 'utf8'), AFTER, 'a UTF-8 file beside it stays UTF-8');
  });

  it('reads GB18030 (four-byte characters included) and writes it back byte for byte', async () => {
    const text = '## 一、𠮷字说明。\n\n完成率xx%。\n';
    const bytes = iconv.encode(text, 'gb18030');
    dir = tempTree({ 'a.md': bytes });
    const refused = await run(['a.md'], { cwd: dir });
    assert.match(refused.stderr, /看起来是 GB18030/);
    assert.equal((await run(['--encoding', 'gbk', 'a.md'], { cwd: dir })).code, 2, 'GBK cannot read the four-byte character');
    const r = await run(['--fix', '--encoding', 'GB18030', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'a.md')), iconv.encode('## 一、𠮷字说明\n\n完成率××%。\n', 'gb18030'));
  });

  it('recognises UTF-16 by its byte order mark and writes it back with the same mark and byte order', async () => {
    for (const [encoding, bom] of [
      ['utf16le', [0xff, 0xfe]],
      ['utf16be', [0xfe, 0xff]],
    ] as const) {
      const encode = (t: string) => Buffer.concat([Buffer.from(bom), iconv.encode(t, encoding)]);
      dir = tempTree({ 'a.md': encode(BEFORE.replace(/\n/g, '\r\n')) });
      const label = encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE';
      const refused = await run(['a.md'], { cwd: dir });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, new RegExp(`看起来是 ${label}。.*--encoding ${label.toLowerCase()}`));
      const r = await run(['--fix', '--encoding', 'utf-16', 'a.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'a.md')), encode(AFTER.replace(/\n/g, '\r\n')));
      removeTree(dir);
    }
    dir = tempTree();
  });

  it('reads UTF-16 without a byte order mark when --encoding names the byte order, and writes it back without one', async () => {
    for (const [encoding, option, label] of [
      ['utf16le', 'utf-16le', 'UTF-16LE'],
      ['utf16be', 'UTF-16BE', 'UTF-16BE'],
    ] as const) {
      const before = iconv.encode(BEFORE.replace(/\n/g, '\r\n'), encoding);
      dir = tempTree({ 'a.md': before });
      const file = path.join(dir, 'a.md');
      const refused = await run(['--fix', 'a.md'], { cwd: dir });
      assert.equal(refused.code, 2, 'an error, not a binary file skipped with exit 0');
      assert.match(refused.stderr, new RegExp(`看起来是 ${label}。.*--encoding ${label.toLowerCase()}`));
      const unordered = await run(['--encoding', 'utf-16', 'a.md'], { cwd: dir });
      assert.equal(unordered.code, 2);
      assert.match(unordered.stderr, new RegExp(`没有字节顺序标记（BOM），--encoding utf-16 无法确定字节顺序.*--encoding ${label.toLowerCase()}`));
      assert.deepEqual(fs.readFileSync(file), before, 'not touched');
      const r = await run(['--fix', '--encoding', option, 'a.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(fs.readFileSync(file), iconv.encode(AFTER.replace(/\n/g, '\r\n'), encoding));
      removeTree(dir);
    }
    dir = tempTree();
  });

  it('names Big5, not GBK, for traditional text, and reads and fixes it with --encoding big5', async () => {
    const text = (s: string) => s.replace('总体', '總體').replace('达', '達');
    const big5 = iconv.encode(text(BEFORE), 'big5');
    dir = tempTree({ 'a.md': big5 });
    const refused = await run(['a.md'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /a\.md 不是 UTF-8 编码，看起来是 Big5。.*--encoding big5/);
    const r = await run(['--fix', '--encoding', 'big5', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'a.md')), iconv.encode(text(AFTER), 'big5'));
    // Two characters read as Chinese either way: both encodings are named.
    fs.writeFileSync(path.join(dir, 'b.md'), iconv.encode('謹啟', 'big5'));
    const unsure = await run(['--locale', 'en', 'b.md'], { cwd: dir });
    assert.match(unsure.stderr, /b\.md is not UTF-8; it may be GBK \(simplified\) or Big5 \(traditional\)/);
  });

  it('refuses bytes that are not valid in the named encoding', async () => {
    dir = tempTree({ 'a.md': Buffer.from([0x23, 0x20, 0x80, 0xff, 0xfe, 0x0a]) });
    const r = await run(['--encoding', 'gbk', 'a.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.md 里有不属于 GBK 的字节/);
  });

  it('does not write a fix that the file\'s encoding cannot hold', async () => {
    const astral: Rule = {
      ...TEST_RULES[1],
      check(ctx) {
        for (const m of ctx.doc.prose.masked.matchAll(/xx/g)) ctx.report({ start: m.index, end: m.index + 2, messageId: 'placeholder', data: { text: 'xx' }, fix: [{ start: m.index, end: m.index + 2, text: '𠮷' }] });
      },
    };
    const gbk = iconv.encode('完成率xx%。\n', 'gbk');
    dir = tempTree({ 'a.md': gbk });
    const r = await run(['--fix', '--encoding', 'gbk', 'a.md'], { cwd: dir, rules: [astral] });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /没有修复 a\.md：修复后的文字里有 GBK 编码无法表示的字符。文件未改动。/);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'a.md')), gbk);
  });
});

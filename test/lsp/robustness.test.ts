// The server under stress: malformed requests, a client that vanishes, a 10 MB document, a
// thousand quick edits, and the speed of edit → diagnostics on a 300 KB report.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { lint } from '../../server/src/core/engine';
import { delay, fileUri, SERVER_MAIN, TestClient } from './client';

/** A realistic report section of our own, about 600 characters, with one skipped number. */
function section(n: number): string {
  return [
    `## ${toHan(n)}、第${n}部分工作情况`,
    '',
    `（一）组织保障。全区共组建工作专班${n}个，召开推进会议3次，印发工作方案2份，明确责任单位和完成时限。`,
    '',
    '（二）重点任务。全年完成投资3.5亿元，同比增长12%，新建社区卫生服务站4个，改造提升乡镇卫生院6所。',
    '',
    '（三）督促检查。采取“四不两直”方式开展暗访检查，发现问题27个，已整改25个，整改率92.6%。',
    '',
  ].join('\n');
}

function toHan(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}

function report(chars: number): string {
  const parts = ['# 关于全区卫生健康工作情况的报告', ''];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    const s = section(((n - 1) % 99) + 1);
    parts.push(s);
    length += s.length;
  }
  return parts.join('\n');
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

describe('language server: robustness', function () {
  this.timeout(120000);
  let client: TestClient;
  let dir: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lsp-'));
    client = new TestClient({ workspaceFolder: dir });
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers malformed requests with errors and stays up', async () => {
    await assert.rejects(client.connection.sendRequest('gongwen/noSuchRequest', {}), (e: { code: number }) => e.code === -32601);
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.fixAll', arguments: [42] }));
    await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.nothing', arguments: ['file:///x.md'] }));
    // Requests about documents that were never opened, or with missing parameters.
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.connection.sendRequest('gongwen/status', null), null);
    assert.equal(await client.connection.sendRequest('gongwen/nextPlaceholder', { uri: 'file:///nowhere.md' }), null);
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: {}, range: null, context: null }).catch(() => undefined);
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: null }).catch(() => undefined);
    // Bytes that are not JSON, and JSON that is not a message, straight onto the wire.
    for (const body of ['{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":{garbage', '[1,2,3]', '{"jsonrpc":"2.0","method":7}']) {
      client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    assert.equal(await client.connection.sendRequest('gongwen/status', { uri: 'file:///nowhere.md' }), null);
    // Positions far outside the document are clamped, not thrown on.
    const uri = fileUri(path.join(dir, 'a.md'));
    await client.open(uri, '一、总体要求\n');
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: -5 } });
    await client.change(uri, [{ range: { start: { line: 50, character: 0 }, end: { line: 60, character: 3 } }, text: '𠮷' }]);
    const report = await client.fullDiagnostics(uri);
    assert.ok(Array.isArray(report.items));
    assert.equal(client.process.exitCode, null, client.stderr);
  });

  it('exits when the client vanishes (its input closes)', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    await delay(500);
    child.stdin.end();
    const code = await Promise.race([new Promise((r) => child.once('exit', (c) => r(c))), delay(5000).then(() => 'still running')]);
    if (code === 'still running') child.kill();
    assert.notEqual(code, 'still running');
  });

  it('skips a 10 MB document quickly and keeps answering', async () => {
    const uri = fileUri(path.join(dir, 'huge.md'));
    const text = report(10_000_000);
    await client.open(uri, text);
    // The 10 MB didOpen itself has arrived once the server answers something else.
    await client.connection.sendRequest('gongwen/status', { uri: 'file:///nowhere.md' });
    // CPU time of the server, not wall time: a lint of 10 MB would cost seconds of it.
    let cpu = client.cpuMs();
    const diagnostics = await client.fullDiagnostics(uri);
    assert.ok(client.cpuMs() - cpu < 1000, `diagnostics took ${client.cpuMs() - cpu} ms of CPU`);
    assert.equal(diagnostics.items.length, 1);
    assert.match(diagnostics.items[0].message as string, /跳过检查/);
    cpu = client.cpuMs();
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '草稿：' }]);
    await client.fullDiagnostics(uri);
    // The change itself is applied to 10 MB of text, and its JSON parsed: allow for that.
    assert.ok(client.cpuMs() - cpu < 1500, `follow-up requests took ${client.cpuMs() - cpu} ms of CPU`);
    assert.ok(rssMb(client.process.pid!) < 600, `RSS ${rssMb(client.process.pid!)} MB`);
  });

  it('survives 1,000 quick edits with pulls cancelled on the way, and ends with the right diagnostics', async () => {
    const uri = fileUri(path.join(dir, 'typing.md'));
    let text = report(30_000);
    await client.open(uri, text);
    await client.fullDiagnostics(uri);
    const before = rssMb(client.process.pid!);
    const line = 3;
    const pulls: Promise<unknown>[] = [];
    for (let i = 0; i < 1000; i++) {
      const ch = '各单位要压实责任。'[i % 9];
      await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ch }]);
      const lines = text.split('\n');
      lines[line] = ch + lines[line];
      text = lines.join('\n');
      // Like an editor: a pull after each edit, most of them superseded.
      if (i % 10 === 0) pulls.push(client.diagnostics(uri).catch((e: { code: number }) => e.code));
    }
    const cpu = client.cpuMs();
    const final = await client.fullDiagnostics(uri);
    // At most a lint or two of the final version, not one for each version typed (CPU time).
    assert.ok(client.cpuMs() - cpu < 1000, `final diagnostics took ${client.cpuMs() - cpu} ms of CPU`);
    await Promise.all(pulls);
    const expected = lint(text).map((f) => `${f.ruleId}@${f.start}`);
    assert.equal(final.items.length, expected.length);
    assert.ok(rssMb(client.process.pid!) < before + 200, `RSS grew from ${before} to ${rssMb(client.process.pid!)} MB`);
  });

  it('lints only the newest version when edits queue up behind a lint', async () => {
    const uri = fileUri(path.join(dir, 'queued.md'));
    const text = report(300_000);
    await client.open(uri, text);
    await client.fullDiagnostics(uri);
    const at = (i: number) => ({ line: 2, character: 3 + i });
    // What one edit costs the server while idle: the lint of one version (CPU time).
    let before = client.cpuMs();
    await client.change(uri, [{ range: { start: at(0), end: at(0) }, text: '全' }]);
    await client.fullDiagnostics(uri);
    const oneEdit = client.cpuMs() - before;
    // Thirty edits sent at once, each followed by the requests an editor sends after an edit
    // (a pull, a code action at the cursor, the outline), none of them awaited: they all reach
    // the server together, queued behind one another, as they do behind a long lint.
    before = client.cpuMs();
    const answers: Promise<unknown>[] = [];
    for (let i = 1; i <= 30; i++) {
      void client.change(uri, [{ range: { start: at(i), end: at(i) }, text: '全' }]);
      answers.push(client.diagnostics(uri).catch(() => undefined));
      answers.push(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: at(i), end: at(i) }, context: { diagnostics: [] } }));
      answers.push(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
    }
    await Promise.all(answers);
    await client.fullDiagnostics(uri);
    const used = client.cpuMs() - before;
    // Linting every version would cost thirty edits' worth; the newest alone costs about one.
    assert.ok(used < oneEdit * 8 + 200, `thirty queued edits cost ${used} ms of CPU; one edit costs ${oneEdit} ms`);
  });

  it('adds little to the engine: edit → diagnostics on a 300 KB document', async () => {
    const uri = fileUri(path.join(dir, 'big.md'));
    let text = report(300_000);
    await client.open(uri, text);
    await client.fullDiagnostics(uri);
    // CPU time on both sides (the server's from /proc, the engine's in this process), summed over
    // the edits: wall time would measure whatever else the machine is doing. The latency itself
    // is measured by npm run bench.
    let serverCpu = 0;
    let engineCpu = 0;
    const edits = 9;
    for (let i = 0; i < edits; i++) {
      await delay(200); // a pause in typing, as when the writer waits for the squiggles
      const line = 2 + (i % 5) * 2;
      const before = client.cpuMs();
      await client.change(uri, [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: '全' }]);
      await client.fullDiagnostics(uri);
      serverCpu += client.cpuMs() - before;
      const lines = text.split('\n');
      lines[line] = lines[line].slice(0, 3) + '全' + lines[line].slice(3);
      text = lines.join('\n');
      const engineBefore = process.cpuUsage();
      lint(text);
      const used = process.cpuUsage(engineBefore);
      engineCpu += (used.user + used.system) / 1000;
    }
    console.log(`      300 KB: edit → diagnostics ${(serverCpu / edits).toFixed(1)} ms of server CPU per edit; the engine alone ${(engineCpu / edits).toFixed(1)} ms`);
    // The server's share (sync, config, conversion, JSON-RPC) must stay small next to the lint itself.
    assert.ok(serverCpu <= engineCpu * 1.5 + 30 * edits, `server ${serverCpu} ms vs engine ${engineCpu.toFixed(0)} ms of CPU`);
  });
});

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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
    let started = Date.now();
    const diagnostics = await client.fullDiagnostics(uri);
    assert.ok(Date.now() - started < 1000, `diagnostics took ${Date.now() - started} ms`);
    assert.equal(diagnostics.items.length, 1);
    assert.match(diagnostics.items[0].message as string, /跳过检查/);
    started = Date.now();
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '草稿：' }]);
    await client.fullDiagnostics(uri);
    assert.ok(Date.now() - started < 1000, `follow-up requests took ${Date.now() - started} ms`);
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
    const started = Date.now();
    const final = await client.fullDiagnostics(uri);
    assert.ok(Date.now() - started < 1000, `final diagnostics took ${Date.now() - started} ms`);
    await Promise.all(pulls);
    const expected = lint(text).map((f) => `${f.ruleId}@${f.start}`);
    assert.equal(final.items.length, expected.length);
    assert.ok(rssMb(client.process.pid!) < before + 200, `RSS grew from ${before} to ${rssMb(client.process.pid!)} MB`);
  });

  it('adds little to the engine: edit → diagnostics on a 300 KB document (target median ≤ 30 ms)', async () => {
    const uri = fileUri(path.join(dir, 'big.md'));
    let text = report(300_000);
    await client.open(uri, text);
    await client.fullDiagnostics(uri);
    const serverTimes: number[] = [];
    const engineTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      await delay(200); // a pause in typing, as when the writer waits for the squiggles
      const line = 2 + (i % 5) * 2;
      const started = performance.now();
      await client.change(uri, [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: '全' }]);
      await client.fullDiagnostics(uri);
      serverTimes.push(performance.now() - started);
      const lines = text.split('\n');
      lines[line] = lines[line].slice(0, 3) + '全' + lines[line].slice(3);
      text = lines.join('\n');
      const engineStarted = performance.now();
      lint(text);
      engineTimes.push(performance.now() - engineStarted);
    }
    const server = median(serverTimes);
    const engine = median(engineTimes);
    console.log(`      300 KB: edit → diagnostics median ${server.toFixed(1)} ms; the engine alone ${engine.toFixed(1)} ms`);
    // The server's share (sync, config, conversion, JSON-RPC) must stay small next to the lint itself.
    assert.ok(server <= engine * 1.5 + 30, `server ${server.toFixed(1)} ms vs engine ${engine.toFixed(1)} ms`);
  });
});

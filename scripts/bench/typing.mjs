// The typing run of `npm run bench`: does the language server keep up with a writer typing into a
// large document? It opens a 2 MB report in the real server process, types 10 characters a second
// (each keystroke followed, as VS Code does, by a diagnostic pull and a code action request at the
// cursor, none of them awaited), and measures the time from the last keystroke to the
// diagnostics of the final text. Beside it, the time of one edit → diagnostics while idle: the
// lint time the final diagnostics should arrive within (plus the short pause the server waits
// for typing to stop).
//
//   node scripts/bench/typing.mjs [--mb 2] [--keys 40] [--rate 10]

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const MB = option('--mb', 2);
const KEYS = option('--keys', 40);
const RATE = option('--rate', 10);

/** A report of our own words with outline numbers, a fault in every tenth section, of about `chars`. */
function report(chars) {
  const han = '一二三四五六七八九';
  const parts = ['# 关于全区重点工作推进情况的报告', ''];
  for (let n = 0, length = 0; length < chars; n++) {
    const section = [
      `## ${han[n % 9]}、第${n + 1}项重点工作`,
      '',
      `（一）组织推进。成立工作专班${(n % 7) + 2}个，召开调度会议${(n % 5) + 1}次，印发方案2份。`,
      '',
      `${n % 10 ? '（二）' : '（三）'}成效。完成投资${n % 90}${n % 10 ? '.' : '。'}5亿元，同比增长${(n % 30) + 1}%，新建站点${(n % 9) + 1}个。`,
      '',
      '- 建立周调度、月通报制度；',
      '- 开展“回头看”专项检查。',
      '',
    ].join('\n');
    parts.push(section);
    length += section.length;
  }
  return parts.join('\n');
}

const protocol = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-typing-'));
const child = spawn(process.execPath, [path.join(root, 'bin', 'gongwen-language-server.js'), '--stdio'], { cwd: scratch, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
connection.onRequest('client/registerCapability', () => null);
connection.onNotification(() => undefined);
connection.listen();

const file = path.join(scratch, 'report.md');
const uri = pathToFileURL(file).toString();
let doc = TextDocument.create(uri, 'markdown', 1, report(MB * 1_000_000 / 2));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pulls until the server answers for the current text (it cancels pulls a newer edit replaced). */
async function pull() {
  for (;;) {
    try {
      return await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    } catch (error) {
      if (error?.code !== -32802) throw error;
    }
  }
}

function type(line) {
  const position = { line, character: 3 };
  const change = { range: { start: position, end: position }, text: '全' };
  doc = TextDocument.update(doc, [change], doc.version + 1);
  connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
}

try {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(scratch).toString(),
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: false } },
  });
  connection.sendNotification('initialized', {});
  let started = performance.now();
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.getText() } });
  await pull();
  const openMs = performance.now() - started;

  // One edit while idle: what a lint of this document costs the writer.
  const idle = [];
  for (let i = 0; i < 3; i++) {
    await sleep(1000);
    started = performance.now();
    type(2);
    await pull();
    idle.push(performance.now() - started);
  }
  const lintMs = idle.sort((a, b) => a - b)[1];

  await sleep(1000);
  const pending = [];
  for (let i = 0; i < KEYS; i++) {
    type(2 + 2 * (i % 3));
    const cursor = { line: 2, character: 4 };
    pending.push(connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).catch(() => undefined));
    pending.push(connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] } }).catch(() => undefined));
    await sleep(1000 / RATE);
  }
  const lastKey = performance.now();
  const final = await pull();
  const finalMs = performance.now() - lastKey;
  await Promise.all(pending);
  const chars = doc.getText().length;
  console.log(
    `typing run, ${(chars / 1e6).toFixed(1)} M characters (${(Buffer.byteLength(doc.getText()) / 2 ** 20).toFixed(1)} MiB): open → diagnostics ${openMs.toFixed(0)} ms; ` +
      `one edit while idle ${lintMs.toFixed(0)} ms; ${KEYS} keystrokes at ${RATE}/s, last keystroke → final diagnostics ${finalMs.toFixed(0)} ms ` +
      `(${(finalMs / lintMs).toFixed(1)} × one edit; ${final.items.length} findings)`,
  );
  const ok = finalMs <= 2 * lintMs + 300;
  console.log(`${ok ? '✓' : '✗'} typing: final diagnostics within about one lint of the last keystroke (≤ 2 × one edit + 300 ms)`);
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
} finally {
  setTimeout(() => child.kill(), 2000).unref();
  connection.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
}

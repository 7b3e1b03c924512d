// The web build of the language server (dist/web/server.js, the same code as in the web
// extension dist/web/extension.js) driven over the browser message transport: a MessageChannel,
// whose ports vscode-languageserver/browser reads and writes as it does in VS Code for the Web.
// Node's MessageChannel stands in for the browser's. Documents live on a virtual file system
// (vscode-vfs:), configuration comes only from the map the client fills, and the server
// segments with the JavaScript port from dictionary texts it was handed. Findings must be the
// engine's, as the CLI computes them for the same text and configuration. scripts/e2e/web-check.mjs
// runs the whole web extension in code-server's web worker extension host.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  CodeActionRequest,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  type FullDocumentDiagnosticReport,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/core/engine';
import { parseConfigText } from '../../server/src/core/config/parse';
import { resolveConfig } from '../../server/src/core/config/resolve';
import { allRules, ruleFamilies } from '../../server/src/core/rules';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { REPO_ROOT } from '../helpers/fixtures';
import { useBackend, useDefaultBackend } from '../helpers/segmenter';

const WEB_DIR = path.join(REPO_ROOT, 'dist', 'web');
const ROOT_URI = 'vscode-vfs://github/gongwen-test/reports';
const CONFIG = '{ "rules": { "outline/heading-punctuation": "error" } }';

describe('web language server over the browser message transport', function () {
  this.timeout(60000);
  let connection: ProtocolConnection;
  let port: InstanceType<typeof MessageChannel>['port1'];

  before(async () => {
    // The bundle is built for the browser: nothing but its own code, no Node module.
    const bundle = fs.readFileSync(path.join(WEB_DIR, 'server.js'), 'utf8');
    assert.deepEqual([...new Set(bundle.match(/\brequire\("[^"]*"\)/g) ?? [])], []);
    const extension = fs.readFileSync(path.join(WEB_DIR, 'extension.js'), 'utf8');
    assert.deepEqual([...new Set(extension.match(/\brequire\("[^"]*"\)/g) ?? [])], ['require("vscode")']);

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const web = require(path.join(WEB_DIR, 'server.js'));
    const dict = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'server', 'resources', 'dict', name), 'utf8');
    const channel = new MessageChannel();
    port = channel.port1;
    web.startBrowserServer(channel.port2, {
      dictionaries: { dict: dict('jieba.dict.utf8'), hmmModel: dict('hmm_model.utf8'), userDict: dict('gongwen.user.utf8') },
      configFiles: new Map([['/vscode-vfs/github/gongwen-test/reports/strict/.gongwenrc.json', CONFIG]]),
      extensionUri: 'https://example.invalid/gongwen',
    });
    connection = createProtocolConnection(new web.BrowserMessageReader(channel.port1), new web.BrowserMessageWriter(channel.port1));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => null));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: ROOT_URI,
      workspaceFolders: [{ uri: ROOT_URI, name: 'reports' }],
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(() => {
    connection?.dispose();
    port?.close();
  });

  async function open(uri: string, text: string): Promise<FullDocumentDiagnosticReport> {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return (await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  }

  /** The engine's findings for `text` (with the JavaScript segmenter), as line:column rule severity. */
  function expected(text: string, config?: string): string[] {
    const layers = config ? [parseConfigText(config, 'x', allRules, ruleFamilies).layer] : [];
    useBackend('js');
    try {
      const lines = new LineIndex(text);
      return lint(text, { config: resolveConfig(allRules, layers) }).map((f) => `${lines.positionAt(f.start).line}:${lines.positionAt(f.start).character} ${f.ruleId} ${f.severity}`);
    } finally {
      useDefaultBackend();
    }
  }

  const shown = (report: FullDocumentDiagnosticReport) =>
    report.items.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${['', 'error', 'warning', 'info', 'info'][d.severity ?? 0]}`);

  it('reports the engine findings on a virtual file system, segmenting with the JavaScript port', async () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'figure', 'count', 'fires.md'), 'utf8');
    const report = await open(`${ROOT_URI}/count.md`, text);
    assert.ok(report.items.some((d) => d.code === 'figure/count'), JSON.stringify(report.items.map((d) => d.code)));
    assert.deepEqual(shown(report).sort(), expected(text).sort());
  });

  it('reads .gongwenrc.json from the client map, for documents in that folder only', async () => {
    const text = '# 通知\n\n## 一、提高思想认识。\n\n正文。\n';
    const strict = await open(`${ROOT_URI}/strict/report.md`, text);
    const plain = await open(`${ROOT_URI}/report.md`, text);
    assert.deepEqual(shown(strict), expected(text, CONFIG));
    assert.deepEqual(shown(plain), expected(text));
    assert.ok(shown(strict).some((d) => d.endsWith('outline/heading-punctuation error')));
    assert.ok(shown(plain).some((d) => d.endsWith('outline/heading-punctuation warning')));
    // Rule docs link into the extension's own files.
    assert.equal(strict.items[0].codeDescription?.href, 'https://example.invalid/gongwen/docs/rules/outline/heading-punctuation.md');
  });

  it('offers the quick fix and the outline', async () => {
    const uri = `${ROOT_URI}/report.md`;
    const report = (await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    const diagnostic = report.items.find((d) => d.code === 'outline/heading-punctuation')!;
    const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) ?? [];
    assert.ok(actions.some((a) => 'title' in a && /标题末尾|Heading ends/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
    const symbols = (await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [];
    assert.match(JSON.stringify(symbols), /一、提高思想认识/);
  });
});

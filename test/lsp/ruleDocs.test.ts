// Rule links and the extension's own files (issue 14, bug 3: a code link opened the rule's page
// from the extension folder as an editable file, and gongwen then reported the page's bad
// examples as problems). The server, a real process: code links run the client's command when it
// names one, and nothing in the extension's folder or its rule pages is linted. The path logic
// below it, for Windows paths and the web's URIs too.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInsideWebPath, uriToWebPath } from '../../server/src/lsp/browserHost';
import { isInsideFolder } from '../../server/src/lsp/nodeHost';
import { commandUri } from '../../server/src/lsp/ruleDocs';
import { fileUri, REPO_ROOT, TestClient } from './client';

// Text with findings of two rules (a heading ending in 。, a numbering gap).
const REPORT = '# 关于做好防汛工作的通知\n\n## 一、总体要求。\n\n## 三、主要任务\n';

describe('rule links and the extension\'s own files', function () {
  this.timeout(30000);
  let client: TestClient | undefined;
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-own-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('links a code to the command the client names, with the rule id as its argument', async () => {
    client = new TestClient({ workspaceFolder: dir, initializationOptions: { ruleDocsCommand: 'gongwen.showRuleDocs' } });
    await client.initialize();
    const uri = fileUri(path.join(dir, 'report.md'));
    await client.open(uri, REPORT);
    const items = (await client.fullDiagnostics(uri)).items;
    assert.ok(items.length >= 2, JSON.stringify(items.map((d) => d.code)));
    for (const d of items) {
      const href = d.codeDescription?.href ?? '';
      const m = /^command:gongwen\.showRuleDocs\?(.*)$/.exec(href);
      assert.ok(m, href);
      // VS Code's command opener decodes the query and parses it as the JSON list of arguments.
      assert.deepEqual(JSON.parse(decodeURIComponent(m[1])), [d.code]);
    }
  });

  it('never lints a rule page shipped with the server, even when a client opens it', async () => {
    client = new TestClient({ workspaceFolder: dir });
    await client.initialize();
    const page = path.join(REPO_ROOT, 'docs', 'rules', 'figure', 'placeholder.md');
    const text = fs.readFileSync(page, 'utf8');
    await client.open(fileUri(page), text);
    assert.deepEqual((await client.fullDiagnostics(fileUri(page))).items, []);
    // The same text anywhere else is linted: its bad examples are findings.
    const copy = fileUri(path.join(dir, 'placeholder.md'));
    await client.open(copy, text);
    assert.ok((await client.fullDiagnostics(copy)).items.length > 0, 'the page text has findings of its own');
  });

  it('never lints a document in the folder the client says the extension lives in', async () => {
    const extension = path.join(dir, 'extensions', 'gongwen.gongwen-0.1.0');
    fs.mkdirSync(extension, { recursive: true });
    client = new TestClient({ workspaceFolder: dir, initializationOptions: { extensionUri: fileUri(extension) } });
    await client.initialize();
    const inside = fileUri(path.join(extension, 'README.md'));
    // A folder whose name begins like the extension's is another folder.
    const beside = fileUri(path.join(dir, 'extensions', 'gongwen.gongwen-0.1.0-notes', 'README.md'));
    await client.open(inside, REPORT);
    await client.open(beside, REPORT);
    assert.deepEqual((await client.fullDiagnostics(inside)).items, []);
    assert.ok((await client.fullDiagnostics(beside)).items.length >= 2);
    // Nor does it offer the outline of one.
    assert.equal(await client.connection.sendRequest('gongwen/status', { uri: inside }), null);
  });

  it('never lints the read-only rule pages of the gongwen-rule: scheme', async () => {
    client = new TestClient({ workspaceFolder: dir });
    await client.initialize();
    const uri = 'gongwen-rule:/outline/heading-punctuation.md';
    await client.open(uri, REPORT);
    assert.deepEqual((await client.fullDiagnostics(uri)).items, []);
  });
});

describe('whether a file lies inside a folder', () => {
  it('on Windows, whatever the case and the slashes', () => {
    const folder = 'C:\\Users\\王芳\\.vscode\\extensions\\gongwen.gongwen-0.1.0';
    assert.ok(isInsideFolder('c:\\users\\王芳\\.vscode\\extensions\\gongwen.gongwen-0.1.0\\docs\\rules\\figure\\count.md', folder, path.win32));
    assert.ok(isInsideFolder('C:/Users/王芳/.vscode/extensions/gongwen.gongwen-0.1.0/README.md', folder, path.win32));
    assert.ok(!isInsideFolder('C:\\Users\\王芳\\.vscode\\extensions\\gongwen.gongwen-0.1.0-old\\README.md', folder, path.win32));
    assert.ok(!isInsideFolder('D:\\Users\\王芳\\.vscode\\extensions\\gongwen.gongwen-0.1.0\\README.md', folder, path.win32));
    assert.ok(!isInsideFolder(folder, folder, path.win32), 'the folder itself is not inside it');
  });

  it('on POSIX, where case matters', () => {
    const folder = '/home/wf/.vscode/extensions/gongwen.gongwen-0.1.0';
    assert.ok(isInsideFolder(`${folder}/docs/rules/figure/count.md`, folder, path.posix));
    assert.ok(!isInsideFolder('/home/wf/.vscode/extensions/Gongwen.gongwen-0.1.0/README.md', folder, path.posix));
    assert.ok(!isInsideFolder(`${folder}/../gongwen.gongwen-0.1.0-old/README.md`, folder, path.posix));
    // A file whose name starts with two dots is inside, not above.
    assert.ok(isInsideFolder(`${folder}/..notes.md`, folder, path.posix));
  });

  it('on the web, for the URIs VS Code gives (code-server, vscode.dev, Windows files)', () => {
    const remote = uriToWebPath('vscode-remote://localhost:8080/home/wf/.local/share/code-server/extensions/gongwen.gongwen-0.1.0')!;
    assert.ok(isInsideWebPath(uriToWebPath('vscode-remote://localhost:8080/home/wf/.local/share/code-server/extensions/gongwen.gongwen-0.1.0/docs/rules/figure/count.md')!, remote));
    assert.ok(!isInsideWebPath(uriToWebPath('vscode-remote://localhost:9090/home/wf/.local/share/code-server/extensions/gongwen.gongwen-0.1.0/README.md')!, remote), 'another host');
    const unpkg = uriToWebPath('https://gongwen.vscode-unpkg.net/gongwen/gongwen/0.1.0/extension')!;
    assert.ok(isInsideWebPath(uriToWebPath('https://gongwen.vscode-unpkg.net/gongwen/gongwen/0.1.0/extension/docs/rules/figure/count.md')!, unpkg));
    const windows = uriToWebPath('file:///c%3A/Users/wf/.vscode/extensions/gongwen.gongwen-0.1.0')!;
    assert.ok(isInsideWebPath(uriToWebPath('file:///C%3A/users/wf/.vscode/extensions/gongwen.gongwen-0.1.0/README.md')!, windows));
    assert.ok(!isInsideWebPath(uriToWebPath('file:///c%3A/Users/wf/.vscode/extensions/gongwen.gongwen-0.1.0-old/README.md')!, windows));
  });

  it('writes command links VS Code can parse back', () => {
    const href = commandUri('gongwen.showRuleDocs', ['figure/count']);
    assert.equal(href, 'command:gongwen.showRuleDocs?%5B%22figure%2Fcount%22%5D');
  });
});

// The language server as a real process, driven over JSON-RPC by a real protocol client:
// diagnostics (pull model, incremental sync), code actions and versioned edits, fix all,
// symbols, folding, hovers, settings and .gongwenrc.json changes, and the server's commands.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  DocumentSymbolOptions,
  FoldingRange,
  Hover,
  InitializeResult,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { applyLspEdits, delay, fileUri, TestClient } from './client';

// Realistic text of our own; CRLF and an astral character (𠮷) test position conversion.
const NOTICE = [
  '# 关于加强基层卫生工作的通知',
  '',
  '一、总体要求',
  '',
  '（一）提高认识。𠮷各单位要高度重视。',
  '',
  '（三）压实责任。',
  '',
  '二、主要任务',
  '',
  '三、保障措施',
  '',
  '五、工作要求',
  '',
].join('\r\n');

const CITATIONS =
  '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕5号）要求，抓好落实。\n\n再次强调，《关于做好春季防疫工作的通知》（省卫发〔2023〕6号）明确了责任分工。\n';

const HEADINGS = '## 一、总体要求。\n\n## 二、主要任务。\n\n## 三、保障措施。\n';

function workspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lsp-'));
}

function docEdits(edit: WorkspaceEdit | undefined): TextDocumentEdit & { edits: TextEdit[] } {
  assert.ok(edit?.documentChanges?.length === 1, 'a versioned document edit');
  return edit!.documentChanges![0] as TextDocumentEdit & { edits: TextEdit[] };
}

async function codeActions(client: TestClient, uri: string, line: number, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics, only },
  });
}

describe('language server over JSON-RPC', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;

  beforeEach(async () => {
    dir = workspace();
    client = new TestClient({ workspaceFolder: dir });
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('pulls diagnostics with the rule id as code, a docs link and UTF-16 positions (CRLF, 𠮷)', async () => {
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    const report = await client.fullDiagnostics(uri);
    const sequence = report.items.filter((d) => d.code === 'outline/sequence');
    assert.deepEqual(
      sequence.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]),
      [
        [6, 0, 3],
        [12, 0, 2],
      ],
    );
    for (const d of sequence) {
      assert.equal(d.source, 'gongwen');
      assert.match(d.codeDescription?.href ?? '', /^file:.*docs\/rules\/outline\/sequence\.md$/);
      assert.ok(fs.existsSync(new URL(d.codeDescription!.href)), 'the docs page exists');
    }
    // Unchanged text: the server says so instead of sending everything again.
    const again = await client.diagnostics(uri, report.resultId);
    assert.equal(again.kind, 'unchanged');
  });

  it('follows incremental edits and drops findings that were fixed', async () => {
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => d.code === 'outline/sequence').length, 2);
    // （三） → （二）: one character on line 6, after the astral character's line.
    await client.change(uri, [{ range: { start: { line: 6, character: 1 }, end: { line: 6, character: 2 } }, text: '二' }]);
    const after = await client.fullDiagnostics(uri);
    assert.deepEqual(after.items.filter((d) => d.code === 'outline/sequence').map((d) => d.range.start.line), [12]);
    // Insert a line above: the remaining finding moves down by two lines.
    await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '各单位：\r\n\r\n' }]);
    const moved = await client.fullDiagnostics(uri);
    assert.deepEqual(moved.items.filter((d) => d.code === 'outline/sequence').map((d) => d.range.start.line), [14]);
  });

  it('gives related information for a consistency rule', async () => {
    const uri = fileUri(path.join(dir, 'citations.md'));
    await client.open(uri, CITATIONS);
    const report = await client.fullDiagnostics(uri);
    const conflict = report.items.find((d) => d.code === 'docno/conflict');
    assert.ok(conflict, JSON.stringify(report.items));
    assert.equal(conflict.range.start.line, 2);
    assert.equal(conflict.relatedInformation?.length, 1);
    assert.equal(conflict.relatedInformation![0].location.uri, uri);
    assert.equal(conflict.relatedInformation![0].location.range.start.line, 0);
  });

  it('offers a quick fix with a versioned edit, fix-all-of-rule on resolve, and disable-for-line', async () => {
    const uri = fileUri(path.join(dir, 'headings.md'));
    await client.open(uri, HEADINGS);
    const report = await client.fullDiagnostics(uri);
    const onLine0 = report.items.filter((d) => d.range.start.line === 0 && d.code === 'outline/heading-punctuation');
    assert.equal(onLine0.length, 1);
    const actions = await codeActions(client, uri, 0, onLine0);
    const titles = actions.map((a) => a.title);
    const quick = actions.find((a) => a.isPreferred);
    assert.ok(quick, titles.join(' / '));
    const edit = docEdits(quick.edit);
    assert.equal(edit.textDocument.version, 1);
    assert.equal(applyLspEdits(HEADINGS, edit.edits), HEADINGS.replace('## 一、总体要求。', '## 一、总体要求'));
    assert.deepEqual(quick.diagnostics?.map((d) => d.code), ['outline/heading-punctuation']);

    const fixRule = actions.find((a) => a.title.includes('outline/heading-punctuation') && a.title.includes('3'));
    assert.ok(fixRule && !fixRule.edit, `lazy fix-all-of-rule among: ${titles.join(' / ')}`);
    const resolved: CodeAction = await client.connection.sendRequest('codeAction/resolve', fixRule);
    assert.equal(applyLspEdits(HEADINGS, docEdits(resolved.edit).edits), '## 一、总体要求\n\n## 二、主要任务\n\n## 三、保障措施\n');

    const disable = actions.find((a) => a.title.includes('本行不检查'));
    assert.ok(disable, titles.join(' / '));
    const disabled = applyLspEdits(HEADINGS, docEdits(disable.edit).edits);
    assert.equal(disabled.split('\n')[0], '## 一、总体要求。 <!-- gongwen-disable-line outline/heading-punctuation -->');
    // The inserted comment really silences the finding on that line, and only there.
    await client.change(uri, [{ text: disabled }]);
    const after = await client.fullDiagnostics(uri);
    assert.deepEqual(after.items.filter((d) => d.code === 'outline/heading-punctuation').map((d) => d.range.start.line), [2, 4]);
  });

  it('refuses to resolve a fix computed for an older version', async () => {
    const uri = fileUri(path.join(dir, 'headings.md'));
    await client.open(uri, HEADINGS);
    const report = await client.fullDiagnostics(uri);
    const actions = await codeActions(client, uri, 0, report.items);
    const fixRule = actions.find((a) => a.data && a.kind === 'quickfix');
    assert.ok(fixRule);
    await client.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '\n## 四、工作要求。\n' }]);
    const resolved: CodeAction = await client.connection.sendRequest('codeAction/resolve', fixRule);
    assert.equal(resolved.edit, undefined);
  });

  it('answers source.fixAll.gongwen (editor.codeActionsOnSave) with one edit that fixes everything certain', async () => {
    const uri = fileUri(path.join(dir, 'certain.md'));
    // A repeated （二） is certain; the skip from 二、 to 四、 may be a missing item.
    const text = NOTICE.replace('（三）压实责任。', '（二）压实责任。\r\n\r\n（二）强化督导。').replace('三、保障措施', '四、保障措施');
    await client.open(uri, text);
    await client.fullDiagnostics(uri);
    const [fixAll, ...rest] = await codeActions(client, uri, 0, [], ['source.fixAll.gongwen']);
    assert.equal(rest.length, 0);
    assert.equal(fixAll.kind, 'source.fixAll.gongwen');
    const edit = docEdits(fixAll.edit);
    assert.equal(edit.textDocument.version, 1);
    const fixed = applyLspEdits(text, edit.edits);
    assert.match(fixed, /（三）强化督导/);
    assert.match(fixed, /四、保障措施/);
    assert.equal(fixed.length, text.length);
    // Asked for quick fixes only, no source action comes back.
    const quick = await codeActions(client, uri, 0, [], ['quickfix']);
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
  });

  it('offers renumbering after a skip as a quick fix that is not preferred, and not in fix-all', async () => {
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    const report = await client.fullDiagnostics(uri);
    const skip = report.items.filter((d) => d.code === 'outline/sequence' && d.range.start.line === 6);
    assert.equal(skip.length, 1, JSON.stringify(report.items));
    const actions = await codeActions(client, uri, 6, skip);
    const renumber = actions.find((a) => a.title.includes('（二）') && a.title.includes('顺延'));
    assert.ok(renumber && !renumber.isPreferred, actions.map((a) => a.title).join(' / '));
    assert.match(applyLspEdits(NOTICE, docEdits(renumber.edit).edits), /（一）提高认识。𠮷各单位要高度重视。\r\n\r\n（二）压实责任/);
    assert.deepEqual(await codeActions(client, uri, 0, [], ['source.fixAll.gongwen']), []);
  });

  it('runs the fix-all and renumber commands through workspace/applyEdit', async () => {
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.renumber', arguments: [uri, 1, 4] });
    assert.deepEqual(result, { applied: true, changes: 1 });
    // Renumbering the section of line 4 (（一）…) only touches items under 一、, not 五、.
    const section = applyLspEdits(NOTICE, docEdits(client.appliedEdits[0]).edits);
    assert.match(section, /（二）压实责任/);
    assert.match(section, /五、工作要求/);
    const stale = await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.fixAll', arguments: [uri, 0] });
    assert.deepEqual(stale, { applied: false, reason: 'document changed' });
    await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.renumber', arguments: [uri, 1] });
    assert.match(applyLspEdits(NOTICE, docEdits(client.appliedEdits[1]).edits), /四、工作要求/);
  });

  it('refuses to renumber at a line that is not a line of the document, and changes nothing', async () => {
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    for (const line of [-5, 10 ** 9, 2.5, '3']) {
      await assert.rejects(
        client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.renumber', arguments: [uri, 1, line] }),
        (error: { code?: number }) => error.code === -32602,
        `line ${line} was accepted`,
      );
    }
    assert.deepEqual(client.appliedEdits, []);
  });

  it('lints the new text of a change that repeats the current version number', async () => {
    const uri = fileUri(path.join(dir, 'repeat.md'));
    await client.open(uri, '全年完成投资38。9万元。\n');
    assert.equal((await client.fullDiagnostics(uri)).items.length, 1);
    // Some clients send a change without raising the version; the text is still new.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 1 },
      contentChanges: [{ text: '全年完成投资38.9万元。\n' }],
    });
    assert.deepEqual((await client.fullDiagnostics(uri)).items, []);
  });

  it('gives the outline as document symbols, folding ranges and the outline tree', async () => {
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, '关于加强基层卫生工作的通知');
    assert.deepEqual(symbols[0].children!.map((s) => s.name), ['一、总体要求', '二、主要任务', '三、保障措施', '五、工作要求']);
    assert.deepEqual(symbols[0].children![0].children!.map((s) => s.name), ['（一）提高认识', '（三）压实责任']);
    const first = symbols[0].children![0];
    assert.deepEqual([first.range.start.line, first.range.end.line], [2, 6]);
    assert.deepEqual(first.selectionRange.start, { line: 2, character: 0 });

    const folds: FoldingRange[] = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[2, 6]]);

    const tree: { items: { label: string; problems: number; children: { label: string; problems: number; severity?: string }[] }[] } =
      await client.connection.sendRequest('gongwen/outline', { uri });
    assert.deepEqual(tree.items.map((n) => [n.label, n.problems]), [['一、', 0], ['二、', 0], ['三、', 0], ['五、', 1]]);
    assert.deepEqual(tree.items[0].children.map((n) => [n.label, n.problems, n.severity]), [['（一）', 0, undefined], ['（三）', 1, 'warning']]);
  });

  it('hovers a document number (its parts) and a figure (its value, other statements)', async () => {
    const uri = fileUri(path.join(dir, 'report.md'));
    const text = '按照省卫发〔2023〕5号要求：\n\n全年门诊量达到12.5万人次。\n\n上半年，全区门诊量为6.1万人次。全年门诊量12.3万人次。\n';
    await client.open(uri, text);
    const docno: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } });
    const docnoText = (docno.contents as { value: string }).value;
    assert.match(docnoText, /机关代字 \| 省卫发/);
    assert.match(docnoText, /年份 \| 2023/);
    assert.match(docnoText, /序号 \| 5/);
    const figure: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 8 } });
    const figureText = (figure.contents as { value: string }).value;
    assert.match(figureText, /数值 \| 125000/);
    assert.match(figureText, /单位 \| 人次/);
    assert.match(figureText, /第 5 行/, figureText);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(nothing, null);
  });

  it('sends more than 1,000 findings so that the warnings at the end stay listed, with a summary per capped rule', async () => {
    const uri = fileUri(path.join(dir, 'long.md'));
    // 1,200 paragraphs with a placeholder each, then a skipped outline number at the very end.
    const text = `${Array.from({ length: 1200 }, (_, k) => `第${k + 1}项工作完成××件。`).join('\n\n')}\n\n一、总体情况\n\n三、下步打算\n`;
    await client.open(uri, text);
    const items = (await client.fullDiagnostics(uri)).items;
    assert.ok(items.length <= 1000, `${items.length} diagnostics`);
    const lastLine = text.split('\n').length - 2;
    assert.ok(items.some((d) => d.code === 'outline/sequence' && d.range.start.line === lastLine), 'the warning in the last part is listed');
    const placeholders = items.filter((d) => d.code === 'figure/placeholder' && d.severity !== 3);
    assert.ok(placeholders.length > 500 && placeholders.some((d) => d.range.start.line >= 2390), 'placeholders from the end are listed too');
    const summary = items.filter((d) => /^还有 \d+ 处同类问题$/.test(String(d.message)));
    assert.equal(summary.length, 1);
    assert.equal(summary[0].code, 'figure/placeholder');
    const status: { problems: number; hidden: number } = await client.connection.sendRequest('gongwen/status', { uri });
    assert.equal(status.hidden, status.problems - (items.length - summary.length));
    assert.equal(Number(/\d+/.exec(String(summary[0].message))![0]), status.hidden);
  });

  it('reports status (字数, problems) and finds the next placeholder', async () => {
    const uri = fileUri(path.join(dir, 'draft.md'));
    await client.open(uri, '# 关于××的通知\n\n请于20××年×月底前报送。代码 `××` 不算。\n');
    const status: { characters: number; problems: number } = await client.connection.sendRequest('gongwen/status', { uri });
    assert.ok(status.problems >= 2, JSON.stringify(status));
    assert.equal(status.characters, 7 + 13);
    const first: { start: { line: number; character: number } } = await client.connection.sendRequest('gongwen/nextPlaceholder', { uri, position: { line: 0, character: 0 } });
    assert.deepEqual(first.start, { line: 0, character: 4 });
    const second: { start: { line: number; character: number } } = await client.connection.sendRequest('gongwen/nextPlaceholder', { uri, position: first.start });
    assert.equal(second.start.line, 2);
  });
});

describe('language server: settings and .gongwenrc.json', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('re-lints when .gongwenrc.json changes, and reports an invalid file once, on the file, with defaults applying', async () => {
    dir = workspace();
    client = new TestClient({ workspaceFolder: dir });
    await client.initialize();
    const rc = path.join(dir, '.gongwenrc.json');
    const uri = fileUri(path.join(dir, 'notice.md'));
    const other = fileUri(path.join(dir, 'other.md'));
    await client.open(uri, NOTICE);
    await client.open(other, NOTICE);
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => d.code === 'outline/sequence').length, 2);

    fs.writeFileSync(rc, '{ "rules": { "outline/sequence": "off" } }\n');
    await client.watchedFileChanged(fileUri(rc), 1);
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => d.code === 'outline/sequence').length, 0);
    assert.ok(client.refreshes >= 1, 'the client was asked to pull again');

    fs.writeFileSync(rc, '{\n  "rules": {\n    "outline/sequence": "loud"\n  }\n}\n');
    await client.watchedFileChanged(fileUri(rc));
    const report = await client.fullDiagnostics(uri);
    await client.fullDiagnostics(other);
    // Defaults apply to the bad value: outline/sequence is back at its default severity.
    assert.equal(report.items.filter((d) => d.code === 'outline/sequence').length, 2);
    await delay(100);
    const published = client.published.get(fileUri(rc));
    assert.ok(published, 'diagnostics published on the config file');
    assert.equal(published.diagnostics.length, 1);
    assert.deepEqual(published.diagnostics[0].range.start, { line: 2, character: 24 });
    assert.match((published.diagnostics[0].message as string), /outline\/sequence/);
    // Once: the problem is not repeated on the Markdown documents.
    assert.ok(report.items.every((d) => !/loud|无效/.test(d.message as string)));

    fs.writeFileSync(rc, '{}\n');
    await client.watchedFileChanged(fileUri(rc));
    await client.fullDiagnostics(uri);
    await delay(100);
    assert.equal(client.published.get(fileUri(rc))?.diagnostics.length, 0, 'fixed file: its problem is cleared');
  });

  it('names its outline for the Outline view in the editor\'s language', async () => {
    dir = workspace();
    const label = (result: InitializeResult) => (result.capabilities.documentSymbolProvider as DocumentSymbolOptions).label;
    client = new TestClient({ workspaceFolder: dir, initializationOptions: { locale: 'en' } });
    assert.equal(label(await client.initialize()), 'Gongwen Outline');
    await client.stop();
    client = new TestClient({ workspaceFolder: dir });
    assert.equal(label(await client.initialize()), '公文大纲');
  });

  it('reports a broken .gongwenrc.json in the language of gongwen.locale, without parser code names', async () => {
    dir = workspace();
    const rc = path.join(dir, '.gongwenrc.json');
    fs.writeFileSync(rc, '{\n  "rules": {\n    "figure": "loud"\n  }\n}\n');
    // The editor speaks English; the writer chose Chinese messages.
    client = new TestClient({ workspaceFolder: dir, initializationOptions: { locale: 'en' }, settings: { locale: 'zh' } });
    await client.initialize();
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    await client.fullDiagnostics(uri);
    await delay(100);
    const badValue = client.published.get(fileUri(rc))?.diagnostics ?? [];
    assert.equal(badValue.length, 1);
    assert.match(String(badValue[0].message), /^“figure”的值无效/);
    assert.doesNotMatch(String(badValue[0].message), /invalid|expected|defaults/);

    fs.writeFileSync(rc, '{\n  "rules": {\n    "figure": "off"\n');
    await client.watchedFileChanged(fileUri(rc));
    await client.fullDiagnostics(uri);
    await delay(100);
    const syntax = client.published.get(fileUri(rc))?.diagnostics ?? [];
    assert.equal(syntax.length, 1);
    assert.match(String(syntax[0].message), /^JSON 语法错误：缺少右花括号/);
    assert.doesNotMatch(String(syntax[0].message), /Expected|invalid/);

    // Switching the setting to English re-reports the same problem in English.
    await client.configurationChanged({ locale: 'en' });
    await client.fullDiagnostics(uri);
    await delay(100);
    assert.match(String(client.published.get(fileUri(rc))?.diagnostics[0]?.message), /^invalid JSON: a closing brace/);
  });

  it('uses the file named by gongwen.configPath (workspace-relative) instead of searching', async () => {
    dir = workspace();
    fs.mkdirSync(path.join(dir, 'team'));
    fs.writeFileSync(path.join(dir, 'team', 'gongwen.json'), '{ "rules": { "outline": "off" } }');
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "rules": { "outline/sequence": "error" } }');
    client = new TestClient({ workspaceFolder: dir, settings: { configPath: 'team/gongwen.json' } });
    await client.initialize();
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => String(d.code).startsWith('outline/')).length, 0);
    await client.configurationChanged({ configPath: 'team/missing.json' });
    await client.fullDiagnostics(uri);
    await delay(100);
    const missing = client.published.get(fileUri(path.join(dir, 'team', 'missing.json')));
    assert.match(String(missing?.diagnostics[0]?.message), /找不到配置文件/);
  });

  it('survives a hostile .gongwenrc.json: deeply nested, huge, wrong types', async () => {
    dir = workspace();
    client = new TestClient({ workspaceFolder: dir });
    await client.initialize();
    const rc = path.join(dir, '.gongwenrc.json');
    const uri = fileUri(path.join(dir, 'notice.md'));
    const hostile = [
      `{"rules": ${'['.repeat(200000)}${']'.repeat(200000)}}`,
      `{"userWords": [${'"词",'.repeat(400000)}"词"]}`,
      '{"rules": 42, "locale": ["en"], "userWords": "x", "root": "yes", "ignorePatterns": {}}',
    ];
    await client.open(uri, NOTICE);
    for (const text of hostile) {
      fs.writeFileSync(rc, text);
      await client.watchedFileChanged(fileUri(rc));
      const report = await client.fullDiagnostics(uri);
      assert.equal(report.items.filter((d) => d.code === 'outline/sequence').length, 2, 'defaults apply');
      await delay(50);
      const published = client.published.get(fileUri(rc));
      assert.ok(published && published.diagnostics.length >= 1, `a clear message for ${text.slice(0, 30)}`);
      assert.ok(published.diagnostics.every((d) => (d.message as string).length < 300));
    }
    assert.equal(client.process.exitCode, null);
  });

  it('applies per-resource settings: enable, rule overrides, locale, run on save', async () => {
    dir = workspace();
    const disabledUri = fileUri(path.join(dir, 'off', 'a.md'));
    let settings: Record<string, unknown> = { rules: { 'outline/sequence': 'error' }, locale: 'en' };
    client = new TestClient({ workspaceFolder: dir, settings: (scope?: string) => (scope === disabledUri ? { enable: false } : settings) });
    await client.initialize();
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    await client.open(disabledUri, NOTICE);
    const report = await client.fullDiagnostics(uri);
    const sequence = report.items.filter((d) => d.code === 'outline/sequence');
    assert.deepEqual(sequence.map((d) => d.severity), [1, 1]);
    assert.match(sequence[0].message as string, /^Outline number/);
    assert.equal((await client.fullDiagnostics(disabledUri)).items.length, 0);

    // A wrong value in gongwen.rules is said once, as a message, and the rest still applies.
    settings = { rules: { 'outline/sequence': 'loud', outline: 'error' } };
    await client.configurationChanged(settings);
    const withBadRule = await client.fullDiagnostics(uri);
    assert.deepEqual(withBadRule.items.filter((d) => d.code === 'outline/sequence').map((d) => d.severity), [1, 1]);
    await client.fullDiagnostics(uri);
    await delay(100);
    assert.equal(client.messages.filter((m) => m.message.includes('gongwen.rules')).length, 1);

    settings = { run: 'onSave' };
    await client.configurationChanged(settings);
    const saved = await client.fullDiagnostics(uri);
    assert.equal(saved.items.filter((d) => d.code === 'outline/sequence').length, 2);
    await client.change(uri, [{ range: { start: { line: 6, character: 1 }, end: { line: 6, character: 2 } }, text: '二' }]);
    // Not saved yet: the last result stays.
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => d.code === 'outline/sequence').length, 2);
    await client.save(uri);
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => d.code === 'outline/sequence').length, 1);
  });

  it('works for a client without workspace/configuration (settings by didChangeConfiguration)', async () => {
    dir = workspace();
    client = new TestClient({ workspaceFolder: dir, capabilities: {} });
    await client.initialize();
    const uri = fileUri(path.join(dir, 'notice.md'));
    await client.open(uri, NOTICE);
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => d.code === 'outline/sequence').length, 2);
    await client.configurationChanged({ rules: { outline: 'off' } });
    assert.equal((await client.fullDiagnostics(uri)).items.filter((d) => String(d.code).startsWith('outline/')).length, 0);
    // Without resolve support, lazy actions come back with their edits.
    await client.configurationChanged({});
    const report = await client.fullDiagnostics(uri);
    const actions = await codeActions(client, uri, 6, report.items);
    assert.ok(actions.length > 0 && actions.every((a) => a.edit), JSON.stringify(actions.map((a) => a.title)));
  });

  it('pushes diagnostics to a client that cannot pull them (textDocument/publishDiagnostics)', async () => {
    dir = workspace();
    client = new TestClient({ workspaceFolder: dir, capabilities: { workspace: { configuration: true } } });
    await client.initialize();
    const uri = fileUri(path.join(dir, 'notice.md'));
    const sequenceLines = () => client.published.get(uri)?.diagnostics.filter((d) => d.code === 'outline/sequence').map((d) => d.range.start.line);
    await client.open(uri, NOTICE);
    for (let i = 0; i < 50 && !client.published.has(uri); i++) await delay(50);
    assert.deepEqual(sequenceLines(), [6, 12]);
    await client.change(uri, [{ range: { start: { line: 6, character: 1 }, end: { line: 6, character: 2 } }, text: '二' }]);
    for (let i = 0; i < 50 && client.published.get(uri)?.version !== 2; i++) await delay(50);
    assert.equal(client.published.get(uri)?.version, 2);
    assert.deepEqual(sequenceLines(), [12]);
  });
});

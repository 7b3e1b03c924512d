// The document's numbering as symbols (Outline view, breadcrumbs, Go to Symbol) and as the
// 公文大纲 tree in the Explorer.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, openReport, treeLabels, waitForEvent, type GongwenApi } from './helpers';

const VIEW_ID = 'gongwen.outline';

describe('outline', () => {
  let api: GongwenApi;
  before(async () => {
    api = await activate();
  });
  afterEach(closeAllEditors);

  it('gives the numbered headings as nested document symbols', async () => {
    const editor = await openReport('outline.md');
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
    // VS Code merges every provider's symbols; the built-in Markdown extension gives its own
    // "# …" heading symbols. gongwen's tree is the one rooted at the document title.
    const flat = (list: vscode.DocumentSymbol[], depth = 0): string[] =>
      list.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...flat(s.children ?? [], depth + 1)]);
    const root = symbols.find((s) => s.kind === vscode.SymbolKind.File);
    assert.ok(root, `a document title symbol among: ${flat(symbols).join(' / ')}`);
    assert.deepEqual(flat([root]), [
      '县农业农村局2026年工作计划',
      '  一、指导思想',
      '  二、主要任务',
      '    （一）稳定粮食生产',
      '      1.落实播种面积',
      '      2.推广良种良法',
      '    （二）发展特色产业',
      '  三、保障措施',
    ]);
    const task = root.children[1];
    assert.equal(editor.document.getText(task.selectionRange), '二、主要任务');
    assert.equal(task.range.start.line, 6, 'the section starts at its heading line');
  });

  it('shows the numbering tree in the 公文大纲 view and follows edits', async () => {
    const editor = await openReport('outline.md');
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    const expected = [
      '一、指导思想',
      '二、主要任务',
      '  （一）稳定粮食生产',
      '    1.落实播种面积',
      '    2.推广良种良法',
      '  （二）发展特色产业',
      '三、保障措施',
    ];
    const labels = () => treeLabels(api.outline);
    const same = (actual: string[], wanted: string[]) => JSON.stringify(actual) === JSON.stringify(wanted);
    await waitForEvent(
      api.outline.onDidChangeTreeData,
      async () => (same(await labels(), expected) ? true : undefined),
      () => 'the outline tree of outline.md',
    ).catch(async (error) => {
      assert.deepEqual(await labels(), expected, String(error));
    });

    // Clicking an item runs its command, which moves the cursor to that heading.
    const roots = (await api.outline.getChildren()) ?? [];
    const last = await api.outline.getTreeItem(roots[roots.length - 1]);
    assert.ok(last.command, 'an outline item is clickable');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(last.command.command, ...(last.command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active?.document.lineAt(active.selection.active.line).text, '## 三、保障措施');

    // A new section with a wrong heading appears in the tree, marked with its problem.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((builder) => builder.insert(end, '\n## 四、工作要求。\n\n按时报送进展情况。\n')));
    // The problem count follows VS Code's display language (l10n/bundle.l10n.zh-cn.json).
    const oneProblem = vscode.env.language.startsWith('zh') ? '1 个问题' : '1 problem';
    const updated = [...expected, `四、工作要求。 [${oneProblem}]`];
    await waitForEvent(
      api.outline.onDidChangeTreeData,
      async () => (same(await labels(), updated) ? true : undefined),
      () => 'the tree to show the new section',
    ).catch(async (error) => {
      assert.deepEqual(await labels(), updated, String(error));
    });
  });
});

// The manifest and the client speak the display language of VS Code: command titles, the view's
// name and setting descriptions come from package.nls.json (English) or package.nls.zh-cn.json
// (Chinese), as VS Code resolves them for the running extension. The run goes once in English
// (the default) and once with `--locale zh-cn` (GONGWEN_E2E_LOCALE, see scripts/e2e/run.mjs).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, openReport, waitForDiagnostics, waitForEvent, workspaceUri } from './helpers';

/** A manifest string as VS Code holds it: plain in English, `{ original, value }` once localised. */
type Words = string | { original: string; value: string };

interface Contributes {
  commands: { command: string; title: Words; category: Words }[];
  views: Record<string, { id: string; name: Words }[]>;
  configuration: { properties: Record<string, { markdownDescription?: Words; enumDescriptions?: Words[] }> };
}

const shown = (words: Words | undefined) => (words === undefined ? '' : typeof words === 'string' ? words : words.value);

const CJK = /[\u4e00-\u9fff]/;

describe('localisation', () => {
  afterEach(closeAllEditors);

  it('shows the command titles, the view name and the settings in the display language', async () => {
    await activate();
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'gongwen');
    assert.ok(extension, 'the extension is loaded');
    const contributes = extension.packageJSON.contributes as Contributes;
    const chinese = vscode.env.language.toLowerCase().startsWith('zh');
    const expected = process.env.GONGWEN_E2E_LOCALE;
    if (expected) assert.equal(vscode.env.language.toLowerCase(), expected.toLowerCase(), 'VS Code runs in the requested display language');

    const fixAll = contributes.commands.find((c) => c.command === 'gongwen.fixAll');
    assert.equal(shown(fixAll?.title), chinese ? '修复全部可自动修复的问题' : 'Fix All Auto-Fixable Problems');
    assert.equal(shown(fixAll?.category), chinese ? '公文' : 'Gongwen');
    assert.equal(shown(contributes.views.explorer[0].name), chinese ? '公文大纲' : 'Gongwen Outline');
    const texts = [
      ...contributes.commands.map((c) => shown(c.title)),
      ...Object.values(contributes.configuration.properties).flatMap((p) => [shown(p.markdownDescription), ...(p.enumDescriptions ?? []).map(shown)]),
    ];
    // Every title and description is resolved (no %key% left) and in the right language.
    for (const text of texts) {
      assert.doesNotMatch(text, /^%.*%$/, text);
      if (chinese) assert.match(text, CJK, text);
      else assert.match(text, /[A-Za-z]{3}/, text);
    }
    const enable = shown(contributes.configuration.properties['gongwen.enable'].markdownDescription);
    assert.match(enable, chinese ? /是否检查 Markdown 公文/ : /Whether Markdown official documents are checked/);
  });

  it('writes the status bar, one of the client\'s own strings, in the display language', async () => {
    const api = await activate();
    const chinese = vscode.env.language.toLowerCase().startsWith('zh');
    await openReport('outline.md');
    const text = await waitForEvent(
      api.onDidChangeStatus,
      () => (/\d/.test(api.statusText()) ? api.statusText() : undefined),
      () => `the status bar to show a count; it shows "${api.statusText()}"`,
    );
    assert.match(text, chinese ? /^字数 \d+/ : /^Characters \d+/);
  });

  it('reports a broken .gongwenrc.json in the display language, without the parser\'s code names', async () => {
    await activate();
    const chinese = vscode.env.language.toLowerCase().startsWith('zh');
    // One folder whose configuration is not JSON (a closing brace missing), one whose value is wrong.
    const cases = [
      { folder: 'broken-json', config: '{ "rules": { "figure": "error" }\n' },
      { folder: 'broken-value', config: '{ "rules": { "figure": "of" } }\n' },
    ];
    for (const { folder, config } of cases) {
      const configUri = workspaceUri(`${folder}/.gongwenrc.json`);
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(config));
      await vscode.workspace.fs.writeFile(workspaceUri(`${folder}/report.md`), new TextEncoder().encode('# 关于做好防汛工作的通知\n\n请各单位认真落实。\n'));
      await openReport(`${folder}/report.md`);
      const [problem] = await waitForDiagnostics(configUri, (list) => list.length > 0, `a problem reported on ${folder}/.gongwenrc.json`);
      // Chinese words under a Chinese display language, English ones otherwise; never a parser
      // code such as CloseBraceExpected or InvalidSymbol.
      if (chinese) assert.match(problem.message, CJK, problem.message);
      else assert.doesNotMatch(problem.message, CJK, problem.message);
      assert.doesNotMatch(problem.message, /[A-Z][a-z]+[A-Z][a-z]+|Expected\b/, problem.message);
      console.log(`      ${folder}/.gongwenrc.json: ${problem.message}`);
    }
  });
});

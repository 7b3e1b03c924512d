// Checks the web extension (package.json "browser", dist/web/extension.js) in the web worker
// extension host of a real VS Code: code-server's workbench is VS Code for the Web, and an
// extension whose manifest says extensionKind ["web"] runs there, in the browser, instead of in
// the Node extension host (see ../shared/E2E.md). The universal package is unpacked and its
// manifest changed only for this test: extensionKind ["web"], and no "main", so nothing can run
// under Node and every result below comes from the browser entry: the server in the extension
// host's worker, the JavaScript segmenter, configuration read through the workspace API.
//
// In the workbench, as a writer would (Quick Open, F8, Ctrl+., Ctrl+S, Go to Symbol):
//   1. test/e2e/workspace/quick-fix.md shows squiggles, and the Problems count equals what
//      gongwen-lint finds in it;
//   2. its quick fix 修复：标题末尾不应有“。” applies and saves the linter's fixed text;
//   3. Go to Symbol lists the report's numbered headings as the server gives them (the outline;
//      VS Code's own Markdown symbols keep their #, the server's do not);
//   4. a .gongwenrc.json in a folder of the workspace (read through vscode.workspace.fs) raises
//      that finding to an error: the same text there shows an error squiggle;
//   5. a rule's code link in the Problems panel opens the rule's page rendered and read-only, and
//      the page adds no problems (the web client syncs Markdown of every scheme, so this is
//      where a page that reached the server would be linted).
//
// Usage: node scripts/e2e/web-check.mjs [path/to/universal.vsix]

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { failureScreenshot, launchWorkbench, root } from './workbench.mjs';
import * as ui from './ui.mjs';

const started = Date.now();
const log = (message) => console.log(`[web check ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
const FIX_TITLE = /^(修复：标题末尾不应有“。”|Fix: Heading ends with "。")$/;

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
let vsix = process.argv[2] && path.resolve(process.argv[2]);
if (!vsix) {
  log('npm run package -- --universal-only');
  execFileSync(process.execPath, [path.join(root, 'client/scripts/package.mjs'), '--universal-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  vsix = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-web-'));
const workspace = path.join(scratch, 'workspace');
fs.mkdirSync(workspace);
execFileSync('unzip', ['-q', vsix, 'extension/*', '-d', path.join(scratch, 'unpacked')]);
const extension = path.join(scratch, 'unpacked', 'extension');
const manifestFile = path.join(extension, 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
if (!manifest.browser) throw new Error('the package has no "browser" entry');
delete manifest.main;
manifest.extensionKind = ['web'];
fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));

const reportName = 'quick-fix.md';
fs.copyFileSync(path.join(root, 'test/e2e/workspace', reportName), path.join(workspace, reportName));
// A folder with its own configuration: the report's one finding is an error there.
const configured = path.join(workspace, 'configured');
fs.mkdirSync(configured);
fs.writeFileSync(path.join(configured, '.gongwenrc.json'), '{ "rules": { "outline/heading-punctuation": "error" } }\n');
fs.copyFileSync(path.join(root, 'test/e2e/workspace', reportName), path.join(configured, 'heading.md'));

// A report with placeholders, whose figure/placeholder link opens a page that would add more
// than 30 problems if it were linted; and a report with one problem opened after that page.
const ruleLinkName = 'rule-link.md';
fs.copyFileSync(path.join(root, 'test/e2e/workspace', ruleLinkName), path.join(workspace, ruleLinkName));
const barrierName = 'barrier.md';
fs.copyFileSync(path.join(root, 'test/e2e/workspace', reportName), path.join(workspace, barrierName));

const lint = (file) =>
  JSON.parse(execFileSync(process.execPath, [path.join(root, 'bin/gongwen-lint.js'), '--format', 'json', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).toString() || '[]');
const lintNoFail = (file) => {
  try {
    return lint(file)[0].messages;
  } catch (error) {
    return JSON.parse(error.stdout)[0].messages;
  }
};

let exitCode = 1;
let workbench;
try {
  const expected = lintNoFail(path.join(workspace, reportName));
  if (!expected.some((m) => m.ruleId === 'outline/heading-punctuation')) throw new Error(`${reportName} lost its heading finding`);
  workbench = await launchWorkbench({
    folder: workspace,
    userDataDir: path.join(scratch, 'user-data'),
    extensionsDir: path.join(scratch, 'extensions'),
    extensionDevelopmentPath: extension,
    settings: { 'files.autoSave': 'off' },
  });
  const { page } = workbench;
  await ui.waitForWorkbench(page);
  log('workbench ready');

  await ui.openFile(page, reportName);
  await ui.waitForSquiggles(page);
  const shown = await ui.waitForProblemCount(page, (count) => count === expected.length);
  log(`1. ${reportName}: ${shown} problem(s) shown, as many as gongwen-lint finds`);

  // F8 cycles through the problems, so a menu asked for too early (the server still busy) is asked again.
  const title = await ui.applyQuickFix(page, FIX_TITLE, 10);
  await page.keyboard.press('Control+KeyS');
  const file = path.join(workspace, reportName);
  const fixedText = execFileSync(process.execPath, [path.join(root, 'bin/gongwen-lint.js'), '--fix-dry-run', '--format', 'json', '--rule', 'outline:warning', path.join(root, 'test/e2e/workspace', reportName)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const want = JSON.parse(fixedText)[0].output;
  for (let i = 0; fs.readFileSync(file, 'utf8') !== want; i++) {
    if (i > 100) throw new Error(`after "${title}" and Ctrl+S the file is not the linter's fixed text:\n${fs.readFileSync(file, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await ui.waitForProblemCount(page, (count) => count === expected.length - 1);
  log(`2. applied "${title}" and saved: the file is the linter's fixed text, ${expected.length - 1} problem(s) left`);

  await page.keyboard.press('Control+Shift+KeyO');
  const symbols = page.locator('.quick-input-widget .monaco-list-row');
  await symbols.filter({ hasText: /^\s*二、压实工作责任/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
  const labels = (await symbols.allInnerTexts()).map((l) => l.trim()).filter((l) => !l.startsWith('#'));
  await page.keyboard.press('Escape');
  log(`3. Go to Symbol lists the server's outline: ${labels.map((l) => l.split('\n')[0]).join(' | ')}`);

  await ui.openFile(page, 'heading.md');
  const configuredFindings = lintNoFail(path.join(configured, 'heading.md'));
  if (!configuredFindings.some((m) => m.ruleId === 'outline/heading-punctuation' && m.severity === 2)) throw new Error('gongwen-lint does not apply configured/.gongwenrc.json');
  await page.locator('.editor-instance .monaco-editor').first().locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 60_000 });
  log('4. configured/heading.md shows the heading finding as an error, as configured/.gongwenrc.json says and gongwen-lint finds');

  const findings = lintNoFail(path.join(workspace, ruleLinkName)).length;
  log(`5. ${ruleLinkName}: ${await ui.checkRuleLink(page, { report: ruleLinkName, findings, rule: 'figure/placeholder', barrier: barrierName })}`);

  log('passed');
  exitCode = 0;
} catch (error) {
  console.error(`[web check] FAILED: ${error instanceof Error ? error.message : error}`);
  await failureScreenshot(workbench, 'gongwen-web-failure.png');
} finally {
  await workbench?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

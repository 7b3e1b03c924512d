// Takes the README's pictures from a real VS Code (code-server in headless Chromium) running the
// extension from this working tree: build it first (npm run build).
//
//   docs/images/diagnostics.png  squiggles, the hover with a finding's message, the Problems panel
//   docs/images/quick-fix.png    the quick fix menu (Ctrl+.) on a finding
//   docs/images/outline.png      the 公文大纲 tree in the Explorer beside the report
//   docs/images/rule-page.png    a rule's page, opened from its code in the Problems panel
//
// The report shown is test/e2e/workspace/screenshot-report.md (our own text, never corpus text).
// VS Code runs with the display language zh-cn (the stand-in language pack of the e2e run), so
// gongwen's messages, its status bar item and the 公文大纲 view are in Chinese, as a writer with
// the Chinese language pack sees them.
//
// Usage: node scripts/e2e/screenshots.mjs [output folder, default docs/images]

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { failureScreenshot, installLanguagePack, launchWorkbench, root } from './workbench.mjs';
import * as ui from './ui.mjs';

const outDir = path.resolve(process.argv[2] ?? path.join(root, 'docs/images'));
const reportName = 'screenshot-report.md';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-shots-'));
const workspace = path.join(scratch, 'workspace');
fs.mkdirSync(workspace);
fs.copyFileSync(path.join(root, 'test/e2e/workspace', reportName), path.join(workspace, reportName));
fs.mkdirSync(outDir, { recursive: true });

let exitCode = 1;
let workbench;
try {
  if (!fs.existsSync(path.join(root, 'dist/client.js'))) throw new Error('build the extension first: npm run build');
  installLanguagePack(scratch);
  workbench = await launchWorkbench({
    folder: workspace,
    userDataDir: path.join(scratch, 'user-data'),
    extensionsDir: path.join(scratch, 'extensions'),
    locale: 'zh-cn',
    extensionDevelopmentPath: root,
    viewport: { width: 1280, height: 760 },
    settings: {
      'gongwen.locale': 'zh',
      'editor.fontSize': 15,
      'editor.minimap.enabled': false,
      'workbench.colorTheme': 'Default Light Modern',
      'window.commandCenter': false,
      // No fade-in: a hover captured mid-animation shows the text behind it.
      'workbench.reduceMotion': 'on',
    },
  });
  const { page } = workbench;
  await ui.waitForWorkbench(page);
  await ui.openFile(page, reportName);
  await ui.waitForSquiggles(page);
  await ui.waitForProblemCount(page, (count) => count > 0);

  // The 公文大纲 view: focus it, wait until it lists the report's numbering.
  await ui.runCommand(page, 'Focus on 公文大纲 View');
  const tree = page.locator('.pane', { has: page.locator('.pane-header', { hasText: '公文大纲' }) });
  await tree.locator('.monaco-list-row', { hasText: '一、' }).first().waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 300, y: 10 } });
  await shot(page, 'outline.png');

  // Problems panel plus the hover of a finding.
  await page.keyboard.press('Control+Shift+KeyM');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
  // The second finding: its hover then covers plain text, not the report's title.
  const squiggles = page.locator('.editor-instance .monaco-editor').locator('.squiggly-warning, .squiggly-error');
  const squiggle = (await squiggles.count()) > 1 ? squiggles.nth(1) : squiggles.first();
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('no squiggle to hover');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.monaco-hover .marker.hover-contents, .monaco-hover .hover-row').first().waitFor({ state: 'visible', timeout: 30_000 });
  await shot(page, 'diagnostics.png');
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');

  // The quick fix menu on the first finding that has a certain fix.
  await ui.openQuickFixMenu(page, /修复：/);
  await shot(page, 'quick-fix.png');
  await page.keyboard.press('Escape');

  // A rule's page, from the first finding's code link in the Problems panel: rendered beside the report.
  const code = (await page.locator('.markers-panel .marker-code').first().innerText()).trim();
  await ui.clickRuleLink(page, code);
  await page.frameLocator('iframe.webview.ready >> nth=0').frameLocator('#active-frame').locator('h1', { hasText: code }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await shot(page, 'rule-page.png');
  exitCode = 0;
} catch (error) {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : error}`);
  await failureScreenshot(workbench, 'gongwen-shots-failure.png');
} finally {
  await workbench?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

async function shot(page, name) {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(root, file)}`);
}

// Checks the packaged extension the way a writer meets it: `npm run package` builds the .vsix,
// it is installed into a clean VS Code (code-server with an empty profile and extensions
// folder), a real report is opened, squiggles appear, and one finding is fixed through the
// quick fix menu (Ctrl+.). The file is then saved and must differ from the original by that fix.
//
// The report is ../shared/corpus/real-001.md when that folder sits beside the repository (a
// single-line document pasted from the web, the hardest case); otherwise a fixture report of
// test/e2e/workspace. It is copied into a scratch folder: the corpus itself is never modified.
//
// Usage: node scripts/e2e/vsix-check.mjs [path/to/extension.vsix]
//        (GONGWEN_VSIX_REPORT=path/to/report.md picks another report)

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry, launchWorkbench, root } from './workbench.mjs';
import * as ui from './ui.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[vsix check ${elapsed()}] ${message}`);

const vsix = process.argv[2] ? path.resolve(process.argv[2]) : packageExtension();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-vsix-'));
const userDataDir = path.join(scratch, 'user-data');
const extensionsDir = path.join(scratch, 'extensions');
const workspace = path.join(scratch, 'workspace');
fs.mkdirSync(workspace, { recursive: true });

const corpusReport = path.resolve(root, '../shared/corpus/real-001.md');
const report = process.env.GONGWEN_VSIX_REPORT
  ? path.resolve(process.env.GONGWEN_VSIX_REPORT)
  : fs.existsSync(corpusReport)
    ? corpusReport
    : path.join(root, 'test/e2e/workspace/quick-fix.md');
const reportName = path.basename(report);
const reportCopy = path.join(workspace, reportName);
fs.copyFileSync(report, reportCopy);
const original = fs.readFileSync(reportCopy, 'utf8');

let exitCode = 1;
let workbench;
try {
  log(`installing ${path.relative(root, vsix)} into a clean profile`);
  const installOutput = execFileSync(
    process.execPath,
    [codeServerEntry(), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const installed = fs.readdirSync(extensionsDir).filter((name) => name.startsWith('gongwen.'));
  if (installed.length !== 1) throw new Error(`the .vsix did not install:\n${installOutput}`);
  log(`installed ${installed[0]}`);

  // VS Code for the web saves after a delay by default; the check saves with Ctrl+S itself so
  // that it knows when the file on disk holds the fix.
  workbench = await launchWorkbench({ folder: workspace, userDataDir, extensionsDir, settings: { 'files.autoSave': 'off' } });
  const { page } = workbench;
  await ui.waitForWorkbench(page);
  await ui.openFile(page, reportName);
  log(`opened ${reportName} (${original.length} characters)`);
  await ui.waitForSquiggles(page);
  const before = await ui.waitForProblemCount(page, (count) => count > 0);
  log(`diagnostics shown: ${before} problem(s)`);

  // The fix of one finding is titled "修复：…", or "Fix: …" when VS Code's display language is
  // English (code-server's default).
  const title = await ui.applyQuickFix(page, /修复：|Fix: /, Math.min(before, 100));
  log(`applied quick fix "${title}"`);
  await ui.waitForProblemCount(page, (count) => count < before);
  // The tab is marked dirty by the fix; it loses the mark once the save has been written.
  const dirtyTab = page.locator('.tabs-container .tab.active.dirty');
  await dirtyTab.waitFor({ state: 'attached', timeout: 30_000 });
  await page.keyboard.press('Control+KeyS');
  await dirtyTab.waitFor({ state: 'detached', timeout: 30_000 });
  const after = fs.readFileSync(reportCopy, 'utf8');
  if (after === original) throw new Error('the saved file is unchanged');
  const changed = Math.abs(after.length - original.length);
  if (changed > 40) throw new Error(`one quick fix changed ${changed} characters`);
  log(`saved: the file differs from the original by one fix (${changed} character(s) in length); ${await ui.problemCount(page)} problem(s) left`);
  exitCode = 0;
} catch (error) {
  console.error(`[vsix check ${elapsed()}] FAILED: ${error instanceof Error ? error.message : error}`);
  if (workbench) {
    const shot = path.join(os.tmpdir(), 'gongwen-vsix-failure.png');
    await workbench.page.screenshot({ path: shot }).catch(() => {});
    console.error(`screenshot of the failure: ${shot}`);
  }
} finally {
  await workbench?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

/** Runs `npm run package` and returns the .vsix it wrote (the newest in the root or dist/). */
function packageExtension() {
  log('npm run package');
  const before = Date.now();
  execFileSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
  const candidates = [root, path.join(root, 'dist')]
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir).filter((name) => name.endsWith('.vsix')).map((name) => path.join(dir, name)))
    .map((file) => ({ file, mtime: fs.statSync(file).mtimeMs }))
    .filter((entry) => entry.mtime >= before - 1000)
    .sort((a, b) => b.mtime - a.mtime);
  if (candidates.length === 0) throw new Error('npm run package wrote no .vsix in the project root or dist/');
  return candidates[0].file;
}

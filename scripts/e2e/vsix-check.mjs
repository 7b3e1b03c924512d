// Checks the packaged extension the way a writer meets it: `npm run package` builds the .vsix, it
// is installed into a clean VS Code (code-server with an empty profile and extensions folder), and
// reports are opened and edited through the UI (Quick Open, F8, the Ctrl+. menu, Ctrl+S).
//
// 1. A real report, ../shared/corpus/real-001.md (a single-line document pasted from the web):
//    the squiggles appear and the Problems count equals what the command-line linter of the same
//    build finds. Its findings are unfilled template values (x月份…), which by design have no
//    certain fix, so the action applied is the one every finding offers: "本行不检查 <rule>" /
//    "Disable <rule> for this line". After saving, the file must be the original with exactly
//    `<!-- gongwen-disable-line <rule> -->` appended to one line that had a finding of that rule,
//    and the Problems count and the linter must both have dropped by that line's findings of the
//    rule. Where ../shared is absent this part is skipped, and says so.
// 2. A fixture report of ours, test/e2e/workspace/quick-fix.md, whose one finding has a certain
//    fix: the quick fix titled 修复：标题末尾不应有“。” (or its English title) is applied and saved,
//    and the file must equal the original with the linter's fix of that finding applied.
// 3. test/e2e/workspace/rule-link.md: its figure/placeholder code in the Problems panel opens the
//    rule's page rendered and read-only (a Markdown preview, not a text editor), and the page
//    adds no problems (it has more than 30 bad examples).
// 4. A report generated here with more than 1,000 findings (the editor lists 1,000 a file):
//    Problems lists its last error and its last warning, and the status bar says how many are
//    not listed.
//
// Reports are copied into a scratch folder: the corpus itself is never modified.
//
// Usage: node scripts/e2e/vsix-check.mjs [path/to/extension.vsix]
//        (GONGWEN_VSIX_REPORT=path/to/report.md replaces real-001.md in part 1)

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry, failureScreenshot, launchWorkbench, root } from './workbench.mjs';
import * as ui from './ui.mjs';

const started = Date.now();
let phaseStarted = started;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[vsix check ${seconds(Date.now() - started)}] ${message}`);
/** Logs a finished step with the time it took since the previous one. */
const step = (message) => {
  const now = Date.now();
  log(`${message} (${seconds(now - phaseStarted)})`);
  phaseStarted = now;
};

const FIXTURE = path.join(root, 'test/e2e/workspace/quick-fix.md');
// The title of the fixture's one quick fix, in either display language. It quotes the 。 in full:
// a title cut inside the quotes (修复：标题末尾不应有“。) fails here.
const FIXTURE_FIX_TITLE = /^(修复：标题末尾不应有“。”|Fix: Heading ends with "。")$/;

// A report with unfilled placeholders: its figure/placeholder link opens that rule's page, whose
// bad examples would be more than 30 problems if the page were linted.
const RULE_LINK_REPORT = path.join(root, 'test/e2e/workspace/rule-link.md');
const RULE_LINK_RULE = 'figure/placeholder';

const vsix = process.argv[2] ? path.resolve(process.argv[2]) : packageExtension();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-vsix-'));
const userDataDir = path.join(scratch, 'user-data');
const extensionsDir = path.join(scratch, 'extensions');
const workspace = path.join(scratch, 'workspace');
fs.mkdirSync(workspace, { recursive: true });

const corpusReport = path.resolve(root, '../shared/corpus/real-001.md');
const realReport = process.env.GONGWEN_VSIX_REPORT ? path.resolve(process.env.GONGWEN_VSIX_REPORT) : corpusReport;
if (process.env.GONGWEN_VSIX_REPORT && !fs.existsSync(realReport)) throw new Error(`GONGWEN_VSIX_REPORT names no file: ${realReport}`);
const realName = fs.existsSync(realReport) ? copyIn(realReport) : undefined;
const fixtureName = copyIn(FIXTURE);
const ruleLinkName = copyIn(RULE_LINK_REPORT);
const barrierName = 'barrier.md';
fs.copyFileSync(FIXTURE, path.join(workspace, barrierName));
const manyName = 'many-findings.md';
fs.writeFileSync(path.join(workspace, manyName), manyFindingsReport());

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
  step(`installed ${installed[0]}`);

  // VS Code for the web saves after a delay by default; the check saves with Ctrl+S itself so
  // that it knows when the file on disk holds the edit.
  workbench = await launchWorkbench({ folder: workspace, userDataDir, extensionsDir, settings: { 'files.autoSave': 'off' } });
  const { page } = workbench;
  await ui.waitForWorkbench(page);
  step('workbench ready');

  let otherProblems = 0;
  if (realName) otherProblems = await disableOnOneLine(page, realName);
  else log(`skipped the real report: ${path.relative(root, realReport)} is absent (the corpus sits in ../shared beside the repository)`);
  await fixFixture(page, fixtureName, otherProblems);
  await ruleLink(page, ruleLinkName);
  await manyFindings(page, manyName);
  log(`passed in ${seconds(Date.now() - started)}`);
  exitCode = 0;
} catch (error) {
  console.error(`[vsix check ${seconds(Date.now() - started)}] FAILED: ${error instanceof Error ? error.message : error}`);
  await failureScreenshot(workbench, 'gongwen-vsix-failure.png');
} finally {
  await workbench?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

/**
 * Part 1: the real report's diagnostics, then "disable <rule> for this line" on one of them.
 * Returns the number of problems the report still has (its editor stays open).
 */
async function disableOnOneLine(page, name) {
  const file = path.join(workspace, name);
  const original = fs.readFileSync(file, 'utf8');
  const expected = lintFile(file);
  await ui.openFile(page, name);
  await ui.waitForSquiggles(page);
  const before = await ui.waitForProblemCount(page, (count) => count === expected.length);
  step(`${name}: ${before} problem(s) shown, as many as gongwen-lint finds (${summarize(expected)})`);

  const title = await ui.applyQuickFix(page, /本行不检查 |Disable .+ for this line/, Math.min(before, 50));
  const rule = /本行不检查 (\S+)|Disable (\S+) for this line/.exec(title)?.slice(1).find(Boolean);
  if (!rule) throw new Error(`cannot read the rule from the action "${title}"`);
  log(`applied "${title}"`);
  await save(page);
  const after = fs.readFileSync(file, 'utf8');

  // The one line the comment was appended to, and what the action promised.
  const comment = `<!-- gongwen-disable-line ${rule} -->`;
  const line = lineEnds(original).findIndex((end, index) => {
    const lineText = original.slice(lineStart(original, index), end);
    const separator = lineText.length === 0 || /\s$/.test(lineText) ? '' : ' ';
    return after === original.slice(0, end) + separator + comment + original.slice(end);
  });
  if (line < 0) throw new Error(`the saved file is not the original with ${comment} appended to one line`);
  const silenced = expected.filter((m) => m.ruleId === rule && m.line === line + 1).length;
  if (silenced === 0) throw new Error(`${comment} was appended to line ${line + 1}, which has no ${rule} finding`);
  const left = before - silenced;
  await ui.waitForProblemCount(page, (count) => count === left);
  const relinted = lintFile(file);
  if (relinted.length !== left) throw new Error(`gongwen-lint finds ${relinted.length} problem(s) in the saved file, expected ${left}`);
  step(`saved: ${comment} appended to line ${line + 1}; ${silenced} ${rule} finding(s) there silenced, ${left} problem(s) left (Problems count and gongwen-lint agree)`);
  return left;
}

/** Part 2: the fixture's certain fix through the quick fix menu. */
async function fixFixture(page, name, otherProblems) {
  const file = path.join(workspace, name);
  const original = fs.readFileSync(file, 'utf8');
  const expected = lintFile(file);
  const fixable = expected.filter((m) => m.fix);
  if (expected.length !== 1 || fixable.length !== 1) throw new Error(`${name} should have exactly one finding, with a fix: ${summarize(expected)}`);
  const [{ fix }] = fixable;
  const fixed = original.slice(0, fix.range[0]) + fix.text + original.slice(fix.range[1]);

  await ui.openFile(page, name);
  await ui.waitForSquiggles(page);
  const before = await ui.waitForProblemCount(page, (count) => count === otherProblems + 1);
  step(`${name}: its finding is shown (${summarize(expected)})`);
  const title = await ui.applyQuickFix(page, /修复：|Fix: /, 5);
  if (!FIXTURE_FIX_TITLE.test(title)) throw new Error(`the quick fix is titled "${title}", expected ${FIXTURE_FIX_TITLE}`);
  await ui.waitForProblemCount(page, (count) => count === before - 1);
  await save(page);
  const after = fs.readFileSync(file, 'utf8');
  if (after !== fixed) throw new Error(`the saved file differs from the original with the fix applied:\n${after}`);
  step(`applied "${title}" and saved: the file is exactly the original with that fix`);
}

/** Part 3: the rule code in the Problems panel opens the rule's page rendered, adding no problems. */
async function ruleLink(page, name) {
  const findings = lintFile(path.join(workspace, name)).length;
  const message = await ui.checkRuleLink(page, { report: name, findings, rule: RULE_LINK_RULE, barrier: barrierName });
  step(`${name}: ${message}`);
}

/**
 * Part 4: a report with more findings than the editor lists (1,000 a file): Problems still shows
 * the errors and the warning of its last part, and the status bar says not all are listed.
 */
async function manyFindings(page, name) {
  const findings = lintFile(path.join(workspace, name));
  const lastError = findings.filter((m) => m.severity === 2).at(-1);
  const lastWarning = findings.filter((m) => m.severity === 1).at(-1);
  if (findings.length <= 1000 || !lastError || !lastWarning) throw new Error(`${name} should have more than 1,000 findings, errors and warnings: ${summarize(findings)}`);
  await ui.openFile(page, name);
  await ui.waitForSquiggles(page);
  // Filtered so that few rows match (the list draws only the rows in view): the year blank
  // 20××年 is the report's last error, the heading with 。 its one warning.
  if (!lastError.message.includes('20××年')) throw new Error(`the last error of ${name} is not the year blank: ${lastError.message}`);
  for (const [m, filter] of [[lastError, '20××年'], [lastWarning, lastWarning.ruleId]]) {
    const at = new RegExp(`\\[Ln ${m.line}, Col ${m.column}\\]`);
    await ui.filterProblems(page, filter, at);
  }
  await ui.clearProblemFilter(page);
  const status = await ui.statusBarText(page, /not listed|未列出/, 60_000);
  step(`${name}: ${findings.length} findings; Problems lists the last error (line ${lastError.line}) and the last warning (line ${lastWarning.line}); the status bar says "${status.replace(/\s+/g, " ")}"`);
}

/** A report of our own with 1,100 lines of placeholders, then a last part with a heading and a year to fill. */
function manyFindingsReport() {
  const lines = ['# 关于做好年度重点工作的通知', '', '各部门：', ''];
  for (let i = 1; i <= 1100; i++) lines.push(`第${i}项工作由××负责，请于×月底前完成。`, '');
  lines.push('## 一、工作要求。', '', '请于20××年底前报送。', '');
  return lines.join('\n');
}

/** Saves the active editor with Ctrl+S and waits until the tab's unsaved mark is gone. */
async function save(page) {
  const dirtyTab = page.locator('.tabs-container .tab.active.dirty');
  await dirtyTab.waitFor({ state: 'attached', timeout: 30_000 });
  await page.keyboard.press('Control+KeyS');
  await dirtyTab.waitFor({ state: 'detached', timeout: 30_000 });
}

/** The findings of the command-line linter of the same build (ESLint JSON format). */
function lintFile(file) {
  let output;
  try {
    output = execFileSync(process.execPath, [path.join(root, 'bin/gongwen-lint.js'), '--format', 'json', file], { cwd: workspace, encoding: 'utf8' });
  } catch (error) {
    // Exit code 1 means errors were found; the report is still on stdout.
    if (error.status !== 1) throw error;
    output = error.stdout;
  }
  return JSON.parse(output).flatMap((result) => result.messages);
}

function summarize(messages) {
  const counts = new Map();
  for (const m of messages) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return [...counts].map(([rule, count]) => `${rule} ×${count}`).join(', ') || 'none';
}

/** The offset where each line's text ends (before its line break), for \r\n, \n and \r. */
function lineEnds(text) {
  const ends = [];
  const breaks = /\r\n|\n|\r/g;
  let match;
  while ((match = breaks.exec(text))) ends.push(match.index);
  ends.push(text.length);
  return ends;
}

function lineStart(text, line) {
  if (line === 0) return 0;
  const breaks = /\r\n|\n|\r/g;
  let match;
  for (let i = 0; i < line; i++) match = breaks.exec(text);
  return match.index + match[0].length;
}

function copyIn(file) {
  const name = path.basename(file);
  if (fs.existsSync(path.join(workspace, name))) throw new Error(`two reports named ${name}`);
  fs.copyFileSync(file, path.join(workspace, name));
  return name;
}

/** Runs `npm run package` and returns the .vsix it wrote (the newest in the root or dist/). */
function packageExtension() {
  // The universal package (no native module): the one writers on Windows and macOS install, so
  // the one checked here; its server segments with the JavaScript port.
  log('npm run package -- --universal-only');
  execFileSync('npm', ['run', 'package', '--', '--universal-only'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const file = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
  if (!fs.existsSync(file)) throw new Error(`npm run package wrote no ${path.basename(file)}`);
  step(`packaged ${path.basename(file)} (${(fs.statSync(file).size / 1024 / 1024).toFixed(2)} MB)`);
  return file;
}

// Starts VS Code as shipped by code-server and opens its workbench in headless Chromium.
//
// Shared by the test executable (code-server-vscode.mjs), the .vsix check and the screenshot
// script. Nothing here waits a fixed time: it waits for code-server to print its address, for
// the workbench to call back, or for selectors; the only timers are limits that turn a hang into
// a failure.

import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const codeServerVersion = '4.100.3';

/** The code-server entry point installed by scripts/e2e/setup.sh. */
export function codeServerEntry() {
  const cache = process.env.GONGWEN_E2E_CACHE ?? path.join(root, '.vscode-test');
  return path.join(cache, `code-server-${codeServerVersion}`, 'node_modules/code-server/out/node/entry.js');
}

const chromiumPath = process.env.GONGWEN_E2E_CHROMIUM ?? '/usr/bin/chromium';
const verbose = Boolean(process.env.GONGWEN_E2E_VERBOSE);

// User settings that keep a fresh profile quiet: no welcome page, tips, update checks, or
// telemetry, and nothing that would reach the network.
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
};

// The workbench sends its own start-up log through the same hook as the test output; these
// lines are shown only with GONGWEN_E2E_VERBOSE=1.
const workbenchChatter =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:|Ignoring fetching additional builtin extensions|Creation of workbench contribution)/;

/**
 * Starts code-server in a process group of its own and resolves once it listens.
 * Returns its address and a stop() that ends the whole group (server and extension hosts).
 */
export async function startCodeServer({ userDataDir, extensionsDir, settings = {}, extraArgs = [] }) {
  const entry = codeServerEntry();
  if (!fs.existsSync(entry)) {
    throw new Error(`code-server is not installed at ${entry}; run scripts/e2e/setup.sh`);
  }
  userDataDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-user-'));
  extensionsDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-ext-'));
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User/settings.json'),
    JSON.stringify({ ...quietSettings, ...settings }, null, 2),
  );

  // An empty config file of its own keeps code-server from writing ~/.config/code-server.
  const configFile = path.join(userDataDir, 'code-server.yaml');
  fs.writeFileSync(configFile, '');
  const args = [
    entry,
    '--config', configFile,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
  ];
  // detached: the server and every extension host it forks share one new process group, which
  // stop() ends as a whole.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty gallery turns the extension marketplace off: it is unreachable here, and the
    // workbench would log a lookup failure for every query.
    env: { ...process.env, EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}' },
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  let output = '';
  const address = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (verbose) process.stderr.write(`[code-server] ${text}`);
      // code-server prints "HTTP server listening on http://127.0.0.1:PORT/" once it accepts
      // connections; with port 0 this line is the only place the chosen port appears.
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\/?/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(({ code, signal }) =>
      reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${output}`)),
    );
  });
  if (!verbose) {
    // Keep draining the pipes so the server never blocks on a full buffer.
    child.stdout.resume();
    child.stderr.resume();
  }

  return {
    url: address,
    authority: new URL(address).host,
    userDataDir,
    extensionsDir,
    exited,
    stop: () => endProcessGroup(child.pid),
  };
}

/** Ends a process group: SIGTERM, then SIGKILL for whatever is still alive after a grace period. */
export async function endProcessGroup(pid) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 5000;
  while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Launches headless Chromium with the switches it needs as root in a container. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL that opens `folder` with the given launch arguments. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${server.authority}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const url = new URL(server.url);
  if (folder) url.searchParams.set('folder', path.resolve(folder));
  if (payload.length) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

/**
 * Starts code-server and Chromium and opens the workbench. With extensionTestsPath, the
 * returned `exitCode` resolves with the suite's exit code, and the suite's output is printed.
 */
export async function launchWorkbench({
  folder,
  userDataDir,
  extensionsDir,
  extensionDevelopmentPath,
  extensionTestsPath,
  settings,
  /** VS Code's display language (`--locale`), e.g. zh-cn; English when not given. */
  locale,
  viewport = { width: 1280, height: 800 },
  deviceScaleFactor = 1,
}) {
  const server = await startCodeServer({ userDataDir, extensionsDir, settings, extraArgs: locale ? ['--locale', locale] : [] });
  let browser;
  const stopOnSignal = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const close = async () => {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await browser?.close().catch(() => {});
    await server.stop();
  };

  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();

    let settle;
    // Set once the suite has reported its exit code: what the workbench logs while it shuts
    // down is not part of the test output.
    let finished = false;
    const exitCode = new Promise((resolve, reject) => {
      settle = { resolve, reject };
    });
    // The workbench calls these two hooks (the ones @vscode/test-web uses) when they exist:
    // every log line of the extension test run, then the suite's exit code.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (finished) return;
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (!verbose && workbenchChatter.test(line)) return;
      if (process.env.GONGWEN_E2E_TIMESTAMPS) process.stdout.write(`[${new Date().toISOString().slice(11, 23)}] `);
      if (type === 'error') process.stderr.write(`${line}\n`);
      else process.stdout.write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      finished = true;
      settle.resolve(Number(code));
    });
    page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
    browser.on('disconnected', () => settle.reject(new Error('Chromium exited')));
    server.exited.then(({ code, signal }) => settle.reject(new Error(`code-server exited (${code ?? signal})`)));
    if (verbose) {
      page.on('console', (message) => process.stderr.write(`[workbench ${message.type()}] ${message.text()}\n`));
      page.on('pageerror', (error) => process.stderr.write(`[workbench error] ${error.message}\n`));
    }
    // Without tests nothing ever calls codeAutomationExit; keep the promise from going unhandled.
    exitCode.catch(() => {});

    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }));
    return { server, browser, page, exitCode, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * After a failed check: a screenshot of the workbench as it was, in the temporary folder under
 * `name`, and a line saying where. Does nothing when the workbench never started.
 */
export async function failureScreenshot(workbench, name) {
  if (!workbench) return;
  const shot = path.join(os.tmpdir(), name);
  await workbench.page.screenshot({ path: shot }).catch(() => {});
  console.error(`screenshot of the failure: ${shot}`);
}

/**
 * Packages test/e2e/language-pack-zh-cn (a stand-in that declares zh-cn, see its README) and
 * installs it into a profile (scratch/user-data, scratch/extensions), so VS Code can start with --locale zh-cn.
 */
export function installLanguagePack(scratch) {
  const vsix = path.join(scratch, 'language-pack-zh-cn.vsix');
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const run = (args, cwd) => execFileSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], timeout: 120_000 });
  run([vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', vsix], path.join(root, 'test/e2e/language-pack-zh-cn'));
  const userData = path.join(scratch, 'user-data');
  const extensions = path.join(scratch, 'extensions');
  run([codeServerEntry(), '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix, '--force'], root);
  // VS Code's server reads the installed language packs from languagepacks.json, which the
  // running workbench writes when it scans extensions; the command-line install does not, and
  // the locale is resolved before any scan. Written here in the same shape.
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'test/e2e/language-pack-zh-cn/package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const [folder] = fs.readdirSync(extensions).filter((name) => name.startsWith(id));
  if (!folder) throw new Error('the zh-cn language pack did not install');
  const localization = manifest.contributes.localizations[0];
  const pack = {
    hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
    extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
    translations: Object.fromEntries(localization.translations.map((t) => [t.id, path.join(extensions, folder, t.path)])),
    label: localization.localizedLanguageName,
  };
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({ [localization.languageId]: pack }));
}

// Runs the end-to-end mocha suite (out/test/e2e/suite) inside a real VS Code with
// @vscode/test-electron's runTests().
//
// Here, where VS Code cannot be downloaded, the executable runTests() launches is
// scripts/e2e/code-server-vscode.mjs, which runs the same suite in code-server's VS Code. With
// GONGWEN_E2E_VSCODE=desktop the very same call downloads desktop VS Code instead (a machine
// with internet; on Linux without a display, run it under xvfb-run).
//
// Each run gets a fresh copy of the workspace fixture (the tests edit and save files) and a
// fresh user data and extensions folder. The suite runs in English, then its localisation test
// runs again with VS Code's display language set to Chinese (--locale zh-cn).
//
// The extension under test is the universal package, as writers on Windows and macOS install
// it: `npm run package -- --universal-only` makes gongwen-<version>.vsix, which is unpacked into
// the scratch folder and loaded from there. It holds no native module, so the server segments
// with the JavaScript port. GONGWEN_E2E_EXTENSION=dev loads this checkout instead (with
// nodejieba where it is built); GONGWEN_E2E_EXTENSION=path/to.vsix loads that package.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { installLanguagePack, root } from './workbench.mjs';

const mode = process.env.GONGWEN_E2E_VSCODE ?? 'code-server';
const extensionTestsPath = path.join(root, 'out/test/e2e/suite/index');

// Compile the suite afresh: a stale out/test/e2e/*.test.js of a deleted test would run too.
fs.rmSync(path.join(root, 'out/test/e2e'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'test/e2e/tsconfig.json')], { stdio: 'inherit' });
if (!fs.existsSync(path.join(root, 'dist/client.js'))) {
  console.error('missing dist/client.js: build the extension with npm run build');
  process.exit(2);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
const extensionDevelopmentPath = extensionUnderTest(process.env.GONGWEN_E2E_EXTENSION);

const started = Date.now();
let exitCode = 0;
// The whole suite in English (VS Code's default display language), then the localisation test
// again in Chinese: the manifest's words and the client's must follow the display language.
const runs = [
  { name: 'en', launchArgs: [], env: {} },
  {
    name: 'zh-cn',
    launchArgs: ['--locale=zh-cn'],
    env: { GONGWEN_E2E_LOCALE: 'zh-cn', GONGWEN_E2E_GREP: 'localisation' },
    // Desktop VS Code can install the real language pack; code-server here gets the stand-in.
    prepare: mode === 'desktop' ? undefined : installLanguagePack,
  },
];
try {
  for (const run of runs) {
    if (exitCode) break;
    if (process.env.GONGWEN_E2E_GREP && run.env.GONGWEN_E2E_GREP) continue;
    const profile = path.join(scratch, `profile-${run.name}`);
    const workspace = path.join(profile, 'workspace');
    fs.cpSync(path.join(root, 'test/e2e/workspace'), workspace, { recursive: true });
    try {
      console.log(`end-to-end run, display language ${run.name}`);
      run.prepare?.(profile);
      await runTests({
        extensionDevelopmentPath,
        extensionTestsPath,
        // Desktop VS Code downloads the release the extension declares as its minimum.
        ...(mode === 'desktop'
          ? { version: process.env.GONGWEN_E2E_VSCODE_VERSION ?? '1.100.3' }
          : { vscodeExecutablePath: path.join(root, 'scripts/e2e/code-server-vscode.mjs') }),
        launchArgs: [
          workspace,
          '--disable-extensions',
          `--user-data-dir=${path.join(profile, 'user-data')}`,
          `--extensions-dir=${path.join(profile, 'extensions')}`,
          ...run.launchArgs,
        ],
        extensionTestsEnv: { GONGWEN_E2E_WORKSPACE: workspace, ...run.env },
      });
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      exitCode = typeof error?.code === 'number' && error.code !== 0 ? error.code : 1;
    }
  }
} finally {
  if (!process.env.GONGWEN_E2E_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
  else console.log(`kept ${scratch}`);
}
console.log(`end-to-end run (${mode}, ${path.relative(root, extensionDevelopmentPath) || 'this checkout'}) took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);

/** The folder VS Code loads the extension from (see the comment at the top). */
function extensionUnderTest(choice) {
  if (choice === 'dev') return root;
  let vsix = choice && path.resolve(choice);
  if (!vsix) {
    execFileSync(process.execPath, [path.join(root, 'client/scripts/package.mjs'), '--universal-only'], { cwd: root, stdio: 'inherit' });
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    vsix = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
  }
  const unpacked = path.join(scratch, 'unpacked');
  execFileSync('unzip', ['-q', vsix, 'extension/*', '-d', unpacked]);
  const extension = path.join(unpacked, 'extension');
  if (fs.existsSync(path.join(extension, 'node_modules', 'nodejieba')) && !choice) throw new Error('the universal package holds nodejieba');
  console.log(`extension under test: ${path.basename(vsix)}, unpacked in ${extension}`);
  return extension;
}

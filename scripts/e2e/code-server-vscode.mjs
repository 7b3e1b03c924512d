#!/usr/bin/env node
// A stand-in for the VS Code executable that @vscode/test-electron's runTests() launches.
//
// Desktop VS Code cannot be downloaded on the CI machines, so this program accepts the same
// command line (`--extensionDevelopmentPath=…`, `--extensionTestsPath=…`, a folder, a user data
// and an extensions folder, `--locale`) and runs the tests in VS Code as shipped by code-server instead:
// it starts code-server in a process group of its own, loads the workbench in headless
// Chromium with the launch arguments in the URL's `payload`, relays the extension host's test
// output, and exits with the suite's exit code. Whatever happens, the whole code-server
// process group and the browser are ended before it exits, or extension hosts would linger.

import { launchWorkbench } from './workbench.mjs';

const options = parseArguments(process.argv.slice(2));
if (!options.extensionTestsPath || !options.extensionDevelopmentPath) {
  console.error('code-server-vscode: --extensionTestsPath and --extensionDevelopmentPath are required');
  process.exit(2);
}

// A run that never reports back (a hung extension host) must still end with a failure.
const timeoutMs = Number(process.env.GONGWEN_E2E_TIMEOUT_MS ?? 240_000);

let workbench;
let exitCode = 1;
try {
  workbench = await launchWorkbench({
    folder: options.folder,
    userDataDir: options.userDataDir,
    extensionsDir: options.extensionsDir,
    extensionDevelopmentPath: options.extensionDevelopmentPath,
    extensionTestsPath: options.extensionTestsPath,
    locale: options.locale,
  });
  exitCode = await withTimeout(workbench.exitCode, timeoutMs, 'the test suite did not finish');
} catch (error) {
  console.error(`code-server-vscode: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  await workbench?.close();
}
process.exit(exitCode);

function parseArguments(args) {
  const result = { folder: undefined };
  const valueOf = (arg, name) => (arg.startsWith(`--${name}=`) ? arg.slice(name.length + 3) : undefined);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // Both `--name=value` and `--name value` are accepted, as VS Code does.
    const take = (name) => {
      const inline = valueOf(arg, name);
      if (inline !== undefined) return inline;
      if (arg === `--${name}`) return args[++i];
      return undefined;
    };
    let value;
    if ((value = take('extensionDevelopmentPath')) !== undefined) result.extensionDevelopmentPath = value;
    else if ((value = take('extensionTestsPath')) !== undefined) result.extensionTestsPath = value;
    else if ((value = take('user-data-dir')) !== undefined) result.userDataDir = value;
    else if ((value = take('extensions-dir')) !== undefined) result.extensionsDir = value;
    else if ((value = take('locale')) !== undefined) result.locale = value;
    else if (!arg.startsWith('-')) result.folder = arg;
    // Every other switch (--no-sandbox, --disable-updates, …) concerns desktop VS Code only.
  }
  return result;
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Entry point that VS Code's extension host loads through --extensionTestsPath: it runs every
// *.test.js beside this file with mocha and rejects when a test fails, which makes VS Code (or
// code-server, see scripts/e2e/code-server-vscode.mjs) exit with a non-zero code.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    // Each test waits on events (diagnostics, saves, tree refreshes); this limit only turns a
    // hang into a failure. The first test also pays for starting the language server.
    timeout: 60_000,
  });
  // GONGWEN_E2E_GREP runs a subset, e.g. GONGWEN_E2E_GREP=outline npm run test:e2e.
  const grep = process.env.GONGWEN_E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      reject(error);
    }
  });
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
  if (files.length === 0) throw new Error(`no end-to-end tests found in ${__dirname}`);
}

// `npm run test:pack`: the package as a user without a compiler gets it. Packs this folder
// (`npm pack`), installs the tarball into a scratch folder with install scripts off, so that
// nodejieba's native build never happens (as on a machine without python, make and a C++
// compiler), and checks that:
//   - the installed `gongwen-lint --version` names the JavaScript segmenter;
//   - its findings on docs/sample-report.md and on copies of the rule fixtures (whose figure and
//     enumeration cases make the rules segment words) are exactly those of this checkout's CLI
//     run with the native segmenter (skipped, and said, where nodejieba is not built here).
// Dependencies come from the npm cache where they are there (--prefer-offline), so it takes
// seconds after `npm ci`. Exits non-zero on any difference.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-pack-'));
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

function step(message) {
  console.log(`pack-check: ${message}`);
}

try {
  step('npm pack');
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', scratch, ...quiet], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const tarball = path.join(scratch, packed[0].filename);
  step(`${packed[0].filename}: ${(packed[0].size / 1024).toFixed(0)} KiB packed, ${packed[0].entryCount} files`);

  const project = path.join(scratch, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'pack-check', version: '1.0.0', private: true }));
  step('npm install <tarball> --ignore-scripts (nodejieba is not built)');
  execFileSync(npm, ['install', tarball, '--ignore-scripts', '--prefer-offline', '--omit=dev', ...quiet], { cwd: project, stdio: 'inherit' });
  const installed = path.join(project, 'node_modules', 'gongwen');
  if (fs.existsSync(path.join(project, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node'))) {
    throw new Error('nodejieba was built although install scripts were off');
  }

  fs.copyFileSync(path.join(root, 'docs', 'sample-report.md'), path.join(project, 'sample-report.md'));
  // Only the Markdown: the fixtures' option files are not configuration files, so every rule runs
  // with its defaults.
  fs.cpSync(path.join(root, 'test', 'fixtures', 'rules'), path.join(project, 'fixtures'), { recursive: true, filter: (f) => !/\.(snap|json)$/.test(f) });
  const targets = ['sample-report.md', 'fixtures'];
  // A clean environment: no GONGWEN_SEGMENTER from the caller, messages in Chinese.
  const env = { PATH: process.env.PATH ?? '', HOME: project };
  const run = (bin, args, extraEnv = {}) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: project, env: { ...env, ...extraEnv }, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${bin} ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
    return r;
  };

  const installedBin = path.join(installed, 'bin', 'gongwen-lint.js');
  const version = run(installedBin, ['--version']).stdout;
  step(`installed --version: ${version.trim().replace(/\n/g, ' | ')}`);
  if (!/js（JavaScript 实现/.test(version)) throw new Error(`the installed CLI does not use the JavaScript segmenter:\n${version}`);

  const withoutNative = run(installedBin, ['--format', 'json', ...targets]);
  const files = JSON.parse(withoutNative.stdout);
  const findings = files.flatMap((f) => f.messages);
  if (!files[0]?.messages.length || files.length < 50) throw new Error('too few files or findings: the check would prove nothing');

  // The checkout's CLI also uses the JavaScript port unless told otherwise: ask whether
  // nodejieba's module loads here, and compare with it forced.
  const nativeBuilt = spawnSync(process.execPath, ['-e', "require('nodejieba/build/Release/nodejieba.node')"], { cwd: root }).status === 0;
  if (!nativeBuilt) {
    step('skipped the comparison: nodejieba is not built in this checkout either');
  } else {
    const native = run(path.join(root, 'bin', 'gongwen-lint.js'), ['--format', 'json', ...targets], { GONGWEN_SEGMENTER: 'native' });
    if (native.stdout !== withoutNative.stdout || native.status !== withoutNative.status) {
      throw new Error(`findings differ between the installed package (js) and the native run:\n--- js\n${withoutNative.stdout}\n--- native\n${native.stdout}`);
    }
    step(`same ${findings.length} findings in ${files.length} files as the native segmenter, same exit code (${native.status})`);
  }
  step('ok');
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

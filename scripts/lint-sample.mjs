// `npm run lint:sample`, the README's first command: runs the real gongwen-lint on
// docs/sample-report.md and shows its report. The sample is written with mistakes in it, so
// gongwen-lint finds problems and exits 1 (errors found); for this demonstration that is the
// expected outcome. This script succeeds when the linter ran and reported problems, and fails
// when it crashed, could not read the sample (exit 2) or found nothing.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'gongwen-lint.js');
const sample = path.join('docs', 'sample-report.md');
const args = process.argv.slice(2);

const shown = spawnSync(process.execPath, [bin, sample, ...args], { cwd: root, stdio: 'inherit' });
const counted = spawnSync(process.execPath, [bin, sample, '--format', 'json', ...args], { cwd: root, encoding: 'utf8' });
let findings = 0;
try {
  findings = JSON.parse(counted.stdout)[0].messages.length;
} catch {
  // The report could not be read; `findings` stays 0 and the check below fails.
}
if ((shown.status === 0 || shown.status === 1) && findings > 0) {
  console.log(`\n[lint:sample] gongwen-lint 退出码 ${shown.status}（1 = 发现错误），在示例报告中发现 ${findings} 个问题，符合预期。`);
  console.log(`[lint:sample] gongwen-lint exited ${shown.status} (1 = errors found) with ${findings} findings in the sample, as expected.`);
} else {
  console.error(`[lint:sample] unexpected: gongwen-lint exited ${shown.status} with ${findings} findings.`);
  process.exitCode = 1;
}

// Runs gongwen's language server in a real second client: headless Neovim from Debian's package
// (0.7 on Debian 12), configured with the very Lua block the README gives for Neovim 0.7 to 0.10.
// It checks what a Neovim user relies on: diagnostics appear, a quick fix applies, and the
// document symbols list the outline. scripts/e2e/setup.sh installs the package.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const fail = (message, record) => {
  console.error(`neovim check failed: ${message}`);
  if (record) console.error(JSON.stringify(record, null, 2));
  process.exit(1);
};

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.status !== 0) fail('nvim is not installed (scripts/e2e/setup.sh installs Debian\'s neovim package)');
console.log(`[neovim] ${nvim.stdout.split('\n')[0]}`);

// The README's block, found by its first comment line, is the configuration under test.
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const block = /```lua\n(-- gongwen in Neovim 0\.7[\s\S]*?)```/.exec(readme);
if (!block) fail('README.md has no Lua block starting "-- gongwen in Neovim 0.7"');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-nvim-'));
try {
  // The README names the server by its command, as an installed package provides it.
  const bin = path.join(scratch, 'bin');
  fs.mkdirSync(bin);
  const shim = path.join(bin, 'gongwen-language-server');
  fs.writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'bin', 'gongwen-language-server.js')}" "$@"\n`, { mode: 0o755 });

  const project = path.join(scratch, 'docs');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, '.gongwenrc.json'), '{ "root": true }\n');
  const doc = path.join(project, '总结.md');
  fs.writeFileSync(doc, [
    '# 某局2024年工作总结',
    '',
    '一、主要工作',
    '',
    '全年完成投资38。9万元。',
    '',
    '三、存在问题',
    '',
    '个别项目进度偏慢。',
    '',
  ].join('\n'));

  const init = path.join(scratch, 'init.lua');
  fs.writeFileSync(init, `vim.cmd('filetype on')\n${block[1]}`);
  const out = path.join(scratch, 'record.json');
  const run = spawnSync('nvim', ['--headless', '-u', init, '-i', 'NONE', '-n', '-c', `luafile ${path.join(root, 'scripts/e2e/neovim-check.lua')}`], {
    cwd: project,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, GONGWEN_NVIM_DOC: doc, GONGWEN_NVIM_OUT: out, HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_STATE_HOME: scratch },
    encoding: 'utf8',
    timeout: 90_000,
  });
  if (!fs.existsSync(out)) fail(`Neovim wrote no record (status ${run.status}, signal ${run.signal}): ${run.stderr}${run.stdout}`);
  const record = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (record.error) fail(`the check raised: ${record.error}`, record);
  if (!record.attached) fail('the server never attached to the Markdown buffer', record);
  const codes = new Set(record.diagnostics.map((d) => d.code));
  for (const code of ['figure/decimal-mark', 'outline/sequence']) {
    if (!codes.has(code)) fail(`no ${code} diagnostic`, record);
  }
  if (!record.applied || !record.lines.includes('全年完成投资38.9万元。')) fail('the quick fix did not turn 38。9 into 38.9', record);
  const names = record.symbols.map((s) => s.name);
  if (!names.some((n) => n.startsWith('一、')) || !names.some((n) => n.startsWith('三、'))) fail('document symbols do not list the outline', record);
  console.log(`[neovim] ${record.diagnostics.length} diagnostics, quick fix "${record.actions[0]}" applied, ${record.symbols.length} symbols: passed`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

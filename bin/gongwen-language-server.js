#!/usr/bin/env node
// The gongwen language server for any LSP client (Neovim, Emacs, Helix, Sublime, VS Code):
//   gongwen-language-server --stdio
// It runs the esbuild bundle when present (what ships), else the tsc output of a checkout.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: gongwen-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${require('../package.json').version}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('gongwen-language-server: choose a transport: --stdio, --node-ipc or --socket=<port>\n');
  process.exit(2);
}
const candidates = [path.join(__dirname, '..', 'dist', 'server.js'), path.join(__dirname, '..', 'out', 'server', 'src', 'lsp', 'main.js')];
const entry = candidates.find((file) => fs.existsSync(file));
if (!entry) {
  process.stderr.write('gongwen-language-server: the server is not built; run `npm run build`\n');
  process.exit(1);
}
require(entry);

// Bundles the CLI, the language server and the VS Code client with esbuild. `tsc` only
// type-checks and compiles the tests; what ships is these bundles. nodejieba is a native module
// and stays external: it is loaded from node_modules (and shipped inside the .vsix).

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The CLI is only run from an installed package, whose node_modules holds its dependencies, so a
// library that only some runs need can stay outside its bundle: iconv-lite (half a megabyte of
// code tables, needed only for --encoding) would otherwise be read and compiled on every start.
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', external: ['iconv-lite'] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js' },
];

const watch = process.argv.includes('--watch');
for (const entry of entries) {
  const input = path.join(root, entry.in);
  if (!fs.existsSync(input)) continue;
  const options = {
    entryPoints: [input],
    outfile: path.join(root, entry.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode', 'nodejieba', ...(entry.external ?? [])],
    // jsonc-parser's "main" is a UMD build whose dynamic require()s esbuild cannot follow;
    // its "module" entry (ES modules) bundles cleanly.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}

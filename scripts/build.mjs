// Bundles the CLI, the language server and the VS Code client with esbuild. `tsc` only
// type-checks and compiles the tests; what ships is these bundles. nodejieba is a native module
// and stays external: it is loaded from node_modules (and shipped inside the platform .vsix).
//
// dist/web/extension.js is the extension for VS Code for the Web (package.json "browser"): the
// client and the language server in one bundle for the web worker extension host. It must not
// reach Node's modules: `node:path` is replaced by a POSIX implementation of the few functions
// the engine uses (server/src/lsp/browserPath.ts), `process` by a stand-in that has no
// environment, and any other Node module fails the build.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOutput } from './asciiOutput.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The CLI is only run from an installed package, whose node_modules holds its dependencies, so a
// library that only some runs need can stay outside its bundle: iconv-lite (half a megabyte of
// code tables, needed only for --encoding) would otherwise be read and compiled on every start.
// Its bundle is read at every start, so it is also made small and cheap to read (`quickStart`):
// without the whitespace and comments of the sources (a fifth of the bytes, and about 2 % of a
// 1 MB run), and pure ASCII (see asciiOutput.mjs), so that starting it decodes nothing. Names are
// kept, so a stack trace still reads, and the source map leads back to the sources.
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', external: ['iconv-lite'], quickStart: true },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js' },
  { in: 'client/src/browserExtension.ts', out: 'dist/web/extension.js', web: true },
  // The web server alone, for test/lsp/browser.test.ts (the extension above holds its own copy).
  { in: 'server/src/lsp/browserMain.ts', out: 'dist/web/server.js', web: true },
];

/** Fails the web build on any Node module other than the two it replaces. */
const noNodeModules = {
  name: 'no-node-modules',
  setup(build) {
    build.onResolve({ filter: /^(node:|(fs|path|os|child_process|url|util|crypto|stream|worker_threads|module|v8|net|tty)$)/ }, (args) => {
      if (args.path === 'node:path' || args.path === 'path') return { path: path.join(root, 'server/src/lsp/browserPath.ts') };
      return { errors: [{ text: `${args.path} is a Node module; the web extension cannot use it (imported by ${path.relative(root, args.importer)})` }] };
    });
  },
};

/** Rewrites the bundle and its map as pure ASCII after each build, in watch mode too. */
const asciiBundle = {
  name: 'ascii-bundle',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const { code, map } = asciiOutput(fs.readFileSync(file, 'utf8'), JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
      fs.writeFileSync(file, code);
      fs.writeFileSync(`${file}.map`, JSON.stringify(map));
    });
  },
};

const watch = process.argv.includes('--watch');
for (const entry of entries) {
  const input = path.join(root, entry.in);
  if (!fs.existsSync(input)) continue;
  const options = {
    entryPoints: [input],
    outfile: path.join(root, entry.out),
    bundle: true,
    platform: entry.web ? 'browser' : 'node',
    target: entry.web ? 'es2022' : 'node20',
    format: 'cjs',
    sourcemap: true,
    external: entry.web ? ['vscode'] : ['vscode', 'nodejieba', ...(entry.external ?? [])],
    ...(entry.web ? { plugins: [noNodeModules], inject: [path.join(root, 'server/src/lsp/browserProcess.ts')] } : {}),
    ...(entry.quickStart ? { plugins: [asciiBundle], minifyWhitespace: true, minifySyntax: true } : {}),
    // jsonc-parser's "main" is a UMD build whose dynamic require()s esbuild cannot follow;
    // its "module" entry (ES modules) bundles cleanly.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}

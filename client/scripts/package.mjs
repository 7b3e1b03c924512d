// `npm run package`: builds the bundles and makes two .vsix files with @vscode/vsce, then checks
// that each holds what the extension needs at run time (the bundles, the dictionaries, the schema,
// snippets and grammar) and prints their sizes:
//
// - gongwen-<version>.vsix, universal: no native code. The server segments words with its
//   JavaScript port of nodejieba's algorithm (same findings), so it installs on win32, darwin and
//   linux alike. This is the package for writers.
// - gongwen-<platform>-<version>.vsix (linux-x64 here): the same plus nodejieba's native module,
//   built on this machine, the faster segmenter. Build on each target to ship more of these.
//   Skipped, and said, where nodejieba is not built.
//
// `--universal-only` makes only the first.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const platform = { win32: 'win32', darwin: 'darwin', linux: 'linux' }[process.platform];
const target = platform ? `${platform}-${process.arch}` : undefined;
const NATIVE_MODULE = 'node_modules/nodejieba/build/Release/nodejieba.node';
/** The universal package must stay small: writers download it, and most of it is dictionaries. */
const UNIVERSAL_LIMIT_MB = 6;

const required = [
  'extension/package.json',
  // The manifest's English and Chinese words, and the client's Chinese strings (vscode.l10n).
  'extension/package.nls.json',
  'extension/package.nls.zh-cn.json',
  'extension/l10n/bundle.l10n.zh-cn.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/web/extension.js',
  'extension/server/resources/dict/jieba.dict.utf8',
  'extension/server/resources/dict/hmm_model.utf8',
  'extension/server/schema/gongwenrc.schema.json',
  'extension/snippets/gongwen.code-snippets',
  'extension/syntaxes/gongwen.injection.tmLanguage.json',
];
const nativeFiles = ['extension/node_modules/nodejieba/index.js', 'extension/node_modules/nodejieba/package.json', `extension/${NATIVE_MODULE}`];

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
run('node', ['scripts/build.mjs']);
for (const file of ['dist/client.js', 'dist/server.js', 'dist/web/extension.js']) {
  if (!fs.existsSync(path.join(root, file))) throw new Error(`missing ${file}: run npm install and npm run build first`);
}

const universal = vsce(path.join(root, `${pkg.name}-${pkg.version}.vsix`), path.join(root, '.vscodeignore'));
const universalEntries = check(universal, required);
const stray = [...universalEntries].filter((f) => f.endsWith('.node') || f.includes('/node_modules/'));
if (stray.length) throw new Error(`the universal package holds native or dependency files: ${stray.join(', ')}`);
const universalMb = fs.statSync(universal).size / 1024 / 1024;
if (universalMb > UNIVERSAL_LIMIT_MB) throw new Error(`the universal package is ${universalMb.toFixed(2)} MB, over ${UNIVERSAL_LIMIT_MB} MB`);

if (!process.argv.includes('--universal-only')) {
  if (!target || !fs.existsSync(path.join(root, NATIVE_MODULE))) {
    console.log(`\nno platform package: nodejieba is not built here (${NATIVE_MODULE} is missing); the universal package serves every platform.`);
  } else {
    // The universal list plus nodejieba, in a temporary ignore file (vsce reads one file).
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-package-'));
    const ignoreFile = path.join(scratch, '.vscodeignore');
    fs.writeFileSync(ignoreFile, fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8') + fs.readFileSync(path.join(root, '.vscodeignore.native'), 'utf8'));
    try {
      check(vsce(path.join(root, `${pkg.name}-${target}-${pkg.version}.vsix`), ignoreFile, target), [...required, ...nativeFiles]);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
}

function vsce(out, ignoreFile, platformTarget) {
  const cli = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  // The project has no public repository URL yet, and none is invented: vsce would rewrite the
  // README's relative links (docs/sample-report.md, docs/images/*.png) into absolute URLs of the
  // repository and refuses to package without one. --no-rewrite-relative-links packages the README
  // as it is; --allow-missing-repository skips the prompt about the missing field. Once the project
  // is published, a `repository` field (or --baseContentUrl/--baseImagesUrl) gives absolute links.
  const args = [cli, 'package', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--ignoreFile', ignoreFile, '--out', out];
  if (platformTarget) args.push('--target', platformTarget);
  run('node', args);
  return out;
}

/** Reads the package's file names (a .vsix is a zip) and fails on anything missing. */
function check(file, requiredFiles) {
  const entries = new Set(readZipNames(fs.readFileSync(file)));
  // Every rule page (each diagnostic links to its rule's page in the installed extension) and
  // every dictionary file the server loads.
  const inPackage = (dir) => listFiles(path.join(root, dir)).map((f) => `extension/${path.relative(root, f).split(path.sep).join('/')}`);
  const rulePages = inPackage('docs/rules');
  if (rulePages.length === 0) throw new Error('docs/rules is empty: run npm run generate');
  const resources = inPackage('server/resources');
  const missing = [...requiredFiles, ...rulePages, ...resources].filter((f) => !entries.has(f));
  if (missing.length) throw new Error(`${path.basename(file)} lacks: ${missing.join(', ')}`);
  const size = fs.statSync(file).size;
  console.log(`\n${path.basename(file)}: ${(size / 1024 / 1024).toFixed(2)} MB, ${entries.size} files; all required files, ${rulePages.length} rule pages and ${resources.length} resource files present.`);
  return entries;
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** File names from a zip's central directory (enough to check a package, no dependency). */
function readZipNames(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

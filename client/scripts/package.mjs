// `npm run package`: builds the bundles and makes the .vsix with @vscode/vsce, then checks that
// the package holds what the extension needs at run time (the bundles, nodejieba's native module,
// the dictionaries, the schema, snippets and grammar) and prints its size.
//
// nodejieba is a native module built for this machine, so the package is platform-specific:
// it is made for the platform it is built on (linux-x64 here); build on each target to ship more.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const platform = { win32: 'win32', darwin: 'darwin', linux: 'linux' }[process.platform];
const target = platform ? `${platform}-${process.arch}` : undefined;
const out = path.join(root, `${pkg.name}-${target ?? 'universal'}-${pkg.version}.vsix`);

const required = [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/node_modules/nodejieba/index.js',
  'extension/node_modules/nodejieba/package.json',
  'extension/node_modules/nodejieba/build/Release/nodejieba.node',
  'extension/server/resources/dict/jieba.dict.utf8',
  'extension/server/resources/dict/hmm_model.utf8',
  'extension/server/schema/gongwenrc.schema.json',
  'extension/snippets/gongwen.code-snippets',
  'extension/syntaxes/gongwen.injection.tmLanguage.json',
];

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
run('node', ['scripts/build.mjs']);
for (const file of ['dist/client.js', 'dist/server.js', 'node_modules/nodejieba/build/Release/nodejieba.node']) {
  if (!fs.existsSync(path.join(root, file))) throw new Error(`missing ${file}: run npm install and npm run build first`);
}
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// The project has no public repository URL yet, and none is invented: vsce would rewrite the
// README's relative links (docs/sample-report.md, docs/images/*.png) into absolute URLs of the
// repository and refuses to package without one. --no-rewrite-relative-links packages the README
// as it is; --allow-missing-repository skips the prompt about the missing field. Once the project
// is published, a `repository` field (or --baseContentUrl/--baseImagesUrl) gives absolute links.
const args = [vsce, 'package', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', out];
if (target) args.push('--target', target);
run('node', args);

// A .vsix is a zip: read its file names to check the contents.
const entries = new Set(readZipNames(fs.readFileSync(out)));
// Every rule page (each diagnostic links to its rule's page in the installed extension) and every
// dictionary file the server loads.
const inPackage = (dir) => listFiles(path.join(root, dir)).map((f) => `extension/${path.relative(root, f).split(path.sep).join('/')}`);
const rulePages = inPackage('docs/rules');
if (rulePages.length === 0) throw new Error('docs/rules is empty: run npm run generate');
const resources = inPackage('server/resources');
const missing = [...required, ...rulePages, ...resources].filter((f) => !entries.has(f));
if (missing.length) throw new Error(`the package lacks: ${missing.join(', ')}`);
const size = fs.statSync(out).size;
console.log(`\n${path.basename(out)}: ${(size / 1024 / 1024).toFixed(2)} MB, ${entries.size} files; all required files, ${rulePages.length} rule pages and ${resources.length} resource files present.`);

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

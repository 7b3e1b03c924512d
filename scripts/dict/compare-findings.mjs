// Does the trimmed dictionary change what gongwen reports? Lints the corpus documents and the
// project's own rule fixtures twice, in two processes: once with the shipped trimmed dictionary
// and once with nodejieba's full one (full-dict.cjs), then compares every finding and the corpus
// score. With --sizes, candidate dictionaries of those sizes are compared with the full one too.
// Needs the tsc output (npm run compile).
//
//   node scripts/dict/compare-findings.mjs [--sizes 20000,30000,50000,75000]

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as os from 'node:os';
import { buildDict } from './build-dict.mjs';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..', '..');

function files() {
  const out = [];
  const corpus = path.resolve(root, '..', 'shared', 'corpus');
  if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus).sort()) if (/^real-.*\.md$/.test(f)) out.push(path.join(corpus, f));
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(path.join(root, 'test', 'fixtures'));
  return out;
}

if (process.argv[2] === '--child') {
  const { createRequire } = await import('node:module');
  const require = createRequire(path.join(root, 'package.json'));
  const { lint } = require(path.join(root, 'out', 'server', 'src', 'core', 'engine.js'));
  const result = {};
  for (const file of files()) {
    result[path.relative(root, file)] = lint(fs.readFileSync(file, 'utf8')).map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.messageId} ${JSON.stringify(f.data)}`);
  }
  process.stdout.write(JSON.stringify(result));
} else {
  const run = (preload, dictDir) =>
    JSON.parse(
      execFileSync(process.execPath, [...(preload ? ['-r', path.join(root, 'scripts', 'dict', 'full-dict.cjs')] : []), self, '--child'], {
        maxBuffer: 1 << 28,
        env: { ...process.env, GONGWEN_BENCH_DICT_DIR: dictDir ?? '' },
      }).toString(),
    );
  const full = run(true);
  const compare = (label, other, verbose) => {
    let same = 0;
    let differ = 0;
    let lost = 0;
    let added = 0;
    for (const file of Object.keys(full)) {
      const onlyFull = full[file].filter((x) => !other[file].includes(x));
      const onlyOther = other[file].filter((x) => !full[file].includes(x));
      lost += onlyFull.length;
      added += onlyOther.length;
      if (!onlyFull.length && !onlyOther.length) same++;
      else {
        differ++;
        if (verbose) console.log(`  ${file}:\n    full only:    ${onlyFull.join('\n                  ')}\n    ${label} only: ${onlyOther.join('\n                  ')}`);
      }
    }
    console.log(`${label}: ${same}/${same + differ} documents report exactly what the full dictionary reports; ${lost} findings differ or are missing, ${added} differ or are extra`);
  };
  const findings = Object.values(full).reduce((n, f) => n + f.length, 0);
  console.log(`${Object.keys(full).length} documents (corpus and fixtures), ${findings} findings with the full dictionary`);
  const i = process.argv.indexOf('--sizes');
  if (i > 0) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-dict-'));
    for (const words of process.argv[i + 1].split(',').map(Number)) {
      const dir = path.join(tmp, String(words));
      buildDict({ words, outDir: dir });
      compare(`top ${words / 1000}k`, run(true, dir), false);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  compare('shipped', run(false), true);
  process.exitCode = 0;
}

#!/usr/bin/env node
// The installed command. All the work is in dist/cli.js (bundled from server/src/cli/main.ts);
// this file only loads it and hands it the process's arguments, streams and environment.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const { isAscii } = require('node:buffer');

// ---- V8 tuned for short runs ----
//
// TurboFan pays off in long runs. A lint of a few megabytes is over before it does, while its
// compilations cost a third more CPU and, where other work competes for the cores, wall time too
// (measured on a 1 MB report: 269 → 215 ms wall, 385 → 218 ms CPU; 3 MB: 561 → 403 ms).
//
// V8 also doubles its young generation each time many objects survive a collection, up to 16 MB
// per half. Every page it grows into is memory the process touches for the first time, and the
// kernel's work of handing out fresh pages is a large share of a short run (a fifth of its time
// on a virtual machine, where each first touch costs tens of microseconds). Keeping the young
// generation at its starting size costs a few more, cheap, collections and saves that work: on a
// 1 MB report (node 20) peak memory drops from 80 to 68 MB and wall time by about a tenth; on
// 3 MB, 7 %. Some later V8 versions raise a growth factor below 2 back to 2, which only returns
// to the defaults; every version so far knows the flag, so none prints a warning for it.
//
// The command therefore starts with both changes and returns to V8's defaults once the texts it
// has read pass LARGE_INPUT_BYTES (server/src/cli/main.ts), where the defaults save about a tenth
// (10 MB: 2.2 → 2.0 s). Only these two flags change at run time; the language server runs with
// V8's defaults.
const SHORT_RUN_FLAGS = ['--no-opt', '--semi-space-growth-factor=1'];
const LONG_RUN_FLAGS = ['--opt', '--semi-space-growth-factor=2'];
for (const flag of SHORT_RUN_FLAGS) v8.setFlagsFromString(flag);

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.js');

// ---- loading the bundle with a V8 code cache ----
//
// Compiling the bundle (0.7 MB) is a large share of a short run. V8 can serialise the code it
// compiled and accept it back on the next start, so we keep that data in `dist/cli.js.cache`
// (beside the bundle, or in the user's cache folder when dist/ is not writable). The cache is
// only an accelerator: it is used only when its header names the exact bundle file (inode, size,
// modification and change times), node version and architecture, and V8 itself rejects data
// from another V8 build or flags; anything unexpected means compiling normally.

const CACHE_FORMAT = 'gongwen-lint code cache 1';

function cacheLocations() {
  const places = [`${BUNDLE}.cache`];
  const home = process.env.XDG_CACHE_HOME || (process.env.HOME ? path.join(process.env.HOME, '.cache') : undefined);
  if (home && path.isAbsolute(home)) places.push(path.join(home, 'gongwen-lint', 'cli.js.cache'));
  return places;
}

/** The cached data stored for `key` (and whether a run that linted made it), or undefined. */
function readCache(key) {
  for (const file of cacheLocations()) {
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    const newline = bytes.indexOf(10);
    if (newline < 0) continue;
    let header;
    try {
      header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
    } catch {
      continue;
    }
    const data = bytes.subarray(newline + 1);
    if (header && header.format === CACHE_FORMAT && header.key === key && header.length === data.length) return { data, warm: header.warm === true };
  }
  return undefined;
}

/** Writes the cache to the first place that takes it; atomically, so no reader sees half a file. */
function writeCache(key, data, warm) {
  const header = Buffer.from(JSON.stringify({ format: CACHE_FORMAT, key, warm, length: data.length }) + '\n', 'utf8');
  for (const file of cacheLocations()) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, Buffer.concat([header, data]), { mode: 0o644 });
      fs.renameSync(temporary, file);
      return;
    } catch {
      try {
        fs.unlinkSync(temporary);
      } catch {
        // nothing was written there
      }
    }
  }
}

/**
 * What identifies this exact bundle for this exact node. Any write to the file (a rebuild, an
 * update, a copy) gives it a new change time, which no tool can set back, and usually a new
 * inode, size and modification time too; hashing the bundle instead would cost more than
 * half of what the cache saves (loading node:crypto alone takes about 4 ms).
 */
function bundleKey(file) {
  const stat = fs.statSync(file, { bigint: true });
  return [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs, process.version, process.arch, process.execArgv.join(' ')].join(' ');
}

/**
 * The bundle's text. The build makes it pure ASCII (scripts/asciiOutput.mjs), and ASCII read as
 * Latin-1 is the same text, which node hands to V8 as it lies in memory: decoding it as UTF-8
 * instead takes about ten milliseconds of every start and twice the memory. A bundle that is not
 * ASCII (built by other means) is decoded as UTF-8.
 */
function readSource(file) {
  const bytes = fs.readFileSync(file);
  return isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
}

/** Loads `file` as a CommonJS module, as `require` would, but compiled with the code cache. */
function loadBundle(file) {
  // The key is taken before and after reading, so a bundle rewritten meanwhile is never cached
  // under the key of the text we did not compile.
  const before = bundleKey(file);
  const source = readSource(file);
  const key = `${bundleKey(file)} ${source.length}`;
  if (`${before} ${source.length}` !== key) return require(file);
  let vm;
  let Module;
  let cached;
  try {
    vm = require('node:vm');
    Module = require('node:module');
    cached = readCache(key);
  } catch {
    return require(file);
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached && cached.data });
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  const moduleRequire = Module.createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, moduleRequire, module, file, path.dirname(file));
  module.loaded = true;
  // Written at exit, so the functions this run compiled lazily are in the cache too. V8 compiles
  // the rules only when they run, so a cache made by `--version` is replaced by the first run
  // that lints a text (the bundle counts those in `textsLinted`).
  process.once('exit', () => {
    // V8 stamps its cache with the flags in force; a large run changed them, and its cache must
    // still match the next run's start.
    for (const flag of SHORT_RUN_FLAGS) v8.setFlagsFromString(flag);
    const warm = module.exports.textsLinted > 0;
    if (!cached || script.cachedDataRejected || (warm && !cached.warm)) writeCache(key, script.createCachedData(), warm);
  });
  return module.exports;
}

let cli;
try {
  cli = loadBundle(BUNDLE);
} catch (error) {
  const missing = error && ((error.code === 'ENOENT' && error.path === BUNDLE) || (error.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli\.js/.test(error.message)));
  if (missing) {
    process.stderr.write('gongwen-lint: dist/cli.js 不存在，请先运行 npm run build。dist/cli.js is missing; run npm run build first.\n');
    process.exit(2);
  }
  throw error;
}

// `gongwen-lint … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw error;
});

/**
 * Standard input, opened only when the run reads it. Redirected from a file (`< file`), it is read
 * in one call, which costs a millisecond where the stream's 64 KB chunks take ten; pipes and
 * terminals are read as the stream they are.
 */
const standardInput = {
  async *[Symbol.asyncIterator]() {
    let isFile = false;
    try {
      isFile = fs.fstatSync(0).isFile();
    } catch {
      // No usable descriptor 0: let the stream report it as it always has.
    }
    if (isFile) yield fs.readFileSync(0);
    else yield* process.stdin;
  },
};

/**
 * Standard error, opened only when something is written to it: opening it costs a millisecond or
 * two (the network module, when it is a pipe, as under pre-commit), and most runs write nothing.
 */
let wroteToStderr = false;
const standardError = {
  write(chunk) {
    wroteToStderr = true;
    return process.stderr.write(chunk);
  },
};

cli
  .main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: standardInput,
    stdout: process.stdout,
    stderr: standardError,
    onLargeInput: () => {
      for (const flag of LONG_RUN_FLAGS) v8.setFlagsFromString(flag);
    },
  })
  .then(
    (code) => {
      process.exitCode = code;
      // Exit as soon as the output has reached the streams (the callbacks run once it has, also
      // where pipes are asynchronous): a normal exit would first wait for V8's background work,
      // such as optimising compilations this run no longer needs, often ten milliseconds.
      process.stdout.write('', () => (wroteToStderr ? process.stderr.write('', () => process.exit()) : process.exit()));
    },
    (error) => {
      process.stderr.write(`gongwen-lint: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    },
  );

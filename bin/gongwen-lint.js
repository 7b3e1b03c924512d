#!/usr/bin/env node
// The installed command. All the work is in dist/cli.js (bundled from server/src/cli/main.ts);
// this file only hands it the process's arguments, streams and environment.
'use strict';

let cli;
try {
  cli = require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli\.js/.test(error.message)) {
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

cli
  .main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`gongwen-lint: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    },
  );

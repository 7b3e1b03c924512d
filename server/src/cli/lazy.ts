// Libraries only some runs need, loaded on first use: a run over standard input never walks
// folders, and one without `ignorePatterns` never matches them, so neither pays for loading
// them at start-up (every millisecond of start-up is paid on every run of the command). Both
// packages export their function as module.exports itself.

import type ignoreFactory from 'ignore';
import type picomatchFunction from 'picomatch';

let ignoreModule: typeof ignoreFactory | undefined;
let picomatchModule: typeof picomatchFunction | undefined;

/** The `ignore` package's factory (.gitignore semantics). */
export function loadIgnore(): typeof ignoreFactory {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (ignoreModule ??= require('ignore') as typeof ignoreFactory);
}

/** picomatch, for the glob patterns named on the command line. */
export function loadPicomatch(): typeof picomatchFunction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (picomatchModule ??= require('picomatch') as typeof picomatchFunction);
}


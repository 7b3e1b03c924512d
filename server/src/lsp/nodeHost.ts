// The server's host on Node: configuration files from the disk, rule docs shipped beside the
// bundle (docs/rules in the repository and in the .vsix), file URIs as Node reads them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_CONFIG_BYTES } from '../core/config/parse';
import type { ServerHost } from './host';

export function nodeHost(): ServerHost {
  const docsRoot = findDocsRoot();
  // One file-system check per rule for the life of the server: the rule pages ship with the
  // extension and do not come and go, and checking on every finding of every lint was a large
  // share of an edit's latency.
  const docsUrls = new Map<string, string | undefined>();
  return {
    readFile: readFileIfExists,
    docsFolder: docsRoot,
    docsUrl(ruleId) {
      if (docsUrls.has(ruleId)) return docsUrls.get(ruleId);
      let url: string | undefined;
      if (docsRoot && ruleId.includes('/') && !ruleId.startsWith('internal/')) {
        const file = path.join(docsRoot, ...ruleId.split('/')) + '.md';
        url = fs.existsSync(file) ? pathToFileURL(file).toString() : undefined;
      }
      docsUrls.set(ruleId, url);
      return url;
    },
    uriToPath,
    pathToUri: (file) => pathToFileURL(file).toString(),
    isInside: (file, dir) => isInsideFolder(file, dir),
  };
}

/**
 * Whether `file` lies inside the folder `dir`, by the rules of the platform's paths (`paths`, for
 * the tests of the other platform): on Windows, case and slash direction do not matter.
 */
export function isInsideFolder(file: string, dir: string, paths: path.PlatformPath = path): boolean {
  const rel = paths.relative(dir, file);
  return !!rel && rel !== '..' && !rel.startsWith(`..${paths.sep}`) && !paths.isAbsolute(rel);
}

/** Reads a config file, or undefined when it does not exist or cannot be read. */
export function readFileIfExists(file: string): string | undefined {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat || !stat.isFile()) return undefined;
    // parseConfigText refuses anything this big with a clear message; do not read gigabytes to say so.
    if (stat.size > 4 * MAX_CONFIG_BYTES) return ' '.repeat(MAX_CONFIG_BYTES + 1);
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function uriToPath(uri: string | undefined): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The rule docs shipped beside the server (docs/rules in the repository and in the .vsix). */
function findDocsRoot(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

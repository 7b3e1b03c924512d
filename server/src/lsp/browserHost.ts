// The server's host in VS Code for the Web (a web worker, no Node): configuration files come
// from a map the client fills through VS Code's workspace API (vscode.workspace.fs, which works on
// virtual file systems too), rule docs are files of the extension, and every URI with a path
// maps to a POSIX path that keeps its scheme and authority, so the engine's path logic (looking
// up .gongwenrc.json from a document's folder upwards) only ever consults that map: nothing walks
// a real file system.

import type { ServerHost } from './host';

/** The configuration files the client found, by the path `uriToPath` gives their URIs. */
export type ConfigFiles = Map<string, string>;

/** `scheme://authority/a/b` ↔ `/scheme/authority/a/b` (an empty authority is written "-"). */
export function uriToWebPath(uri: string | undefined): string | undefined {
  if (typeof uri !== 'string') return undefined;
  const m = /^([a-zA-Z][\w+.-]*):\/\/([^/?#]*)(\/[^?#]*)?/.exec(uri);
  if (!m || m[1] === 'untitled') return undefined;
  let path: string;
  try {
    path = decodeURIComponent(m[3] ?? '/');
  } catch {
    return undefined;
  }
  return `/${m[1]}/${m[2] || '-'}${path}`;
}

export function webPathToUri(file: string): string {
  const m = /^\/([^/]+)\/([^/]+)(\/.*)?$/.exec(file);
  if (!m) return `file://${file}`;
  const path = (m[3] ?? '/')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return `${m[1]}://${m[2] === '-' ? '' : m[2]}${path}`;
}

export function browserHost(configFiles: ConfigFiles, extensionUri: string): ServerHost {
  const base = extensionUri.replace(/\/$/, '');
  return {
    readFile: (file) => configFiles.get(file),
    docsUrl: (ruleId) => (ruleId.includes('/') && !ruleId.startsWith('internal/') ? `${base}/docs/rules/${ruleId}.md` : undefined),
    docsFolder: uriToWebPath(`${base}/docs/rules`),
    uriToPath: uriToWebPath,
    pathToUri: webPathToUri,
    isInside: isInsideWebPath,
  };
}

/**
 * Whether the web path `file` lies inside the folder `dir`. Paths of Windows files (a drive
 * letter after the authority: /file/-/c:/…) compare without regard to case, as Windows does.
 */
export function isInsideWebPath(file: string, dir: string): boolean {
  const folder = dir.endsWith('/') ? dir : `${dir}/`;
  if (file.length <= folder.length) return false;
  const windows = /^\/file\/[^/]+\/[a-zA-Z]:\//.test(folder);
  return windows ? file.toLowerCase().startsWith(folder.toLowerCase()) : file.startsWith(folder);
}

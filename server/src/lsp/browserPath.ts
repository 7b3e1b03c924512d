// node:path for the language server in a web worker, where Node's modules do not exist. The
// browser bundle (scripts/build.mjs) maps `node:path` here. Paths in the browser are the paths of
// URIs (browserHost.ts), always POSIX, so only the POSIX rules are needed, and only the functions
// the engine and the server use.

export const sep = '/';

function normalizeParts(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** Like Node's: absolute paths reset, the result is normalised; relative input resolves from "/". */
export function resolve(...paths: string[]): string {
  let joined = '';
  for (const p of paths) {
    if (!p) continue;
    joined = isAbsolute(p) ? p : `${joined}/${p}`;
  }
  return `/${normalizeParts(joined).join('/')}`;
}

export function join(...paths: string[]): string {
  const joined = paths.filter(Boolean).join('/');
  if (!joined) return '.';
  const normal = normalizeParts(joined).join('/');
  return isAbsolute(joined) ? `/${normal}` : normal || '.';
}

export function dirname(path: string): string {
  if (!path) return '.';
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  if (at === 0) return '/';
  return trimmed.slice(0, at);
}

export function basename(path: string, ext?: string): string {
  const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function relative(from: string, to: string): string {
  const a = normalizeParts(resolve(from));
  const b = normalizeParts(resolve(to));
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export function parse(path: string): { root: string; dir: string; base: string; ext: string; name: string } {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot) : '';
  return { root: isAbsolute(path) ? '/' : '', dir: dirname(path), base, ext, name: ext ? base.slice(0, -ext.length) : base };
}

export const posix = { sep, isAbsolute, resolve, join, dirname, basename, relative, parse };
export default posix;

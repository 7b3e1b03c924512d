// Which files a run checks: named files, folders (recursing into *.md and *.markdown) and glob
// patterns. Folders honour .gitignore and .gongwenignore files (each read relative to its own
// folder, from the repository root down). A walk follows a symbolic link only when it leads to
// somewhere inside the folder being walked (so `--fix .` never rewrites a sibling folder through
// a link) and never back into a folder being walked, so a link loop ends instead of recursing
// forever. A file named on the command line is read wherever its link points.

import * as path from 'node:path';
import type { Ignore } from 'ignore';
import { FileTooLargeError, NotRegularFileError, type CliFileSystem, type FileKind } from './fs';
import { loadIgnore, loadPicomatch } from './lazy';

export interface Target {
  /** Absolute path as named (links not resolved), used to read, write and find the config. */
  file: string;
  /** What the user sees: relative to the working directory when inside it. */
  display: string;
  /** Named on the command line (not found by walking a folder or expanding a glob). */
  explicit: boolean;
}

export type Problem =
  | { kind: 'missing' | 'noMatch'; path: string }
  | { kind: 'unreadable'; path: string; code: string }
  | { kind: 'notRegular'; path: string; what: FileKind }
  | { kind: 'tooLarge'; path: string; limit: number };

export type Note =
  | { kind: 'loop' | 'ignored' | 'outside'; path: string }
  /** A pipe, device or socket with a Markdown name, met while walking. */
  | { kind: 'special'; path: string; what: FileKind };

export interface Discovery {
  targets: Target[];
  /** Errors: the run exits with 2. */
  problems: Problem[];
  /** Things skipped on purpose; shown but not failures. */
  notes: Note[];
}

const IGNORE_FILES = ['.gitignore', '.gongwenignore'];
/** Folders that never hold documents to check and can be huge. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
const MARKDOWN = /\.(md|markdown)$/i;
/** The most read of one ignore file (a large monorepo's .gitignore is a few hundred kilobytes). */
export const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;
const GLOB_CHARS = /[*?[\]{}]/;

interface Matcher {
  base: string;
  ig: Ignore;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

export function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export class FileFinder {
  private readonly matcherCache = new Map<string, Matcher[]>();
  private readonly seen = new Set<string>();
  /** Ignore files by path: their text, or undefined when absent or refused (reported once). */
  private readonly ignoreTexts = new Map<string, string | undefined>();
  private readonly result: Discovery = { targets: [], problems: [], notes: [] };

  constructor(
    private readonly fs: CliFileSystem,
    private readonly cwd: string,
  ) {}

  find(patterns: readonly string[]): Discovery {
    for (const pattern of patterns) this.addPattern(pattern);
    return this.result;
  }

  /** True when an ignore file between the repository root and the file's folder excludes it. */
  isIgnored(file: string, isDir = false): boolean {
    for (const m of this.matchersFor(path.dirname(file))) {
      const rel = path.relative(m.base, file).split(path.sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      if (m.ig.ignores(isDir ? `${rel}/` : rel)) return true;
    }
    return false;
  }

  private addPattern(pattern: string): void {
    const absolute = path.resolve(this.cwd, pattern);
    let stat;
    try {
      stat = this.fs.stat(absolute);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        if (GLOB_CHARS.test(pattern)) this.addGlob(pattern);
        else this.result.problems.push({ kind: 'missing', path: pattern });
      } else {
        this.result.problems.push({ kind: 'unreadable', path: pattern, code });
      }
      return;
    }
    if (stat.isDirectory) {
      this.walkRoot(absolute, () => true, MARKDOWN);
    } else if (this.isIgnored(absolute)) {
      this.result.notes.push({ kind: 'ignored', path: displayPath(this.cwd, absolute) });
    } else {
      this.addFile(absolute, true);
    }
  }

  private addGlob(pattern: string): void {
    const posix = pattern.split(path.sep).join('/');
    const picomatch = loadPicomatch();
    const scan = picomatch.scan(posix);
    const base = path.resolve(this.cwd, scan.base || '.');
    const isMatch = picomatch(scan.glob || '**', { dot: false });
    const before = this.result.targets.length;
    try {
      if (this.fs.stat(base).isDirectory) {
        this.walkRoot(base, (file) => isMatch(path.relative(base, file).split(path.sep).join('/')), undefined);
      }
    } catch {
      // A base folder that does not exist matches nothing; reported below.
    }
    if (this.result.targets.length === before) this.result.problems.push({ kind: 'noMatch', path: pattern });
  }

  private addFile(file: string, explicit = false): void {
    let real = file;
    try {
      real = this.fs.realpath(file);
    } catch {
      // Reading it will report the problem.
    }
    if (this.seen.has(real)) return;
    this.seen.add(real);
    this.result.targets.push({ file, display: displayPath(this.cwd, file), explicit });
  }

  private walkRoot(dir: string, accept: (file: string) => boolean, extension: RegExp | undefined): void {
    let root: string;
    try {
      root = this.fs.realpath(dir);
    } catch (error) {
      this.result.problems.push({ kind: 'unreadable', path: displayPath(this.cwd, dir), code: errorCode(error) });
      return;
    }
    this.walk(dir, root, new Set(), accept, extension);
  }

  /**
   * `root` is the real path of the folder the walk started from; `ancestors` holds the real
   * paths of the folders being walked, to recognise a link loop.
   */
  private walk(dir: string, root: string, ancestors: Set<string>, accept: (file: string) => boolean, extension: RegExp | undefined): void {
    let real: string;
    let entries;
    try {
      real = this.fs.realpath(dir);
      entries = this.fs.readdir(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      this.result.problems.push({ kind: 'unreadable', path: displayPath(this.cwd, dir), code: errorCode(error) });
      return;
    }
    if (ancestors.has(real)) {
      this.result.notes.push({ kind: 'loop', path: displayPath(this.cwd, dir) });
      return;
    }
    const inner = new Set(ancestors).add(real);
    for (const entry of entries) {
      const child = path.join(dir, entry.name);
      let kind: FileKind | 'symlink' = entry.kind === 'other' ? this.kindOf(child) : entry.kind;
      if (kind === 'symlink') {
        try {
          if (!isInside(root, this.fs.realpath(child))) {
            this.result.notes.push({ kind: 'outside', path: displayPath(this.cwd, child) });
            continue;
          }
          kind = this.fs.stat(child).kind;
        } catch {
          continue; // A dangling link: nothing to check.
        }
      }
      if (kind === 'directory') {
        if (SKIPPED_DIRS.has(entry.name) || this.isIgnored(child, true)) continue;
        this.walk(child, root, inner, accept, extension);
        continue;
      }
      if (extension && !extension.test(entry.name)) continue;
      if (!accept(child) || this.isIgnored(child)) continue;
      if (kind === 'file') this.addFile(child);
      else this.result.notes.push({ kind: 'special', path: displayPath(this.cwd, child), what: kind });
    }
  }

  private kindOf(file: string): FileKind {
    try {
      return this.fs.stat(file).kind;
    } catch {
      return 'other';
    }
  }

  /**
   * The ignore files that apply inside `dir`, farthest first: from the repository root (the
   * nearest folder holding `.git`) down to `dir`. Outside a repository the search starts at the
   * working directory when `dir` is inside it, else at `dir` itself, so files such as a stray
   * ~/.gitignore never decide what a run checks.
   */
  private matchersFor(dir: string): Matcher[] {
    const cached = this.matcherCache.get(dir);
    if (cached) return cached;
    const chain: string[] = [];
    let top: string | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      chain.unshift(d);
      if (this.exists(path.join(d, '.git'))) {
        top = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    if (!top) {
      const rel = path.relative(this.cwd, dir);
      const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
      const start = inside ? this.cwd : dir;
      chain.splice(0, chain.indexOf(start));
    }
    const matchers: Matcher[] = [];
    for (const d of chain) {
      const ig = loadIgnore()();
      let any = false;
      for (const name of IGNORE_FILES) {
        const text = this.ignoreText(path.join(d, name));
        if (text === undefined) continue;
        ig.add(text);
        any = true;
      }
      if (any) matchers.push({ base: d, ig });
    }
    this.matcherCache.set(dir, matchers);
    return matchers;
  }

  /**
   * An ignore file's text, read once. A missing or unreadable one is no ignore file; one that is
   * not a regular file (a pipe would block the run) or is too large is an error, since leaving
   * it out would check files it means to exclude.
   */
  private ignoreText(file: string): string | undefined {
    if (this.ignoreTexts.has(file)) return this.ignoreTexts.get(file);
    let text: string | undefined;
    try {
      text = this.fs.readFile(file, MAX_IGNORE_FILE_BYTES).toString('utf8');
    } catch (error) {
      const shown = displayPath(this.cwd, file);
      if (error instanceof NotRegularFileError) this.result.problems.push({ kind: 'notRegular', path: shown, what: error.kind });
      else if (error instanceof FileTooLargeError) this.result.problems.push({ kind: 'tooLarge', path: shown, limit: error.limit });
    }
    this.ignoreTexts.set(file, text);
    return text;
  }

  private exists(file: string): boolean {
    try {
      this.fs.stat(file);
      return true;
    } catch {
      return false;
    }
  }
}

/** True when `file` (a real path) is `root` or lies inside it. */
function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel));
}

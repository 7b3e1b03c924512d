// gongwen-lint: the command-line door to the engine. Everything it touches comes in through
// `io` (arguments, working directory, environment, streams, file system), so the tests run it
// in-process over temporary trees as well as through the real bin. It returns the exit code:
// 0 clean, 1 errors found (or more warnings than --max-warnings), 2 usage, file or config error.

import * as path from 'node:path';
import { fixAll, lintDocument } from '../core/engine';
import { selectRules } from '../core/edits/fixes';
import { SourceDocument } from '../core/document';
import { formatTimings, measured, Timings } from '../core/timing';
import { allRules } from '../core/rules';
import { familiesOf } from '../core/rules/family';
import { CONFIG_FILE_NAME, loadConfigForFile, type LoadedConfig, type ResolvedConfig } from '../core/config/resolve';
import { MAX_CONFIG_BYTES, type ConfigLayer } from '../core/config/parse';
import type { Finding, Locale, Rule } from '../core/types';
import { catalogue, type Catalogue } from '../core/catalogue';
import packageJson from '../../../package.json';
import { parseArgs, type CliOptions } from './args';
import { canEncode, decodeBytes, encodeText, encodingLabel, encodingOption } from './encoding';
import { FileFinder, displayPath, type Note, type Problem, type Target } from './files';
import { loadIgnore } from './lazy';
import { FileChangedError, FileTooLargeError, nodeFileSystem, NotRegularFileError, writeFileBack, type CliFileSystem, type ReadVersion } from './fs';
import { writeJsonResults } from './format/json';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { unifiedDiff } from './format/diff';
import { countFindings, type FileResult } from './format/results';
import { starterConfig } from './init';
import { chosenBackend, forcedBackend, installNodeSegmenter } from '../core/segment/nodeSegmenter';

export interface CliIo {
  /** The arguments after the program name. */
  argv: readonly string[];
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
  stdin?: AsyncIterable<Buffer | Uint8Array | string>;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  fs?: CliFileSystem;
  /**
   * Called once, when the texts read so far pass LARGE_INPUT_BYTES: the installed command turns
   * V8's optimising compiler back on, which it starts without (see bin/gongwen-lint.js).
   */
  onLargeInput?: () => void;
}

/** Test seams: the rules to run instead of the registry, and the size that counts as large. */
export interface CliExtensions {
  rules?: readonly Rule[];
  largeInputBytes?: number;
}

/**
 * From about this much text on, a run lasts long enough for V8's optimising compiler to pay for
 * itself (measured on 1, 3, 5 and 10 MB reports: it costs time up to 5 MB and saves 10 % at 10).
 */
export const LARGE_INPUT_BYTES = 6 * 1024 * 1024;

export const VERSION: string = packageJson.version;

/**
 * How many texts this process has linted. bin/gongwen-lint.js reads it to decide whether its
 * V8 code cache holds the compiled rules (a `--version` run compiles none of them).
 */
export let textsLinted = 0;

/**
 * The most one document may hold: far beyond any real document (a 500-page report is a few
 * megabytes), and a bound on what a file that never ends (a link to /dev/zero) can take.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * The most read of a config or ignore file. The config parser refuses text over
 * MAX_CONFIG_BYTES characters with its own message; up to four bytes a character reach it.
 */
const MAX_CONFIG_READ_BYTES = 4 * MAX_CONFIG_BYTES;

/** How often a file that changes under `--fix` is read and fixed again before giving up. */
const FIX_ATTEMPTS = 5;

/** A size limit as the messages state it, in whole megabytes. */
function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** Chinese unless the command line, or else the environment, asks for English (POSIX order). */
function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale | undefined {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return tag && /^en(\b|_)/i.test(tag) ? 'en' : undefined;
}

export async function main(io: CliIo, extensions: CliExtensions = {}): Promise<number> {
  const env = io.env ?? {};
  const parsed = parseArgs(io.argv);
  const earlyLocale = ('options' in parsed ? parsed.options.locale : undefined) ?? localeFromEnvironment(env);
  if ('error' in parsed) {
    const t = catalogue(earlyLocale ?? 'zh').cli;
    const usage = t.usage[parsed.error.key];
    io.stderr.write(`gongwen-lint: ${typeof usage === 'string' ? usage : usage(parsed.error.value)}\n${t.seeHelp}\n`);
    return 2;
  }
  // The segmenter is chosen here, once: the JavaScript port unless GONGWEN_SEGMENTER names nodejieba.
  installNodeSegmenter(env);
  try {
    return await new Run(io, parsed.options, extensions.rules ?? allRules, earlyLocale, extensions.largeInputBytes ?? LARGE_INPUT_BYTES).execute();
  } catch (error) {
    // A bug, not a user error: say so plainly instead of a stack trace alone.
    io.stderr.write(`gongwen-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

class Run {
  private readonly fs: CliFileSystem;
  private readonly families: string[];
  /** The rules this run checks and fixes: all of them, or those named by --only. */
  private readonly checked: readonly Rule[];
  /** A name given to --only that matches no rule (a usage error). */
  private readonly unknownOnly?: string;
  private readonly overrides: ConfigLayer[];
  private readonly configCache = new Map<string, LoadedConfig>();
  private readonly reportedConfigErrors = new Set<string>();
  private locale: Locale;
  /** The command line's words in the run's language. */
  private t: Catalogue['cli'];
  /** Set when anything happened that makes the exit code 2. */
  private failed = false;
  /** With GONGWEN_TIMING set, where rules and indexes record their time (printed to stderr). */
  private readonly timings?: Timings;
  /** Bytes of text read so far, for `onLargeInput`. */
  private bytesRead = 0;

  constructor(
    private readonly io: CliIo,
    private readonly options: CliOptions,
    private readonly rules: readonly Rule[],
    private readonly explicitLocale: Locale | undefined,
    private readonly largeInputBytes: number,
  ) {
    this.fs = io.fs ?? nodeFileSystem;
    this.families = familiesOf(rules);
    const selected = options.only.length ? selectRules(options.only, rules) : { rules };
    this.checked = 'rules' in selected ? selected.rules : [];
    if ('unknown' in selected) this.unknownOnly = selected.unknown;
    this.overrides = options.rules.length ? [{ rules: Object.fromEntries(options.rules.map((r) => [r.id, { severity: r.severity }])) }] : [];
    this.locale = explicitLocale ?? 'zh';
    this.t = catalogue(this.locale).cli;
    if (io.env?.GONGWEN_TIMING) this.timings = new Timings();
    if (!explicitLocale) {
      // The project's config may choose the language; errors in it are reported later, per file.
      const cwdLocale = this.configFor(path.join(io.cwd, CONFIG_FILE_NAME)).config.locale;
      if (cwdLocale) this.setLocale(cwdLocale);
    }
  }

  private setLocale(locale: Locale): void {
    this.locale = locale;
    this.t = catalogue(locale).cli;
  }

  private error(message: string): void {
    this.failed = true;
    this.io.stderr.write(`gongwen-lint: ${message}\n`);
  }

  private note(message: string): void {
    this.io.stderr.write(`gongwen-lint: ${message}\n`);
  }

  async execute(): Promise<number> {
    const o = this.options;
    if (o.help) {
      this.io.stdout.write(this.t.help(VERSION));
      return 0;
    }
    if (o.version) {
      const env = this.io.env ?? {};
      this.io.stdout.write(`${VERSION}\n${this.t.segmenter(chosenBackend(env), forcedBackend(env) !== undefined)}\n`);
      return 0;
    }
    for (const r of o.rules) {
      if (!this.families.includes(r.id) && !this.rules.some((rule) => rule.meta.id === r.id)) {
        this.io.stderr.write(`gongwen-lint: ${this.t.unknownRule(r.id)}\n${this.t.seeHelp}\n`);
        return 2;
      }
    }
    if (this.unknownOnly !== undefined) {
      this.io.stderr.write(`gongwen-lint: ${this.t.unknownOnly(this.unknownOnly)}\n${this.t.seeHelp}\n`);
      return 2;
    }
    if (o.init) return this.init();
    if (o.printConfig !== undefined) return this.printConfig(o.printConfig);

    const results: FileResult[] = [];
    if (o.stdin) {
      const result = await this.lintStdin();
      if (result) results.push(result);
    } else {
      const discovery = new FileFinder(this.fs, this.io.cwd).find(o.paths.length ? o.paths : ['.']);
      for (const p of discovery.problems) this.error(this.problemText(p));
      for (const n of discovery.notes) this.note(this.noteText(n));
      for (const target of discovery.targets) {
        const result = this.lintFile(target);
        if (result) results.push(result);
      }
    }
    const code = measured(this.timings, 'output', () => this.finish(results));
    if (this.timings) this.io.stderr.write(formatTimings(this.timings, 40));
    return code;
  }

  private problemText(p: Problem): string {
    if (p.kind === 'unreadable') return this.t.unreadable(p.path, p.code);
    if (p.kind === 'notRegular') return this.t.notRegular(p.path, this.t.fileKind[p.what]);
    if (p.kind === 'tooLarge') return this.t.tooLarge(p.path, megabytes(p.limit));
    return p.kind === 'missing' ? this.t.missing(p.path) : this.t.noMatch(p.path);
  }

  private noteText(n: Note): string {
    if (n.kind === 'special') return this.t.specialSkipped(n.path, this.t.fileKind[n.what]);
    if (n.kind === 'outside') return this.t.outside(n.path);
    return n.kind === 'loop' ? this.t.loop(n.path) : this.t.ignored(n.path);
  }

  // ---- configuration ----

  /**
   * A config file's text, or undefined when there is none. One that is not a regular file (a
   * pipe would block the run) or is far too large is refused with an error, once.
   */
  private readConfigFile = (file: string): string | undefined => {
    try {
      return this.fs.readFile(file, MAX_CONFIG_READ_BYTES).toString('utf8');
    } catch (error) {
      if (error instanceof NotRegularFileError || error instanceof FileTooLargeError) this.errorOnce(this.readErrorText(displayPath(this.io.cwd, file), error));
      return undefined;
    }
  };

  private errorOnce(message: string): void {
    if (this.reportedConfigErrors.has(message)) return;
    this.reportedConfigErrors.add(message);
    this.error(message);
  }

  /** What to say about a file that could not be read. */
  private readErrorText(display: string, error: unknown): string {
    if (error instanceof NotRegularFileError) return this.t.notRegular(display, this.t.fileKind[error.kind]);
    if (error instanceof FileTooLargeError) return this.t.tooLarge(display, megabytes(error.limit));
    return this.t.unreadable(display, (error as NodeJS.ErrnoException).code ?? String(error));
  }

  private configFor(file: string): LoadedConfig {
    const explicit = this.options.config !== undefined ? path.resolve(this.io.cwd, this.options.config) : undefined;
    const key = explicit ?? path.dirname(path.resolve(this.io.cwd, file));
    let loaded = this.configCache.get(key);
    if (!loaded) {
      loaded = loadConfigForFile(file, { readFile: this.readConfigFile }, this.rules, this.families, explicit, this.overrides);
      this.configCache.set(key, loaded);
    }
    return loaded;
  }

  /** Counts what was read, and tells the host once the run has become a large one. */
  private countInput(bytes: number): void {
    const before = this.bytesRead;
    this.bytesRead += bytes;
    if (before < this.largeInputBytes && this.bytesRead >= this.largeInputBytes) this.io.onLargeInput?.();
  }

  /** The config for a file, or undefined after reporting its errors (file:line:column). */
  private usableConfig(file: string): ResolvedConfig | undefined {
    const loaded = this.configFor(file);
    if (!loaded.errors.length) return loaded.config;
    for (const e of loaded.errors) {
      const text = this.t.configError(displayPath(this.io.cwd, e.file), e.line, e.column, e.message[this.locale]);
      if (this.reportedConfigErrors.has(text)) continue;
      this.reportedConfigErrors.add(text);
      this.error(text);
    }
    this.failed = true;
    return undefined;
  }

  /** `ignorePatterns` are read like .gitignore lines, relative to the outermost config file's folder. */
  private ignoredByConfig(file: string, config: ResolvedConfig): boolean {
    if (!config.ignorePatterns.length) return false;
    const base = config.files.length ? path.dirname(config.files[0]) : this.io.cwd;
    const rel = path.relative(base, file).split(path.sep).join('/');
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return loadIgnore()().add(config.ignorePatterns).ignores(rel);
  }

  private findingLocale(config: ResolvedConfig): Locale {
    return this.explicitLocale ?? config.locale ?? this.locale;
  }

  // ---- linting ----

  private async lintStdin(): Promise<FileResult | undefined> {
    // Node loads its performance module on first use (a millisecond): only when timing.
    const started = this.timings ? performance.now() : 0;
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of this.io.stdin ?? []) {
      // The chunks are kept as they come: copying a megabyte costs milliseconds, and is done once
      // below, only when there is more than one chunk to join.
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      chunks.push(buffer);
      total += buffer.length;
      // A stream that never ends (`< /dev/zero`) must not take all memory.
      if (total > MAX_DOCUMENT_BYTES) {
        this.error(this.t.tooLarge(this.t.stdinName, megabytes(MAX_DOCUMENT_BYTES)));
        return undefined;
      }
    }
    const only = chunks.length === 1 ? chunks[0] : undefined;
    const bytes = only ? Buffer.from(only.buffer, only.byteOffset, only.byteLength) : Buffer.concat(chunks, total);
    if (this.timings) this.timings.add('read', performance.now() - started);
    this.countInput(bytes.length);
    const name = this.options.stdinFilename;
    const filePath = name ? path.resolve(this.io.cwd, name) : path.join(this.io.cwd, this.t.stdinName);
    const display = name ? displayPath(this.io.cwd, filePath) : this.t.stdinName;
    const config = measured(this.timings, 'config', () => this.usableConfig(filePath));
    if (!config) return undefined;
    const text = measured(this.timings, 'decode', () => this.decode(bytes, display));
    if (text === undefined) return undefined;
    return this.lintText({ file: filePath, display, explicit: true }, text.text, config);
  }

  private decode(bytes: Buffer, display: string) {
    const result = decodeBytes(bytes, this.options.encoding);
    if (result.ok) return result.decoded;
    if (result.reason === 'binary') this.note(this.t.binary(display));
    else if (result.reason === 'invalid-in-requested') this.error(this.t.invalidIn(display, encodingLabel(result.requested), result.requested.startsWith('utf16')));
    else if (result.reason === 'no-byte-order') {
      const likely = result.likely;
      this.error(likely ? this.t.noByteOrder(display, encodingLabel(likely), encodingOption(likely)) : this.t.noByteOrder(display));
    } else if (result.likely.length === 0) this.error(this.t.notUtf8(display));
    else if (result.likely.length === 1) this.error(this.t.notUtf8LooksLike(display, encodingLabel(result.likely[0]), encodingOption(result.likely[0])));
    else this.error(this.t.notUtf8GbkOrBig5(display));
    return undefined;
  }

  /** Lints (and with --fix-dry-run, fixes in memory) one text. */
  private lintText(target: Target, text: string, config: ResolvedConfig): FileResult {
    const lintOptions = { config, locale: this.findingLocale(config), rules: this.checked };
    if (!this.options.fixDryRun && !this.options.fix) {
      return { filePath: target.file, display: target.display, text, ...this.lintWithLines(text, config) };
    }
    const fixed = fixAll(text, { ...lintOptions, optIn: this.options.fixRenumber ? ['renumber'] : [] }).text;
    return {
      filePath: target.file,
      display: target.display,
      text: fixed,
      ...this.lintWithLines(fixed, config),
      ...(fixed !== text ? { original: text } : {}),
    };
  }

  /** The engine's `lint`, keeping the document's line index so the formatters need not build another. */
  private lintWithLines(text: string, config: ResolvedConfig): Pick<FileResult, 'findings' | 'lines'> {
    textsLinted++;
    const doc = new SourceDocument(text, { userWords: config.userWords, timings: this.timings });
    const findings = lintDocument(doc, { config, locale: this.findingLocale(config), rules: this.checked });
    return { findings, lines: doc.lines };
  }

  private lintFile(target: Target): FileResult | undefined {
    const config = measured(this.timings, 'config', () => this.usableConfig(target.file));
    if (!config) return undefined;
    if (this.ignoredByConfig(target.file, config)) {
      // Like an ignore file: silent for files found in folders, a note for a file named outright.
      if (target.explicit) this.note(this.t.ignored(target.display));
      return undefined;
    }
    for (let attempt = 0; attempt < FIX_ATTEMPTS; attempt++) {
      let read: ReadVersion;
      try {
        read = measured(this.timings, 'read', () => this.readVersion(target.file));
        if (attempt === 0) this.countInput(read.bytes.length);
      } catch (error) {
        this.error(this.readErrorText(target.display, error));
        return undefined;
      }
      const bytes = read.bytes;
      const decoded = measured(this.timings, 'decode', () => this.decode(bytes, target.display));
      if (!decoded) return undefined;
      const result = this.lintText(target, decoded.text, config);
      if (!this.options.fix || result.original === undefined) return result;

      // --fix: write the fixed text back in the encoding, BOM and line endings it came with.
      const unfixed = (): FileResult => ({ ...result, text: decoded.text, original: undefined, ...this.lintWithLines(decoded.text, config) });
      if (!canEncode(result.text, decoded.encoding)) {
        this.error(this.t.cannotEncode(target.display, encodingLabel(decoded.encoding)));
        return unfixed();
      }
      if (this.isReadOnly(target.file)) {
        this.error(this.t.readOnly(target.display));
        return unfixed();
      }
      // Another program (or a second gongwen-lint) may have changed the file while we fixed it:
      // then fix its new content rather than overwrite that change.
      let current: Buffer;
      try {
        current = this.fs.readFile(target.file, MAX_DOCUMENT_BYTES);
      } catch (error) {
        this.error(this.readErrorText(target.display, error));
        return undefined;
      }
      if (!current.equals(bytes)) continue;
      try {
        writeFileBack(this.fs, target.file, encodeText(result.text, decoded.encoding, decoded.bom), read);
      } catch (error) {
        // Changed between the check above and the write: fix the new content instead.
        if (error instanceof FileChangedError) continue;
        this.error(this.t.writeFailed(target.display, (error as NodeJS.ErrnoException).code ?? String(error)));
        return unfixed();
      }
      return result;
    }
    this.error(this.t.keptChanging(target.display));
    return undefined;
  }

  /** The file's bytes with the size and time it had just before they were read. */
  private readVersion(file: string): ReadVersion {
    const { size, mtimeMs } = this.fs.stat(file);
    return { bytes: this.fs.readFile(file, MAX_DOCUMENT_BYTES), size, mtimeMs };
  }

  /** Read-only for us: no write permission, or no write bit at all (which root would ignore). */
  private isReadOnly(file: string): boolean {
    try {
      return (this.fs.stat(file).mode & 0o222) === 0 || !this.fs.canWrite(file);
    } catch {
      return true;
    }
  }

  // ---- output ----

  private finish(results: FileResult[]): number {
    const o = this.options;
    const all = countFindings(results);
    const shown = o.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f: Finding) => f.severity === 'error') })) : results;
    const changed = results.filter((r) => r.original !== undefined);
    if (o.format === 'json') {
      const files = shown.map((r) => ({ ...r, output: r.original !== undefined ? r.text : undefined }));
      writeJsonResults(files, (chunk) => this.io.stdout.write(chunk));
    } else if (o.format === 'sarif') {
      this.io.stdout.write(formatSarif(shown, this.rules, { cwd: this.io.cwd, version: VERSION, locale: this.locale }));
    } else {
      let out = '';
      if (o.fixDryRun) for (const r of changed) out += unifiedDiff(r.display, r.original as string, r.text);
      const color = o.color ?? (!!this.io.stdout.isTTY && !(this.io.env ?? {}).NO_COLOR);
      out += formatStylish(shown, { words: this.t, color });
      if (o.fixDryRun && changed.length) out += `${this.t.wouldFix(changed.length)}\n`;
      if (o.fix && changed.length) out += `${this.t.fixed(changed.length)}\n`;
      this.io.stdout.write(out);
    }
    if (this.failed) return 2;
    if (all.errors > 0) return 1;
    if (o.maxWarnings !== undefined && all.warnings > o.maxWarnings) {
      this.io.stderr.write(`gongwen-lint: ${this.t.tooManyWarnings(all.warnings, o.maxWarnings)}\n`);
      return 1;
    }
    return 0;
  }

  // ---- --init and --print-config ----

  private init(): number {
    const file = path.join(this.io.cwd, CONFIG_FILE_NAME);
    try {
      this.fs.writeNewFile(file, Buffer.from(starterConfig(this.rules, this.locale), 'utf8'), 0o644);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      this.error(code === 'EEXIST' ? this.t.configExists(displayPath(this.io.cwd, file)) : this.t.writeFailed(displayPath(this.io.cwd, file), code));
      return 2;
    }
    this.io.stdout.write(`${this.t.configWritten(displayPath(this.io.cwd, file))}\n`);
    return 0;
  }

  private printConfig(file: string): number {
    const absolute = path.resolve(this.io.cwd, file);
    const config = this.usableConfig(absolute);
    if (!config) return 2;
    const { locale, rules, userWords, ignorePatterns, files } = config;
    this.io.stdout.write(JSON.stringify({ locale: locale ?? this.locale, files, userWords, ignorePatterns, rules }, null, 2) + '\n');
    return 0;
  }
}

// Running the CLI in tests: in-process through `main()` with injected streams, environment and
// file system, and as the real installed command (bin/gongwen-lint.js) in a child process.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { main, type CliExtensions } from '../../server/src/cli/main';
import { nodeFileSystem, type CliFileSystem } from '../../server/src/cli/fs';
import { headingPunctuation } from '../../server/src/core/rules/outline/heading-punctuation';
import { allRules } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/types';
import { REPO_ROOT } from '../helpers/fixtures';

export const BIN = path.join(REPO_ROOT, 'bin', 'gongwen-lint.js');
export const DIST_CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  stdin?: Buffer | string;
  fs?: CliFileSystem;
  rules?: readonly Rule[];
  isTTY?: boolean;
  onLargeInput?: () => void;
  largeInputBytes?: number;
}

/** A test-only rule: flags every "xx" placeholder and, being certain, fixes it to "××". */
export const placeholderRule: Rule = {
  meta: {
    id: 'test/placeholder',
    title: { zh: '测试：占位符', en: 'Test: placeholder' },
    description: { zh: '测试用规则。', en: 'A rule for tests.' },
    source: { zh: '测试', en: 'test' },
    severity: 'error',
    fixable: true,
    messages: { placeholder: { zh: '占位符“{text}”', en: 'Placeholder "{text}"' } },
    examples: { bad: [], good: [] },
  },
  check(ctx) {
    for (const m of ctx.doc.prose.masked.matchAll(/xx/g)) {
      const start = m.index;
      ctx.report({ start, end: start + 2, messageId: 'placeholder', data: { text: m[0] }, fix: [{ start, end: start + 2, text: '××' }] });
    }
  },
};

/** A test-only rule reporting each "注意" as info, with an English-only short message. */
export const noteRule: Rule = {
  meta: {
    id: 'test/note',
    title: { zh: '测试：提示', en: 'Test: note' },
    description: { zh: '测试用规则。', en: 'A rule for tests.' },
    source: { zh: '测试', en: 'test' },
    severity: 'info',
    fixable: false,
    messages: { note: { zh: 'note', en: 'note' } },
    examples: { bad: [], good: [] },
  },
  check(ctx) {
    for (const m of ctx.doc.prose.masked.matchAll(/注意/g)) ctx.report({ start: m.index, end: m.index + 2, messageId: 'note' });
  },
};

export const TEST_RULES: readonly Rule[] = [headingPunctuation, placeholderRule, noteRule];

export async function run(argv: string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const extensions: CliExtensions = { rules: options.rules ?? TEST_RULES, largeInputBytes: options.largeInputBytes };
  const code = await main(
    {
      argv,
      cwd: options.cwd,
      env: options.env ?? {},
      stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
      stdout: { write: (s: string) => void (stdout += s), isTTY: options.isTTY },
      stderr: { write: (s: string) => void (stderr += s) },
      fs: options.fs ?? nodeFileSystem,
      onLargeInput: options.onLargeInput,
    },
    extensions,
  );
  return { code, stdout, stderr };
}

/**
 * Arguments that leave only outline/heading-punctuation on, so end-to-end checks through the
 * real registry do not change as other rule families grow.
 */
export function onlyHeadingRule(): string[] {
  const families = [...new Set(allRules.map((r) => r.meta.id.split('/')[0]))];
  return [...families.flatMap((f) => ['--rule', `${f}:off`]), '--rule', 'outline/heading-punctuation:warning'];
}

/**
 * Runs the installed command. With `timeoutMs` a command that hangs (a regression that reads a
 * pipe or a device) is killed and the test fails instead of hanging; `stdin` may be a file
 * descriptor, such as /dev/zero opened for reading.
 */
export function runBin(args: string[], options: { cwd: string; input?: Buffer | string; env?: Record<string, string>; timeoutMs?: number; stdin?: number }): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    stdio: options.stdin === undefined ? 'pipe' : [options.stdin, 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs,
    killSignal: 'SIGKILL',
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`gongwen-lint ${args.join(' ')} did not end within ${options.timeoutMs} ms`);
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function runBinAsync(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Builds dist/cli.js when it is missing, so the bin tests also run right after `tsc`. */
export function ensureBuilt(): void {
  if (fs.existsSync(DIST_CLI)) return;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

/** A fresh temporary folder holding `files` (path → content). */
export function tempTree(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function removeTree(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir` (relative paths), to check that no temporary file is left behind. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.lstatSync(path.join(dir, f)).isFile()).sort();
}

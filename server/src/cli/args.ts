// Command-line arguments. Parsed by hand: the option set is small and every mistake must be
// explained in the user's language, with the exit code for usage errors (2).

import type { Catalogue } from '../core/catalogue';
import type { Locale, SeveritySetting } from '../core/types';
import { normalizeEncodingName } from './encoding';

export type FormatName = 'stylish' | 'json' | 'sarif';

export interface CliOptions {
  paths: string[];
  stdin: boolean;
  stdinFilename?: string;
  fix: boolean;
  fixDryRun: boolean;
  /** `--fix-renumber`: --fix (or --fix-dry-run) also renumbers after a skip or a lower number. */
  fixRenumber: boolean;
  format: FormatName;
  config?: string;
  /** `--rule id:severity`, in the order given. */
  rules: { id: string; severity: SeveritySetting }[];
  /** `--only id,family`: check and fix only these rules (empty: all). */
  only: string[];
  maxWarnings?: number;
  quiet: boolean;
  printConfig?: string;
  init: boolean;
  version: boolean;
  help: boolean;
  locale?: Locale;
  /** iconv-lite name of `--encoding`. */
  encoding?: string;
  color?: boolean;
}

/** A usage problem; `key` selects the message, `value` is the offending text. */
export interface UsageError {
  /** Names the message in the catalogue's cli.usage table. */
  key: keyof Catalogue['cli']['usage'];
  value: string;
}

const SEVERITIES = ['off', 'info', 'warning', 'error'];

export function parseArgs(argv: readonly string[]): { options: CliOptions } | { error: UsageError } {
  const o: CliOptions = { paths: [], stdin: false, fix: false, fixDryRun: false, fixRenumber: false, format: 'stylish', rules: [], only: [], quiet: false, init: false, version: false, help: false };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      if (arg === '-' && !onlyPaths) o.stdin = true;
      else o.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    // `--name=value` and `--name value` are both accepted.
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    let inline: string | undefined = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) {
        const v = inline;
        inline = undefined;
        return v;
      }
      if (i + 1 < argv.length) return argv[++i];
      return undefined;
    };
    const need = (): string | { error: UsageError } => {
      const v = value();
      return v === undefined ? { error: { key: 'missingValue', value: name } } : v;
    };
    let v: string | { error: UsageError };
    switch (name) {
      case '--stdin':
        o.stdin = true;
        break;
      case '--stdin-filename':
        if (typeof (v = need()) !== 'string') return v;
        o.stdinFilename = v;
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--fix-dry-run':
        o.fixDryRun = true;
        break;
      case '--fix-renumber':
        o.fixRenumber = true;
        break;
      case '-f':
      case '--format':
        if (typeof (v = need()) !== 'string') return v;
        if (v !== 'stylish' && v !== 'json' && v !== 'sarif') return { error: { key: 'badFormat', value: v } };
        o.format = v;
        break;
      case '-c':
      case '--config':
        if (typeof (v = need()) !== 'string') return v;
        o.config = v;
        break;
      case '--rule': {
        if (typeof (v = need()) !== 'string') return v;
        const colon = v.lastIndexOf(':');
        const id = v.slice(0, colon).trim();
        const severity = v.slice(colon + 1).trim();
        if (colon <= 0 || !SEVERITIES.includes(severity)) return { error: { key: 'badRule', value: v } };
        o.rules.push({ id, severity: severity as SeveritySetting });
        break;
      }
      case '--only':
        if (typeof (v = need()) !== 'string') return v;
        o.only.push(...v.split(/[\s,，]+/).filter(Boolean));
        if (!o.only.length) return { error: { key: 'missingValue', value: name } };
        break;
      case '--max-warnings':
        if (typeof (v = need()) !== 'string') return v;
        if (!/^\d+$/.test(v)) return { error: { key: 'badMaxWarnings', value: v } };
        o.maxWarnings = Number(v);
        break;
      case '-q':
      case '--quiet':
        o.quiet = true;
        break;
      case '--print-config':
        if (typeof (v = need()) !== 'string') return v;
        o.printConfig = v;
        break;
      case '--init':
        o.init = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '--locale':
        if (typeof (v = need()) !== 'string') return v;
        if (v !== 'zh' && v !== 'en') return { error: { key: 'badLocale', value: v } };
        o.locale = v;
        break;
      case '--encoding': {
        if (typeof (v = need()) !== 'string') return v;
        const encoding = normalizeEncodingName(v);
        if (!encoding) return { error: { key: 'badEncoding', value: v } };
        o.encoding = encoding;
        break;
      }
      case '--color':
        o.color = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      default:
        return { error: { key: 'unknownOption', value: arg } };
    }
    if (inline !== undefined) return { error: { key: 'unknownOption', value: arg } };
  }
  if (o.stdin && o.paths.length) return { error: { key: 'stdinAndPaths', value: o.paths[0] } };
  if (o.fix && o.fixDryRun) return { error: { key: 'fixBoth', value: '--fix' } };
  if (o.stdin && o.fix) return { error: { key: 'stdinFix', value: '--fix' } };
  if (o.fixRenumber && !o.fix && !o.fixDryRun) return { error: { key: 'renumberWithoutFix', value: '--fix-renumber' } };
  return { options: o };
}

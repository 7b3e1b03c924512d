// Turns configuration layers into the settings one lint run uses, and finds the
// `.gongwenrc.json` files that apply to a file by walking up from its folder.

import * as path from 'node:path';
import { inEveryLocale } from '../catalogue';
import type { Locale, Rule, RuleOptions, SeveritySetting } from '../types';
import { parseConfigText, type ConfigError, type ConfigLayer } from './parse';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

export interface EffectiveRule {
  severity: SeveritySetting;
  options: RuleOptions;
}

export interface ResolvedConfig {
  locale?: Locale;
  rules: Record<string, EffectiveRule>;
  userWords: string[];
  ignorePatterns: string[];
  /** The config files that took part, nearest last. */
  files: string[];
}

/** Reading files is injected so the CLI tests and the language server can supply their own. */
export interface ConfigFileSystem {
  readFile(file: string): string | undefined;
}

export function defaultOptions(rule: Rule): RuleOptions {
  const options: RuleOptions = {};
  for (const [name, schema] of Object.entries(rule.meta.options ?? {})) options[name] = schema.default;
  return options;
}

/** Defaults from rule metadata, then each layer in order (a family key first, then rule ids). */
export function resolveConfig(rules: readonly Rule[], layers: readonly ConfigLayer[], files: string[] = []): ResolvedConfig {
  const resolved: ResolvedConfig = { rules: {}, userWords: [], ignorePatterns: [], files };
  for (const rule of rules) resolved.rules[rule.meta.id] = { severity: rule.meta.severity, options: defaultOptions(rule) };
  for (const layer of layers) {
    if (layer.locale) resolved.locale = layer.locale;
    if (layer.userWords) resolved.userWords.push(...layer.userWords);
    if (layer.ignorePatterns) resolved.ignorePatterns.push(...layer.ignorePatterns);
    const keys = Object.keys(layer.rules).sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')));
    for (const key of keys) {
      const setting = layer.rules[key];
      for (const rule of rules) {
        const id = rule.meta.id;
        if (id !== key && !id.startsWith(`${key}/`)) continue;
        const current = resolved.rules[id];
        resolved.rules[id] = {
          severity: setting.severity ?? current.severity,
          options: setting.options ? { ...current.options, ...setting.options } : current.options,
        };
      }
    }
  }
  return resolved;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  errors: ConfigError[];
}

/**
 * The layers for a file: every `.gongwenrc.json` from the file's folder up to the file system
 * root (stopping at one that says `"root": true`), farthest first; or only `explicitFile` when
 * one is given (`--config`).
 */
export function loadConfigForFile(
  filePath: string,
  fs: ConfigFileSystem,
  rules: readonly Rule[],
  families: readonly string[],
  explicitFile?: string,
  overrides: readonly ConfigLayer[] = [],
): LoadedConfig {
  const layers: ConfigLayer[] = [];
  const files: string[] = [];
  const errors: ConfigError[] = [];
  // A file with errors still contributes what was valid in it; the errors are reported.
  const read = (file: string, text: string): ConfigLayer => {
    const parsed = parseConfigText(text, file, rules, families);
    errors.push(...parsed.errors);
    layers.unshift(parsed.layer);
    files.unshift(file);
    return parsed.layer;
  };
  if (explicitFile) {
    const text = fs.readFile(explicitFile);
    if (text === undefined) {
      errors.push({ file: explicitFile, line: 1, column: 1, message: inEveryLocale((c) => c.config.notFound) });
    } else read(explicitFile, text);
  } else {
    for (let dir = path.dirname(path.resolve(filePath)); ; dir = path.dirname(dir)) {
      const file = path.join(dir, CONFIG_FILE_NAME);
      const text = fs.readFile(file);
      if (text !== undefined && read(file, text).root) break;
      if (path.dirname(dir) === dir) break;
    }
  }
  return { config: resolveConfig(rules, [...layers, ...overrides], files), errors };
}

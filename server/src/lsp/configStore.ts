// Finds and caches the configuration of each document: the `.gongwenrc.json` files above it (or
// the file named by `gongwen.configPath`), then the editor's `gongwen.rules` overrides. File
// contents are cached until the client reports a change to a config file, so linting on every
// keystroke never touches the disk. Problems in a config file are collected per file, so the
// server reports them once, on that file, instead of on every document that uses it.

import * as path from 'node:path';
import { parseConfigText, type ConfigError } from '../core/config/parse';
import { loadConfigForFile, type ResolvedConfig } from '../core/config/resolve';
import { allRules, ruleFamilies } from '../core/rules';
import { CATALOGUES } from '../core/catalogue';
import type { Locale, Localized } from '../core/types';
import type { ServerSettings } from './settings';

/** The pseudo file name that settings errors are reported under. */
export const SETTINGS_SOURCE = 'gongwen.rules';

export interface DocumentConfig {
  config: ResolvedConfig;
  /** A key that changes whenever the resolved configuration may have changed. */
  key: string;
}

/** Told about a config file whose problems changed (an empty list: the file is fine now). */
/** `locale` is the gongwen.locale setting when it names a language, else undefined (the display language). */
export type ProblemListener = (file: string, errors: ConfigError[], locale: Locale | undefined) => void;
/** Told about new problems in the editor settings (`gongwen.rules`). */
export type SettingsProblemListener = (problems: Localized[], locale: Locale | undefined) => void;

export class ConfigStore {
  private readonly fileCache = new Map<string, string | undefined>();
  private readonly resolved = new Map<string, DocumentConfig>();
  private generation = 0;
  /** The problems last reported per config file, so each is reported once, not per document. */
  private readonly reported = new Map<string, string>();
  private reportedSettings = '';
  /** The language the writer chose in settings (gongwen.locale), for reporting config problems in it. */
  private locale: Locale | undefined;

  constructor(
    private readonly onProblems: ProblemListener,
    private readonly onSettingsProblems: SettingsProblemListener,
    private readonly readFile: (file: string) => string | undefined,
  ) {}

  /**
   * Forget every cached file and resolution (a config file changed, or settings did). Files that
   * had problems are read again at once, so a fixed or deleted file loses its old problems even
   * when no open document uses it any more.
   */
  invalidate(): void {
    this.fileCache.clear();
    this.resolved.clear();
    this.generation++;
    for (const [file, key] of [...this.reported]) {
      if (key === '[]') continue;
      const text = this.cachedRead(file);
      const errors = text === undefined ? [] : parseConfigText(text, file, allRules, ruleFamilies).errors;
      this.report(file, errors);
    }
  }

  /**
   * The configuration for a document on disk at `filePath` (undefined for an unsaved document:
   * then only settings apply). `workspaceRoot` resolves a relative `configPath`.
   */
  configFor(filePath: string | undefined, settings: ServerSettings, workspaceRoot: string | undefined, settingsKey: string): DocumentConfig {
    const dir = filePath ? path.dirname(filePath) : '';
    const cacheKey = `${dir}\u0001${settingsKey}`;
    const cached = this.resolved.get(cacheKey);
    if (cached) return cached;
    this.locale = settings.locale === 'auto' ? undefined : settings.locale;

    const overrides = [];
    const fromSettings = this.parseSettingsRules(settings);
    if (fromSettings) overrides.push(fromSettings);
    const explicit = settings.configPath
      ? path.resolve(workspaceRoot ?? (filePath ? path.dirname(filePath) : process.cwd()), settings.configPath)
      : undefined;
    // An unsaved document has no folder to search from; only an explicit config file applies.
    const searchFrom = filePath ?? (explicit ? explicit : path.join(path.parse(process.cwd()).root, 'untitled.md'));
    const loaded = loadConfigForFile(searchFrom, { readFile: (f) => this.cachedRead(f) }, allRules, ruleFamilies, explicit, overrides);
    this.record(loaded.errors, loaded.config.files, explicit);
    this.reportSettings();
    const result: DocumentConfig = { config: loaded.config, key: `${this.generation}\u0001${cacheKey}` };
    this.resolved.set(cacheKey, result);
    return result;
  }

  private cachedRead(file: string): string | undefined {
    if (this.fileCache.has(file)) return this.fileCache.get(file);
    const text = this.readFile(file);
    this.fileCache.set(file, text);
    return text;
  }

  private parseSettingsRules(settings: ServerSettings) {
    if (!Object.keys(settings.rules).length) {
      this.settingsProblems = [];
      return undefined;
    }
    let text: string;
    try {
      text = JSON.stringify({ rules: settings.rules });
    } catch {
      this.settingsProblems = [{ zh: CATALOGUES.zh.config.settingsUnreadable, en: CATALOGUES.en.config.settingsUnreadable }];
      return undefined;
    }
    const parsed = parseConfigText(text, SETTINGS_SOURCE, allRules, ruleFamilies);
    this.settingsProblems = parsed.errors.map((e) => e.message);
    return parsed.layer;
  }

  private settingsProblems: Localized[] = [];

  private record(errors: ConfigError[], files: string[], explicit: string | undefined): void {
    const byFile = new Map<string, ConfigError[]>();
    for (const file of [...files, ...(explicit ? [explicit] : [])]) byFile.set(file, []);
    for (const error of errors) {
      const list = byFile.get(error.file) ?? [];
      list.push(error);
      byFile.set(error.file, list);
    }
    for (const [file, list] of byFile) this.report(file, list);
  }

  private report(file: string, errors: ConfigError[]): void {
    const key = errors.length ? JSON.stringify([this.locale, errors]) : '[]';
    if (this.reported.get(file) === key) return;
    if (!this.reported.has(file) && errors.length === 0) {
      this.reported.set(file, key);
      return;
    }
    this.reported.set(file, key);
    this.onProblems(file, errors, this.locale);
  }

  private reportSettings(): void {
    const key = this.settingsProblems.length ? JSON.stringify([this.locale, this.settingsProblems]) : '';
    if (key === this.reportedSettings) return;
    this.reportedSettings = key;
    if (this.settingsProblems.length) this.onSettingsProblems(this.settingsProblems, this.locale);
  }
}

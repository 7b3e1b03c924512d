// The `gongwen.*` settings the editor sends for one resource, checked field by field: a value of
// the wrong type falls back to its default instead of breaking the server. Other editors that send
// nothing get the defaults.

import type { Locale } from '../core/types';

export type RunMode = 'onType' | 'onSave';

export interface ServerSettings {
  /** Whether the document is checked at all. */
  enable: boolean;
  /** Check while typing, or only when the file is saved. */
  run: RunMode;
  /** Rule overrides with the shape of the config file's `rules` (ids or family names). */
  rules: Record<string, unknown>;
  /** A config file to use instead of looking for `.gongwenrc.json` (absolute or workspace-relative). */
  configPath: string;
  /** Message language; `auto` follows the editor's display language. */
  locale: Locale | 'auto';
}

export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({
  enable: true,
  run: 'onType',
  rules: {},
  configPath: '',
  locale: 'auto',
}) as ServerSettings;

/** Reads whatever the client sent (possibly nothing, possibly garbage) into valid settings. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' || value.run === 'onType' ? value.run : DEFAULT_SETTINGS.run,
    rules: value.rules && typeof value.rules === 'object' && !Array.isArray(value.rules) ? (value.rules as Record<string, unknown>) : {},
    configPath: typeof value.configPath === 'string' ? value.configPath.trim() : '',
    locale: value.locale === 'zh' || value.locale === 'en' || value.locale === 'auto' ? value.locale : 'auto',
  };
}

/** A stable key: two resources with equal settings share their resolved configuration. */
export function settingsKey(settings: ServerSettings): string {
  try {
    return JSON.stringify([settings.enable, settings.run, settings.configPath, settings.locale, settings.rules]);
  } catch {
    // A cyclic object cannot come over JSON-RPC, but the key must never throw.
    return JSON.stringify([settings.enable, settings.run, settings.configPath, settings.locale]);
  }
}

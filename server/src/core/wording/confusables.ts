// The list of confusable words behind wording/confusable: data, not code, in
// server/resources/wording/confusable.json, bundled into the CLI, the server and the web
// extension (a web worker has no file system to read it from), checked once per process on
// first use and indexed by the first character of each wrong form.

import confusableData from '../../../resources/wording/confusable.json';
import type { Localized, Severity } from '../types';

export interface Confusable {
  wrong: string;
  right: string;
  reason: Localized;
  /** Where the wrong form is not a mistake (written into the docs and the data file). */
  notWhen?: Localized;
  source?: string;
  /** Text that must follow the wrong form for it to be a mistake (a regular expression). */
  after?: string;
  /** Text that, right after the wrong form, makes it correct. */
  notAfter?: string;
  /** Confirm with the segmenter that the wrong form starts and ends on word boundaries. */
  word?: boolean;
  /** Lower than the rule's severity where the right form depends on meaning. */
  severity?: Severity;
  /** False where the replacement is offered but not applied by --fix. */
  fix?: boolean;
  /** A sentence with the mistake and one without, both run as tests. */
  bad?: string;
  good?: string;
}

/** One entry ready to match. */
export interface CompiledConfusable extends Confusable {
  afterRe?: RegExp;
  notAfterRe?: RegExp;
  checkWord: boolean;
}

export interface ConfusableList {
  sources: string[];
  entries: Confusable[];
}

let builtIn: ConfusableList | undefined;

/** The product's list, read once. */
export function builtInConfusables(): ConfusableList {
  if (!builtIn) {
    const data = confusableData as unknown as ConfusableList;
    if (!Array.isArray(data.entries)) throw new Error('gongwen: resources/wording/confusable.json has no entries');
    builtIn = data;
  }
  return builtIn;
}

/** A team's entry from .gongwenrc.json: "错→对" (the arrow may also be "->"). */
export const TEAM_ENTRY_PATTERN = '^[^\\s→>-]+(?:→|->)[^\\s→>-]+$';

export function parseTeamEntry(text: string): Confusable | undefined {
  const m = /^(\S+?)(?:→|->)(\S+)$/u.exec(text);
  if (!m || m[1] === m[2]) return undefined;
  return {
    wrong: m[1],
    right: m[2],
    reason: { zh: `本单位用字规定写作“${m[2]}”`, en: `your team writes ${m[2]}` },
  };
}

export function compile(entry: Confusable): CompiledConfusable {
  return {
    ...entry,
    afterRe: entry.after ? new RegExp(entry.after, 'y') : undefined,
    notAfterRe: entry.notAfter ? new RegExp(entry.notAfter, 'y') : undefined,
    // A short wrong form can be two words meeting (统一|惯例 holds 一惯), so the segmenter confirms it.
    checkWord: entry.word ?? [...entry.wrong].length <= 2,
  };
}

/** Entries ready to scan for: by the first UTF-16 unit of their wrong form, and one pattern that finds them all. */
export interface ConfusableIndex {
  /** Entries by the first UTF-16 unit of their wrong form, longest first. */
  byFirstChar: Map<string, CompiledConfusable[]>;
  /**
   * Matches wherever some wrong form starts (a global pattern of every form): a scan moves from
   * one such place to the next at the regex engine's speed instead of looking at every character.
   */
  anyWrong: RegExp;
  size: number;
}

export function indexEntries(entries: readonly CompiledConfusable[]): ConfusableIndex {
  const byFirstChar = new Map<string, CompiledConfusable[]>();
  for (const e of entries) {
    const list = byFirstChar.get(e.wrong[0]) ?? [];
    list.push(e);
    byFirstChar.set(e.wrong[0], list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  // Grouped by first character (一(?:言以弊之|如继往|…)|再(?:接再励|…)|…), which the regex
  // engine tries faster than one flat list of forms; with no entries it matches nothing.
  const groups = [...byFirstChar].map(([first, list]) => `${escapeRegExp(first)}(?:${[...new Set(list.map((e) => escapeRegExp(e.wrong.slice(1))))].join('|')})`);
  const anyWrong = new RegExp(groups.length ? groups.join('|') : '(?!)', 'g');
  return { byFirstChar, anyWrong, size: entries.length };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

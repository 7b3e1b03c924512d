// Requests and commands this server adds to LSP. The VS Code client uses them for the outline
// tree, the status bar and its commands; other editors can call the commands too. Only plain
// types, names and one lookup live here, so the client bundle imports nothing else of the server.

import type { Range } from 'vscode-languageserver-types';

/** `gongwen/outline`: the numbering tree of a document, with problem counts per item. */
export const OUTLINE_REQUEST = 'gongwen/outline';
/** `gongwen/status`: 字数 and the number of problems, for the status bar. */
export const STATUS_REQUEST = 'gongwen/status';
/** `gongwen/nextPlaceholder`: the range of the next ×× placeholder after a position. */
export const NEXT_PLACEHOLDER_REQUEST = 'gongwen/nextPlaceholder';

/**
 * The scheme of the VS Code client's read-only rule pages (`gongwen-rule:/family/rule.md`), shown
 * in the Markdown preview; documents of this scheme are never linted.
 */
export const RULE_DOCS_SCHEME = 'gongwen-rule';

/** workspace/executeCommand ids; arguments are listed beside each. */
export const SERVER_COMMANDS = {
  /** [uri, version?]: applies every certain fix through workspace/applyEdit. */
  fixAll: 'gongwen.server.fixAll',
  /** [uri, version?, line?]: renumbers the whole document, or the section that holds `line`. */
  renumber: 'gongwen.server.renumber',
} as const;

/**
 * The symbol each outline level is drawn with (level 1 = 一、, 2 = （一）, 3 = 1., 4 = （1））, in
 * the Outline view (as a SymbolKind) and in the client's 公文大纲 tree (as a `symbol-…` icon)
 * alike; deeper levels are drawn as `string`.
 */
export const LEVEL_SYMBOLS = ['module', 'namespace', 'class', 'field'] as const;
export type LevelSymbol = (typeof LEVEL_SYMBOLS)[number] | 'string';

export function levelSymbol(level: number): LevelSymbol {
  return LEVEL_SYMBOLS[level - 1] ?? 'string';
}

export interface DocumentParams {
  uri: string;
}

export interface PositionParams {
  uri: string;
  position: { line: number; character: number };
}

export interface OutlineNode {
  /** The number as written: 一、（一）1.（1）… or a Markdown heading's text. */
  label: string;
  /** The item's text after the number. */
  detail: string;
  level: number;
  /** The whole section (item and everything below it) and the number itself. */
  range: Range;
  selectionRange: Range;
  /** Findings inside the item's own line(s), and their worst severity. */
  problems: number;
  severity?: 'error' | 'warning' | 'info';
  children: OutlineNode[];
}

export interface OutlineResult {
  version: number;
  items: OutlineNode[];
}

export interface StatusResult {
  version: number;
  /** 字数 of the prose (see core/text/wordCount.ts), or null when the document is not checked. */
  characters: number | null;
  problems: number;
  errors: number;
  warnings: number;
  /** Findings not listed in the editor, which shows 1,000 per file (see diagnosticBudget.ts). */
  hidden?: number;
  /** Why the document is not checked (disabled, too large), if it is not. */
  skipped?: string;
}

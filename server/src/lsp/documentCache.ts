// Per-document caches, keyed by version and text: the parsed `SourceDocument` (shared by linting,
// symbols, folding and hovers, so one edit parses the Markdown once) and the findings of each
// version under one configuration. Everything of an older version is dropped when a newer one
// arrives. The text is part of the key because a client may send new text under a version number
// it used already; comparing it costs nothing when it did not change (the same string).

import { BlockMemo } from '../core/blockMemo';
import { SourceDocument } from '../core/document';
import { lintDocument } from '../core/engine';
import type { ResolvedConfig } from '../core/config/resolve';
import type { Finding, Locale } from '../core/types';

/** Documents above this many UTF-16 units are not checked: one pass would block the server. */
export const MAX_DOCUMENT_LENGTH = 2_000_000;

export interface LintResult {
  version: number;
  /** Identifies the version and the configuration; the pull model's `resultId`. */
  resultId: string;
  findings: Finding[];
  source: SourceDocument;
  /** How long the lint took, which sets the debounce of the next one. */
  elapsedMs: number;
}

interface Entry {
  version: number;
  /** Counts the texts this document has had: part of the resultId, so new text is never "unchanged". */
  revision: number;
  userWordsKey: string;
  source: SourceDocument;
}

export class DocumentCache {
  private readonly sources = new Map<string, Entry>();
  /** Per-block facts carried from each version of a document to the next (see core/blockMemo.ts). */
  private readonly memos = new Map<string, BlockMemo>();
  private readonly results = new Map<string, LintResult>();
  /** The last full lint duration per document; starts at 0 (no debounce for a first lint). */
  private readonly costs = new Map<string, number>();

  /** The parsed document for this version (and these user words). */
  source(uri: string, version: number, text: string, userWords: readonly string[] = []): SourceDocument {
    return this.entry(uri, version, text, userWords).source;
  }

  private entry(uri: string, version: number, text: string, userWords: readonly string[]): Entry {
    const userWordsKey = userWords.join('\u0001');
    const entry = this.sources.get(uri);
    if (entry && entry.version === version && entry.source.text === text && entry.userWordsKey === userWordsKey) return entry;
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new BlockMemo()));
    memo.nextVersion();
    const source = new SourceDocument(text, { userWords: [...userWords], memo });
    const next: Entry = { version, revision: (entry?.revision ?? 0) + 1, userWordsKey, source };
    this.sources.set(uri, next);
    return next;
  }

  /** The findings for a version under a configuration, linting only when not cached. */
  lint(uri: string, version: number, text: string, config: ResolvedConfig, configKey: string, locale: Locale): LintResult {
    const started = performance.now();
    const { source, revision } = this.entry(uri, version, text, config.userWords);
    const resultId = `${version}.${revision}:${locale}:${configKey}`;
    const cached = this.results.get(uri);
    if (cached && cached.resultId === resultId) return cached;
    const findings = lintDocument(source, { config, locale });
    const elapsedMs = performance.now() - started;
    const result: LintResult = { version, resultId, findings, source, elapsedMs };
    this.results.set(uri, result);
    this.costs.set(uri, elapsedMs);
    return result;
  }

  /** The last lint result of a document, whatever its version. */
  lastResult(uri: string): LintResult | undefined {
    return this.results.get(uri);
  }

  lastCost(uri: string): number {
    return this.costs.get(uri) ?? 0;
  }

  /** Results depend on configuration: forget them all (sources stay valid). */
  clearResults(): void {
    this.results.clear();
  }

  /** How the last version of a document used its block memo (for tests). */
  memoCounts(uri: string): { reused: number; computed: number } | undefined {
    return this.memos.get(uri)?.counts;
  }

  forget(uri: string): void {
    this.sources.delete(uri);
    this.memos.delete(uri);
    this.results.delete(uri);
    this.costs.delete(uri);
  }
}

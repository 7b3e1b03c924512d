// Facts about one block of prose, kept from one version of a document to the next.
//
// In the editor a keystroke changes one paragraph; every other paragraph's figures, dates and
// ranges are what they were. An index that is built block by block asks the memo for each
// block's facts under a key that holds everything the facts depend on (the block's masked text
// and the few characters around it that the scan looks at), and only blocks whose key is new are
// analysed again. Document-wide rules (conflicts, sums, the document's period) then recombine
// the per-block facts, so they stay correct without being cached themselves.
//
// Values are stored relative to the key's first character, so a paragraph that moved (text
// added above it) is still found: the index shifts the stored facts to where the block is now.
// Rules whose reports for a block depend only on the block (wording/duplicated, for one) keep
// the reports themselves, through `blockReports`.

import type { SourceDocument } from './document';
import type { Report, TextEdit } from './types';

export class BlockMemo {
  private previous = new Map<string, unknown>();
  private current = new Map<string, unknown>();
  /** What the last version did: blocks found in the memo, and blocks analysed afresh. */
  readonly counts = { reused: 0, computed: 0 };

  /** The facts stored under `kind` and `key` by this version or the previous one, else `compute()`'s. */
  recall<T>(kind: string, key: string, compute: () => T): T {
    const id = `${kind}\u0000${key}`;
    if (this.current.has(id)) {
      this.counts.reused++;
      return this.current.get(id) as T;
    }
    let value: T;
    if (this.previous.has(id)) {
      value = this.previous.get(id) as T;
      this.counts.reused++;
    } else {
      value = compute();
      this.counts.computed++;
    }
    this.current.set(id, value);
    return value;
  }

  /**
   * Starts the next version: only what the last version used is kept, so the memo never holds
   * more than one version's blocks (plus the next version's as they are asked for). A version
   * that never asked (superseded before it was linted) leaves the memo as it was.
   */
  nextVersion(): void {
    if (this.current.size > 0) this.previous = this.current;
    this.current = new Map();
    this.counts.reused = 0;
    this.counts.computed = 0;
  }
}

/**
 * A rule's reports for one block of prose, kept in the document's block memo where it has one
 * (the language server): `compute` runs only for a block whose text, or the `context` characters
 * around it, changed since the last version. The reports may depend on nothing else, or `kind`
 * must name it (the rule's options, a team's words). They are stored relative to the key's
 * first character and handed out as copies placed where the block now lies, so no version can
 * change what the memo holds. Without a memo (the CLI, a fresh lint) it is `compute()` itself.
 */
export function blockReports(doc: SourceDocument, kind: string, block: { start: number; end: number }, context: number, compute: () => Report[]): Report[] {
  const memo = doc.settings.memo;
  if (!memo) return compute();
  const { masked } = doc.prose;
  const keyStart = Math.max(0, block.start - context);
  const keyEnd = Math.min(masked.length, block.end + context);
  const key = `${block.start - keyStart}:${block.end - keyStart}:${masked.slice(keyStart, keyEnd)}`;
  const stored = memo.recall<StoredReports>(kind, key, () => ({ keyStart, reports: compute() }));
  const delta = keyStart - stored.keyStart;
  return stored.reports.map((r) => movedReport(r, delta));
}

interface StoredReports {
  keyStart: number;
  reports: Report[];
}

/** A copy of a report with every offset moved by `delta`. */
function movedReport(r: Report, delta: number): Report {
  const moved = (e: TextEdit): TextEdit => ({ start: e.start + delta, end: e.end + delta, text: e.text });
  return {
    ...r,
    start: r.start + delta,
    end: r.end + delta,
    ...(r.fix ? { fix: r.fix.map(moved) } : {}),
    ...(r.suggestions ? { suggestions: r.suggestions.map((s) => ({ ...s, edits: s.edits.map(moved) })) } : {}),
    ...(r.related ? { related: r.related.map((x) => ({ ...x, start: x.start + delta, end: x.end + delta })) } : {}),
  };
}

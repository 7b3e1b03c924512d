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
  // Keyed first by the block's own text, then by the kind and what surrounds the block. The text
  // is the long part of a key: every kind asks with the same string (see `blockKey`), and a
  // string's hash is computed once, so a version hashes each block's text once, not once a kind.
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();
  /** What the last version did: blocks found in the memo, and blocks analysed afresh. */
  readonly counts = { reused: 0, computed: 0 };

  /**
   * The facts stored under `kind` for a block whose text is `key.text` and whose surroundings are
   * `key.around`, by this version or the previous one, else `compute()`'s.
   */
  recall<T>(kind: string, key: BlockKey, compute: () => T): T {
    const id = `${kind}\u0000${key.around}`;
    let here = this.current.get(key.text);
    if (here?.has(id)) {
      this.counts.reused++;
      return here.get(id) as T;
    }
    const before = this.previous.get(key.text);
    let value: T;
    if (before?.has(id)) {
      value = before.get(id) as T;
      this.counts.reused++;
    } else {
      value = compute();
      this.counts.computed++;
    }
    if (!here) this.current.set(key.text, (here = new Map()));
    here.set(id, value);
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
  const key = blockKey(doc.prose.masked, block, context);
  const stored = memo.recall<StoredReports>(kind, key, () => ({ keyStart: key.start, reports: compute() }));
  const delta = key.start - stored.keyStart;
  return stored.reports.map((r) => movedReport(r, delta));
}

/**
 * What a block's facts depend on: its own text, and the `context` characters on either side
 * (with where the block lies among them). `start` is where that stretch begins; facts are stored
 * relative to it.
 */
export interface BlockKey {
  text: string;
  around: string;
  start: number;
}

/** Each block's own text, sliced once per block of a version, so that every kind asks with the same string. */
const blockTexts = new WeakMap<object, string>();

/** The memo key of `block` of `masked`, reading `context` characters on either side. */
export function blockKey(masked: string, block: { start: number; end: number }, context: number): BlockKey {
  let text = blockTexts.get(block);
  if (text === undefined) {
    text = masked.slice(block.start, block.end);
    blockTexts.set(block, text);
  }
  const start = Math.max(0, block.start - context);
  const end = Math.min(masked.length, block.end + context);
  return { text, around: `${block.start - start}\u0000${masked.slice(start, block.start)}\u0000${masked.slice(block.end, end)}`, start };
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

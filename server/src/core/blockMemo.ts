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
  // Keyed first by the block's own text, then by kind, then by what surrounds the block. The text
  // is the long part of a key: every kind asks with the same string (see `blockKey`), and each
  // version looks a block's text up in the previous version once, not once a kind. The few
  // characters around a block are compared, not hashed: hashing a fresh string for every block
  // and kind cost more than the rest of the lookup.
  private previous = new Map<string, TextEntry>();
  private current = new Map<string, TextEntry>();
  /** What the last version did: blocks found in the memo, and blocks analysed afresh. */
  readonly counts = { reused: 0, computed: 0 };

  /** The facts stored under `kind` for the block `key` names, by this version or the previous one, else `compute()`'s. */
  recall<T>(kind: string, key: BlockKey, compute: () => T): T {
    let entry = this.current.get(key.text);
    if (!entry) {
      entry = { facts: new Map(), before: this.previous.get(key.text)?.facts };
      this.current.set(key.text, entry);
    }
    let here = entry.facts.get(kind);
    let stored = here && findStored(here, key);
    if (stored) {
      this.counts.reused++;
      return stored.value as T;
    }
    const there = entry.before?.get(kind);
    stored = there && findStored(there, key);
    if (stored) this.counts.reused++;
    else {
      stored = { before: detached(key.before), after: detached(key.after), value: compute() };
      this.counts.computed++;
    }
    if (!here) entry.facts.set(kind, (here = { list: [] }));
    addStored(here, stored);
    return stored.value as T;
  }

  /**
   * Starts the next version: only what the last version used is kept, so the memo never holds
   * more than one version's blocks (plus the next version's as they are asked for). A version
   * that never asked (superseded before it was linted) leaves the memo as it was.
   */
  nextVersion(): void {
    if (this.current.size > 0) {
      // The previous version's facts are dropped with it: an entry kept now forgets the one before.
      for (const entry of this.current.values()) entry.before = undefined;
      this.previous = this.current;
    }
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

/** One block text's facts in one version, by kind, and the previous version's. */
interface TextEntry {
  facts: Map<string, KindFacts>;
  before: Map<string, KindFacts> | undefined;
}

/** Facts and the surroundings they were found in. */
interface StoredFacts {
  before: string;
  after: string;
  value: unknown;
}

/**
 * The facts of one kind for one text, one per surroundings. Usually a text stands in one place and
 * the list has one entry; a text repeated in many places (a table cell 是 in every row) moves to a
 * map once the list passes LIST_LIMIT, so that its lookups stay constant-time.
 */
interface KindFacts {
  list: StoredFacts[];
  map?: Map<string, StoredFacts>;
}

const LIST_LIMIT = 8;

/**
 * A copy of `text` that holds no reference to the string it was cut from. V8 represents a slice
 * of 13 characters or more as a view into its parent, so a stored slice would keep the whole
 * masked text of the version it came from alive for as long as its facts are reused: hundreds of
 * versions of a large document. Joining the characters builds a string of its own.
 */
function detached(text: string): string {
  return text.length < 13 ? text : [...text].join('');
}

function surroundings(facts: { before: string; after: string }): string {
  return `${facts.before}\u0000${facts.after}`;
}

function findStored(facts: KindFacts, key: BlockKey): StoredFacts | undefined {
  if (facts.map) return facts.map.get(surroundings(key));
  for (const stored of facts.list) {
    if (stored.before === key.before && stored.after === key.after) return stored;
  }
  return undefined;
}

function addStored(facts: KindFacts, stored: StoredFacts): void {
  if (facts.map) {
    facts.map.set(surroundings(stored), stored);
    return;
  }
  facts.list.push(stored);
  if (facts.list.length > LIST_LIMIT) {
    // From here on the map alone holds them.
    facts.map = new Map(facts.list.map((s) => [surroundings(s), s]));
    facts.list = [];
  }
}

/**
 * What a block's facts depend on: its own text, and the `context` characters on either side
 * (`before` and `after`). `start` is where `before` begins; facts are stored relative to it.
 */
export interface BlockKey {
  text: string;
  before: string;
  after: string;
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
  return { text, before: masked.slice(start, block.start), after: masked.slice(block.end, end), start };
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

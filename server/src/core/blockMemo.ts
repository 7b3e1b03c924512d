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

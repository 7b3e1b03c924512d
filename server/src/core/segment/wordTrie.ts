// The segmenter's dictionary as a trie over UTF-16 code units, held in typed arrays: an edge
// (parent node, code unit) → child node lives in one open-addressing hash table, and each node
// records the dictionary entry whose word ends there. Loading 50,000 words this way allocates no
// string and no object per word or prefix; a Map of every word and prefix as strings cost most of
// the segmenter's load (the strings' allocation, hashing and the garbage collector moving them).
// A word of astral characters takes two edges per character, which changes nothing: every walk
// goes whole characters at a time.

/** The node every walk starts from; as a child it means "no such edge". */
export const ROOT = 0;
/** A node's entry where no word ends there (it is only a prefix of longer words). */
export const NO_ENTRY = -1;

export class WordTrie {
  private nodes = 1;
  /** The entry of the word ending at each node, or NO_ENTRY. */
  private entries: Int32Array;
  private mask = 0;
  private edgeParent = new Int32Array(0);
  private edgeUnit = new Uint16Array(0);
  /** ROOT in a slot means the slot is free. */
  private edgeChild = new Int32Array(0);

  constructor(expectedNodes = 1024) {
    this.entries = new Int32Array(Math.max(16, expectedNodes)).fill(NO_ENTRY);
    this.allocateEdges(expectedNodes * 2);
  }

  /** The node reached from `node` by one code unit, or ROOT where no word goes on that way. */
  child(node: number, unit: number): number {
    let slot = hash(node, unit) & this.mask;
    for (;;) {
      const child = this.edgeChild[slot];
      if (child === ROOT || (this.edgeParent[slot] === node && this.edgeUnit[slot] === unit)) return child;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The node reached by a whole character (one or two code units), or ROOT. */
  step(node: number, char: string): number {
    node = this.child(node, char.charCodeAt(0));
    return node !== ROOT && char.length > 1 ? this.child(node, char.charCodeAt(1)) : node;
  }

  entry(node: number): number {
    return this.entries[node];
  }

  /** The entry of `word`: NO_ENTRY where it is only a prefix, undefined where it is neither. */
  get(word: string): number | undefined {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      node = this.child(node, word.charCodeAt(i));
      if (node === ROOT) return undefined;
    }
    return node === ROOT ? undefined : this.entries[node];
  }

  /** Makes text.slice(begin, end) a word with this entry (a later entry replaces an earlier one). */
  set(text: string, entry: number, begin = 0, end = text.length): void {
    if (end <= begin) return;
    let node = ROOT;
    for (let i = begin; i < end; i++) node = this.childOrNew(node, text.charCodeAt(i));
    this.entries[node] = entry;
  }

  private childOrNew(node: number, unit: number): number {
    let slot = hash(node, unit) & this.mask;
    for (;;) {
      const child = this.edgeChild[slot];
      if (child === ROOT) break;
      if (this.edgeParent[slot] === node && this.edgeUnit[slot] === unit) return child;
      slot = (slot + 1) & this.mask;
    }
    const child = this.nodes++;
    if (child >= this.entries.length) {
      const entries = new Int32Array(this.entries.length * 2).fill(NO_ENTRY);
      entries.set(this.entries);
      this.entries = entries;
    }
    this.edgeParent[slot] = node;
    this.edgeUnit[slot] = unit;
    this.edgeChild[slot] = child;
    // Every node but the root has one edge; keep the table at most half full.
    if (this.nodes * 2 > this.mask + 1) this.allocateEdges(this.nodes * 4);
    return child;
  }

  /** A table of at least `slots` slots (a power of two), with the edges there are. */
  private allocateEdges(slots: number): void {
    let size = 16;
    while (size < slots) size *= 2;
    const parents = this.edgeParent;
    const units = this.edgeUnit;
    const children = this.edgeChild;
    this.mask = size - 1;
    this.edgeParent = new Int32Array(size);
    this.edgeUnit = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    for (let old = 0; old < children.length; old++) {
      if (children[old] === ROOT) continue;
      let slot = hash(parents[old], units[old]) & this.mask;
      while (this.edgeChild[slot] !== ROOT) slot = (slot + 1) & this.mask;
      this.edgeParent[slot] = parents[old];
      this.edgeUnit[slot] = units[old];
      this.edgeChild[slot] = children[old];
    }
  }
}

/** Mixes both halves of the edge into the low bits the table's mask keeps. */
function hash(node: number, unit: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ unit;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

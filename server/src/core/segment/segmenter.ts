// The engine's word segmenter, behind one small interface. Two backends implement it: nodejieba
// (a native module, fast, but it has to be compiled for each platform) and a TypeScript port of
// the same algorithm (cppjieba's MixSegment and PosTagger) that runs wherever JavaScript runs:
// Node without a compiler, VS Code's web worker extension host. Both read the same dictionary
// files and give the same words and tags (test/segment/parity.test.ts).
//
// The engine never knows which backend it has. The program's entry point (the CLI, the language
// server, the test setup) installs a loader once; rules call `getSegmenter` synchronously and the
// loader runs on the first call, so documents that need no segmentation never load a dictionary.

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  /** Words in order; digits and decimals stay whole (HMM mode). */
  cut(text: string): string[];
  /** Words with jieba's part-of-speech tags (n, v, m, q, …). */
  tag(text: string): TaggedWord[];
}

/** The names a user can force with GONGWEN_SEGMENTER or the `gongwen.segmenter` setting. */
export type SegmenterBackendName = 'native' | 'js';

export const SEGMENTER_BACKENDS: readonly SegmenterBackendName[] = ['native', 'js'];

/** A loaded backend: segmentation plus the one extension the engine needs, a team's own words. */
export interface SegmenterBackend extends Segmenter {
  readonly name: SegmenterBackendName;
  /** Adds a word with the dictionary's default weight, as nodejieba's insertWord does. */
  addWord(word: string): void;
}

export type SegmenterLoader = () => SegmenterBackend;

let installed: string | undefined;
let loader: SegmenterLoader | undefined;
let backend: SegmenterBackend | undefined;
let added = new Set<string>();

/**
 * Chooses how the segmenter is loaded, at the program's edge. `choice` names the choice ("auto",
 * "native", "js"): installing the same choice again keeps the loaded backend, so an entry point
 * may install on every run; another choice (the tests switch backends) drops the loaded backend
 * and the words added to it.
 */
export function installSegmenter(choice: string, load: SegmenterLoader): void {
  if (choice === installed) return;
  installed = choice;
  loader = load;
  backend = undefined;
  added = new Set();
}

/** The choice installed last, if any. */
export function installedSegmenterChoice(): string | undefined {
  return installed;
}

/** The process-wide segmenter, with a team's own words added (each word once per process). */
export function getSegmenter(userWords: readonly string[] = []): Segmenter {
  if (!backend) {
    if (!loader) throw new Error('gongwen: no segmenter installed (the entry point calls installSegmenter)');
    backend = loader();
  }
  for (const word of userWords) {
    if (word && !added.has(word)) {
      backend.addWord(word);
      added.add(word);
    }
  }
  return backend;
}

/** Whether the segmenter has been loaded in this process (the benchmark reports it). */
export function segmenterLoaded(): boolean {
  return backend !== undefined;
}

/** The loaded backend's name, or undefined before anything needed segmentation. */
export function loadedSegmenterName(): SegmenterBackendName | undefined {
  return backend?.name;
}

/** Reads a backend name from the environment or a setting; anything else means "choose". */
export function parseSegmenterName(value: string | undefined): SegmenterBackendName | undefined {
  const v = value?.trim().toLowerCase();
  return (SEGMENTER_BACKENDS as readonly string[]).includes(v ?? '') ? (v as SegmenterBackendName) : undefined;
}

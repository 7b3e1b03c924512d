// The native backend: nodejieba, a Node addon around cppjieba. It is the fast path where its
// module was built for this machine; installs without a compiler skip it (it is an optional
// dependency) and the JavaScript port takes its place.

import type { SegmenterBackend, TaggedWord } from './segmenter';

interface NodeJieba {
  load(options: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): TaggedWord[];
  insertWord(word: string, tag?: string): boolean;
}

/** The dictionary files nodejieba loads, as paths. */
export interface NativeDictionaryPaths {
  dict: string;
  hmmModel: string;
  userDict: string;
  /** Keyword-extraction files nodejieba always reads and gongwen never uses (stand-ins). */
  idf: string;
  stopWords: string;
}

/** nodejieba's module, or the reason it cannot be loaded here (not built, wrong platform). */
export function requireNodejieba(): NodeJieba | Error {
  try {
    // Required here, not at the top, so that nothing pays for the native module until needed,
    // and bundles that never use it (the web build) never reference it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require('nodejieba') as NodeJieba;
    if (typeof lib.load !== 'function') return new Error('nodejieba has no load()');
    // nodejieba's loader opens its binding only on first use; open it now (the path its loader
    // uses), so that an install whose build was skipped or failed is found here, not mid-lint.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('nodejieba/build/Release/nodejieba.node');
    return lib;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export function nativeJieba(lib: NodeJieba, paths: NativeDictionaryPaths): SegmenterBackend {
  // Every file is passed explicitly, so nodejieba never reads its own multi-megabyte defaults.
  lib.load({
    dict: paths.dict,
    hmmDict: paths.hmmModel,
    userDict: paths.userDict,
    idfDict: paths.idf,
    stopWordDict: paths.stopWords,
  });
  return {
    name: 'native',
    cut: (text) => lib.cut(text, true),
    tag: (text) => lib.tag(text),
    addWord: (word) => void lib.insertWord(word),
  };
}

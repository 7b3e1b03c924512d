// One document being linted, with its derived indexes built lazily and at most once.
// Shared indexes (the outline tree, document numbers, figures) are declared where they are
// built, as `DocumentIndex` values, so adding one never touches this file.

import { LineIndex } from './text/lineIndex';
import { parseProse, type ProseModel } from './markdown/prose';
import type { BlockMemo } from './blockMemo';
import { measured, type Timings } from './timing';
import { getSegmenter, segmenterLoaded, type Segmenter } from './segment/segmenter';

/** A derived view of a document, computed on first use and cached per document. */
export interface DocumentIndex<T> {
  readonly name: string;
  build(doc: SourceDocument): T;
}

export interface DocumentSettings {
  /** Extra words for segmentation (a team's own 机构 and 指标 terms). */
  userWords?: readonly string[];
  /** Where to record the time each index and rule takes (GONGWEN_TIMING=1). */
  timings?: Timings;
  /** Per-block facts of the previous version of this document (the language server keeps one per open document). */
  memo?: BlockMemo;
}

export class SourceDocument {
  private lineIndex?: LineIndex;
  private proseModel?: ProseModel;
  private readonly cache = new Map<DocumentIndex<unknown>, unknown>();

  constructor(
    readonly text: string,
    readonly settings: DocumentSettings = {},
  ) {}

  get lines(): LineIndex {
    return (this.lineIndex ??= measured(this.settings.timings, 'index lines', () => new LineIndex(this.text)));
  }

  /** What is prose, as a masked copy of the text plus the Markdown blocks that hold it. */
  get prose(): ProseModel {
    return (this.proseModel ??= measured(this.settings.timings, 'index prose', () => parseProse(this.text, this.lines)));
  }

  /**
   * The word segmenter, with the team's words added. Every rule and index asks here, and only
   * for a candidate that characters cannot settle: the first call of a process loads the
   * dictionary (a few hundred milliseconds), timed as its own line rather than charged to the
   * rule that happened to ask first.
   */
  segmenter(): Segmenter {
    if (segmenterLoaded()) return getSegmenter(this.settings.userWords);
    return measured(this.settings.timings, 'segmenter load', () => getSegmenter(this.settings.userWords));
  }

  get<T>(index: DocumentIndex<T>): T {
    if (this.cache.has(index)) return this.cache.get(index) as T;
    const value = measured(this.settings.timings, `index ${index.name}`, () => index.build(this));
    this.cache.set(index, value);
    return value;
  }
}

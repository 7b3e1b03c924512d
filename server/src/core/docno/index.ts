// The shared index of document numbers and citations, built once per document from its prose.
// The docno rules read it, and the language server's hover finds the number under the cursor
// with `numberAt`.

import type { DocumentIndex, SourceDocument } from '../document';
import { pairCitations, scanTitles, type Citation } from './citations';
import { findDocumentYear, type DocumentYear } from './documentDate';
import { scanDocumentNumbers, type DocumentNumber } from './parse';
import { spanAt } from '../text/search';

export type { Citation } from './citations';
export type { DocumentYear } from './documentDate';
export { parseDocumentNumber, scanDocumentNumbers, isAgencyLike, usesOrdinalByCustom, YEAR_BRACKETS, HEX_OPEN, HEX_CLOSE } from './parse';
export type { DocnoPart, DocumentNumber } from './parse';

export interface DocnoIndex {
  /** Every document number in prose, in order. */
  numbers: DocumentNumber[];
  /** Every title paired with a number, in order. */
  citations: Citation[];
  /** The latest year the document can be dated, when the document says. */
  documentYear?: DocumentYear;
  /** Whether the prose punctuates with full-width marks (，。；：) rather than half-width ones. */
  fullWidthPunctuation: boolean;
  /** The number whose range contains `offset` (start inclusive, end inclusive for hovers). */
  numberAt(offset: number): DocumentNumber | undefined;
}

export const docnoIndex: DocumentIndex<DocnoIndex> = {
  name: 'docno',
  build(doc: SourceDocument): DocnoIndex {
    const { masked } = doc.prose;
    const numbers = scanDocumentNumbers(masked);
    const citations = pairCitations(masked, scanTitles(masked), numbers);
    return {
      numbers,
      citations,
      documentYear: findDocumentYear(doc.prose, doc.lines.lineStarts),
      fullWidthPunctuation: prefersFullWidth(masked),
      numberAt: (offset: number) => spanAt(numbers, offset, true),
    };
  },
};

/**
 * Counts the marks after Chinese characters: documents pasted from some web pages have every
 * mark turned half-width, and in those a half-width bracket is the document's style, not a slip.
 */
function prefersFullWidth(masked: string): boolean {
  // Counted with `test`, which builds no match array: there is one match per clause.
  return countMatches(masked, FULL_WIDTH_AFTER_HAN) > countMatches(masked, HALF_WIDTH_AFTER_HAN);
}
const FULL_WIDTH_AFTER_HAN = /[\u4e00-\u9fff][，。；：]/g;
const HALF_WIDTH_AFTER_HAN = /[\u4e00-\u9fff][,;:]/g;

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count++;
  return count;
}

// 字数 as Chinese offices count it (the way word processors do): every Chinese character and
// every full-width punctuation mark counts one, and a run of Latin letters or digits counts as
// one word. Only prose counts: Markdown markup, code and comments are not part of the text.

import type { SourceDocument } from '../document';

const CJK_OR_FULLWIDTH = /[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/g;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g;

export function countWords(doc: SourceDocument): number {
  const masked = doc.prose.masked;
  let count = 0;
  CJK_OR_FULLWIDTH.lastIndex = 0;
  while (CJK_OR_FULLWIDTH.exec(masked)) count++;
  LATIN_WORD.lastIndex = 0;
  while (LATIN_WORD.exec(masked)) count++;
  return count;
}

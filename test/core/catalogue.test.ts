// The product's own words exist in both languages, key by key: a phrase added in one table only
// fails here (as well as in the type checker), and no phrase is left empty or untranslated.

import * as assert from 'node:assert/strict';
import { CATALOGUES, catalogue } from '../../server/src/core/catalogue';

type Entry = string | ((...args: never[]) => string) | { [key: string]: Entry };

/** Every leaf of a table as [dotted key, value]. */
function leaves(table: Entry, prefix = ''): [string, Entry][] {
  if (typeof table !== 'object') return [[prefix, table]];
  return Object.entries(table).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('the message catalogue', () => {
  const zh = leaves(CATALOGUES.zh as unknown as Entry);
  const en = leaves(CATALOGUES.en as unknown as Entry);

  it('has the same keys, of the same kind, in Chinese and English', () => {
    assert.deepEqual(en.map(([k]) => k), zh.map(([k]) => k));
    for (const [[key, a], [, b]] of zh.map((z, i) => [z, en[i]] as const)) {
      assert.equal(typeof a, typeof b, key);
      if (typeof a === 'function' && typeof b === 'function') assert.equal(a.length, b.length, `${key} takes the same arguments`);
    }
  });

  it('says something in each language, Chinese in Chinese', () => {
    const sample = (value: Entry) => (typeof value === 'function' ? (value as (...a: unknown[]) => string)('figure/range', 3, 'x') : String(value));
    for (const [key, value] of zh) assert.match(sample(value), /[\u3000-\u9fff\uff00-\uffef]/, key);
    for (const [key, value] of en) assert.ok(sample(value).trim().length > 0, key);
  });

  it('picks the table by locale, Chinese by default', () => {
    assert.equal(catalogue('en'), CATALOGUES.en);
    assert.equal(catalogue('zh'), CATALOGUES.zh);
  });
});

// The one binary search of the product (core/text/search.ts), checked against a linear scan on
// every position of small sorted arrays, duplicates and empty arrays included.

import * as assert from 'node:assert/strict';
import {
  firstIndexAfter,
  firstIndexAtOrAfter,
  largestWhere,
  lastIndexAtOrBefore,
  lastNumberAtOrBefore,
  spanAt,
} from '../../server/src/core/text/search';

const ARRAYS: number[][] = [[], [5], [0, 0, 3], [1, 4, 4, 4, 9, 12], [0, 2, 4, 6, 8, 10, 12, 14]];
const key = (n: number) => n;

describe('binary search', () => {
  for (const values of ARRAYS) {
    it(`agrees with a linear scan on [${values.join(', ')}]`, () => {
      for (let v = -1; v <= 16; v++) {
        const lastAtOrBefore = Math.max(0, values.filter((x) => x <= v).length - 1);
        const firstAtOrAfter = values.findIndex((x) => x >= v);
        const firstAfter = values.findIndex((x) => x > v);
        assert.equal(lastIndexAtOrBefore(values, v, key), lastAtOrBefore, `lastIndexAtOrBefore ${v}`);
        assert.equal(lastNumberAtOrBefore(values, v), lastAtOrBefore, `lastNumberAtOrBefore ${v}`);
        assert.equal(firstIndexAtOrAfter(values, v, key), firstAtOrAfter < 0 ? values.length : firstAtOrAfter, `firstIndexAtOrAfter ${v}`);
        assert.equal(firstIndexAfter(values, v, key), firstAfter < 0 ? values.length : firstAfter, `firstIndexAfter ${v}`);
      }
    });
  }

  it('finds the span that holds an offset, its end included only when asked', () => {
    const spans = [
      { start: 2, end: 5 },
      { start: 5, end: 6 },
      { start: 9, end: 12 },
    ];
    for (let offset = 0; offset <= 13; offset++) {
      assert.equal(spanAt(spans, offset), spans.find((s) => s.start <= offset && offset < s.end), `at ${offset}`);
    }
    assert.equal(spanAt(spans, 12, true), spans[2]);
    assert.equal(spanAt(spans, 12), undefined);
  });

  it('finds the largest number that still fits', () => {
    for (let limit = 0; limit <= 20; limit++) {
      assert.equal(largestWhere(0, 20, (n) => n * n <= limit * 4), Math.min(20, Math.floor(Math.sqrt(limit * 4))));
    }
    assert.equal(largestWhere(3, 3, () => true), 3);
  });
});

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/core/engine';
import { installNestingFallback, maxNesting } from '../../server/src/core/markdown/nestingLimit';
import { MASK, parseProse } from '../../server/src/core/markdown/prose';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { documentArbitrary } from '../property/documents';
import { proseParser, tokenStream } from './markdownTokens';

const real = proseParser();
const withFallback = proseParser(installNestingFallback);

/** markdown-it's default preset descends 100 levels: 50 list items (a list and an item each). */
const LIMIT_ITEMS = maxNesting(real) / 2;

const TAIL = '正文38。9万元。';
const markers = ['- ', '* ', '+ ', '1. ', '2) ', '> ', '- > '];

function decimalMarkLines(text: string): number[] {
  const lines = new LineIndex(text);
  return lint(text)
    .filter((f) => f.ruleId === 'figure/decimal-mark')
    .map((f) => lines.lineOf(f.start));
}

describe('markdown nesting limit', () => {
  it('is where the parser gave up before: 50 nested items hid the text after them', () => {
    // Guards the premise of the tests below: markdown-it itself drops the tail at this depth.
    const text = `${'- '.repeat(LIMIT_ITEMS)}x\n\n${TAIL}\n`;
    assert.ok(!tokenStream(real, text).some((t) => (t as { content: string }).content === TAIL));
    assert.ok(tokenStream(real, `${'- '.repeat(LIMIT_ITEMS - 1)}x\n\n${TAIL}\n`).some((t) => (t as { content: string }).content === TAIL));
  });

  it("still checks the text after the issue's 50 nested list markers", () => {
    for (const depth of [LIMIT_ITEMS - 1, LIMIT_ITEMS, LIMIT_ITEMS + 1]) {
      assert.deepEqual(decimalMarkLines(`${'- '.repeat(depth)}x\n\n${TAIL}\n`), [2], `depth ${depth}`);
    }
  });

  for (const marker of markers) {
    it(`reads what lies beyond the limit as prose: ${JSON.stringify(marker)} nested 100 and 300 deep`, () => {
      for (const depth of [100, 300]) {
        const text = `${marker.repeat(depth)}甲38。9万元\n\n${TAIL}\n`;
        const { masked, blocks } = parseProse(text, new LineIndex(text));
        assert.equal(masked.length, text.length);
        assert.ok(masked.includes('甲38。9万元'), `${depth}: the innermost text is prose`);
        assert.ok(masked.endsWith(`${TAIL}\n`), `${depth}: the line after is prose`);
        assert.equal(text.slice(blocks[blocks.length - 1].start, blocks[blocks.length - 1].end), TAIL);
        assert.deepEqual(decimalMarkLines(text), [0, 2], `${depth}`);
      }
    });
  }

  it('keeps the continuation lines of the innermost item with it, and ends it where markdown-it would', () => {
    const depth = LIMIT_ITEMS;
    const indent = ' '.repeat(2 * depth);
    const text = `${'- '.repeat(depth)}第一行\n${indent}第二行38。9\n\n${indent}第二段\n\n- 外层\n`;
    const { blocks } = parseProse(text, new LineIndex(text));
    assert.deepEqual(
      blocks.map((b) => [text.slice(b.start, b.end), b.listDepth]),
      [['第一行\n' + indent + '第二行38。9', LIMIT_ITEMS], ['第二段', LIMIT_ITEMS], ['外层', 1]],
    );
  });

  it("gives markdown-it's own tokens below the limit", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          documentArbitrary,
          fc.tuple(fc.integer({ min: 1, max: LIMIT_ITEMS - 1 }), fc.constantFrom(...markers)).map(([n, m]) => `${m.repeat(n)}x\n\n${TAIL}\n`),
        ),
        (text) => {
          // The fallback writes its paragraphs at the limit's level; nothing else may differ.
          const ours = tokenStream(withFallback, text);
          if (ours.every((t) => (t as { level: number }).level < maxNesting(real))) assert.deepEqual(ours, tokenStream(real, text));
        },
      ),
      { seed: 20261203, numRuns: 800 },
    );
  });

  it('leaves nothing unchecked after nesting of any depth and mix', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...markers), { minLength: 1, maxLength: 260, size: 'max' }), (chain) => {
        const text = `${chain.join('')}x\n\n${TAIL}\n`;
        const masked = parseProse(text, new LineIndex(text)).masked;
        assert.ok(masked.endsWith(`${TAIL}\n`), JSON.stringify(chain.join('')));
        assert.ok(!masked.slice(0, masked.indexOf('\n')).endsWith(MASK), 'the innermost text is prose');
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});

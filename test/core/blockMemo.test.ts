import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BlockMemo } from '../../server/src/core/blockMemo';
import { SourceDocument } from '../../server/src/core/document';
import { lintDocument } from '../../server/src/core/engine';
import { figureIndex } from '../../server/src/core/figures/numbers';
import { documentArbitrary } from '../property/documents';

/** The next version of a document, linted the way the language server lints it. */
function version(memo: BlockMemo, text: string): SourceDocument {
  memo.nextVersion();
  return new SourceDocument(text, { memo });
}

const paragraphs = Array.from({ length: 40 }, (_, i) => `第${i + 1}项：全年完成投资${i + 3}.5亿元，同比增长${i % 9}%，约${i * 10}个项目，2023年${(i % 12) + 1}月开工，80-150个。`);
const report = paragraphs.join('\n\n') + '\n';

describe('block memo', () => {
  it('scans only the edited paragraph again, and gives what a fresh scan gives', () => {
    const memo = new BlockMemo();
    version(memo, report).get(figureIndex);
    assert.deepEqual(memo.counts, { reused: 0, computed: 40 });
    const edited = report.replace('同比增长5%', '同比增长15%');
    const doc = version(memo, edited);
    const scan = doc.get(figureIndex);
    assert.deepEqual(memo.counts, { reused: 39, computed: 1 });
    assert.deepEqual(scan, new SourceDocument(edited).get(figureIndex));
  });

  it('moves the facts of paragraphs below an insertion to their new offsets', () => {
    const memo = new BlockMemo();
    version(memo, report).get(figureIndex);
    const edited = `新增一段，共3项。\n\n${report}`;
    const scan = version(memo, edited).get(figureIndex);
    // The new paragraph, and the old first one, whose surroundings (part of its key) changed.
    assert.deepEqual(memo.counts, { reused: 39, computed: 2 });
    assert.deepEqual(scan, new SourceDocument(edited).get(figureIndex));
    const figure = scan.figures.find((f) => f.numberText === '4.5');
    assert.ok(figure);
    assert.equal(edited.slice(figure.start, figure.end), '4.5亿元');
  });

  it('hands out facts no rule can change, so one version cannot spoil the next', () => {
    const memo = new BlockMemo();
    const first = version(memo, report).get(figureIndex);
    assert.throws(() => {
      first.figures[0].value = -1;
    }, TypeError);
    assert.throws(() => {
      first.ranges[0].low.start = -1;
    }, TypeError);
    assert.deepEqual(version(memo, report).get(figureIndex), new SourceDocument(report).get(figureIndex));
  });

  it('keeps the last linted version when a version is superseded before it is linted', () => {
    const memo = new BlockMemo();
    version(memo, report).get(figureIndex);
    version(memo, report + '未检查的版本。\n');
    version(memo, report).get(figureIndex);
    assert.deepEqual(memo.counts, { reused: 40, computed: 0 });
  });

  it('tells apart the places of a text repeated many times by what surrounds each', () => {
    // A table cell or a short paragraph written in every row: one text, many surroundings.
    const rows = Array.from({ length: 30 }, (_, i) => `第${i + 1}行，约${i + 2}个左右\n\n是\n\n`).join('');
    const memo = new BlockMemo();
    const linted = lintDocument(version(memo, rows));
    assert.deepEqual(linted, lintDocument(new SourceDocument(rows)));
    const edited = rows.replace('第7行，约8个左右', '第7行，约80个左右');
    assert.deepEqual(lintDocument(version(memo, edited)), lintDocument(new SourceDocument(edited)));
    // The same text again: every block, each 是 included, is found among the stored places.
    version(memo, edited).get(figureIndex);
    assert.deepEqual(memo.counts, { reused: 60, computed: 0 });
    // An edit in row 20 reaches the 16 characters of context of the two 是 beside it and of rows
    // 19 and 21: those five are analysed again, and the other 55 found by their surroundings.
    const again = edited.replace('第20行，约21个左右', '第20行，约210个左右');
    version(memo, again).get(figureIndex);
    assert.deepEqual(memo.counts, { reused: 55, computed: 5 });
  });

  it('gives the findings of a fresh lint after any sequence of edits', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('', '3', '一、', '\n\n', '约', '%', '“', '”', '年', '-', '2023年5月', '\r\n', '共5项', '的', '问题', '截止', '即要', '又要', ',', '(', ')'));
    fc.assert(
      fc.property(documentArbitrary, fc.array(edit, { maxLength: 6 }), (text, edits) => {
        const memo = new BlockMemo();
        let current = text;
        assert.deepEqual(lintDocument(version(memo, current)), lintDocument(new SourceDocument(current)));
        for (const [at, removed, inserted] of edits) {
          const start = current.length ? at % (current.length + 1) : 0;
          current = current.slice(0, start) + inserted + current.slice(start + removed);
          assert.deepEqual(lintDocument(version(memo, current)), lintDocument(new SourceDocument(current)));
        }
      }),
      { seed: 20261126, numRuns: 250 },
    );
  });
});

// Precision on real documents: ../shared/corpus holds public 公文 with their real defects and
// the correct constructs that must not be flagged. CI has it; a user's clone does not, and
// there the check says it skipped. It runs once with each segmenter backend, and the two runs
// must find exactly the same things.

import * as assert from 'node:assert/strict';
import { corpusAvailable, scoreCorpus, CORPUS_DIR } from '../scripts/score-corpus';
import { forEachBackend } from './helpers/segmenter';

const resultsByBackend = new Map<string, unknown>();

describe('corpus precision', function () {
  before(function () {
    if (!corpusAvailable()) {
      console.log(`    (skipped: no corpus at ${CORPUS_DIR})`);
      this.skip();
    }
  });

  forEachBackend((backend) => {
    it('reports no false positive in any family', () => {
      const { report, families, results } = scoreCorpus();
      resultsByBackend.set(backend, results);
      for (const [family, score] of Object.entries(families)) {
        assert.equal(score.falsePos, 0, `${family}: false positives on the corpus\n${report}`);
      }
    });
  });

  // In a block of its own, so that it runs after the passes above (mocha runs a block's own
  // tests before its nested blocks).
  describe('across backends', () => {
    it('finds the same things with every segmenter backend', function () {
      if (resultsByBackend.size < 2) this.skip();
      const [first, ...others] = [...resultsByBackend.values()];
      for (const other of others) assert.deepEqual(other, first);
    });
  });
});

// Every registered rule against its fixtures and its documented examples, once with each
// segmenter backend: the snapshots are shared, so the two passes prove identical findings.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fixAll, lint } from '../server/src/core/engine';
import { allRules } from '../server/src/core/rules';
import { actualFindings, expectedFindings, fixturesOf, renderSnapshot } from './helpers/fixtures';
import { forEachBackend } from './helpers/segmenter';

const updateSnapshots = process.env.UPDATE_SNAPSHOTS === '1';

forEachBackend(() => {
  for (const rule of allRules) {
    const id = rule.meta.id;
    describe(`rule ${id}`, () => {
      const fixtures = fixturesOf(id);

      it('has fixtures that fire and fixtures that stay silent', () => {
        const firing = fixtures.filter((f) => expectedFindings(f.text, id).size > 0);
        const silent = fixtures.filter((f) => expectedFindings(f.text, id).size === 0);
        assert.ok(firing.length > 0, `${id}: no fixture with an expect marker`);
        assert.ok(silent.length > 0, `${id}: no silent fixture`);
      });

      for (const fixture of fixtures) {
        const name = fixture.file.slice(fixture.file.indexOf('fixtures'));
        it(`reports exactly the marked lines of ${name}`, () => {
          const findings = lint(fixture.text, { config: fixture.config });
          assert.equal(findings.filter((f) => f.ruleId === 'internal/rule-error').length, 0, JSON.stringify(findings.find((f) => f.ruleId === 'internal/rule-error')));
          assert.deepEqual(
            Object.fromEntries(actualFindings(findings, fixture.text, id)),
            Object.fromEntries(expectedFindings(fixture.text, id)),
            'line → number of findings',
          );
        });

        it(`matches the snapshot of ${name}`, () => {
          const snapshotFile = fixture.file.replace(/\.md$/, '.snap');
          const actual = renderSnapshot(fixture, id);
          if (updateSnapshots || (!fs.existsSync(snapshotFile) && !process.env.CI)) fs.writeFileSync(snapshotFile, actual);
          assert.ok(fs.existsSync(snapshotFile), `missing snapshot ${snapshotFile} (run UPDATE_SNAPSHOTS=1 npm test)`);
          assert.equal(actual, fs.readFileSync(snapshotFile, 'utf8'));
        });

        it(`leaves nothing fixable after fixing ${name}, and a second fix changes nothing`, () => {
          const once = fixAll(fixture.text, { config: fixture.config }).text;
          const fixable = lint(once, { config: fixture.config }).filter((f) => f.fix);
          assert.deepEqual(fixable.map((f) => `${f.ruleId}@${f.start}: ${f.message}`), []);
          assert.equal(fixAll(once, { config: fixture.config }).text, once);
        });
      }

      it('fires on every bad example and stays silent on every good one', () => {
        for (const ex of rule.meta.examples.bad) {
          assert.ok(lint(ex.text).some((f) => f.ruleId === id), `bad example not reported: ${ex.text}`);
        }
        for (const ex of rule.meta.examples.good) {
          const found = lint(ex.text).filter((f) => f.ruleId === id);
          assert.deepEqual(found.map((f) => f.message), [], `good example reported: ${ex.text}`);
        }
      });
    });
  }
});

// The segmenter's dictionary takes a few hundred milliseconds to load, so in a command-line run
// it must load only where a candidate needs it: ordinary text, and the doubled words that
// characters settle, lint without it. No timing here: speed is measured by `npm run bench`.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SourceDocument } from '../../server/src/core/document';
import { lintDocument } from '../../server/src/core/engine';
import { segmenterLoaded } from '../../server/src/core/segment/segmenter';
import { Timings } from '../../server/src/core/timing';
import { REPO_ROOT } from '../helpers/fixtures';
import { unloadSegmenter, useDefaultBackend } from '../helpers/segmenter';

describe('the segmenter stays unloaded on ordinary text', () => {
  beforeEach(unloadSegmenter);
  after(useDefaultBackend);

  it('is not loaded by any rule for the sample report', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'sample-report.md'), 'utf8');
    lintDocument(new SourceDocument(text));
    assert.equal(segmenterLoaded(), false);
  });

  it('is not loaded for doubled words that characters settle (集团集团化, 研究研究, 什么什么)', () => {
    const text = '全市医疗集团集团化改革稳步推进，服务中心中心化管理。\n\n大家要把问题研究研究，不要只说要求什么什么。\n';
    const findings = lintDocument(new SourceDocument(text)).filter((f) => f.ruleId === 'wording/duplicated');
    assert.deepEqual(findings, []);
    assert.equal(segmenterLoaded(), false);
  });

  it('is loaded for a doubled word only the segmenter can confirm, and timed on its own line', () => {
    const timings = new Timings();
    const findings = lintDocument(new SourceDocument('目前存在的问题问题主要有三个方面。\n', { timings })).filter((f) => f.ruleId === 'wording/duplicated');
    assert.equal(findings.length, 1);
    assert.equal(segmenterLoaded(), true);
    assert.ok(timings.entries().some(([name]) => name === 'segmenter load'));
  });
});

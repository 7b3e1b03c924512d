// No catastrophic backtracking: the prose parser and every registered rule, on inputs built to
// trigger super-linear behaviour, must finish and scale linearly.
//
// How "linear" is judged without a timed test: each input is linted at full size n and at n/4
// in the same process, and the ratio of the times is compared with a bound. Linear work gives
// about 4, n·log n about 4.5, quadratic work 16. The bound, 10× plus 150 ms of slack for
// garbage collection on small timings, is generous enough that only super-linear behaviour
// exceeds it, and it does not depend on how fast the machine is. The quarter-size time is the
// best of two runs after a warm-up; a full-size time over the bound is measured again before
// it counts, so one garbage-collection pause cannot fail the test. Times are the process's CPU
// time, not wall time, so other programs competing for the machine do not distort the ratio.
// Absolute speed is the benchmark's business (npm run bench), not this test's.

import * as assert from 'node:assert/strict';
import { lint, lintDocument } from '../../server/src/core/engine';
import { BlockMemo } from '../../server/src/core/blockMemo';
import { SourceDocument } from '../../server/src/core/document';
import { parseProse } from '../../server/src/core/markdown/prose';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { resolveConfig } from '../../server/src/core/config/resolve';
import { allRules } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/types';
import { bestCpuMs } from '../helpers/cpu';

const MB = 1_000_000;
const RATIO_BOUND = 10;
const SLACK_MS = 150;

/** Repeats `unit` until the text has `length` code units (cut at the end). */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A realistic paragraph of our own, for the 10 MB single line. */
const PARAGRAPH =
  '一、主要工作完成情况。2023年全区完成地区生产总值27.2亿元，同比增长5.6%，较上年提高0.8个百分点；' +
  '（一）项目建设。新开工项目12个，其中产业项目7个、民生项目5个，分别完成投资3.5亿元和1.2亿元。' +
  '依据《关于加快项目建设的通知》（区政发〔2023〕7号），全年约完成计划的九成左右。1. 改造老旧小区8个；（1）惠及居民2000余户。';

interface Adversary {
  name: string;
  /** Builds the input at a given length in code units. */
  build(length: number): string;
  length: number;
}

const adversaries: Adversary[] = [
  { name: '1 MB of 一、', length: MB, build: (n) => fill('一、', n) },
  { name: '1 MB of 一、 lines', length: MB, build: (n) => fill('一、\n', n) },
  { name: '100,000 〔 with no close', length: 100_000, build: (n) => fill('〔', n) },
  { name: '100,000 〔2023 with no close', length: 500_000, build: (n) => fill('政发〔2023', n) },
  { name: 'a 1 MB line of digits and 。', length: MB, build: (n) => fill('2023。27.2。１２３。0', n) },
  { name: 'a 1 MB line of digits only', length: MB, build: (n) => fill('9', n) },
  { name: '10⁵ nested full-width brackets', length: 200_000, build: (n) => fill('（', n / 2) + fill('）', n / 2) },
  { name: '10⁵ nested Markdown brackets', length: 200_000, build: (n) => fill('[', n / 2) + fill(']', n / 2) },
  { name: '10⁵ nested half-width parentheses', length: 200_000, build: (n) => fill('(', n / 2) + fill(')', n / 2) },
  { name: '10⁵ nested blockquote and list markers', length: 200_000, build: (n) => fill('> - ', n) + '一、正文' },
  { name: '1 MB of inline code and emphasis openers', length: MB, build: (n) => fill('`*_一、', n) },
  { name: 'a 10 MB single line of prose', length: 10 * MB, build: (n) => fill(PARAGRAPH, n) },
  { name: '1 MB of one-figure paragraphs', length: MB, build: (n) => fill('约3个\n\n', n) },
];

interface Scaling {
  quarterMs: number;
  fullMs: number;
}

function scaling(adversary: Adversary, work: (text: string) => void): Scaling {
  const quarter = adversary.build(Math.floor(adversary.length / 4));
  const full = adversary.build(adversary.length);
  work(adversary.build(Math.floor(adversary.length / 16))); // warm-up: compile the code paths first
  const quarterMs = bestCpuMs(2, () => work(quarter));
  let fullMs = bestCpuMs(1, () => work(full));
  // One full-size run is enough when it is clearly linear; a suspicious one is confirmed.
  if (fullMs > RATIO_BOUND * quarterMs + SLACK_MS) fullMs = Math.min(fullMs, bestCpuMs(1, () => work(full)));
  return { quarterMs, fullMs };
}

const superLinear = (s: Scaling) => s.fullMs > RATIO_BOUND * s.quarterMs + SLACK_MS;
const describeScaling = (s: Scaling) => `n/4: ${s.quarterMs.toFixed(1)} ms, n: ${s.fullMs.toFixed(1)} ms (×${(s.fullMs / Math.max(s.quarterMs, 0.001)).toFixed(1)})`;

describe('adversarial inputs scale linearly', function () {
  this.timeout(300000);
  const config = resolveConfig(allRules, []);

  for (const adversary of adversaries) {
    it(`the prose parser on ${adversary.name}`, () => {
      const s = scaling(adversary, (text) => parseProse(text, new LineIndex(text)));
      assert.ok(!superLinear(s), `parseProse is super-linear on ${adversary.name}: ${describeScaling(s)}`);
    });

    it(`every rule on ${adversary.name}`, () => {
      const s = scaling(adversary, (text) => lint(text, { config }));
      if (!superLinear(s)) return;
      // Name the culprits: time each rule alone (the prose model is built outside the timing).
      const culprits = allRules
        .map((rule: Rule) => ({
          id: rule.meta.id,
          s: scaling(adversary, (text) => {
            const doc = new SourceDocument(text);
            void doc.prose;
            rule.check({ doc, options: config.rules[rule.meta.id].options, report: () => undefined });
          }),
        }))
        .filter((r) => superLinear(r.s))
        .map((r) => `${r.id}: ${describeScaling(r.s)}`);
      assert.fail(`lint is super-linear on ${adversary.name}: ${describeScaling(s)}; rules: ${culprits.join('; ') || 'none alone (shared index?)'}`);
    });
  }

  it('every rule through the block memo (the language server’s path) on 1 MB of one-figure paragraphs', () => {
    const adversary = adversaries.find((a) => a.name === '1 MB of one-figure paragraphs')!;
    const s = scaling(adversary, (text) => {
      // A first version fills the memo; the timed second one reuses every block but the edited one.
      const memo = new BlockMemo();
      memo.nextVersion();
      lintDocument(new SourceDocument(text, { memo }), { config });
      memo.nextVersion();
      lintDocument(new SourceDocument(`新增3项。\n\n${text}`, { memo }), { config });
    });
    assert.ok(!superLinear(s), `lint through the memo is super-linear: ${describeScaling(s)}`);
  });

  it('the bound tells linear from quadratic work (self-check)', () => {
    // A deliberately quadratic scan must be caught and a linear one must pass, on the same sizes.
    const linear: Adversary = { name: 'linear', length: 4000, build: (n) => fill('一', n) };
    const quadratic = (text: string) => {
      let count = 0;
      for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) if (text.charCodeAt(j) === 0x4e00) count++;
      return count;
    };
    const scan = (text: string) => {
      let count = 0;
      for (let k = 0; k < 4000; k++) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x4e00) count++;
      return count;
    };
    const big: Adversary = { ...linear, length: 60000 };
    // Timing noise can only inflate one measurement of the small input, which hides a quadratic
    // ratio; the classification is repeated (at most three times) before it counts as a miss.
    const caught = [0, 1, 2].some(() => superLinear(scaling(big, quadratic)));
    assert.ok(caught, 'a quadratic scan passed the bound three times');
    assert.ok(!superLinear(scaling(linear, scan)), 'a linear scan failed the bound');
  });
});

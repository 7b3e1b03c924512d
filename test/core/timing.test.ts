import * as assert from 'node:assert/strict';
import { Timings, formatTimings } from '../../server/src/core/timing';
import { run, tempTree, removeTree } from '../cli/helpers';
import { allRules } from '../../server/src/core/rules';

/** Keeps the CPU busy for about `ms` milliseconds (a timer would not be measured as work). */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('timings', () => {
  it('counts nested time for the inner name only', () => {
    const timings = new Timings();
    timings.measure('rule', () => {
      busy(5);
      timings.measure('index', () => busy(40));
    });
    const totals = Object.fromEntries(timings.entries());
    // Not a speed test: the spins only make the two shares different enough to tell apart.
    assert.ok(totals.index >= 40, `index ${totals.index}`);
    assert.ok(totals.rule >= 5 && totals.rule < totals.index, `rule ${totals.rule}`);
    assert.deepEqual(timings.entries().map(([name]) => name), ['index', 'rule']);
    assert.match(formatTimings(timings), /^Rule +\| Time \(ms\) \| Relative\n-+\|-+\|-+\nindex +\| +\d+\.\d{3} \| +\d+\.\d%\nrule /);
  });

  it('GONGWEN_TIMING=1 makes the CLI print each rule and index after its normal output', async () => {
    const dir = tempTree({ 'a.md': '# 一、总体要求。\n\n全年完成投资3.5亿元，约100个项目。\n' });
    try {
      const plain = await run(['a.md'], { cwd: dir, rules: allRules });
      const timed = await run(['a.md'], { cwd: dir, rules: allRules, env: { GONGWEN_TIMING: '1' } });
      assert.equal(timed.stdout, plain.stdout);
      assert.equal(plain.stderr, '');
      for (const name of ['Rule', 'index prose', 'index figures', 'output', 'read', 'decode']) assert.ok(timed.stderr.includes(name), name);
    } finally {
      removeTree(dir);
    }
  });
});

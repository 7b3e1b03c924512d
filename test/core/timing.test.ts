import * as assert from 'node:assert/strict';
import { Timings, formatTimings } from '../../server/src/core/timing';
import { run, tempTree, removeTree } from '../cli/helpers';
import { allRules } from '../../server/src/core/rules';

describe('timings', () => {
  it('counts nested time for the inner name only', () => {
    // A clock the test moves itself: the shares are exact, whatever else the machine is doing.
    let clock = 0;
    const spend = (ms: number) => {
      clock += ms;
    };
    const timings = new Timings(() => clock);
    timings.measure('rule', () => {
      spend(5);
      timings.measure('index', () => spend(40));
      spend(2);
    });
    timings.measure('index', () => spend(3));
    const totals = Object.fromEntries(timings.entries());
    assert.deepEqual(totals, { index: 43, rule: 7 });
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

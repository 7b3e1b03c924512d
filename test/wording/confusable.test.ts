// Every entry of the confusable list fires on its own bad example and stays silent on its good
// one, and a team's entries and switches in .gongwenrc.json take effect or are refused with
// their position.

import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { parseConfigText } from '../../server/src/core/config/parse';
import { resolveConfig } from '../../server/src/core/config/resolve';
import { allRules, ruleFamilies } from '../../server/src/core/rules';
import { builtInConfusables } from '../../server/src/core/wording/confusables';

const ID = 'wording/confusable';
const found = (text: string, config = resolveConfig(allRules, [])) => lint(text, { config }).filter((f) => f.ruleId === ID);
const withConfig = (json: string) => {
  const parsed = parseConfigText(json, '/p/.gongwenrc.json', allRules, ruleFamilies);
  return { config: resolveConfig(allRules, [parsed.layer]), errors: parsed.errors };
};

describe('wording/confusable list', () => {
  const { entries, sources } = builtInConfusables();

  it('holds at least 150 entries, each with a reason, a context note and both examples, and names its sources', () => {
    assert.ok(entries.length >= 150, `${entries.length} entries`);
    assert.ok(sources.length >= 3);
    const wrong = new Set<string>();
    for (const e of entries) {
      assert.ok(!wrong.has(e.wrong), `duplicate entry ${e.wrong}`);
      wrong.add(e.wrong);
      assert.notEqual(e.wrong, e.right);
      assert.ok(e.reason.zh && e.reason.en && e.notWhen?.zh && e.notWhen.en && e.bad && e.good, `${e.wrong}: incomplete`);
    }
  });

  for (const e of entries) {
    it(`${e.wrong} → ${e.right}: fires on its bad example, silent on its good one`, () => {
      const bad = found(e.bad!);
      assert.ok(
        bad.some((f) => f.data.wrong === e.wrong),
        `not reported: ${e.bad} (got ${bad.map((f) => f.message).join(' | ') || 'nothing'})`,
      );
      assert.deepEqual(found(e.good!).map((f) => f.message), [], `good example reported: ${e.good}`);
      assert.ok(e.good!.includes(e.right), `${e.wrong}: the good example does not show ${e.right}`);
    });
  }
});

describe('wording/confusable options', () => {
  it('turns entries off by their wrong form', () => {
    const { config, errors } = withConfig('{ "rules": { "wording/confusable": ["warning", { "disable": ["帐号"] }] } }');
    assert.deepEqual(errors, []);
    assert.equal(found('请核对银行帐号。', config).length, 0);
    assert.equal(found('请核对银行帐户。', config).length, 1);
  });

  it('adds a team entry written 错→对, replacing a built-in one with the same wrong form', () => {
    const { config, errors } = withConfig('{ "rules": { "wording/confusable": ["warning", { "add": ["卫计委→卫健委", "帐号->账户号"] }] } }');
    assert.deepEqual(errors, []);
    const f = found('区卫计委要求核对帐号。', config);
    assert.deepEqual(f.map((x) => [x.data.wrong, x.data.right]), [['卫计委', '卫健委'], ['帐号', '账户号']]);
    assert.ok(f[0].fix);
  });

  it('names the file, line and column of an invalid team entry and keeps the valid ones', () => {
    const text = '{\n  "rules": {\n    "wording/confusable": ["warning", { "add": ["卫计委→卫健委", "没有箭头"] }]\n  }\n}';
    const { config, errors } = withConfig(text);
    assert.equal(errors.length, 1);
    assert.deepEqual([errors[0].file, errors[0].line, errors[0].column], ['/p/.gongwenrc.json', 3, text.split('\n')[2].indexOf('"没有箭头"') + 1]);
    assert.match(errors[0].message.zh, /没有箭头/);
    assert.equal(found('区卫计委要求。', config).length, 1);
  });
});

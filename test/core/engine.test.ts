import * as assert from 'node:assert/strict';
import { fixAll, INTERNAL_RULE_ID, lint } from '../../server/src/core/engine';
import { resolveConfig } from '../../server/src/core/config/resolve';
import type { Rule } from '../../server/src/core/types';

/** A test rule that reports every 甲 (fixable to 乙), for exercising the engine alone. */
const markJia: Rule = {
  meta: {
    id: 'figure/test-jia',
    title: { zh: '测试', en: 'test' },
    description: { zh: '测试', en: 'test' },
    source: { zh: '测试', en: 'test' },
    severity: 'warning',
    fixable: true,
    messages: { jia: { zh: '“甲”应为“乙”（第{n}处）', en: '"甲" should be "乙" (#{n})' } },
    examples: { bad: [], good: [] },
  },
  check(ctx) {
    let n = 0;
    for (const m of ctx.doc.prose.masked.matchAll(/甲/g)) {
      n++;
      ctx.report({ start: m.index, end: m.index + 1, messageId: 'jia', data: { n }, fix: [{ start: m.index, end: m.index + 1, text: '乙' }], severity: n > 1 ? 'info' : undefined });
    }
  },
};

const rule = (check: Rule['check'], fixable = false): Rule => ({ meta: { ...markJia.meta, id: 'figure/test-other', fixable }, check });
const run = (text: string, rules: Rule[], locale?: 'en') => lint(text, { rules, config: resolveConfig(rules, []), locale });

describe('engine', () => {
  it('localizes messages and lowers severity when a report asks', () => {
    const findings = run('甲甲', [markJia]);
    assert.deepEqual(findings.map((f) => [f.message, f.severity]), [['“甲”应为“乙”（第1处）', 'warning'], ['“甲”应为“乙”（第2处）', 'info']]);
    assert.equal(run('甲', [markJia], 'en')[0].message, '"甲" should be "乙" (#1)');
  });

  it('never raises severity above the configured one', () => {
    const config = resolveConfig([markJia], [{ rules: { 'figure/test-jia': { severity: 'info' } } }]);
    const findings = lint('甲', { rules: [markJia], config });
    assert.equal(findings[0].severity, 'info');
  });

  it('turns a rule that throws into one internal finding, and other rules still run', () => {
    const boom = rule(() => {
      throw new Error('boom');
    });
    const findings = run('甲', [boom, markJia]);
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), [INTERNAL_RULE_ID, 'figure/test-jia'].sort());
    assert.match(findings.find((f) => f.ruleId === INTERNAL_RULE_ID)!.message, /figure\/test-other.*boom/);
  });

  it('rejects reports out of range, with unknown messages or overlapping fix edits', () => {
    const bad = [
      rule((ctx) => ctx.report({ start: 0, end: 99, messageId: 'jia' })),
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'nope' })),
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', fix: [{ start: 0, end: 1, text: 'a' }, { start: 0, end: 1, text: 'b' }] }), true),
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', fix: [{ start: 0, end: 1, text: 'a' }] }), false),
    ];
    for (const r of bad) assert.deepEqual(run('甲乙', [r]).map((f) => f.ruleId), [INTERNAL_RULE_ID]);
  });

  it('refuses a fix or suggestion that changes a line neither the finding nor its related locations show', () => {
    // Line 1 carries the finding, line 3 is changed: text the writer was never shown.
    const text = '甲\r\n乙\r\n丙\r\n';
    const third = text.indexOf('丙');
    const far = { start: third, end: third + 1, text: '丁' };
    const related = [{ start: third, end: third + 1, messageId: 'jia' }];
    const sneaky = [
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', fix: [{ start: 0, end: 1, text: '乙' }, far] }), true),
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', suggestions: [{ messageId: 'jia', edits: [far] }] })),
      // An edit that swallows the line break after the finding's line reaches into the next line.
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', fix: [{ start: 1, end: 4, text: '' }] }), true),
    ];
    for (const r of sneaky) {
      const findings = run(text, [r]);
      assert.deepEqual(findings.map((f) => f.ruleId), [INTERNAL_RULE_ID]);
      assert.match(findings[0].message, /line [23]/);
    }
    // The same edits are sound once line 3 is shown as a related location, or is the finding's own.
    const shown = [
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', fix: [{ start: 0, end: 1, text: '乙' }, far], related }), true),
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', suggestions: [{ messageId: 'jia', edits: [far] }], related })),
      rule((ctx) => ctx.report({ start: 0, end: third + 1, messageId: 'jia', fix: [far] }), true),
      // Removing the line break at the end of the finding's own line changes that line only.
      rule((ctx) => ctx.report({ start: 0, end: 1, messageId: 'jia', fix: [{ start: 1, end: 3, text: '' }] }), true),
    ];
    for (const r of shown) assert.deepEqual(run(text, [r]).map((f) => f.ruleId), ['figure/test-other']);
  });

  it('applies a suggestion with --fix only when its opt-in kind is asked for, and never a plain one', () => {
    const offers = rule((ctx) => {
      ctx.report({ start: 0, end: 1, messageId: 'jia', suggestions: [{ messageId: 'jia', edits: [{ start: 0, end: 1, text: '乙' }], optIn: 'renumber' }] });
      ctx.report({ start: 1, end: 2, messageId: 'jia', suggestions: [{ messageId: 'jia', edits: [{ start: 1, end: 2, text: '丙' }] }] });
    });
    const options = { rules: [offers], config: resolveConfig([offers], []) };
    assert.equal(fixAll('甲甲', options).text, '甲甲');
    assert.equal(fixAll('甲甲', { ...options, optIn: ['renumber'] }).text, '乙甲');
    assert.equal(run('甲甲', [offers])[0].suggestions[0].optIn, 'renumber');
  });

  it('honours inline suppression comments', () => {
    const text = [
      '<!-- gongwen-disable-next-line figure/test-jia -->',
      '甲',
      '甲 <!-- gongwen-disable-line -->',
      '<!-- gongwen-disable figure -->',
      '甲',
      '<!-- gongwen-enable figure -->',
      '甲',
    ].join('\n');
    const findings = run(text, [markJia]);
    assert.deepEqual(findings.map((f) => f.start), [text.lastIndexOf('甲')]);
    assert.deepEqual(run(`<!-- gongwen-disable-file -->\n甲`, [markJia]), []);
  });

  it('fixes until stable and keeps CRLF and BOM', () => {
    const text = '\uFEFF甲\r\n甲\r\n';
    assert.equal(fixAll(text, { rules: [markJia], config: resolveConfig([markJia], []) }).text, '\uFEFF乙\r\n乙\r\n');
  });

  it('drops a rule that is off', () => {
    const config = resolveConfig([markJia], [{ rules: { figure: { severity: 'off' } } }]);
    assert.deepEqual(lint('甲', { rules: [markJia], config }), []);
  });
});

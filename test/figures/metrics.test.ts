// Metric keys (figure/conflict) and document periods (figure/year-conflict).

import * as assert from 'node:assert/strict';
import { SourceDocument } from '../../server/src/core/document';
import { figureIndex } from '../../server/src/core/figures/numbers';
import { metricStatements, normalizedUnit, roundingTolerance, sameValue } from '../../server/src/core/figures/metrics';
import { documentPeriod, periodMentions } from '../../server/src/core/figures/periods';
import { getSegmenter, type Segmenter } from '../../server/src/core/segment/segmenter';

function statements(text: string): ReturnType<typeof metricStatements> {
  return metricStatements(new SourceDocument(text), () => getSegmenter());
}

describe('metric keys', () => {
  it('folds 万 into the value and allows for the digits written', () => {
    const doc = new SourceDocument('门诊量12.5万人次，门诊量125312人次。');
    const [a, b] = doc.get(figureIndex).figures;
    assert.equal(normalizedUnit(a)?.unit, '人次');
    assert.equal(roundingTolerance(a, normalizedUnit(a)!.factor), 500);
    assert.equal(roundingTolerance(b, 1), 0.5);
  });

  it('gives one key to one indicator stated twice, and tells the values apart', () => {
    const found = statements('全年全县门诊量达到12.5万人次。\n\n全年全县门诊量13.1万人次。\n');
    assert.equal(found.length, 2);
    assert.equal(found[0].key, found[1].key);
    assert.equal(found[0].context, found[1].context);
    assert.equal(sameValue(found[0], found[1]), false);
  });

  it('keeps periods, scopes and changes apart', () => {
    const periods = statements('上半年全县门诊量6.1万人次，下半年全县门诊量6.4万人次。');
    assert.notEqual(periods[0].context, periods[1].context);
    const scopes = statements('县人民医院门诊量8万人次，县中医院门诊量4万人次。');
    assert.notEqual(scopes[0].key, scopes[1].key);
    assert.deepEqual(statements('全县门诊量12万人次。全县门诊量同比增长5万人次。'), []);
    assert.deepEqual(statements('投入资金50万元改造中医馆，投入资金30万元建设村卫生室。'), []);
  });

  it('keeps a qualifier the dictionary does not know: 早稻 and 晚稻 are two indicators (issue 11)', () => {
    const [early, late] = statements('全县早稻总产量12万吨。\n\n全县晚稻总产量15万吨。\n');
    assert.equal(early.label, '全县早稻总产量');
    assert.notEqual(early.key, late.key);
  });

  it('keeps apart a rate said of two groups in one sentence (issue 14, bug 5)', () => {
    const [old, chronic] = statements('老年人签约12000人，签约率97%，高血压患者签约8000人，签约率99.6%。');
    assert.equal(old.key, chronic.key);
    assert.notEqual(old.context, chronic.context);
    // The same rate stated again for the same group still meets the first statement.
    const again = statements('老年人签约12000人，签约率97%。\n\n老年人签约12000人，签约率98%。\n');
    assert.equal(again[0].context, again[1].context);
  });

  it('reads an indicator name wrapped across lines as one word (issue 14, bug 5)', () => {
    const text = '全县高血压患者健康管理工作稳步推进，按照服务规范要求，高血压患者规\n范管理率达到90%。\n\n全县高血压患者规范管理率达到85%。\n';
    const [wrapped] = statements(text);
    assert.equal(wrapped.label, '高血压患者规范管理率');
  });

  it('never loads the segmenter when no two figures could conflict', () => {
    let asked = 0;
    const segmenter = (): Segmenter => {
      asked++;
      return getSegmenter();
    };
    metricStatements(new SourceDocument('全县门诊量12万人次，住院量1.2万人次，签约率65%。'), segmenter);
    metricStatements(new SourceDocument('全县门诊量12万人次。全县门诊量12万人次。'), segmenter);
    assert.equal(asked, 0);
  });
});

describe('document periods', () => {
  it('reads the period from the title, after web-page metadata', () => {
    const text = '当前位置：首页>信息公开\n标题：市医疗保障局2024年上半年工作报告暨下半年工作安排\n正文';
    const period = documentPeriod(text);
    assert.deepEqual(period && [period.year, period.period, text.slice(period.start, period.end)], [2024, '上半年', '2024年上半年']);
    assert.equal(documentPeriod('县卫生健康局2023年工作总结'), undefined);
  });

  it('lists the body’s mentions of a year and period', () => {
    const text = '2022年上半年，二〇二三年第一季度，2021—2025年';
    assert.deepEqual(
      periodMentions(text, 0).map((m) => [m.year, m.period]),
      [
        [2022, '上半年'],
        [2023, '一季度'],
      ],
    );
  });
});

describe('the 公文 user dictionary', () => {
  it('keeps indicator names and set expressions whole', () => {
    const words = getSegmenter().cut('孕产妇早孕建册率达到90%，探索三高共管六病同防模式');
    assert.ok(words.includes('建册率'), words.join('/'));
    assert.ok(words.includes('三高共管六病同防'), words.join('/'));
  });

  it('takes a team’s own words from the userWords setting', () => {
    const before = getSegmenter().cut('推进慢病一体化门诊建设');
    assert.ok(!before.includes('慢病一体化门诊'), before.join('/'));
    assert.ok(getSegmenter(['慢病一体化门诊']).cut('推进慢病一体化门诊建设').includes('慢病一体化门诊'));
  });
});

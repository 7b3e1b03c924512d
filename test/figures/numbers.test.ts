// The figure scanner: values, units, approximation words, ranges and dates, with offsets.

import * as assert from 'node:assert/strict';
import { scanFigures, type Figure } from '../../server/src/core/figures/numbers';
import { bestCpuMs } from '../helpers/cpu';

function figures(text: string): Figure[] {
  return scanFigures(text).figures;
}

function only(text: string): Figure {
  const found = figures(text);
  assert.equal(found.length, 1, `${text}: ${found.map((f) => text.slice(f.start, f.end)).join(' | ')}`);
  return found[0];
}

describe('figure scanner', () => {
  const values: [string, number, string | undefined][] = [
    ['共一百二十人参加', 120, '人'],
    ['两个维护', 2, '个'],
    ['投入3.5万元', 35000, '元'],
    ['总额1.2亿元', 1.2e8, '元'],
    ['建册率90.71%', 90.71, '%'],
    ['出生率6.97‰', 6.97, '‰'],
    ['提高1.2个百分点', 1.2, '个百分点'],
    ['接诊１２３人次', 123, '人次'],
    ['投资12,345元', 12345, '元'],
    ['统一三个标准', 3, '个'],
    ['90余万人', 900000, '人'],
    ['6万余元', 60000, '元'],
  ];
  for (const [text, value, unit] of values) {
    it(`reads ${text} as ${value} ${unit ?? ''}`, () => {
      const f = only(text);
      assert.equal(f.value, value);
      assert.equal(f.unit?.text, unit);
    });
  }

  it('reads a multiplier after Arabic digits, and 余 between a Chinese numeral and 万', () => {
    const f = only('新增4千人');
    assert.equal(f.multiplier?.text, '千');
    assert.equal(f.value, 4000);
    const g = only('二十余万人');
    assert.equal(g.value, 200000);
    assert.deepEqual(g.approx.map((a) => a.word), ['余']);
  });

  it('reads a count glued to the abbreviation of the machine it counts (CT2台), not a code', () => {
    const text = '其中CT2台、DR3台、PET-CT1台，MRI 1台，AED5套。';
    assert.deepEqual(
      figures(text).map((f) => [text.slice(f.start, f.end), f.value]),
      [['2台', 2], ['3台', 3], ['1台', 1], ['1台', 1], ['5套', 5]],
    );
    // Codes and model names: one letter, lower-case or digits glued on, decimals, four digits,
    // a leading zero, no measure word of machines, or a measure word that starts a longer word.
    for (const code of ['5G基站', 'A4纸', 'V2.0版', 'H7N9病毒', 'X1台', 'IPv6台', 'WIN10台式机', 'ISO9001台', 'CT02台', 'CT2.5台', 'K3次列车', 'CT2台式机', 'ARJ21架飞机', '5CT2台']) {
      assert.deepEqual(figures(code).map((f) => code.slice(f.start, f.end)), [], code);
    }
  });

  it('does not give one value to an estimate written digit by digit (三四个)', () => {
    assert.deepEqual(figures('三四个'), []);
  });

  it('sets percent kinds', () => {
    assert.deepEqual(figures('90%、6‰、3个百分点').map((f) => f.percent), ['percent', 'permille', 'point']);
  });

  it('reads approximation words before, after the number and after the unit', () => {
    const f = only('约3000人左右');
    assert.deepEqual(f.approx.map((a) => [a.word, a.position]), [['约', 'before'], ['左右', 'after-unit']]);
    assert.equal('约3000人左右'.slice(f.start, f.end), '约3000人左右');
    assert.deepEqual(only('近900余人次').approx.map((a) => a.word), ['近', '余']);
    assert.deepEqual(only('一百多人').approx.map((a) => a.word), ['多']);
  });

  it('does not read 近 before a duration, nor 约 inside 签约, as approximation', () => {
    assert.deepEqual(only('近五年').approx, []);
    assert.deepEqual(only('近3个月').approx, []);
    assert.deepEqual(only('签约500户').approx, []);
    assert.deepEqual(only('其余3项').approx, []);
  });

  it('keeps two decimals in a list apart and reads a negative number', () => {
    assert.deepEqual(figures('0.61、2.46').map((f) => f.value), [0.61, 2.46]);
    const neg = only('下降-0.90‰');
    assert.equal(neg.value, -0.9);
    assert.ok(neg.negative);
  });

  it('is not fooled by words made of numeral characters', () => {
    assert.deepEqual(figures('十分重要，一些单位，十四五规划，第三个，周一'), []);
  });

  it('flags quoted and fixed phrases', () => {
    const [quoted] = figures('坚定“四个自信”');
    assert.ok(quoted.quoted);
    assert.ok(only('做到两个维护').fixedPhrase);
  });

  it('joins numeric ranges and time spans, with the connector offsets', () => {
    const text = '建设80-150个托位，实施（2021—2025年），1-6月';
    const { ranges } = scanFigures(text);
    assert.deepEqual(ranges.map((r) => [text.slice(r.start, r.end), r.kind, r.connector.text]), [
      ['80-150个', 'numeric', '-'],
      ['2021—2025年', 'time', '—'],
      ['1-6月', 'time', '-'],
    ]);
    assert.equal(text[ranges[0].connector.start], '-');
    const high = ranges[0].high as Figure;
    assert.equal(high.negative, false);
    assert.equal(high.value, 150);
    assert.equal(high.range, ranges[0]);
  });

  it('does not make ranges of identifiers, ISO dates, names or negatives', () => {
    assert.deepEqual(scanFigures('索引号000014349/2023-39367，发布2023-06-30，学科-医院联盟，下降-0.90‰').ranges, []);
  });

  it('reads dates with their parts and styles', () => {
    const text = '2023年6月30日，二〇二三年，3月5号，2023.1.5，2023-06-30';
    const dates = scanFigures(text).dates;
    assert.deepEqual(
      dates.map((d) => [text.slice(d.start, d.end), d.year?.value, d.month?.value, d.day?.value, d.style]),
      [
        ['2023年6月30日', 2023, 6, 30, 'chinese'],
        ['二〇二三年', 2023, undefined, undefined, 'chinese'],
        ['3月5号', undefined, 3, 5, 'chinese'],
        ['2023.1.5', 2023, 1, 5, 'dotted'],
        ['2023-06-30', 2023, 6, 30, 'iso'],
      ],
    );
    // Numerals inside a date are not quantities.
    assert.deepEqual(figures(text), []);
  });

  it('keeps offsets right after astral characters and CRLF', () => {
    const text = '\uFEFF𠮷利乡\r\n接诊3.5万人次';
    const f = only(text);
    assert.equal(text.slice(f.start, f.end), '3.5万人次');
    assert.equal(text.slice(f.multiplier!.start, f.multiplier!.end), '万');
    assert.equal(text.slice(f.unit!.start, f.unit!.end), '人次');
  });

  it('scans a megabyte in linear time', function () {
    this.timeout(10000);
    // A figure every twenty-odd characters, denser than any real report. A quadratic step
    // (searching back to the document start for each figure) would take minutes here.
    const sentence = '全年接诊约3.5万人次，较上年增长12.5%；2023年6月完成80-150个托位建设，各项工作稳步推进。';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    let scan: ReturnType<typeof scanFigures> | undefined;
    const ms = bestCpuMs(2, () => (scan = scanFigures(text)));
    assert.equal(scan!.ranges.length, Math.ceil(1_000_000 / sentence.length));
    assert.ok(ms < 3000, `took ${ms} ms of CPU`);
  });
});

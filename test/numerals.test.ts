import * as assert from 'node:assert/strict';
import { parseChineseNumeral, toChineseNumeral } from '../server/src/core/text/numerals';

describe('Chinese numerals', () => {
  const cases: [string, number][] = [
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一百二十', 120], ['一百零五', 105],
    ['两', 2], ['两千零五', 2005], ['三万五千', 35000], ['二〇二三', 2023], ['〇', 0], ['一亿二千万', 120000000], ['叁', 3],
  ];
  for (const [text, value] of cases) it(`reads ${text} as ${value}`, () => assert.equal(parseChineseNumeral(text), value));
  for (const bad of ['', '甲', '二三十', '万', '一是']) it(`rejects ${JSON.stringify(bad)}`, () => assert.equal(parseChineseNumeral(bad), undefined));
  it('writes outline numbers and reads them back', () => {
    assert.equal(toChineseNumeral(1), '一');
    assert.equal(toChineseNumeral(10), '十');
    assert.equal(toChineseNumeral(11), '十一');
    assert.equal(toChineseNumeral(20), '二十');
    assert.equal(toChineseNumeral(105), '一百零五');
    for (let n = 0; n <= 1200; n++) assert.equal(parseChineseNumeral(toChineseNumeral(n)), n, String(n));
  });
});

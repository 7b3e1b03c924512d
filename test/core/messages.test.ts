import * as assert from 'node:assert/strict';
import { formatMessage } from '../../server/src/core/messages';

describe('formatMessage', () => {
  const template = { zh: '“{phrase}”说的是 {stated} 项，但列举了 {listed} 项。', en: '"{phrase}" announces {stated} items, the list names {listed}.' };

  it('fills every placeholder in the chosen language', () => {
    assert.equal(formatMessage(template, 'zh', { phrase: '五大中心', stated: 5, listed: 4 }), '“五大中心”说的是 5 项，但列举了 4 项。');
    assert.equal(formatMessage(template, 'en', { phrase: '五大中心', stated: 5, listed: 4 }), '"五大中心" announces 5 items, the list names 4.');
  });

  it('keeps a placeholder it has no value for, and never reads values as templates or replacement patterns', () => {
    assert.equal(formatMessage(template, 'zh', { phrase: '{stated} $& $1', stated: 3 }), '“{stated} $& $1”说的是 3 项，但列举了 {listed} 项。');
  });

  it('formats a template without placeholders, and placeholders at both ends', () => {
    assert.equal(formatMessage({ zh: '无占位', en: 'none' }, 'zh'), '无占位');
    assert.equal(formatMessage({ zh: '{a}中{b}', en: '' }, 'zh', { a: '前', b: '后' }), '前中后');
  });
});

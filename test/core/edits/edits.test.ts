import * as assert from 'node:assert/strict';
import { SourceDocument } from '../../../server/src/core/document';
import { fixAll, lint } from '../../../server/src/core/engine';
import { fixEdit, selectRules } from '../../../server/src/core/edits/fixes';
import { minimalEdit } from '../../../server/src/core/edits/minimalEdit';
import { renumberEdit, sectionSpan } from '../../../server/src/core/edits/renumber';
import { resolveConfig } from '../../../server/src/core/config/resolve';
import { allRules } from '../../../server/src/core/rules';
import { disableLineEdit } from '../../../server/src/core/suppress';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import type { TextEdit } from '../../../server/src/core/types';

const config = resolveConfig(allRules, []);

function apply(text: string, edit: TextEdit | undefined): string {
  return edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text;
}

// Two rules with certain fixes in one text: full-width digits and a repeated outline number.
const MIXED = ['一、总体要求', '', '全年新增床位３００张。', '', '二、主要任务', '', '二、工作要求', '', '做好工作。', ''].join('\n');

describe('core edits', () => {
  describe('minimalEdit', () => {
    it('replaces only the changed middle', () => {
      assert.deepEqual(minimalEdit('一、二、三', '一、贰、三'), { start: 2, end: 3, text: '贰' });
      assert.equal(minimalEdit('same', 'same'), undefined);
    });

    it('never splits a surrogate pair or a CRLF', () => {
      // 𠮷 and 𠮶 share their high surrogate; the edit still replaces the whole character.
      assert.deepEqual(minimalEdit('a𠮷b', 'a𠮶b'), { start: 1, end: 3, text: '𠮶' });
      const before = 'a\r\nb';
      const after = 'a\nb';
      const edit = minimalEdit(before, after);
      assert.equal(apply(before, edit), after);
      assert.ok(edit && (edit.start <= 1 || edit.start >= 3));
    });
  });

  describe('fixEdit', () => {
    it('fixes everything as one edit, the same text the fix loop gives', () => {
      const edit = fixEdit(MIXED, { config });
      assert.equal(apply(MIXED, edit), fixAll(MIXED, { config }).text);
      assert.match(apply(MIXED, edit), /300张/);
      assert.match(apply(MIXED, edit), /三、工作要求/);
    });

    it('fixes one rule and leaves the others', () => {
      const fixed = apply(MIXED, fixEdit(MIXED, { config, ruleId: 'figure/fullwidth-digit' }));
      assert.match(fixed, /300张/);
      assert.match(fixed, /二、工作要求/);
      assert.equal(fixEdit(MIXED, { config, ruleId: 'no/such-rule' }), undefined);
    });

    it('fixes only inside a span', () => {
      const digits = MIXED.indexOf('３');
      const fixed = apply(MIXED, fixEdit(MIXED, { config, within: { start: digits, end: digits + 3 } }));
      assert.match(fixed, /300张/);
      assert.match(fixed, /二、工作要求/);
      const none = fixEdit(MIXED, { config, within: { start: 0, end: 2 } });
      assert.equal(none, undefined);
    });

    it('leaves renumbering after a skip unless asked for it by its opt-in kind', () => {
      const skipped = ['一、总体要求', '', '三、主要任务', ''].join('\n');
      assert.equal(fixEdit(skipped, { config }), undefined);
      assert.equal(apply(skipped, fixEdit(skipped, { config, optIn: ['renumber'] })), skipped.replace('三、', '二、'));
    });

    it('keeps CRLF and the BOM around what it fixes', () => {
      const text = `\uFEFF${MIXED.replace(/\n/g, '\r\n')}`;
      const fixed = apply(text, fixEdit(text, { config }));
      assert.ok(fixed.startsWith('\uFEFF'));
      assert.equal(fixed.split('\r\n').length, text.split('\r\n').length);
      assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n|\r/);
    });
  });

  describe('selectRules', () => {
    it('takes rule ids and family names, in registry order', () => {
      const picked = selectRules(['figure/fullwidth-digit', 'docno']);
      assert.ok('rules' in picked);
      if (!('rules' in picked)) return;
      assert.ok(picked.rules.some((r) => r.meta.id === 'figure/fullwidth-digit'));
      assert.ok(picked.rules.every((r) => r.meta.id === 'figure/fullwidth-digit' || r.meta.id.startsWith('docno/')));
      assert.deepEqual(picked.rules, allRules.filter((r) => picked.rules.includes(r)));
    });

    it('names what matches nothing', () => {
      assert.deepEqual(selectRules(['figure', 'figures']), { unknown: 'figures' });
    });
  });

  describe('renumbering', () => {
    const OUTLINE = ['一、总体要求', '（一）提高认识', '（三）压实责任', '三、工作要求', '（二）细化分工', ''].join('\n');

    it('renumbers the whole document', () => {
      const doc = new SourceDocument(OUTLINE);
      const fixed = apply(OUTLINE, renumberEdit(doc, { config }));
      assert.equal(fixed, ['一、总体要求', '（一）提高认识', '（二）压实责任', '二、工作要求', '（一）细化分工', ''].join('\n'));
    });

    it('renumbers one section only', () => {
      const doc = new SourceDocument(OUTLINE);
      const inFirst = OUTLINE.indexOf('（三）');
      const fixed = apply(OUTLINE, renumberEdit(doc, { config }, inFirst));
      assert.equal(fixed, ['一、总体要求', '（一）提高认识', '（二）压实责任', '三、工作要求', '（二）细化分工', ''].join('\n'));
      // The item on that line has no children: the span is everything below its parent, 一、.
      const span = sectionSpan(doc, inFirst);
      const spanned = OUTLINE.slice(span.start, span.end);
      assert.match(spanned, /（一）提高认识/);
      assert.match(spanned, /（三）压实责任/);
      assert.doesNotMatch(spanned, /工作要求|一、/);
    });

    it('renumbers even when the rule is switched off', () => {
      const off = resolveConfig(allRules, [{ rules: { 'outline/sequence': { severity: 'off' } } }]);
      assert.equal(lint(OUTLINE, { config: off }).filter((f) => f.ruleId === 'outline/sequence').length, 0);
      const fixed = apply(OUTLINE, renumberEdit(new SourceDocument(OUTLINE), { config: off }));
      assert.match(fixed, /二、工作要求/);
    });
  });

  describe('disableLineEdit', () => {
    it('appends a comment the suppression parser reads back', () => {
      const text = '全年新增床位３００张。\n下一行';
      const edit = disableLineEdit(new LineIndex(text), 0, 'figure/fullwidth-digit');
      const disabled = apply(text, edit);
      assert.equal(disabled.split('\n')[0], '全年新增床位３００张。 <!-- gongwen-disable-line figure/fullwidth-digit -->');
      assert.equal(lint(disabled, { config }).filter((f) => f.ruleId === 'figure/fullwidth-digit').length, 0);
      assert.ok(lint(text, { config }).some((f) => f.ruleId === 'figure/fullwidth-digit'));
    });

    it('adds no space after trailing space, and works on an empty line and a CRLF line', () => {
      assert.equal(disableLineEdit(new LineIndex('x \ny'), 0, 'a/b').text, '<!-- gongwen-disable-line a/b -->');
      assert.equal(disableLineEdit(new LineIndex('\ny'), 0, 'a/b').text, '<!-- gongwen-disable-line a/b -->');
      const crlf = 'ab\r\ncd';
      assert.equal(apply(crlf, disableLineEdit(new LineIndex(crlf), 0, 'a/b')), 'ab <!-- gongwen-disable-line a/b -->\r\ncd');
    });
  });
});

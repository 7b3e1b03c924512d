import * as assert from 'node:assert/strict';
import { MASK, parseProse } from '../../server/src/core/markdown/prose';
import { LineIndex } from '../../server/src/core/text/lineIndex';

const prose = (text: string) => parseProse(text, new LineIndex(text));
/** The prose characters, with each masked run shown as one `_`. */
const visible = (text: string) => prose(text).masked.replace(new RegExp(`${MASK}+`, 'g'), '_');

describe('prose model', () => {
  it('keeps the source length, so offsets in the masked text are source offsets', () => {
    const text = '\uFEFF# 一、总体\r\n\r\n正文`代码`。\r\n';
    assert.equal(prose(text).masked.length, text.length);
  });

  it('masks heading markers, inline code, HTML and link destinations but keeps link text', () => {
    assert.equal(visible('## 一、总体要求\n'), '_一、总体要求\n');
    assert.equal(visible('见`x月份`和[通知](http://a.cn/x.html)。<b>粗</b>\n'), '见_和_通知_。_粗_\n');
  });

  it('masks fenced and indented code, front matter and autolinks', () => {
    const text = '---\ntitle: xx%\n---\n正文\n\n```\n一、代码\n```\n\n    二、缩进代码\n\n<http://x.cn/xx>\n';
    const masked = prose(text).masked;
    assert.ok(!masked.includes('xx%'));
    assert.ok(!masked.includes('代码'));
    assert.ok(!masked.includes('x.cn'));
    assert.ok(masked.includes('正文'));
  });

  it('describes headings, list items with their markers, and tables', () => {
    const text = '# 标题\n\n1. 第一项\n2. 第二项\n\n- 圆点\n\n| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |\n';
    const { blocks } = prose(text);
    assert.equal(blocks[0].kind, 'heading');
    assert.equal(blocks[0].headingLevel, 1);
    const items = blocks.filter((b) => b.listItem);
    assert.deepEqual(items.map((b) => [b.listItem!.ordered, b.listItem!.number, text.slice(b.listItem!.start, b.listItem!.end)]), [
      [true, 1, '1.'], [true, 2, '2.'], [false, undefined, '-'],
    ]);
    const cells = blocks.filter((b) => b.kind === 'table-cell').map((b) => text.slice(b.start, b.end));
    assert.deepEqual(cells, ['甲', '乙', '丙', '丁']);
  });

  it('keeps one block for a paragraph spanning many lines, with each line unmasked', () => {
    const text = '一、总体要求\n（一）加强领导\n1.明确责任\n';
    const { blocks, masked } = prose(text);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].endLine - blocks[0].startLine, 3);
    assert.equal(masked, text);
  });

  it('collects HTML comments, inline and as blocks', () => {
    const text = '<!-- gongwen-disable -->\n\n正文<!-- 行内 -->\n';
    assert.deepEqual(prose(text).comments.map((c) => c.body), ['gongwen-disable', '行内']);
  });

  it('masks an escaped character rather than misplacing text', () => {
    const text = '1\\. 不是列表\n';
    const masked = prose(text).masked;
    assert.equal(masked.length, text.length);
    assert.equal(masked.slice(text.indexOf('不')), '不是列表\n');
  });
});

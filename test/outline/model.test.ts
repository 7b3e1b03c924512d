// The outline model: levels, parents, sections, pieces, inline numbering in run-together
// documents, enumeration series and the words that only look like markers.

import * as assert from 'node:assert/strict';
import { SourceDocument } from '../../server/src/core/document';
import { outlineIndex, type Outline, type OutlineItem } from '../../server/src/core/outline';
import { parseMarker } from '../../server/src/core/outline/markers';
import { renumberEdits } from '../../server/src/core/outline/writing';
import { findEnumerationMarkers } from '../../server/src/core/outline/enumerations';
import { segmenterLoaded } from '../../server/src/core/segment/segmenter';
import { unloadSegmenter } from '../helpers/segmenter';

function outlineOf(text: string): { doc: SourceDocument; outline: Outline } {
  const doc = new SourceDocument(text);
  return { doc, outline: doc.get(outlineIndex) };
}

const marker = (text: string, item: OutlineItem) => text.slice(item.start, item.end);
const title = (text: string, item: OutlineItem) => text.slice(item.titleStart, item.titleEnd);

describe('outline model', () => {
  const report = [
    '# 县卫生健康局2024年工作要点',
    '',
    '## 一、深化医改',
    '',
    '（一）推进医共体建设。统一人员管理。',
    '',
    '1.完善章程。',
    '',
    '（1）明确职责。',
    '',
    '（二）健全分级诊疗',
    '',
    '## 二、加强公共卫生',
    '',
    '正文段落。',
    '',
  ].join('\n');

  it('reads levels, values, sources, titles and parents', () => {
    const { outline } = outlineOf(report);
    const rows = outline.items.map((i) => [i.level, i.value, marker(report, i), title(report, i), i.source, i.parent ? marker(report, i.parent) : null]);
    assert.deepEqual(rows, [
      [1, 1, '一、', '深化医改', 'heading', null],
      [2, 1, '（一）', '推进医共体建设', 'line', '一、'],
      [3, 1, '1.', '完善章程', 'line', '（一）'],
      [4, 1, '（1）', '明确职责', 'line', '1.'],
      [2, 2, '（二）', '健全分级诊疗', 'line', '一、'],
      [1, 2, '二、', '加强公共卫生', 'heading', null],
    ]);
    assert.equal(outline.items[0].headingDepth, 2);
    assert.deepEqual(outline.items[0].children.map((c) => c.value), [1, 2]);
    assert.equal(outline.items[1].siblings, outline.items[0].children);
  });

  it('gives each item the section up to the next item that is not its descendant', () => {
    const { outline } = outlineOf(report);
    const [one, first, , , second, two] = outline.items;
    assert.equal(one.sectionStart, report.indexOf('## 一、'));
    assert.equal(one.sectionEnd, report.indexOf('## 二、'));
    assert.equal(first.sectionEnd, report.indexOf('（二）'));
    assert.equal(second.sectionEnd, report.indexOf('## 二、'));
    assert.equal(two.sectionEnd, report.length);
    assert.equal(outline.itemAt(report.indexOf('明确职责')), outline.items[3]);
    assert.equal(outline.itemAt(report.indexOf('正文段落')), two);
    assert.equal(outline.itemAt(0), undefined);
  });

  it('renumbers a sibling list (the editor\'s "renumber section")', () => {
    const text = '一、甲\n\n三、乙\n\n三、丙\n\n十、丁\n';
    const { outline } = outlineOf(text);
    const edits = renumberEdits(outline.pieces[0].roots);
    assert.deepEqual(edits.map((e) => [text.slice(e.start, e.end), e.text]), [['三', '二'], ['十', '四']]);
  });

  it('records wrong forms as written, so rules can report them', () => {
    const text = '一.总体要求\n\n(一)、加强领导\n\n1、健全机制\n\n（1）.明确分工\n\n二，保障措施\n\n（二)经费保障\n';
    const { outline } = outlineOf(text);
    const forms = outline.items.map((i) => [i.level, i.form.open?.char ?? '', i.form.close?.char ?? '', i.form.mark?.char ?? '']);
    assert.deepEqual(forms, [
      [1, '', '', '.'],
      [2, '(', ')', '、'],
      [3, '', '', '、'],
      [4, '（', '）', '.'],
      [1, '', '', '，'],
      [2, '（', ')', ''],
    ]);
  });

  it('restarts numbering in a new piece at a new title (a collection of speeches)', () => {
    const text = '# 在卫生健康工作会议上的讲话\n\n一、肯定成绩\n\n二、部署任务\n\n# 在安全生产会议上的讲话\n\n一、认清形势\n\n（一）压实责任\n';
    const { outline } = outlineOf(text);
    assert.equal(outline.pieces.length, 2);
    assert.deepEqual(outline.pieces.map((p) => p.roots.map((r) => r.value)), [[1, 2], [1]]);
    assert.equal(text.slice(outline.pieces[1].title!.start, outline.pieces[1].title!.end), '在安全生产会议上的讲话');
    assert.equal(outline.pieces[0].end, outline.pieces[1].start);
    assert.equal(outline.items[1].sectionEnd, text.indexOf('# 在安全'));
  });

  it('starts a new piece when top-level numbering restarts at one without a heading', () => {
    const text = '一、肯定成绩\n\n二、部署任务\n\n一、认清形势\n';
    const { outline } = outlineOf(text);
    assert.equal(outline.pieces.length, 2);
    assert.equal(outline.pieces[1].title, undefined);
  });

  describe('a plain title line between numbered sections', () => {
    const pieceTitles = (text: string) => outlineOf(text).outline.pieces.map((p) => (p.title ? text.slice(p.title.start, p.title.end) : null));
    const pieceRoots = (text: string) => outlineOf(text).outline.pieces.map((p) => p.roots.map((r) => r.value));

    it('opens a new piece when the numbering after it does not carry on (another speech)', () => {
      // Each item on its own line, with or without blank lines between, LF or CRLF.
      for (const eol of ['\n', '\n\n', '\r\n']) {
        const text = ['(一)甲', '(二)乙', '(三)丙', '(三)丁', '(四)戊', '在全县教育工作会议上的讲话', '(二)己', '(三)庚', ''].join(eol);
        assert.deepEqual(pieceRoots(text), [[1, 2, 3, 3, 4], [2, 3]], JSON.stringify(eol));
        assert.deepEqual(pieceTitles(text), [null, '在全县教育工作会议上的讲话']);
      }
    });

    it('opens it at the title, with the speech\'s own opening lines inside the new piece', () => {
      const text = '一、肯定成绩\n\n二、部署任务\n\n　在全县安全生产工作会议上的讲话　\n\n——县长　张某某\n\n同志们：今天的会议很重要。\n\n一、认清形势\n';
      const { outline } = outlineOf(text);
      assert.deepEqual(pieceTitles(text), [null, '在全县安全生产工作会议上的讲话']);
      assert.equal(outline.pieces[1].start, text.indexOf('　在全县'));
      assert.equal(outline.items[1].sectionEnd, text.indexOf('　在全县'));
    });

    it('opens it for a jump or a lower number, and for a new top level', () => {
      assert.deepEqual(pieceRoots('（一）甲\n（二）乙\n在全县教育工作会议上的讲话\n（五）丙\n'), [[1, 2], [5]]);
      assert.deepEqual(pieceRoots('（一）甲\n（二）乙\n在全县教育工作会议上的讲话\n（一）丙\n'), [[1, 2], [1]]);
      assert.deepEqual(pieceRoots('（一）甲\n（二）乙\n在全县教育工作会议上的讲话\n一、丙\n'), [[1, 2], [1]]);
    });

    it('is only a heading inside the piece when the numbering carries on past it', () => {
      assert.deepEqual(pieceRoots('（一）甲\n（二）乙\n全年重点工作安排如下\n（三）丙\n'), [[1, 2, 3]]);
    });

    it('never splits the sections of one parent: an item below the top level stays under it', () => {
      const text = '一、主要成效\n（一）甲\n（二）乙\n在全县教育工作会议上的讲话\n（二）丙\n二、存在问题\n';
      assert.deepEqual(pieceRoots(text), [[1, 2]]);
      assert.deepEqual(outlineOf(text).outline.items[0].children.map((c) => c.value), [1, 2, 2]);
    });

    it('is not a body paragraph, a caption, an enumeration or a long line', () => {
      const between = [
        '今年以来，各项工作稳步推进',
        '全面完成年度目标任务。',
        '主要做法：',
        '表1 各乡镇完成情况',
        '图2　项目分布',
        '一是加强组织领导',
        '首先要提高政治站位',
        '第一要务是发展经济',
        '各乡镇街道要结合本地实际进一步细化工作措施并认真抓好贯彻落实确保取得实效防止走过场',
        '做好',
        '**加强领导**',
        '- 全县教育工作会议讲话',
        '> 在全县教育工作会议上的讲话',
        '| 会议 | 讲话 |\n| --- | --- |\n| 全县教育工作会议 | 在全县教育工作会议上的讲话 |',
      ];
      for (const line of between) {
        const text = `（一）甲\n\n（二）乙\n\n${line}\n\n（二）丙\n`;
        assert.deepEqual(pieceRoots(text), [[1, 2, 2]], line);
      }
    });
  });

  it('keeps numbered headings as one piece when an unnumbered heading is as deep as they are', () => {
    const text = '# 工作要点\n\n## 一、总体要求\n\n## 附件说明\n\n## 二、主要任务\n';
    const { outline } = outlineOf(text);
    assert.equal(outline.pieces.length, 1);
    assert.deepEqual(outline.pieces[0].roots.map((r) => r.value), [1, 2]);
    assert.equal(outline.items[0].sectionEnd, text.indexOf('## 附件'));
  });

  it('puts the attachment list after 附件： in a piece of its own', () => {
    const text = '一、主要任务\n\n（一）加强领导\n\n二、工作要求\n\n附件：1.项目清单\n2.联系人名单\n';
    const { outline } = outlineOf(text);
    assert.equal(outline.pieces.length, 2);
    assert.deepEqual(outline.pieces[1].roots.map((r) => marker(text, r)), ['2.']);
    assert.equal(outline.items[2].sectionEnd, text.indexOf('附件'));
  });

  it('reads every line start inside a paragraph without blank lines', () => {
    const text = '一、主要工作\n（一）医疗服务\n（二）公共卫生\n二、存在问题\n';
    const { outline } = outlineOf(text);
    assert.deepEqual(outline.items.map((i) => marker(text, i)), ['一、', '（一）', '（二）', '二、']);
  });

  it('reads an ordered Markdown list item as a level-3 item from Markdown’s own number', () => {
    const text = '（一）重点项目\n\n1. 卫生院改造\n2. 村卫生室建设\n';
    const { outline } = outlineOf(text);
    assert.deepEqual(outline.items.map((i) => [i.level, i.value, i.source, title(text, i)]), [
      [2, 1, 'line', '重点项目'],
      [3, 1, 'list', '卫生院改造'],
      [3, 2, 'list', '村卫生室建设'],
    ]);
  });

  it('finds inline numbering in a document pasted as one line, and its enumerations', () => {
    const body = '全区卫生健康系统要坚持以人民健康为中心，持续深化医药卫生体制改革，统筹抓好各项工作。'.repeat(8);
    const text = `区卫生健康局重点工作${body}具体要做到以下几点:一、强化底线思维。一要抓好疫情防控；二要守住安全底线。二、强化责任落实。一要推动医院发展，二要加强专科建设；三要改善服务。`;
    const { outline } = outlineOf(text);
    assert.deepEqual(outline.items.map((i) => [marker(text, i), i.source, title(text, i)]), [
      ['一、', 'inline', '强化底线思维'],
      ['二、', 'inline', '强化责任落实'],
    ]);
    assert.deepEqual(outline.enumerations.map((s) => [s.kind, s.markers.map((m) => m.value), s.scope && marker(text, s.scope)]), [
      ['要', [1, 2], '一、'],
      ['要', [1, 2, 3], '二、'],
    ]);
  });

  it('reads no inline numbering where the document numbers its lines', () => {
    const long = '要坚持问题导向，主要做法：一、加强领导；二、完善机制。'.padEnd(400, '。');
    const text = `一、主要做法\n\n${long}\n\n二、下一步打算\n`;
    const { outline } = outlineOf(text);
    assert.deepEqual(outline.items.map((i) => i.source), ['line', 'line']);
  });

  it('groups enumerations by the item they sit under, across paragraphs, restarting at one', () => {
    const text = '（一）政治建设\n\n一是重学习。\n\n二是强作风。\n\n（二）医改\n\n一是抓改革；二是抓落实。第一，抓项目。第二，抓人才。一是再起一组。\n';
    const { outline } = outlineOf(text);
    assert.deepEqual(outline.enumerations.map((s) => [s.kind, s.markers.map((m) => m.text), s.scope && marker(text, s.scope)]), [
      ['是', ['一是', '二是'], '（一）'],
      ['是', ['一是', '二是'], '（二）'],
      ['第', ['第一', '第二'], '（二）'],
      ['是', ['一是'], '（二）'],
    ]);
  });

  describe('words that only look like markers', () => {
    const enumerationTexts = (text: string) => findEnumerationMarkers(text, 0, text.length).map((m) => m.text);
    for (const text of [
      '规则统一是前提。',
      '这是唯一是非标准。',
      '第一书记要带头。',
      '进入全市第一梯队。',
      '作为党委会议“第一议题”，认真学习。',
      '被确定为第三批健康促进区。',
      '坚持一是一、二是二的作风。',
      '。一是一、二是二，实事求是。',
      '第一、第二批试点经验要总结。',
    ]) {
      it(`reads no enumeration in ${text}`, () => assert.deepEqual(enumerationTexts(text), []));
    }
    it('reads 一是一张蓝图 as a marker: only the repeated numeral before a break is the idiom', () => {
      assert.deepEqual(enumerationTexts('主要做法：一是一张蓝图绘到底，二是一套机制管长远。'), ['一是', '二是']);
    });
    it('reads 一是 and 首先 at clause starts', () => {
      assert.deepEqual(enumerationTexts('主要有：一是加强领导，二是完善机制。首先，要提高认识。'), ['一是', '二是', '首先']);
    });
    it('reads 第一： as 第一， and a bold 一是 (markup masked) as a marker', () => {
      assert.deepEqual(enumerationTexts('要点有三：第一：统一思想；第二:狠抓落实；第三，务求实效。'), ['第一', '第二', '第三']);
      const { outline } = outlineOf('一、总体要求\n\n主要做法：**一是**抓党建，**二是**抓业务。\n');
      assert.deepEqual(outline.enumerations.flatMap((s) => s.markers.map((m) => m.text)), ['一是', '二是']);
    });

    for (const text of ['一、二级医院要设立门诊。', '一、二、三级医院均要参加。', '1.5亿元资金已拨付。', '1、2号楼已完工。', '2023.6月', '二〇、测试', '十一一、测试', '（一） ']) {
      it(`reads no outline marker at the start of ${text}`, () => assert.equal(parseMarker(text, 0), undefined));
    }
    it('reads 一、2023年上半年工作总结 as item one', () => {
      assert.equal(parseMarker('一、2023年上半年工作总结', 0)?.value, 1);
    });
    it('reads 十二、 as twelve and （十）as ten', () => {
      assert.equal(parseMarker('十二、加强领导', 0)?.value, 12);
      assert.equal(parseMarker('（十）加强领导', 0)?.value, 10);
    });
  });

  it('keeps offsets exact with a BOM, CRLF and astral characters', () => {
    const text = '\uFEFF# 𠮷利镇工作总结\r\n\r\n一、𠮷利村卫生室改造\r\n\r\n（一）𠮷利村一是完成主体。\r\n二是完成验收。\r\n';
    const { outline } = outlineOf(text);
    assert.deepEqual(outline.items.map((i) => [marker(text, i), title(text, i)]), [
      ['一、', '𠮷利村卫生室改造'],
      ['（一）', '𠮷利村一是完成主体'],
    ]);
    assert.deepEqual(outline.enumerations.map((s) => s.markers.map((m) => text.slice(m.start, m.end))), [['二是']]);
    assert.equal(outline.items[1].sectionEnd, text.length);
  });

  it('does not load jieba for a document whose candidates a character test settles', () => {
    unloadSegmenter();
    outlineOf('一、总体要求\n\n（一）一是统一是前提；二是第一书记带头；三是坚持一是一、二是二。\n');
    assert.equal(segmenterLoaded(), false);
  });

  it('asks jieba about a marker that may be part of a word (一要素)', () => {
    const text = '检查要求：一要素齐全；一要加强督查，二要注重实效。';
    assert.deepEqual(findEnumerationMarkers(text, 0, text.length).map((m) => m.text), ['一要', '二要']);
  });
});

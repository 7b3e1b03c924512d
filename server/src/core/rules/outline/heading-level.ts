// outline/heading-level: when numbered items are Markdown headings, each numbering level keeps
// one heading depth throughout the document (一、 always ##, （一） always ###), and a deeper
// level never sits at a shallower or equal depth than the level above it.

import { outlineIndex, type OutlineItem } from '../../outline/model';
import type { Rule } from '../../types';

const LEVEL_NAMES = ['', '一、', '（一）', '1.', '（1）'];

export const headingLevel: Rule = {
  meta: {
    id: 'outline/heading-level',
    title: { zh: '同级序号用同级标题', en: 'One heading depth per outline level' },
    description: {
      zh: '层次序号写在 Markdown 标题中时，同一层级的序号在全文使用同一级标题（如“一、”都用 ##，“（一）”都用 ###），下一层级的标题比上一层级更深。否则文档大纲、目录和排版都会错位。',
      en: 'When outline numbers are Markdown headings, each level uses one heading depth throughout (一、 always ##, （一） always ###), and a lower level is a deeper heading than the level above. Otherwise the outline view, table of contents and layout go wrong.',
    },
    source: {
      zh: '惯例：Markdown 标题级别应与 GB/T 9704-2012 7.3.3 的结构层次一一对应',
      en: 'Convention: Markdown heading depths mirror the structure levels of GB/T 9704-2012 7.3.3',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      inconsistent: {
        zh: '“{marker}”是 {depth} 级标题，而文中其他“{level}”级序号多为 {usual} 级标题：同一层级应使用同一级标题（与 GB/T 9704-2012 7.3.3 的结构层次对应），请改为 {hashes}。',
        en: '"{marker}" is a level-{depth} heading, while the other "{level}" items are level-{usual} headings: one outline level keeps one heading depth (matching the levels of GB/T 9704-2012 7.3.3); use {hashes}.',
      },
      notDeeper: {
        zh: '“{marker}”（{depth} 级标题）是“{parent}”（{parentDepth} 级标题）的下一层，标题级别应更深（与 GB/T 9704-2012 7.3.3 的结构层次对应）。',
        en: '"{marker}" (a level-{depth} heading) is one level below "{parent}" (a level-{parentDepth} heading), so its heading should be deeper (matching the levels of GB/T 9704-2012 7.3.3).',
      },
    },
    examples: {
      bad: [{ text: '## 一、总体要求\n\n### （一）指导思想\n\n## 二、主要任务\n\n#### （一）加强组织领导\n\n### （二）健全工作机制\n' }],
      good: [{ text: '## 一、总体要求\n\n### （一）指导思想\n\n## 二、主要任务\n\n### （一）加强组织领导\n' }],
    },
    limits: [
      {
        zh: '只看写成 Markdown 标题的序号；修改标题级别会改变文档结构，不自动修复。',
        en: 'Only outline numbers written as Markdown headings are checked; changing a heading depth changes the document structure, so there is no automatic fix.',
      },
    ],
  },
  check(ctx) {
    const { text } = ctx.doc;
    const headings = ctx.doc.get(outlineIndex).items.filter((i) => i.source === 'heading' && i.headingDepth !== undefined);
    const usual = new Map<number, number>();
    for (let level = 1; level <= 4; level++) {
      const depth = majorityDepth(headings.filter((i) => i.level === level));
      if (depth !== undefined) usual.set(level, depth);
    }
    for (const item of headings) {
      const marker = text.slice(item.start, item.end);
      const expected = usual.get(item.level)!;
      if (item.headingDepth !== expected) {
        ctx.report({
          start: item.start,
          end: item.end,
          messageId: 'inconsistent',
          data: { marker, depth: item.headingDepth!, level: LEVEL_NAMES[item.level], usual: expected, hashes: '#'.repeat(expected) },
        });
        continue;
      }
      const parent = item.parent;
      if (parent?.source === 'heading' && parent.headingDepth! >= item.headingDepth! && parent.headingDepth === usual.get(parent.level)) {
        ctx.report({
          start: item.start,
          end: item.end,
          messageId: 'notDeeper',
          data: { marker, depth: item.headingDepth!, parent: text.slice(parent.start, parent.end), parentDepth: parent.headingDepth! },
        });
      }
    }
  },
};

/** The depth most items of a level use; on a tie, the one seen first. */
function majorityDepth(items: readonly OutlineItem[]): number | undefined {
  const counts = new Map<number, number>();
  for (const i of items) counts.set(i.headingDepth!, (counts.get(i.headingDepth!) ?? 0) + 1);
  let best: number | undefined;
  for (const [depth, count] of counts) if (best === undefined || count > counts.get(best)!) best = depth;
  return best;
}

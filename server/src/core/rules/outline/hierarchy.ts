// outline/hierarchy: levels nest in order, 一、 → （一） → 1. → （1）; an item sits directly
// under the level just above its own.

import { outlineIndex, type OutlineItem, type OutlinePiece } from '../../outline/model';
import { canonicalMarker } from '../../outline/writing';
import type { Rule } from '../../types';

export const hierarchy: Rule = {
  meta: {
    id: 'outline/hierarchy',
    title: { zh: '层次序号逐级使用', en: 'Outline levels nest in order' },
    description: {
      zh: '结构层次序数依次为“一、”“（一）”“1.”“（1）”：“（一）”只用在“一、”之下，“1.”只用在“（一）”之下，“（1）”只用在“1.”之下，不越级使用。只有两层的文档可在“一、”之下直接用“1.”（选项）。',
      en: 'Outline levels run 一、 → （一） → 1. → （1）: （一） only under 一、, 1. only under （一）, （1） only under 1.; no level is skipped. A document with only two levels may put 1. directly under 一、 (an option).',
    },
    source: {
      zh: 'GB/T 9704-2012 7.3.3（结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注）',
      en: 'GB/T 9704-2012 7.3.3 (structure levels are numbered 一、, （一）, 1., （1） in turn)',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      skipsLevel: {
        zh: '“{marker}”直接位于“{parent}”之下，越过了{missing}：层次序数应逐级使用（GB/T 9704-2012 7.3.3），请在其上补出{missing}，或把这一组序号改用“{expected}”的写法。',
        en: '"{marker}" sits directly under "{parent}", skipping {missingEn}: levels are used in order (GB/T 9704-2012 7.3.3); add {missingEn} above it, or number this group like "{expected}".',
      },
    },
    options: {
      allowArabicUnderChinese: {
        type: 'boolean',
        default: true,
        description: {
          zh: '文档（或讲话汇编中的一篇）未使用“（一）”一级时，允许在“一、”之下直接用“1.”。',
          en: 'When a document (or one piece of a collection) has no （一） level, allow 1. directly under 一、.',
        },
      },
    },
    examples: {
      bad: [
        { text: '一、主要任务\n\n（1）加强组织领导\n', note: { zh: '“（1）”越过了“（一）”和“1.”', en: '（1） skips （一） and 1.' } },
        { text: '一、主要任务\n\n（一）加强组织领导\n\n二、保障措施\n\n1.强化经费保障\n', note: { zh: '文中已用“（一）”一级，“1.”不能直接接在“二、”之下', en: 'the document uses （一）, so 1. cannot sit directly under 二、' } },
      ],
      good: [
        { text: '一、主要任务\n\n（一）加强组织领导\n\n1.健全工作机制\n\n（1）明确责任分工\n' },
        { text: '一、主要任务\n\n1.加强组织领导\n\n2.健全工作机制\n', note: { zh: '两层文档，默认允许', en: 'a two-level document, allowed by default' } },
      ],
    },
    limits: [
      {
        zh: '同一上级之下越级的一组序号只报第一个。所越过的层级在本篇中根本没有用到（风格一致的两层写法），或文中别处用了“（一）”而此处“一、”之下直接用“1.”（很常见），只作提示（info）。第一个“一、”之前的序号（如导语中的“1.”）不检查；Markdown 有序列表常用作一般列举，不检查其层级。',
        en: 'A group of items skipping a level under one parent is reported once, at its first item. When the skipped level is never used in the piece (a consistent two-level style), or 1. sits directly under 一、 while （一） is used elsewhere (common practice), the finding is info only. Items before the first 一、 (a "1." in a preamble) are not checked; Markdown ordered lists are often plain enumerations, so their level is not checked.',
      },
    ],
  },
  check(ctx) {
    const allowArabic = ctx.options.allowArabicUnderChinese !== false;
    const outline = ctx.doc.get(outlineIndex);
    const levelsOf = new Map<OutlinePiece, Set<number>>();
    for (const piece of outline.pieces) levelsOf.set(piece, new Set(piece.items.map((i) => i.level)));
    // One finding per parent and level: the items that follow the first share its cause.
    const reported = new Set<string>();
    for (const item of outline.items) {
      const parent = item.parent;
      if (!parent || item.source === 'list' || parent.level >= item.level - 1) continue;
      const used = levelsOf.get(item.piece)!;
      const arabicUnderChinese = parent.level === 1 && item.level === 3;
      if (allowArabic && arabicUnderChinese && !used.has(2)) continue;
      const key = `${parent.start}:${item.level}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        start: item.start,
        end: item.end,
        // Doubtful cases are info only: 1. straight under 一、 while other sections use （一） is
        // common practice, and a skipped level the piece never uses is a consistent style. (1. under
        // 一、 in a piece without （一） reaches here only when the option forbids it: full severity.)
        severity: (arabicUnderChinese ? used.has(2) : !skipsUsedLevel(parent, item, used)) ? 'info' : undefined,
        messageId: 'skipsLevel',
        data: {
          marker: ctx.doc.text.slice(item.start, item.end),
          parent: ctx.doc.text.slice(parent.start, parent.end),
          missing: missingLevels(parent, item).zh,
          missingEn: missingLevels(parent, item).en,
          expected: canonicalMarker((parent.level + 1) as OutlineItem['level'], 1),
        },
      });
    }
  },
};

function skipsUsedLevel(parent: OutlineItem, item: OutlineItem, used: ReadonlySet<number>): boolean {
  for (let level = parent.level + 1; level < item.level; level++) if (used.has(level)) return true;
  return false;
}

/** “（一）”一级 / “（一）”“1.”两级, and the same in English. */
function missingLevels(parent: OutlineItem, item: OutlineItem): { zh: string; en: string } {
  const names = ['一、', '（一）', '1.', '（1）'].slice(parent.level, item.level - 1);
  const zh = `${names.map((n) => `“${n}”`).join('')}${names.length === 1 ? '一级' : '两级'}`;
  const en = names.length === 1 ? `the "${names[0]}" level` : `the ${names.map((n) => `"${n}"`).join(' and ')} levels`;
  return { zh, en };
}

// outline/sequence: within one parent, outline numbers run 一、二、三 … with no skip and no
// repeat, and a child sequence restarts at one under each new parent.

import { formatNumber, outlineIndex, type OutlineItem } from '../../outline/model';
import { canonicalMarker, chunkForRelated, markerWrittenIn, MAX_RELATED, renumberedMarker } from '../../outline/writing';
import type { Report, Rule } from '../../types';

export const sequence: Rule = {
  meta: {
    id: 'outline/sequence',
    title: { zh: '层次序号连续', en: 'Outline numbers run in sequence' },
    description: {
      zh: '同一上级之下的层次序号应从“一”或“1”起依次排列，不跳号、不重号；每个新的上级之下，下一层序号重新从一起排。文档中出现新的标题（如讲话汇编中的另一篇）时序号重新起排，不算重号。',
      en: 'Under one parent, outline numbers run from one without a skip or a repeat, and a child sequence restarts at one under each new parent. A new title (another speech in a collection) restarts numbering; that is not a repeat.',
    },
    source: {
      zh: 'GB/T 9704-2012 7.3.3（结构层次序数依次标注）',
      en: 'GB/T 9704-2012 7.3.3 (structure levels are numbered in order)',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      skip: {
        zh: '序号“{marker}”跳过了“{missing}”：同级序号应依次排列（GB/T 9704-2012 7.3.3）。请补上缺少的一项，或将此处改为“{expected}”、其后同级序号随之顺延。',
        en: 'Outline number "{marker}" skips "{missing}": numbers at one level run in order (GB/T 9704-2012 7.3.3). Add the missing item, or write "{expected}" here and renumber the items that follow.',
      },
      duplicate: {
        zh: '序号“{marker}”与上一个同级序号重复：同级序号应依次排列（GB/T 9704-2012 7.3.3），此处应为“{expected}”，其后同级序号随之顺延。',
        en: 'Outline number "{marker}" repeats the previous one at its level: numbers run in order (GB/T 9704-2012 7.3.3); write "{expected}" here and renumber the items that follow.',
      },
      backwards: {
        zh: '序号“{marker}”小于上一个同级序号“{previous}”：同级序号应依次排列（GB/T 9704-2012 7.3.3）。若此处另起一篇，请在前面写上标题；否则此处应为“{expected}”，其后同级序号随之顺延。',
        en: 'Outline number "{marker}" is lower than the previous one, "{previous}": numbers run in order (GB/T 9704-2012 7.3.3). If another text starts here, give it a title line; otherwise write "{expected}" here and renumber the items that follow.',
      },
      notRestarted: {
        zh: '“{parent}”之下的第一个序号是“{marker}”：下一层序号在每个新的上级之下应重新从“{expected}”起排（GB/T 9704-2012 7.3.3）。',
        en: 'The first item under "{parent}" is numbered "{marker}": a child sequence restarts at "{expected}" under each new parent (GB/T 9704-2012 7.3.3).',
      },
      renumberFromHere: {
        zh: '改为“{expected}”，其后同级序号随之顺延',
        en: 'Renumber to "{expected}" and the items that follow',
      },
      renumbered: {
        zh: '“{marker}”随之改为“{expected}”',
        en: '"{marker}" is renumbered to "{expected}" as well',
      },
      renumberFollowing: {
        zh: '序号“{marker}”随前面“{first}”处的改号顺延，应为“{expected}”（GB/T 9704-2012 7.3.3）。',
        en: 'Outline number "{marker}" follows the renumbering that starts at "{first}": write "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      restart: {
        zh: '序号“{marker}”在同一上级“{parent}”之下重新从一起排：可能漏写了上一级序号，或应接着编为“{expected}”，请核对。',
        en: 'Outline number "{marker}" starts again at one under the same parent "{parent}": a parent item may be missing, or it should be "{expected}"; please check.',
      },
    },
    examples: {
      bad: [
        { text: '一、总体要求\n\n二、主要任务\n\n四、保障措施\n', note: { zh: '跳过了“三、”', en: '三、 is skipped' } },
        { text: '一、主要任务\n\n（一）加强组织领导\n\n（二）完善工作机制\n\n（二）强化督促检查\n' },
        { text: '一、主要成效\n\n（一）医疗服务提质\n\n二、存在问题\n\n（二）基层能力薄弱\n', note: { zh: '新的上级之下未从（一）起排', en: 'the child sequence does not restart' } },
      ],
      good: [
        { text: '一、主要成效\n\n（一）医疗服务提质\n\n（二）公共卫生加强\n\n二、存在问题\n\n（一）基层能力薄弱\n' },
        { text: '# 在全市卫生健康工作会议上的讲话\n\n一、充分肯定成绩\n\n二、明确目标任务\n\n# 在全市安全生产会议上的讲话\n\n一、认清形势\n\n二、压实责任\n' },
      ],
    },
    limits: [
      {
        zh: '不检查顶层序号是否从“一”起排（节选、续篇常从中间开始）；Markdown 有序列表全部写成“1.”、让 Markdown 自行编号的，不检查；逐项写出编号的有序列表与正文序号一样检查。',
        en: 'Top-level numbers need not start at one (excerpts and continuations begin midway); a Markdown ordered list whose items are all written 1. (letting Markdown count) is skipped; one whose numbers are typed out is checked like numbering in prose.',
      },
      {
        zh: '跳号处若在两项之间的原文里（表格、代码或本规则不识别的位置）能找到缺失的序号，视为识别遗漏，不报。',
        en: 'When the missing number is written somewhere between the two items (a table, a place the model does not read), the skip is taken as a gap in recognition and not reported.',
      },
      {
        zh: `修复从出错处起把其后的同级序号一并顺延，每个随之改动的序号都列为相关位置（修复只改动提示中列出的位置）。一条提示最多列出 ${MAX_RELATED} 处，更长的一组序号在其后分条提示“随之顺延”，各条在同一次修复中一并改正。`,
        en: `The fix renumbers the siblings that follow the break, and each of them is listed as a related location (a fix changes only the places its finding lists). One finding lists at most ${MAX_RELATED}; a longer run gets further "follows the renumbering" findings, all fixed in the same pass.`,
      },
      {
        zh: '只有重号（与上一个同级序号相同），以及下一层接着上一个上级的序号往下编（如“二、”之下接着写“（三）”）时，顺延是确定的，--fix 自动改正。跳号可能是漏写了一项，也可能是删去了一项而内容还在；序号变小可能是另起了一篇而缺少标题；这些只在编辑器中作为快速修复提供顺延，命令行需加 --fix-renumber 才一并顺延。',
        en: 'Renumbering is certain, and applied by --fix, only for a repeated number and for a child sequence that carries on from the previous parent\'s children (（三） under 二、 after （一）（二） under 一、). A skip may be a missing item or a deleted one whose text is still there, and a lower number may start another text that lacks a title: for these the renumbering is a quick fix in the editor, and the command line applies it only with --fix-renumber.',
      },
      {
        zh: '标题行另起一组序号：Markdown 标题中比所有带序号标题都高一级的无序号标题，或者单独一行的短标题——不超过 40 个字符、至少 4 个汉字、没有句读标点（。，；：！？）、不带 Markdown 标记、不以“一是”“首先”“第一”“图1”“表1”等开头，且其后的顶层序号不是接着前面往下编的（如讲话汇编中另一篇从“（二）”开始）。正文段落、图表题注、加粗的小标题都不算；标题行之后的序号若接着前面编，仍视为同一组。',
        en: 'A title line starts a new numbering scope: an unnumbered Markdown heading above every numbered heading, or a short plain line — at most 40 characters, at least 4 Chinese characters, no sentence or clause mark (。，；：！？), no Markdown markup, not opening like 一是, 首先, 第一, 图1 or 表1 — after which the top-level numbering does not carry on (another speech of a collection starting at （二）). Body paragraphs, captions and bold sub-headings never count, and numbering that carries on past such a line stays one sequence.',
      },
      {
        zh: '同一上级之下重新从一起排时，可能是漏写了上级序号，修正方式不唯一，只提示、不自动修复。',
        en: 'A restart at one under the same parent may mean a missing parent item; there is no single fix, so it is only pointed out.',
      },
    ],
  },
  check(ctx) {
    const { text } = ctx.doc;
    const outline = ctx.doc.get(outlineIndex);
    const groups: { items: OutlineItem[]; parent?: OutlineItem }[] = [];
    for (const piece of outline.pieces) groups.push({ items: piece.roots });
    for (const item of outline.items) if (item.children.length) groups.push({ items: item.children, parent: item });
    for (const group of groups) {
      // Siblings of different levels (a preamble's 1. 2. before 一、) are separate sequences.
      for (const items of byLevel(group.items)) for (const report of checkGroup(text, items, group.parent)) ctx.report(report);
    }
  },
};

/**
 * A sibling list is cut into runs at each restart at one under the same parent: the restart is
 * pointed out (info, no fix: a parent may be missing), and each run is checked on its own.
 */
function checkGroup(text: string, items: readonly OutlineItem[], parent?: OutlineItem): Report[] {
  if (items.length === 0) return [];
  // Markdown renders an ordered list's numbers itself, so a list typed 1. 1. 1. (letting Markdown
  // count) is fine. A writer who types the numbers reads them in the source, and 1. 3. there is
  // a skip as much as in a plain paragraph.
  // The model does not nest one Markdown list in another, so a group that spans list depths
  // mixes two sequences and is left alone.
  const listItems = items.filter((i) => i.source === 'list');
  if (listItems.length > 0 && (listItems.every((i) => i.value === 1) || listItems.some((i) => i.listDepth !== listItems[0].listDepth))) return [];
  const written = (i: OutlineItem) => text.slice(i.start, i.end);
  const reports: Report[] = [];
  // What the next number would be once the previous run reads in sequence.
  let following = 1;
  for (let runStart = 0; runStart < items.length; ) {
    let runEnd = runStart + 1;
    while (runEnd < items.length && items[runEnd].value !== 1) runEnd++;
    const run = items.slice(runStart, runEnd);
    // A Markdown list that starts again at 1. is a new list (a paragraph came between), not a
    // restart to question.
    if (runStart > 0 && items[runStart].source !== 'list') {
      const item = items[runStart];
      const expected = canonicalMarker(item.level, following);
      reports.push({ start: item.start, end: item.end, messageId: 'restart', data: { marker: written(item), parent: parent ? written(parent) : '', expected }, severity: 'info' });
    }
    const base = runStart === 0 && !parent ? run[0].value : 1;
    reports.push(...checkRun(text, run, base, runStart === 0 ? parent : undefined));
    following = base + run.length;
    runStart = runEnd;
  }
  return reports;
}

/**
 * Finds the first break in one run of siblings that should read base, base + 1, … and fixes it
 * by renumbering from there to the run's end. `firstUnder` is the parent when the run is the
 * first under it, so that a first number other than one is a sequence not restarted.
 */
function checkRun(text: string, items: readonly OutlineItem[], base: number, firstUnder?: OutlineItem): Report[] {
  const written = (i: OutlineItem) => text.slice(i.start, i.end);
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const target = base + k;
    if (item.value === target) continue;
    const expected = canonicalMarker(item.level, target);
    let first: Break;
    if (k === 0) {
      // Only a run under a parent can get here: roots start wherever they start.
      const p = firstUnder!;
      for (let v = 1; v < item.value; v++) if (markerWrittenIn(text, p.end, item.start, item.level, v)) return [];
      first = { messageId: 'notRestarted', data: { marker: written(item), parent: written(p), expected }, certain: carriesOnFromPreviousParent(p, item) };
    } else {
      const previous = items[k - 1];
      if (item.value > target) {
        for (let v = target; v < item.value; v++) if (markerWrittenIn(text, previous.end, item.start, item.level, v)) return [];
        const missing = [];
        for (let v = target; v < item.value && missing.length < 3; v++) missing.push(canonicalMarker(item.level, v));
        first = { messageId: 'skip', data: { marker: written(item), missing: missing.join('') + (item.value - target > 3 ? '…' : ''), expected }, certain: false };
      } else if (item.value === previous.value) {
        first = { messageId: 'duplicate', data: { marker: written(item), expected }, certain: true };
      } else {
        first = { messageId: 'backwards', data: { marker: written(item), previous: written(previous), expected }, certain: false };
      }
    }
    return renumberReports(text, items, k, base, first);
  }
  return [];
}

/**
 * The first break in a run, and whether renumbering from it is certain. A repeated number can
 * only mean the next one; a skip may be a missing item or one deleted with its text left behind,
 * and a lower number may open another text that lacks its title, so renumbering those is only
 * offered (an opt-in suggestion), never applied by a plain --fix.
 */
interface Break extends Pick<Report, 'messageId' | 'data'> {
  certain: boolean;
}

/**
 * Whether the first child under `parent` carries on the numbering of the previous parent's
 * children at its level (（一）（二） under 一、, then （三） under 二、): the writer counted across
 * parents, and restarting at one is what the standard asks and what they meant.
 */
function carriesOnFromPreviousParent(parent: OutlineItem, item: OutlineItem): boolean {
  const at = parent.siblings.indexOf(parent);
  for (let i = at - 1; i >= 0; i--) {
    const children = parent.siblings[i].children.filter((c) => c.level === item.level);
    if (children.length) return children[children.length - 1].value + 1 === item.value;
  }
  return false;
}

/**
 * The reports that renumber items[from…] to base + index. The break itself carries `first`; each
 * sibling whose number changes with it is a related location of that report, so the edits change
 * only places the writer is shown. Beyond MAX_RELATED, further reports carry the rest. A certain
 * renumbering is the reports' fix; an uncertain one their opt-in suggestion.
 */
function renumberReports(text: string, items: readonly OutlineItem[], from: number, base: number, first: Break): Report[] {
  const changed: { item: OutlineItem; value: number }[] = [];
  for (let j = from; j < items.length; j++) if (items[j].value !== base + j) changed.push({ item: items[j], value: base + j });
  const edit = ({ item, value }: (typeof changed)[number]) => ({ start: item.form.numberStart, end: item.form.numberEnd, text: formatNumber(item.level, value) });
  const firstMarker = text.slice(items[from].start, items[from].end);
  return chunkForRelated(changed).map((chunk, n) => {
    const [head, ...rest] = chunk;
    const expected = renumberedMarker(text, head.item, head.value);
    const lead: Pick<Report, 'messageId' | 'data' | 'severity'> =
      n === 0
        ? { messageId: first.messageId, data: first.data }
        : { messageId: 'renumberFollowing', data: { marker: text.slice(head.item.start, head.item.end), first: firstMarker, expected }, severity: 'info' };
    const edits = chunk.map(edit);
    return {
      start: head.item.start,
      end: head.item.end,
      ...lead,
      ...(first.certain ? { fix: edits } : { suggestions: [{ messageId: 'renumberFromHere', data: { expected }, edits, optIn: 'renumber' as const }] }),
      related: rest.map(({ item, value }) => ({
        start: item.start,
        end: item.end,
        messageId: 'renumbered',
        data: { marker: text.slice(item.start, item.end), expected: renumberedMarker(text, item, value) },
      })),
    };
  });
}

function byLevel(items: readonly OutlineItem[]): OutlineItem[][] {
  const levels = new Map<number, OutlineItem[]>();
  for (const item of items) {
    const list = levels.get(item.level) ?? [];
    list.push(item);
    levels.set(item.level, list);
  }
  return [...levels.values()];
}

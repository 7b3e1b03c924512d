// punctuation/unpaired: a quote, bracket or 书名号 opened and not closed within its paragraph,
// or closed without being opened: “ ” ‘ ’ （ ） 《 》 〈 〉 【 】, including a half-width " that
// pairs with a full-width quote ("四个意识”). GB/T 15834-2011 uses these marks in pairs; a lost
// half is a slip that changes what the sentence quotes or names.
//
// A quotation over several paragraphs opens each paragraph with “ and closes only the last one
// (GB/T 15834-2011 4.8): an unclosed “ followed by a paragraph that opens with “ is that pattern
// and stays silent. A quotation inside a quotation takes single quotes (4.8.3.2): “…“…”…”, both
// pairs closed, has its inner pair reported.

import type { ProseBlock } from '../../markdown/prose';
import { charAfter, charBefore, isLatinLetter } from '../../figures/scanText';
import { CLOSER_OF, OPENER_OF, isSpace, markLabel, ownedMarks } from '../../punctuation/marks';
import type { Report, Rule } from '../../types';
import { blockReports } from '../../blockMemo';

/**
 * Every mark the rule pairs. The scan moves from one to the next with this pattern, at the regex
 * engine's speed, instead of looking at each character in a loop (a command-line run is over
 * before such a loop gets compiled).
 */
const PAIRED_MARK = /[“”‘’（）《》〈〉【】"]/g;
/** The quotes that nextQuote looks for. */
const QUOTE_MARK = /[“”"]/g;
/** A list number closed by a lone bracket (1） a） 一）) at a line start or after a pause. */
const LIST_NUMBER_BEFORE = /(?:^|[\s。；：，、])[0-9０-９a-zA-Z一二三四五六七八九十①-⑳]{1,3}$/;

interface Open {
  mark: string;
  at: number;
  /** Double-quoted pairs closed inside this open “, reported once it closes too: [“, ”] offsets. */
  nested?: [number, number][];
}

export const unpaired: Rule = {
  meta: {
    id: 'punctuation/unpaired',
    title: { zh: '引号、括号、书名号不成对', en: 'Unpaired quote, bracket or title mark' },
    description: {
      zh: '引号“”‘’、括号（）〈〉【】和书名号《》在同一段内成对使用：只有前一半、只有后一半、两半不配（《……〉）、引号方向打反（”……”），半角引号与全角引号配对（"……”），以及引号里面的一层仍用双引号（“……“……”……”），都要改正。',
      en: 'Quotes “” ‘’, brackets （） 〈〉 【】 and title marks 《》 pair within a paragraph: a lone opening or closing half, two halves that do not match (《…〉), a quote typed the wrong way round (”…”) a half-width " paired with a full-width quote ("…”) and a quotation inside a quotation still in double quotes (“…“…”…”) are reported.',
    },
    source: {
      zh: 'GB/T 15834-2011《标点符号用法》4.8（引号）、4.9（括号）、4.15（书名号）',
      en: 'GB/T 15834-2011 4.8 (quotation marks), 4.9 (brackets), 4.15 (title marks)',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      unclosed: {
        zh: '本段的{labelZh}没有对应的{partnerZh}：应成对使用（GB/T 15834-2011）。',
        en: 'In this paragraph {labelEn} has no matching {partnerEn}: the marks come in pairs (GB/T 15834-2011).',
      },
      unopened: {
        zh: '本段的{labelZh}前面没有对应的{partnerZh}：应成对使用（GB/T 15834-2011）。',
        en: 'In this paragraph {labelEn} has no matching {partnerEn} before it: the marks come in pairs (GB/T 15834-2011).',
      },
      mismatched: {
        zh: '{openZh}与{labelZh}不配对：应改为{partnerZh}（GB/T 15834-2011）。',
        en: '{openEn} is closed by {labelEn}: write {partnerEn} (GB/T 15834-2011).',
      },
      reversed: {
        zh: '引号方向打反了：这里的{labelZh}应为{partnerZh}（GB/T 15834-2011 4.8）。',
        en: 'Quote typed the wrong way round: this {labelEn} should be {partnerEn} (GB/T 15834-2011 4.8).',
      },
      nestedQuotes: {
        zh: '引号里面还要用引号时，里面一层用单引号：这一对应改为‘’（GB/T 15834-2011 4.8.3.2）。',
        en: 'A quotation inside a quotation takes single quotes: make this pair ‘’ (GB/T 15834-2011 4.8.3.2).',
      },
      useSingleQuotes: { zh: '改为单引号‘’', en: 'Use single quotes ‘’' },
      outerQuote: { zh: '外层引号从这里开始', en: 'the outer quotation opens here' },
      halfWidthQuote: {
        zh: '半角引号与全角引号配对：应改为全角{partnerZh}（GB/T 15834-2011）。',
        en: 'A half-width quote pairs with a full-width one: write the full-width {partnerEn} (GB/T 15834-2011).',
      },
      otherEnd: { zh: '对应的{labelZh}', en: 'the matching {labelEn}' },
      replaceMark: { zh: '改为{partnerZh}', en: 'Write {partnerEn}' },
    },
    examples: {
      bad: [
        { text: '认真学习《关于加强基层医疗卫生工作的意见，抓好贯彻落实。\n' },
        { text: '牢固树立“四个意识，坚定“四个自信”。\n' },
        { text: '增强"四个意识”。\n', note: { zh: '半角引号与全角引号配对', en: 'a half-width quote paired with a full-width one' } },
        { text: '会议要求“坚持“预防为主”方针”。\n', note: { zh: '引号里面的一层仍用了双引号', en: 'the inner quotation still in double quotes' } },
      ],
      good: [
        { text: '认真学习《关于加强基层医疗卫生工作的意见》（卫发〔2023〕5号），增强“四个意识”。\n' },
        { text: '他说：“第一段讲成绩。\n\n“第二段讲问题。\n\n“第三段讲措施。”\n', note: { zh: '跨段引文：每段开头用前引号，最后一段末尾才用后引号', en: 'a quotation over several paragraphs: each opens with “, only the last closes' } },
        { text: '工作要求如下：1）加强领导；2）压实责任。\n' },
      ],
    },
    limits: [
      {
        zh: '引号套引号只在内外两层都在同一段内配好对时报告（“……“……”……”）；外层没有后引号时，多出的前引号也可能是笔误，只按不成对处理。内层改为单引号由作者确认，编辑器中提供改正。',
        en: 'A quotation inside a quotation is reported only when both pairs close within the paragraph (“…“…”…”); with the outer one never closed, the extra “ may be the slip, and it is treated as unpaired. Making the inner pair single quotes is offered in the editor, not applied automatically.',
      },
      {
        zh: '只在一个段落（或标题、表格单元格）之内配对；跨段引文按标准写法（每段开头用“，末段才用”）不报。',
        en: 'Pairs are matched within one paragraph (or heading, or table cell); a quotation over several paragraphs written as the standard says (each paragraph opens with “, only the last closes) is silent.',
      },
      {
        zh: '层次序号“（一）”的括号归 outline/ 规则，发文字号的括号归 docno/ 规则，这里不重复报告；“1）”“a）”这类只用后半括号的列举序号不报；英文中的撇号（don’t）不报；两端都是半角的引号不属本规则。',
        en: 'Brackets of outline numbers (（一）) are the outline rules’ and those of document numbers the docno rules’; list numbers closed by a lone bracket (1） a）) are left alone, and so are apostrophes in English (don’t) and quotes that are half-width at both ends.',
      },
      {
        zh: '只有半角引号与全角引号配对时自动修复（改为全角）；其余情形由作者决定补在哪里，编辑器中对方向打反的引号提供改正。',
        en: 'Only a half-width quote paired with a full-width one is fixed automatically (made full-width); for the rest the writer decides where the missing half goes (the editor offers to turn a reversed quote round).',
      },
    ],
  },
  check(ctx) {
    const { masked, blocks } = ctx.doc.prose;
    const owned = ctx.doc.get(ownedMarks);
    blocks.forEach((block, b) => {
      const next = blocks[b + 1];
      const nextOpensWithQuote = next !== undefined && opensWithQuote(masked, next);
      // Beyond its text and the characters around it, a block's findings depend on which of its
      // marks belong to an outline or document number and on how the next paragraph opens: the
      // memo keeps them under those, and in the language server an edit looks again only at the
      // blocks it changed.
      const ownedHere = owned.within(block.start, block.end).map((at) => at - block.start);
      const kind = `punctuation/unpaired\u0000${nextOpensWithQuote}\u0000${ownedHere.join(',')}`;
      const reports = blockReports(ctx.doc, kind, block, MARK_CONTEXT, () => {
        const found: Report[] = [];
        checkBlock(masked, block, nextOpensWithQuote, (at: number) => owned.has(at), (r) => found.push(r));
        return found;
      });
      for (const r of reports) ctx.report(r);
    });
  },
};

/** How far around a block its check reads: the letters on either side of an apostrophe. */
const MARK_CONTEXT = 4;

function checkBlock(masked: string, block: ProseBlock, nextOpensWithQuote: boolean, isOwned: (at: number) => boolean, report: (r: Report) => void): void {
  const stack: Open[] = [];
  /** How many of each opening mark the stack holds, so a closer without one never searches it. */
  const openCount = new Map<string, number>();
  const push = (o: Open) => {
    stack.push(o);
    openCount.set(o.mark, (openCount.get(o.mark) ?? 0) + 1);
  };
  const pop = () => {
    const o = stack.pop()!;
    openCount.set(o.mark, openCount.get(o.mark)! - 1);
  };
  const consumed = new Set<number>();
  const other = (at: number) => ({ start: at, end: at + 1, messageId: 'otherEnd', data: markLabel(masked[at]) });
  const reportUnclosed = (o: Open) => report({ start: o.at, end: o.at + 1, messageId: 'unclosed', data: labels(o.mark, CLOSER_OF[o.mark]) });
  // The patterns run over the block alone, so that they never search on past its end.
  const text = masked.slice(block.start, block.end);
  /** The next quote mark of the block after `at`, if any. */
  const nextQuote = (at: number) => {
    QUOTE_MARK.lastIndex = at + 1 - block.start;
    const found = QUOTE_MARK.exec(text);
    return found ? block.start + found.index : -1;
  };
  PAIRED_MARK.lastIndex = 0;
  for (let found = PAIRED_MARK.exec(text); found; found = PAIRED_MARK.exec(text)) {
    const at = block.start + found.index;
    const mark = found[0];
    if (isOwned(at) || consumed.has(at)) continue;
    if ((mark === '’' || mark === '‘') && isLatinLetter(charBefore(masked, at)) && isLatinLetter(charAfter(masked, at + 1))) continue;
    if (mark === '"') {
      const top = stack[stack.length - 1];
      if (top?.mark === '“') {
        pop();
        report({ start: at, end: at + 1, messageId: 'halfWidthQuote', data: labels(mark, '”'), fix: [{ start: at, end: at + 1, text: '”' }], related: [other(top.at)] });
        continue;
      }
      const partner = nextQuote(at);
      if (partner >= 0 && masked[partner] === '”') {
        push({ mark: '“', at });
        report({ start: at, end: at + 1, messageId: 'halfWidthQuote', data: labels(mark, '“'), fix: [{ start: at, end: at + 1, text: '“' }], related: [other(partner)] });
      }
      continue;
    }
    if (mark in CLOSER_OF) {
      const top = stack[stack.length - 1];
      if (mark === '“' && top?.mark === '“' && masked[nextQuote(at)] !== '”') {
        // Chinese nests ‘’ inside “”: a second “ while one is open, with no ” to close it, is a
        // ” typed the wrong way. (With a ” ahead, the first “ is the one left open.)
        pop();
        report({ start: at, end: at + 1, messageId: 'reversed', data: labels(mark, '”'), related: [other(top.at)], suggestions: [replace(at, '”')] });
        continue;
      }
      push({ mark, at });
      continue;
    }
    const opener = OPENER_OF[mark];
    if (openCount.get(opener)) {
      // Every bracket above the matching one is left unclosed; each is removed once, so deep
      // nesting costs no more than flat text.
      let depth = stack.length - 1;
      while (stack[depth].mark !== opener) depth--;
      const [closed, ...unclosed] = stack.splice(depth);
      openCount.set(opener, openCount.get(opener)! - 1);
      for (const o of unclosed) {
        openCount.set(o.mark, openCount.get(o.mark)! - 1);
        reportUnclosed(o);
      }
      if (mark === '”') {
        // A “” pair inside an open “ is a nested quotation, reported when the outer one closes
        // as well: with the outer “ never closed, the extra “ may be the slip instead.
        let outer = openCount.get('“') && unclosed.length === 0 ? stack.length - 1 : -1;
        while (outer >= 0 && stack[outer].mark !== '“') outer--;
        if (outer >= 0) (stack[outer].nested ??= []).push([closed.at, at]);
        for (const [open, close] of closed.nested ?? []) {
          report({
            start: open,
            end: close + 1,
            messageId: 'nestedQuotes',
            related: [{ start: closed.at, end: closed.at + 1, messageId: 'outerQuote' }],
            suggestions: [{ messageId: 'useSingleQuotes', edits: [{ start: open, end: open + 1, text: '‘' }, { start: close, end: close + 1, text: '’' }] }],
          });
        }
      }
      continue;
    }
    // A lone ） after a short number is a list number (1） a）), unless a （ is open for it.
    if (mark === '）' && LIST_NUMBER_BEFORE.test(masked.slice(Math.max(block.start, at - 4), at))) continue;
    if (mark === '”') {
      const partner = nextQuote(at);
      if (partner >= 0 && masked[partner] === '”') {
        consumed.add(partner);
        report({ start: at, end: at + 1, messageId: 'reversed', data: labels(mark, '“'), related: [other(partner)], suggestions: [replace(at, '“')] });
        continue;
      }
    }
    const top = stack[stack.length - 1];
    if (top && sameFamily(top.mark, mark)) {
      pop();
      report({ start: at, end: at + 1, messageId: 'mismatched', data: { ...labels(mark, CLOSER_OF[top.mark]), openZh: markLabel(top.mark).labelZh, openEn: markLabel(top.mark).labelEn }, related: [other(top.at)], suggestions: [replace(at, CLOSER_OF[top.mark])] });
      continue;
    }
    report({ start: at, end: at + 1, messageId: 'unopened', data: labels(mark, opener) });
  }
  if (stack.length === 0) return;
  // A quotation that runs on: the paragraph leaves one “ open and the next one opens with “.
  const runsOn = stack[0].mark === '“' && nextOpensWithQuote;
  for (const o of runsOn ? stack.slice(1) : stack) reportUnclosed(o);
}

/** Marks easily typed for one another: 《 with 〈, （ with 【, the two kinds of quotes. */
function sameFamily(open: string, close: string): boolean {
  const families = ['《》〈〉', '（）【】', '“”‘’'];
  return families.some((f) => f.includes(open) && f.includes(close));
}

function opensWithQuote(masked: string, block: ProseBlock): boolean {
  let i = block.start;
  while (i < block.end && isSpace(masked[i])) i++;
  return masked[i] === '“';
}

function replace(at: number, partner: string) {
  const { labelZh, labelEn } = markLabel(partner);
  return { messageId: 'replaceMark', data: { partnerZh: labelZh, partnerEn: labelEn }, edits: [{ start: at, end: at + 1, text: partner }] };
}

/** A mark and the one it should pair with, named for a message. */
function labels(mark: string, partner: string) {
  const p = markLabel(partner);
  return { ...markLabel(mark), partnerZh: p.labelZh, partnerEn: p.labelEn };
}

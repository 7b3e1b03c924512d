// wording/duplicated: a character or word typed twice by accident (的的, 了了, 工作会会议,
// 我们我们, 把，把). Chinese doubles words on purpose too (看看, 研究研究, 常常, 人人, 家家户户,
// 一个个, 明明白白), so the rule reports only what reduplication never produces: function words,
// the plural suffix 们, nouns and pronouns written twice, and a word that cannot end a clause
// repeated across the clause mark. Each candidate is found by characters; the segmenter only
// confirms that the repeat is not two different words that happen to meet (为了|了解, 目的|的,
// 说的|的确).

import type { Report as RuleReport, Rule, RuleContext, TextEdit } from '../../types';
import { blockReports } from '../../blockMemo';
import type { ProseBlock } from '../../markdown/prose';
import { tokenAt, wordsAround } from '../../wording/tokens';

/** Function characters that Chinese never reduplicates: 的的 and 了了 are always one too many. */
const FUNCTION_CHARS = new Set('的了着和与及或被把从向将于以在是并而之其所也都就又还更已对为使由即则且但却很该此各这那我你他她它'.split(''));
/** Chinese numerals: 一一对应, 十十 and the like belong to figures, never reported. */
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两]/;
/** A space, or one line break inside a paragraph, between the two copies. */
const GAP = '[ \\t\\u3000]*(?:\\r?\\n[ \\t\\u3000]*)?';
const CHAR_REPEAT = new RegExp(`([\\u3400-\\u9fff])${GAP}\\1`, 'g');
const WORD_REPEAT = new RegExp(`([\\u3400-\\u9fff]{2,4})${GAP}\\1`, 'g');
/** 工作会会议: a meeting named with 会 and then called 会议 again. 常委会会议 (a meeting of the committee) is correct and not listed. */
const MEETING_REPEAT = new RegExp(`(?:工作|座谈|推进|调度|动员|部署|培训|交流|现场|总结|表彰|协调|联席|专题|视频|电视电话|汇报|启动|分析|评审|论证)会(${GAP})会议(?![室厅桌]|中心)`, 'g');
/** Words that cannot end a clause, so the same word again after the mark is a slip: 把，把工作做好. */
const CLAUSE_REPEAT = new RegExp(
  `(对于|关于|以及|并且|而且|但是|因为|由于|如果|虽然|通过|按照|根据|围绕|进一步|把|被|和|与|及|的)[ \\t\\u3000]*[，、；：,;:][ \\t\\u3000]*\\1`,
  'g',
);
/** Parts of speech (jieba's tags) of words that are never doubled on purpose: nouns, pronouns, conjunctions, prepositions. */
const NEVER_DOUBLED_TAG = /^(?:n|ns|nt|nz|r|c|p)$/;
/** Pronouns that stand for an unnamed list when doubled (要求什么什么) and are not a slip. */
const PLACEHOLDER_PRONOUNS = new Set(['什么', '怎么', '怎样', '如何', '多少', '哪里', '哪些', '某某']);
/**
 * Verbs of activity that reduplicate in speech (商量商量, 总结总结) although the segmenter's
 * dictionary tags them as nouns; a doubled one is left alone.
 */
const ACTIVITY_VERBS = new Set(
  '商量 讨论 研究 学习 总结 交流 汇报 沟通 锻炼 调查 调研 检查 休息 活动 运动 打听 介绍 比较 分析 琢磨 练习 考察 指导 宣传 表扬 批评 教育 帮助 整理 收拾 准备 安排 梳理 盘点 提醒 反思 思考 体验 感受 了解 熟悉 适应 放松 关心 照顾 打扫 清理 检验 核对 计算 评估 考核 培训 演练 交代 说明 解释 协调 联系 走访 慰问 座谈 谈心 开导 鼓励 表态 发言 请教 咨询 参谋 策划 谋划 规划 打算 合计'.split(' '),
);
/**
 * Suffixes that make a new word of the one before them (集团化, 积极性, 服务型, 一站式). A doubled
 * word followed by one is two different words (医疗集团 | 集团化), so the characters settle it
 * without the segmenter; if it is a slip (推进集团集团化), silence is the safe side. Where the
 * suffix character begins a word of its own (化解, 性质) the segmenter decides as before.
 */
const DERIVING_SUFFIX = new Set('化性型式'.split(''));
/** Words those suffix characters begin (问题问题化解 is a slip before 化解): these still go to the segmenter. */
const SUFFIX_CHAR_WORDS = new Set(['化解', '化学', '化验', '化肥', '化妆', '性质', '性别', '性能', '性格', '性命', '型号', '式样']);
/** Verbs of formal writing that are never reduplicated (研究研究 and 学习学习 are, in speech). */
const FORMAL_VERBS = new Set(['进行', '开展', '实施', '实现', '加强', '推进', '推动', '促进', '坚持', '建立', '健全', '落实', '贯彻', '深化', '强化', '提升', '提高', '做好', '抓好', '确保']);

export const duplicated: Rule = {
  meta: {
    id: 'wording/duplicated',
    title: { zh: '字词误重复', en: 'Characters or words typed twice' },
    description: {
      zh: '同一个字或词误写了两遍，如“的的”“了了”“工作会会议”“我们我们”，或在逗号两边重复了不能结束分句的词（“要把，把工作做好”）。删去多余的一个。重叠式（看看、研究研究、常常、人人、家家户户、一个个、明明白白）不报。',
      en: 'A character or word written twice by accident, such as 的的, 了了, 工作会会议 or 我们我们, or a word that cannot end a clause repeated across a comma (要把，把工作做好). Delete the extra copy. Reduplication (看看, 研究研究, 常常, 人人, 家家户户, 一个个, 明明白白) is left alone.',
    },
    source: {
      zh: '编校惯例（多字属文字差错，见《图书编校质量差错认定细则》）；非国家标准条款，可关闭',
      en: 'Proofreading convention (an extra character is a textual error, as the Chinese proofreading error rules count it); not a clause of a national standard, can be turned off',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      repeated: {
        zh: '“{text}”多了一个“{unit}”，应为“{fixed}”（编校差错：多字）。',
        en: '"{text}" has "{unit}" twice: write "{fixed}" (proofreading: extra character).',
      },
      acrossClause: {
        zh: '“{text}”在标点两边重复了“{unit}”，只写一次（编校差错：多字）。',
        en: '"{text}" repeats "{unit}" on both sides of the mark: write it once (proofreading: extra word).',
      },
      removeRepeat: {
        zh: '删去标点和后一个“{unit}”',
        en: 'Delete the mark and the second "{unit}"',
      },
    },
    examples: {
      bad: [
        { text: '全面完成了了年度目标任务，群众的的满意度持续提升。\n' },
        { text: '会议传达了全省卫生健康工作会会议精神。\n' },
        { text: '我们要把，把基层医疗机构建设好。\n' },
      ],
      good: [
        {
          text: '大家要看看、想想，把问题研究研究；常常下基层，人人都参与，家家户户都知道，一个个解决，讲得明明白白。\n',
          note: { zh: '重叠式不报', en: 'Reduplication is not reported' },
        },
        {
          text: '为了了解实际情况，实现目的的手段要合法，他说的的确是事实，实事求是是我们的作风。\n',
          note: { zh: '两个词碰巧相接，不是重复', en: 'Two different words that happen to meet are not a repeat' },
        },
        { text: '全国人大常委会会议审议通过，一一对应落实。\n' },
      ],
    },
    limits: [
      {
        zh: '单字重复只查虚词（的、了、和、把、在、是……）和“们”：动词、形容词、名词的单字重叠（看看、常常、人人）是正常写法。两字词重复（ABAB）只查名词、代词、连词、介词和“进行”“加强”等公文动词，口语中的“研究研究”“学习学习”不报。',
        en: 'Single characters are checked only for function words (的, 了, 和, 把, 在, 是 …) and the suffix 们: doubled verbs, adjectives and nouns (看看, 常常, 人人) are ordinary Chinese. Doubled two-character words (ABAB) are checked only for nouns, pronouns, conjunctions, prepositions and formal verbs such as 进行 and 加强; spoken 研究研究 and 学习学习 are left alone.',
      },
      {
        zh: '两个不同的词碰巧相接（为了|了解、目的|的、说的|的确、实事求是|是）由分词确认后不报；分词拿不准时宁可不报。',
        en: 'Two different words that happen to meet (为了|了解, 目的|的, 说的|的确, 实事求是|是) are confirmed by word segmentation and not reported; where segmentation cannot tell, the rule stays silent.',
      },
      {
        zh: '重复的词后面紧跟词尾“化、性、型、式”时（医疗集团集团化）看作两个不同的词（后一个属于“集团化”），不报；即使确是多打了一遍（推进集团集团化），也宁可不报。这些字开头的词（化解、性质、型号等）不在此列（把问题问题化解在基层照报）。',
        en: 'A doubled word followed directly by the suffix 化, 性, 型 or 式 (医疗集团集团化) is read as two different words (the second belongs to 集团化) and left alone, even where it is a slip (推进集团集团化): silence is the safe side. Words those characters begin (化解, 性质, 型号 …) are not suffixes: 把问题问题化解在基层 is still reported.',
      },
      {
        zh: '数字和汉字数词的重复（1100、一一对应）、AABB 式（的的确确、认认真真）不报。“常委会会议”“理事会会议”是某个机构的会议，正确；只有“工作会会议”“座谈会会议”这类把“会”与“会议”叠用的才报。',
        en: 'Repeated digits and numerals (1100, 一一对应) and the AABB pattern (的的确确, 认认真真) are left alone. 常委会会议 and 理事会会议 (a meeting of a body) are correct; only 工作会会议, 座谈会会议 and the like, where 会 and 会议 say the same thing twice, are reported.',
      },
      {
        zh: '标点两边的重复只查不能结束分句的词（把、被、和、对于、通过、按照……），且不自动修改（删去哪一个、标点是否多余由作者决定），编辑器中提供建议。',
        en: 'Repeats across a mark are checked only for words that cannot end a clause (把, 被, 和, 对于, 通过, 按照 …) and are not fixed automatically (which copy and whether the mark goes is the writer\'s call); the editor offers a suggestion.',
      },
    ],
  },
  check(ctx) {
    // A block's repeats depend on its text, the segmenter's window around each (WINDOW_REACH)
    // and a team's words: in the language server an edit looks again only at the blocks it changed.
    const kind = `wording/duplicated\u0000${(ctx.doc.settings.userWords ?? []).join('\u0001')}`;
    for (const block of ctx.doc.prose.blocks) {
      for (const report of blockReports(ctx.doc, kind, block, WINDOW_REACH, () => repeatsIn(ctx, block))) ctx.report(report);
    }
  },
};

/** How far around a block its checks read: the segmenter's window (8 characters) and the gap allowed inside a repeat. */
const WINDOW_REACH = 16;

/** The reports for one block. */
function repeatsIn(rule: RuleContext, block: ProseBlock): RuleReport[] {
  const reports: RuleReport[] = [];
  const ctx: RuleContext = { ...rule, report: (r) => void reports.push(r) };
  const { masked } = ctx.doc.prose;
  const text = masked.slice(block.start, block.end);
  // The three scans may find the same spot (的的 inside a doubled word); candidates are
  // gathered, ordered, and each spot reported once.
  const found: Candidate[] = [];
  const add: Report = (start, end, unitStart, unitEnd, quoteBefore = true) => found.push({ start, end, unitStart, unitEnd, quoteBefore });
  for (const m of text.matchAll(MEETING_REPEAT)) {
    const start = block.start + m.index;
    // Delete the first 会 with any space after it: 工作会 会议 → 工作会议.
    add(start, start + m[0].length, start + m[0].length - 3 - m[1].length, start + m[0].length - 2, false);
  }
  for (const m of text.matchAll(CHAR_REPEAT)) checkCharRepeat(ctx, block, m, add);
  for (const m of text.matchAll(WORD_REPEAT)) checkWordRepeat(ctx, block, m, add);
  found.sort((a, b) => a.start - b.start);
  let reachedEnd = -1;
  for (const c of found) {
    if (c.start < reachedEnd) continue;
    reachedEnd = c.end;
    reportRepeat(ctx, c.start, c.end, masked.slice(c.unitStart, c.unitEnd), { start: c.unitStart, end: c.unitEnd, text: '' }, c.quoteBefore);
  }
  for (const m of text.matchAll(CLAUSE_REPEAT)) checkClauseRepeat(ctx, block, m);
  return reports;
}

interface Candidate {
  start: number;
  end: number;
  unitStart: number;
  unitEnd: number;
  quoteBefore: boolean;
}

type Report = (start: number, end: number, unitStart: number, unitEnd: number, quoteBefore?: boolean) => void;

function checkCharRepeat(ctx: RuleContext, block: ProseBlock, m: RegExpMatchArray, report: Report): void {
  const { masked } = ctx.doc.prose;
  const unit = m[1];
  const start = block.start + m.index!;
  const end = start + m[0].length;
  if (NUMERAL.test(unit)) return;
  if (unit !== '们' && !FUNCTION_CHARS.has(unit)) return;
  // A numeral and a doubled measure word (一把把, 一个个) count one by one.
  if (start >= 1 && NUMERAL.test(masked[start - 1])) return;
  // AABB (的的确确, 认认真真) and the BB of it.
  if (masked[end] !== undefined && masked[end] === masked[end + 1] && masked[end] !== unit) return;
  if (start >= 2 && masked[start - 1] === masked[start - 2] && masked[start - 1] !== unit) return;
  if (unit !== '们') {
    // Both copies must be words on their own: 为了|了解, 目的|的, 说的|的确 are two words meeting.
    const tokens = wordsAround(masked, start, end, ctx.doc.segmenter());
    if (!tokens) return;
    const first = tokenAt(tokens, start);
    const second = tokenAt(tokens, end - 1);
    if (!first || !second || first === second || first.word !== unit || second.word !== unit) return;
  }
  report(start, end, gapStart(masked, start + 1, end - 1), end);
}

function checkWordRepeat(ctx: RuleContext, block: ProseBlock, m: RegExpMatchArray, report: Report): void {
  const { masked } = ctx.doc.prose;
  const unit = m[1];
  const start = block.start + m.index!;
  const end = start + m[0].length;
  // What characters settle comes first: the segmenter's dictionary takes a few hundred
  // milliseconds to load, and most doubled words in correct text are settled here.
  if (NUMERAL.test(unit) || /^(.)\1+$/.test(unit) || PLACEHOLDER_PRONOUNS.has(unit) || ACTIVITY_VERBS.has(unit)) return;
  if (DERIVING_SUFFIX.has(masked[end]) && !SUFFIX_CHAR_WORDS.has(masked.slice(end, end + 2))) return;
  const secondStart = end - unit.length;
  const tokens = wordsAround(masked, start, end, ctx.doc.segmenter());
  if (!tokens) return;
  // Each copy must be one whole word, so that 中国国家 or 发展发展中 never count.
  const first = tokenAt(tokens, start);
  const second = tokenAt(tokens, secondStart);
  if (!first || !second || first.word !== unit || second.word !== unit || first.start !== start || second.end !== end) return;
  if (!FORMAL_VERBS.has(unit)) {
    const tag = ctx.doc.segmenter().tag(unit);
    if (tag.length !== 1 || !NEVER_DOUBLED_TAG.test(tag[0].tag)) return;
  }
  report(start, end, gapStart(masked, start + unit.length, secondStart), end);
}

function checkClauseRepeat(ctx: RuleContext, block: ProseBlock, m: RegExpMatchArray): void {
  const { masked } = ctx.doc.prose;
  const unit = m[1];
  const start = block.start + m.index!;
  const end = start + m[0].length;
  const secondStart = end - unit.length;
  // 是……的，的确如此: the second 的 begins 的确. Each copy must be the whole word on its side.
  const before = wordsAround(masked, start, start + unit.length, ctx.doc.segmenter());
  const after = wordsAround(masked, secondStart, end, ctx.doc.segmenter());
  const first = before && tokenAt(before, start);
  const second = after && tokenAt(after, secondStart);
  if (!first || !second || first.word !== unit || second.word !== unit) return;
  ctx.report({
    start,
    end,
    messageId: 'acrossClause',
    data: { text: masked.slice(start, end), unit },
    suggestions: [{ messageId: 'removeRepeat', data: { unit }, edits: [{ start: start + unit.length, end, text: '' }] }],
  });
}

function reportRepeat(ctx: RuleContext, start: number, end: number, unit: string, edit: TextEdit, quoteBefore: boolean): void {
  // The message quotes the character before a short repeat, so that 他们们 reads as such.
  const { masked } = ctx.doc.prose;
  const text = masked.slice(start, end);
  const before = quoteBefore && /[\u3400-\u9fff]/.test(masked[start - 1] ?? '') ? masked[start - 1] : '';
  const fixed = text.slice(0, edit.start - start) + text.slice(edit.end - start);
  ctx.report({
    start,
    end,
    messageId: 'repeated',
    data: { text: clean(before + text), unit: clean(unit), fixed: clean(before + fixed) },
    fix: [edit],
  });
}

/**
 * Where the deletion of the second copy begins: with the spaces before it, unless a line break
 * separates the copies (the line structure stays as it was).
 */
function gapStart(masked: string, gapFrom: number, secondStart: number): number {
  const gap = masked.slice(gapFrom, secondStart);
  return /[\r\n]/.test(gap) ? secondStart : gapFrom;
}

/** Spaces and line breaks out of a quoted snippet. */
function clean(text: string): string {
  return text.replace(/[\s\u0000]+/g, '');
}

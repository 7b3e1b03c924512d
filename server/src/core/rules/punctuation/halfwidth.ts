// punctuation/halfwidth: , : ; ? ! . ( ) typed half-width in Chinese text (健康,我们  如下:  教育.组织
// 种植(养殖)).
// Chinese text takes full-width marks (GB/T 15834-2011 chapter 5: each mark fills a character
// cell). A document that mostly writes full-width marks gets one finding per half-width slip. A
// document pasted from a web page that turned every mark half-width is one consistent format,
// left alone by default (as docno/citation-order leaves it); with the wholeDocument option it is
// reported once (with "continued" findings when it has more lines than one finding may list),
// and the fix converts them all, as outline/bracket-width does for outline brackets.
//
// A mark counts only between Chinese characters, so numbers (3,000  1:2  10:30), Latin text,
// URLs, code and Markdown syntax (masked out of the prose) are never touched.

import { MASK, trimEnd } from '../../markdown/prose';
import { chunkForRelated, MAX_RELATED } from '../../outline/writing';
import { charAfter, charBefore, isArabicDigit, isHan } from '../../figures/scanText';
import { isClosingMark, isOpeningMark, markLabel, ownedMarks } from '../../punctuation/marks';
import { docnoIndex } from '../../docno';
import type { Rule, TextEdit } from '../../types';

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };
const POINT_CANDIDATE = /[,:;?!.][ \t]*/g;
/** A chapter, section or article label right before a dot (第一章.总则): the dot stands for a space there, not a full stop. */
const SECTION_LABEL = /第[一二三四五六七八九十百零〇两0-9０-９]+[章节条款编篇部项]$/;
const BRACKET = /[()（）]/g;
/** Letters and ideographs of a line, counted to tell an English line from a Chinese one. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/g;
/** A CJK ideograph by its UTF-16 code; an astral one (𠮷) by its high surrogate (as isHanCode). */
const HAN_CHARACTER = /[\u4e00-\u9fff\u3400-\u4dbf\ud840-\ud87f]/g;
/** Full-width marks of the same kinds, counted to tell a half-width document from a slip. */
const FULL_WIDTH_MARK = /[，：；？！。（）]/g;

interface HalfWidthMark {
  /** The mark and any spaces typed after it, all replaced by the full-width mark. */
  start: number;
  end: number;
  mark: string;
}

export const halfwidth: Rule = {
  meta: {
    id: 'punctuation/halfwidth',
    title: { zh: '中文中的半角标点', en: 'Half-width punctuation in Chinese text' },
    description: {
      zh: '中文行文中的逗号、冒号、分号、问号、叹号、句号和括号用全角“，：；？！。（）”，不用半角“, : ; ? ! . ( )”。全角为主、夹杂半角时逐处报告；全文基本都是半角（从网页粘贴）时，打开 wholeDocument 选项可按篇报一次，一次修复全部改为全角。',
      en: 'Commas, colons, semicolons, question and exclamation marks, full stops and parentheses in Chinese text are full-width (，：；？！。（）), not , : ; ? ! . ( ). Where full-width marks prevail, each half-width one is reported; a document that is half-width throughout (pasted from a web page) is reported once, with one fix converting every mark, when the wholeDocument option is on.',
    },
    source: {
      zh: 'GB/T 15834-2011《标点符号用法》第5章（标点符号占一个字的位置，即全角）',
      en: 'GB/T 15834-2011 chapter 5 (each mark fills one character position, i.e. full-width)',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      halfWidth: {
        zh: '中文中的{labelZh}应改为全角{fullZh}（GB/T 15834-2011）。',
        en: 'Half-width mark in Chinese text, {labelEn}: write the full-width {fullEn} (GB/T 15834-2011).',
      },
      documentHalfWidth: {
        zh: '全文 {count} 处中文标点使用半角，如{labelZh}：中文应使用全角标点（GB/T 15834-2011），请统一改为全角。',
        en: '{count} marks in the Chinese text are half-width, e.g. {labelEn}: Chinese takes full-width marks (GB/T 15834-2011); convert them all.',
      },
      documentHalfWidthMore: {
        zh: '全文 {count} 处中文标点使用半角（续上一条；一条提示最多列出 {max} 处）：这里和下列各处应改为全角，如{labelZh}（GB/T 15834-2011）。',
        en: '{count} marks in the Chinese text are half-width (continued; one finding lists at most {max}): convert this one and those listed here, e.g. {labelEn} (GB/T 15834-2011).',
      },
      convertedToo: {
        zh: '{labelZh}随之改为{fullZh}',
        en: '{labelEn} is converted to {fullEn} as well',
      },
    },
    options: {
      wholeDocument: {
        type: 'boolean',
        default: false,
        description: {
          zh: '全文基本都用半角标点（半角多于全角，多为从网页粘贴）时也报告：按篇报一次，一次修复全部改为全角。默认关闭：这样的文档半角是全篇一致的格式问题，由使用者决定是否整体转换。',
          en: 'Also report a document whose marks are mostly half-width (more half-width than full-width, usually pasted from a web page): once for the document, with one fix converting them all. Off by default: there the half-width marks are one consistent formatting choice, and converting the whole document is the writer’s decision.',
        },
      },
    },
    examples: {
      bad: [
        { text: '全年完成目标任务，群众满意度持续提升,各项指标位居前列。\n' },
        { text: '推广中药材种植(养殖)技术，效果明显，群众满意。\n' },
        { text: '加强宣传教育.组织开展培训，效果明显，群众满意。\n' },
      ],
      good: [
        { text: '完成投资3,000万元，比例为1:2，会议于10:30开始。\n' },
        { text: '详见 https://example.org/a,b 和 `a,b`，英文名称为 Health, Sports and Culture。\n' },
        { text: '采用 Machine Learning (ML) 方法。\n' },
        { text: '第一章.总则\n\n详见表3.1，还有很多……\n' },
      ],
    },
    limits: [
      {
        zh: '只查两侧是中文的半角标点：左边是汉字或全角引号、括号，右边是汉字、全角标点或数字（冒号、问号、叹号还可以在行末）。数字中的“3,000”“1:2”“10:30”、英文、网址、代码和 Markdown 标记不报；拉丁字母多于汉字的行（英文中夹着中文词语，如“for 通知, 请示”）整行不报。括号只查成对且括着汉字、紧挨着中文的一对。',
        en: 'Only a half-width mark with Chinese on both sides counts: a Han character or full-width quote or bracket on its left, a Han character, full-width mark or digit on its right (a colon, question or exclamation mark may also end the line). Numbers (3,000  1:2  10:30), English, URLs, code and Markdown markup are never reported, nor is any mark on a line with more Latin letters than Han characters (English naming Chinese words: "for 通知, 请示"). Parentheses count only as a pair that encloses Chinese and touches Chinese text.',
      },
      {
        zh: '半角句点“.”只在左边是汉字（或全角引号、括号）、右边是汉字、全角前引号或前括号，或在行末时才算句号；右边是数字（表3.1）、连着两个以上的点（省略号“...”，另当别论）、或前面是“第一章”“第三条”一类的章节条标号（“第一章.总则”中的点代替空格，改成句号反而错）时都不报；Markdown 标题末尾的点归 outline/heading-punctuation（标题不加句末标点，应删去而不是改成句号）。',
        en: 'A half-width "." counts as a full stop only with a Han character (or full-width quote or bracket) on its left and a Han character, full-width opening quote or bracket, or the end of the line on its right. A digit after it (表3.1), two or more dots (an ellipsis typed short, another matter), or a chapter, section or article label before it (第一章.总则, where the dot stands for a space and a full stop would be wrong) are never reported. A dot ending a Markdown heading is outline/heading-punctuation’s (a title takes no final mark: it goes, rather than becoming 。).',
      },
      {
        zh: '半角多于全角的文档（从网页粘贴的整篇半角）默认不报，和 docno/citation-order 对半角文档的处理一致；打开 wholeDocument 选项后按篇报告。',
        en: 'A document with more half-width than full-width marks (a whole page pasted from the web) is not reported by default, as docno/citation-order treats half-width documents; turn on the wholeDocument option to have it reported as a whole.',
      },
      {
        zh: `打开 wholeDocument 且半角多于全角时按篇报告：第一条提示把其余半角标点列为相关位置，修复只改动列出的位置。编辑器把相关位置显示为列表，一条提示最多列出 ${MAX_RELATED} 处；更多时其后分条“（续）”提示，各条在同一次修复中一并改正。层次序号“(一)”的括号由 outline/bracket-width 报告，发文字号年份的括号由 docno/bracket 报告，这里不重复。`,
        en: `With wholeDocument on and half-width marks outnumbering full-width ones, the document is reported as a whole: the finding lists the other half-width marks as related locations, and its fix changes only the places it lists. The editor shows related locations as a list, so one finding lists at most ${MAX_RELATED}; a document with more gets further "(continued)" findings, all fixed in the same pass. Brackets of outline numbers ((一)) are outline/bracket-width’s and those of a document number’s year docno/bracket’s; they are not reported again.`,
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const owned = ctx.doc.get(ownedMarks);
    // In a full-width document docno/citation-order reports half-width brackets around a cited
    // document number; in a half-width one it leaves them to this rule.
    const docno = ctx.doc.get(docnoIndex);
    const citationBrackets = new Set(docno.fullWidthPunctuation ? docno.citations.flatMap((c) => [c.open?.start, c.close?.start]) : []);
    // A dot that ends a heading is outline/heading-punctuation's: a title takes no full stop at all.
    const headingEnds = new Set(ctx.doc.prose.blocks.filter((b) => b.kind === 'heading').map((b) => trimEnd(masked, b.start, b.end) - 1));
    const skip = { has: (at: number) => owned.has(at) || citationBrackets.has(at) || (masked[at] === '.' && headingEnds.has(at)) };
    // Whether a line is English is asked last, of the marks that would otherwise count.
    const englishLine = latinLines(masked);
    const wholeDocument = ctx.options.wholeDocument === true;
    const fullWidthCount = countMatches(masked, FULL_WIDTH_MARK);
    const marks: HalfWidthMark[] = [];
    for (const found of [pointMarks(masked, skip), bracketMarks(masked, skip)]) {
      for (const m of found) {
        if (englishLine(m.start)) continue;
        marks.push(m);
        // More half-width marks than full-width ones make a half-width document, reported only
        // with wholeDocument: without it, finding the rest would change nothing.
        if (!wholeDocument && marks.length >= 2 && marks.length > fullWidthCount) return;
      }
    }
    if (marks.length === 0) return;
    marks.sort((a, b) => a.start - b.start);
    const edit = (m: HalfWidthMark): TextEdit => ({ start: m.start, end: m.end, text: FULL_WIDTH[m.mark] });
    if (marks.length >= 2 && marks.length > fullWidthCount) {
      // A fix may change only what its finding shows: each other mark is a related location, and
      // a long document gets "continued" findings, all fixed in one pass.
      chunkForRelated(marks).forEach(([head, ...rest], n) => {
        ctx.report({
          start: head.start,
          end: head.end,
          messageId: n === 0 ? 'documentHalfWidth' : 'documentHalfWidthMore',
          data: { count: marks.length, max: MAX_RELATED, ...label(head.mark) },
          fix: [head, ...rest].map(edit),
          related: rest.map((m) => ({ start: m.start, end: m.end, messageId: 'convertedToo', data: { ...label(m.mark), ...fullLabel(m.mark) } })),
        });
      });
      return;
    }
    for (const m of marks) {
      ctx.report({ start: m.start, end: m.start + 1, messageId: 'halfWidth', data: { ...label(m.mark), ...fullLabel(m.mark) }, fix: [edit(m)] });
    }
  },
};

/** A half-width mark named for a message: 半角“,” or, for a bracket, 半角前括号. */
function label(mark: string): { labelZh: string; labelEn: string } {
  const { labelZh, labelEn } = markLabel(mark);
  return mark === '(' || mark === ')' ? { labelZh, labelEn } : { labelZh: `半角${labelZh}`, labelEn: `half-width ${labelEn}` };
}

/** The full-width mark a half-width one becomes, named for a message. */
function fullLabel(mark: string): { fullZh: string; fullEn: string } {
  const { labelZh, labelEn } = markLabel(FULL_WIDTH[mark]);
  return { fullZh: labelZh, fullEn: labelEn };
}

/** Chinese on the left of a mark: a Han character, or a full-width closing quote or bracket. */
function chineseBefore(text: string, i: number): boolean {
  const c = charBefore(text, i);
  return isHan(c) || isClosingMark(c);
}

/** , : ; ? ! . between Chinese characters, with any spaces typed after them. */
function* pointMarks(masked: string, owned: { has(offset: number): boolean }): Generator<HalfWidthMark> {
  for (const m of masked.matchAll(POINT_CANDIDATE)) {
    const at = m.index;
    if (owned.has(at) || !chineseBefore(masked, at)) continue;
    const mark = m[0][0];
    const after = at + m[0].length;
    const next = charAfter(masked, after);
    // The end of the line, or of the prose before code, a link or a comment.
    const lineEnds = next === undefined || next === '\n' || next === '\r' || next === MASK;
    let chineseAfter = isHan(next) || isOpeningMark(next) || isArabicDigit(next);
    if (mark === '?' || mark === '!') chineseAfter ||= lineEnds || isClosingMark(next);
    if (mark === ':') chineseAfter ||= lineEnds;
    // A full stop: Chinese or the end of the line after it, never a digit (a Han character before
    // a digit is a label, 表3.1), and one dot only: two or more are an ellipsis typed short.
    if (mark === '.') chineseAfter = (isHan(next) || isOpeningMark(next) || lineEnds) && masked[at + 1] !== '.' && !SECTION_LABEL.test(masked.slice(Math.max(0, at - 8), at));
    if (!chineseAfter) continue;
    // Spaces before a line break are a Markdown hard break, and spaces before markup may be its own: leave them.
    yield { start: at, end: lineEnds ? at + 1 : after, mark };
  }
}

/**
 * Half-width parentheses of a pair (either end may be full-width: （养殖)) that encloses Han
 * text and touches Chinese on the outside. Pairs are matched innermost first, line by line.
 */
function* bracketMarks(masked: string, skip: { has(offset: number): boolean }): Generator<HalfWidthMark> {
  // Each open bracket remembers whether Han text, or masked markup, stands inside it so far; a
  // closed pair hands that on to the bracket around it. Every stretch of text is looked at once,
  // so deeply nested brackets cost no more than flat ones.
  const open: { at: number; han: boolean; masked: boolean }[] = [];
  // The next line break after the brackets seen so far: a bracket past it starts a new line.
  let lineEnd = -1;
  let previous = 0;
  for (const m of masked.matchAll(BRACKET)) {
    const at = m.index;
    if (at > lineEnd) {
      open.length = 0;
      lineEnd = masked.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = masked.length;
    } else if (open.length) {
      const top = open[open.length - 1];
      for (let i = previous; i < at && !(top.han && top.masked); i++) {
        const code = masked.charCodeAt(i);
        if (code === 0) top.masked = true;
        else if (isHanCode(code)) top.han = true;
      }
    }
    previous = at + 1;
    if (skip.has(at)) continue;
    const c = m[0];
    if (c === '(' || c === '（') {
      open.push({ at, han: false, masked: false });
      continue;
    }
    const pair = open.pop();
    if (!pair) continue;
    const parent = open[open.length - 1];
    if (parent) {
      parent.han ||= pair.han;
      parent.masked ||= pair.masked;
    }
    const start = pair.at;
    if ((masked[start] === '（' && c === '）') || pair.masked || !pair.han) continue;
    const outsideLeft = charBefore(masked, start);
    const outsideRight = charAfter(masked, at + 1);
    const touchesChinese = isHan(outsideLeft) || isClosingMark(outsideLeft) || isOpeningMark(outsideLeft) || isHan(outsideRight) || isOpeningMark(outsideRight) || isClosingMark(outsideRight) || '，。、；：？！'.includes(outsideRight ?? 'x');
    if (!touchesChinese) continue;
    for (const p of [start, at]) if (masked[p] === '(' || masked[p] === ')') yield { start: p, end: p + 1, mark: masked[p] };
  }
}

/**
 * Whether the line holding an offset is English with Chinese words in it ("Snippets for 通知,
 * 请示, 报告"): more Latin letters than Han characters. Its commas are English ones. Each line is
 * counted once, when first asked about.
 */
function latinLines(masked: string): (at: number) => boolean {
  let lineStart = -1;
  let lineEnd = -1;
  let english = false;
  return (at) => {
    if (at < lineStart || at >= lineEnd) {
      lineStart = masked.lastIndexOf('\n', at) + 1;
      lineEnd = masked.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = masked.length;
      // ASCII and accented Latin letters against CJK ideographs, each found by a pattern moving
      // forward; the ideographs are counted only until they match the letters, so a Chinese
      // line (few letters) is settled after a few characters.
      const line = masked.slice(lineStart, lineEnd);
      let latin = 0;
      LATIN_LETTER.lastIndex = 0;
      while (LATIN_LETTER.test(line)) latin++;
      let han = 0;
      HAN_CHARACTER.lastIndex = 0;
      while (han < latin && HAN_CHARACTER.test(line)) han++;
      english = latin > han;
    }
    return english;
  };
}

/** A CJK ideograph by its UTF-16 code; an astral one (𠮷) by its high surrogate. */
function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd840 && code <= 0xd87f);
}


function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count++;
  return count;
}

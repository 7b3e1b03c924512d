// Generated documents for the property tests and `npm run fuzz`: Markdown structure mixed with
// the text 公文 rules look at (outline markers, 〔〕 fragments, figures in every width,
// placeholders), and the characters that break careless offset arithmetic (astral characters,
// CRLF / CR, a BOM, control characters, lone surrogates, NUL, which is also the prose mask).
//
// The pieces are small and recombined freely, so fast-check finds the combinations; the text is
// written for these tests, not taken from any real document.

import fc from 'fast-check';
import { allRules } from '../../server/src/core/rules';

const han = ['工作', '总结', '全区', '完成', '推进', '项目', '同比增长', '个百分点', '万元', '其中', '分别为', '共有', '约', '余', '左右', '近', '截至', '年', '月', '日', '号', '文', '第', '是', '要'];
const punctuation = ['，', '。', '；', '：', '、', '！', '？', '“', '”', '《', '》', '（', '）', '(', ')', '-', '—', '～', '~', '%', '％', '.', ',', ' ', '\u3000', '\t'];
const outlineMarkers = ['一、', '二、', '四、', '十一、', '（一）', '（二）', '（四）、', '(一)', '(2)', '1.', '2．', '3、', '（1）', '（3）', '(1)、', '一.', '一，', '一是', '二是', '四是', '第一，', '第三，', '首先，', '其次，', '最后，'];
const docnoFragments = ['政办发〔2023〕7号', '〔2024〕12号', '〔2023', '2023〕', '〔〕', '〔', '〕', '[2023]5号', '【2023】', '（2023）8号', '［2022］', '第7号', '〔2023〕07号', '〔23〕1号', '〔2023〕3', '《关于开展工作的通知》', '（市政发〔2023〕1号）'];
const figures = ['2023', '27.2', '0.5', '1,234', '１２３', '２０２３年', '３.５', '三', '十二', '一百零五', '两', '①', '38。9万', '3、5', '80-150个', '80—150', '3月27 日', '19300 ㎡', '2月30日', '13月', '50%', '5个百分点', '共3项', '五大中心', '三个方面', '1e5', '９９％', '−3', '+5%', '1/2', '½'];
const placeholders = ['x家', 'xx%', 'XX县', '××', '□□', '20xx年', '202-年', '__', '___', '〇〇', 'X月X日'];
const oddities = ['𠮷', '😀', '👍🏽', '\u{20000}', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u200B', '\uFEFF', '\u2028', '\u0085', '\uFFFD', '\u0301'];
const inlineMarkdown = ['`代码`', '**加粗**', '*斜体*', '[链接](https://example.com/a_b)', '<span>x</span>', '<!-- 注释 -->', '<!-- gongwen-disable-next-line -->', '<!-- gongwen-disable figure -->', '<!-- gongwen-enable -->', '![图](a.png)', '\\*', '&nbsp;', '<br>'];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...han) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...outlineMarkers) },
  { weight: 2, arbitrary: fc.constantFrom(...docnoFragments) },
  { weight: 3, arbitrary: fc.constantFrom(...figures) },
  { weight: 1, arbitrary: fc.constantFrom(...placeholders) },
  { weight: 1, arbitrary: fc.constantFrom(...oddities) },
  { weight: 1, arbitrary: fc.constantFrom(...inlineMarkdown) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

// Sentences shaped like the constructions the cross-checking rules read (a total and its parts,
// 分别 lists, the same metric stated twice, percentages and points, mixed numeral forms, years
// against the document's period, the same document number cited twice), with numbers drawn at
// random so that they agree sometimes and disagree sometimes.
const small = fc.integer({ min: 0, max: 12 });
const amount = fc.oneof(small.map(String), fc.integer({ min: 0, max: 9999 }).map(String), fc.constantFrom('3.5', '27.2', '0.8', '三', '十二', '１２'));
const year = fc.integer({ min: 2018, max: 2026 }).map(String);
const templates: fc.Arbitrary<string>[] = [
  fc.tuple(small, small, small).map(([a, b, c]) => `全区共有项目${a}个，其中产业项目${b}个、民生项目${c}个。`),
  fc.tuple(amount, amount, amount).map(([a, b, c]) => `城区、乡镇、园区分别增长${a}%、${b}%、${c}%。`),
  fc.tuple(amount, amount).map(([a, b]) => `城区、乡镇分别完成${a}万元、${b}万元和${a}万元。`),
  fc.tuple(amount, amount).map(([a, b]) => `全年接待游客${a}万人次。……全年接待游客${b}万人次。`),
  fc.tuple(amount, fc.constantFrom('%', '个百分点', '％')).map(([a, u]) => `增长率比上年提高${a}${u}，占比下降${a}${u}。`),
  fc.constantFrom('投资4千3百万元', '二0二三年', '3万5千人', '两千零二十三年', '第2季度', '1百多个'),
  fc.tuple(year, year).map(([a, b]) => `${a}年上半年工作总结。${b}年全年完成目标。`),
  fc.tuple(year, year, small).map(([a, b, n]) => `依据《关于做好工作的通知》（市政发〔${a}〕${n}号）和市政发〔${b}〕${n}号文件。`),
  fc.tuple(small, fc.array(fc.constantFrom('城南社区', '城北社区', '城西社区', '园区'), { maxLength: 5 })).map(([n, items]) => `建成${n}个社区：${items.join('、')}。`),
  fc.array(fc.constantFrom('一是', '二是', '三是', '四是', '首先', '其次', '第一', '第二', '第四'), { minLength: 2, maxLength: 5 }).map((xs) => xs.map((x) => `${x}抓落实；`).join('')),
  fc.tuple(amount, amount).map(([a, b]) => `约${a}余人，近${b}万元左右，${a}-${b}个，${a}月${b} 日。`),
];

// Every registered rule's documented examples, bad and good, cut into lines: each rule is sure to
// fire somewhere, and the set grows as rules land.
const exampleTexts = allRules.flatMap((rule) => [...rule.meta.examples.bad, ...rule.meta.examples.good].map((e) => e.text.replace(/\n$/, '')));
const exampleLines = allRules.flatMap((rule) => [...rule.meta.examples.bad, ...rule.meta.examples.good].flatMap((e) => e.text.split('\n'))).filter(Boolean);

const inlineText = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { minLength: 0, maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.oneof(...templates) },
  ...(exampleLines.length ? [{ weight: 1, arbitrary: fc.constantFrom(...exampleLines) }] : []),
);

// An outline: numbered lines of the four levels in a random order, with skips and repeats, as
// Markdown headings, list items or plain lines.
const outlineMarker = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom('', '# ', '## ', '### ', '1. ', '- ')).map(([level, n, prefix]) => {
  const cn = '一二三四五'[n - 1];
  return prefix + [`${cn}、`, `（${cn}）`, `${n}.`, `（${n}）`][level];
});
const outlineBlock = fc.array(fc.tuple(outlineMarker, fc.constantFrom('总体要求', '工作任务。', '保障措施', '完成3项')), { minLength: 2, maxLength: 8 }).map((lines) => lines.map(([m, t]) => m + t).join('\n'));

// A collection of speeches (讲话汇编): each speech a title line, perhaps its opening lines, and
// its own numbering, which may start anywhere and skip, repeat or go back. A speech after the
// first opens with numbering that does not carry on from the one before (the case a fix once
// renumbered across: （四） then a title then （二）), so each speech is a numbering scope.
const speechTitles = ['在全县教育工作会议上的讲话', '　在全市安全生产工作会议上的讲话　', '县长在全县重点项目推进会上的讲话', '# 在县委经济工作会议上的讲话', '在全县卫生健康工作会议上的讲话（摘要）'];
const speechOpenings: string[][] = [[], ['同志们：'], ['——县长　张某某', '同志们：今天召开这次会议，部署全年工作。']];
const itemTitles = ['加强组织领导', '压实工作责任。', '完善工作机制', '强化督促检查。各单位要抓好落实。'];
const numeral = (n: number) => '一二三四五六七八九十'[n - 1] ?? String(n);

interface SpeechItem {
  level: 1 | 2;
  value: number;
}

/** Numbered items by a random walk: mostly one up, sometimes the same, one back or one skipped. */
const speechItems = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(fc.constantFrom<1 | 2>(1, 2, 2), fc.constantFrom(-1, 0, 1, 1, 1, 2)), { minLength: 1, maxLength: 7 }))
  .map(([start, steps]) => {
    const last: Record<1 | 2, number> = { 1: start - 1, 2: start - 1 };
    return steps.map(([level, step]): SpeechItem => {
      const value = Math.min(10, Math.max(1, last[level] + step));
      last[level] = value;
      if (level === 1) last[2] = 0;
      return { level, value };
    });
  });

const speech = fc.tuple(fc.constantFrom(...speechTitles), fc.constantFrom(...speechOpenings), speechItems, fc.array(fc.constantFrom(...itemTitles), { minLength: 7, maxLength: 7 }), fc.boolean());

/** True when `next` opens numbering that is a scope of its own after `previous` (see the note above). */
function startsOwnScope(previous: readonly SpeechItem[], next: readonly SpeechItem[]): boolean {
  const first = next[0];
  // A speech that opens below the previous one's top level would sit under its last section.
  if (previous.some((item) => item.level < first.level)) return false;
  return !previous.some((item) => item.level === first.level && item.value + 1 === first.value);
}

export interface Collection {
  speeches: string[];
  /** What stands between lines, and between speeches. */
  separator: string;
}

export const collectionArbitrary: fc.Arbitrary<Collection> = fc
  .tuple(fc.array(speech, { minLength: 2, maxLength: 3 }), fc.constantFrom('\n', '\n\n', '\r\n'))
  .filter(([speeches]) => speeches.every((s, i) => i === 0 || startsOwnScope(speeches[i - 1][2], s[2])))
  .map(([speeches, separator]) => ({
    separator,
    speeches: speeches.map(([title, opening, items, texts, halfWidth]) => {
      const numbered = items.map(({ level, value }, i) => (level === 1 ? `${numeral(value)}、` : halfWidth ? `(${numeral(value)})` : `（${numeral(value)}）`) + texts[i]);
      return [title, ...opening, ...numbered].join(separator);
    }),
  }));

/** One source line, possibly opening a Markdown block. */
const line = fc.oneof(
  { weight: 6, arbitrary: inlineText },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inlineText).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '  - ', '    1. ', '> ', '> > ', '>- '), inlineText).map(([m, t]) => m + t) },
  { weight: 1, arbitrary: fc.constantFrom('```', '```js', '~~~', '---', '***', '', '    缩进代码 1、', '| 指标 | 数值 |', '| --- | --- |', '<div>', '</div>', '+++', '$$') },
  { weight: 1, arbitrary: inlineText.map((t) => `| ${t} | ${t} |`) },
  { weight: 1, arbitrary: outlineBlock },
  { weight: 1, arbitrary: collectionArbitrary.map((c) => c.speeches.join(c.separator)) },
  ...(exampleTexts.length ? [{ weight: 1, arbitrary: fc.constantFrom(...exampleTexts) }] : []),
);

const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A whole document: an optional BOM, optional front matter, lines with mixed line endings. */
export const documentArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.boolean(),
    fc.array(fc.tuple(line, lineEnding), { minLength: 0, maxLength: 25 }),
    fc.boolean(),
  )
  .map(([bom, frontMatter, lines, trailingBreak]) => {
    let text = bom ? '\uFEFF' : '';
    if (frontMatter) text += '---\ntitle: 测试\n---\n';
    lines.forEach(([content, ending], i) => {
      text += content;
      if (i < lines.length - 1 || trailingBreak) text += ending;
    });
    return text;
  });

// English Markdown, the kind a repository of documents also holds (a README, a changelog, notes),
// with the shapes that Chinese conventions would wrongly report: headings ending in a full stop,
// hyphen ranges, lines that open with "1," or "2.", placeholders that are code (__dirname, 0.10.x),
// dotted and ISO dates, including impossible ones (a fault in any language). No Han character and
// no full-width form appears in these.
const englishWords = ['the', 'parser', 'is', 'faster', 'than', 'before', 'see', 'Misc', 'etc', 'vs', 'e.g.', 'i.e.', 'Node', 'release', 'version', 'API', 'support', 'added', 'fixed', 'default', 'options', 'file', 'used', 'or', 'and', 'with', 'for', 'x', 'xx', 'XX', 'N/A', 'TODO', '__dirname', '__proto__', 'Über', 'naïve'];
const englishMarks = [' ', ' ', ' ', ', ', '. ', '.', '; ', ': ', '! ', '? ', ' - ', ' -- ', ' (', ') ', '"', "'", '...', '…', ' — ', '–', '/', '*', '_', '__'];
const englishFigures = ['10-20%', '20-190%', '1-2', '2021-2025', '2015-00-03', '2023-02-30', '2023-06-30', '2023.1.5', '1.2.3', 'v2.0-3.1', '0.10.x', '3.x', '8+', '1,234', '50%', '5 %', '19300 m²', '3 MB', '1e5', '½', '23/5', '12:30', 'Q3', '#44', '1, or 2', '2.', '3)', '(1)', '(a)'];
const englishPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...englishWords) },
  { weight: 4, arbitrary: fc.constantFrom(...englishMarks) },
  { weight: 3, arbitrary: fc.constantFrom(...englishFigures) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('`code 1-2`', '**bold.**', '[link](https://example.com/a_b)', '<!-- note -->', '<br>', '\\*') },
);
/** An English sentence: always at least one word, so it is English by any reading. */
const englishSentence = fc
  .tuple(fc.constantFrom(...englishWords.filter((w) => /^[A-Za-zÜï]{2,}$/.test(w))), fc.array(englishPiece, { maxLength: 10 }), fc.array(englishPiece, { maxLength: 4 }))
  .map(([word, before, after]) => [...before, ' ', word, ' ', ...after].join(''));
const englishLine = fc.oneof(
  { weight: 5, arbitrary: englishSentence },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), englishSentence, fc.constantFrom('', '.', '. etc.', ' vs.')).map(([n, t, end]) => `${'#'.repeat(n)} ${t}${end}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2. ', '10) ', '  - ', '> ', '1, ', '2.1 '), englishSentence).map(([m, t]) => m + t) },
  { weight: 1, arbitrary: fc.tuple(englishSentence, englishSentence).map(([a, b]) => `| ${a} | ${b} |`) },
);

/** One English line of one of the shapes above. */
export const englishLineArbitrary: fc.Arbitrary<string> = englishLine;

/** A whole English document: optional BOM, lines with mixed line endings, some code and tables. */
export const englishDocumentArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 8, arbitrary: englishLine },
          { weight: 1, arbitrary: fc.constantFrom('', '', '```', '```js', '| --- | --- |', '---', '    indented 1-2 code.') },
        ),
        lineEnding,
      ),
      { minLength: 1, maxLength: 25 },
    ),
  )
  .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([content, ending]) => content + ending).join(''));

/**
 * A generated Chinese document with English lines put between its lines (inside its paragraphs,
 * lists and tables as much as between them), and where each English line's text lies.
 */
export const mixedDocumentArbitrary: fc.Arbitrary<{ text: string; english: { start: number; end: number }[] }> = fc
  .tuple(documentArbitrary, fc.array(fc.tuple(fc.nat(), englishLine, lineEnding), { minLength: 1, maxLength: 6 }))
  .map(([chinese, inserts]) => {
    // Every line with its own ending (CRLF, CR or LF, as the engine counts them).
    const lines = chinese.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g)!.filter((l, i, all) => l !== '' || i < all.length - 1);
    const isEnglish: boolean[] = lines.map(() => false);
    for (const [at, line, ending] of inserts) {
      const i = at % (lines.length + 1);
      // A line put after a last line without an ending gives it one, so both stay lines.
      if (i > 0 && !/[\r\n]$/.test(lines[i - 1])) lines[i - 1] += ending;
      lines.splice(i, 0, line + ending);
      isEnglish.splice(i, 0, true);
    }
    let text = '';
    const english: { start: number; end: number }[] = [];
    lines.forEach((line, i) => {
      if (isEnglish[i]) english.push({ start: text.length, end: text.length + line.replace(/[\r\n]+$/, '').length });
      text += line;
    });
    return { text, english };
  });

// Lists and quotes nested around markdown-it's depth limit (50 list items, 100 quotes), where its
// parser gave up on the rest of the range: what follows must still be checked. Kept apart from
// documentArbitrary so the fixed-seed samples of the other properties stay as they are.
const deepNesting = fc
  .tuple(fc.integer({ min: 45, max: 110 }), fc.constantFrom('- ', '* ', '1. ', '> ', '- > '), inlineText)
  .map(([depth, marker, t]) => marker.repeat(depth) + t);

/** A generated document with a line nested around markdown-it's depth limit in the middle. */
export const nestedDocumentArbitrary: fc.Arbitrary<string> = fc
  .tuple(documentArbitrary, deepNesting, fc.constantFrom('\n', '\n\n', '\r\n'), documentArbitrary)
  .map(([before, nested, gap, after]) => `${before}\n${nested}${gap}${after}`);

/**
 * The fuzzer's cases: mostly documents, one in ten nested past markdown-it's depth limit, and
 * sometimes a collection of speeches (see properties.ts).
 */
export const fuzzCaseArbitrary = fc.oneof(
  { weight: 7, arbitrary: documentArbitrary.map((text) => ({ text })) },
  { weight: 1, arbitrary: nestedDocumentArbitrary.map((text) => ({ text })) },
  { weight: 2, arbitrary: collectionArbitrary.map((collection) => ({ text: collection.speeches.join(collection.separator), collection })) },
);

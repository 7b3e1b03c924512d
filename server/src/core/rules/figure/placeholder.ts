// figure/placeholder: template text that was never filled in. Drafts are often written from a
// model document (范文) whose figures and names are x, xx, ××, □□ or ____; sent as is, the
// document states nothing.

import type { Localized, RelatedReport, Report, Rule } from '../../types';
import { isArabicDigit, matchesWhere } from '../../figures/scanText';
import { scanPlaceholders, type BlankKind, type Placeholder } from '../../figures/placeholders';

// A year whose last digits were dropped: 202-年, 20-年 (20xx年 and 20××年 are blanks of the scan).
/** Read with `matchesWhere`: never right after a digit (the tail of a longer number). */
const DROPPED_YEAR_DIGITS = /(?:19|20)[0-9]?[-_－]+年/g;
// A meeting or report title whose year was dropped: 在年卫生健康工作会议上, ×局年工作总结.
const DROPPED_YEAR_TITLE = /[在于]年(?=[\u4e00-\u9fff]{2,16}?(?:工作会议|大会|座谈会))|年(?<=[局委办府院厅部会处科所站司]年)(?=工作(?:总结|计划|要点|报告|安排))/g;
const NOT_A_DROPPED_YEAR = /^年[度底初内中末终前后来均龄轻份限会报鉴检薪假级代头关节]/;
/** Where one sentence ends: the blanks of one sentence are one finding. */
const SENTENCE_END = /[。！？!?\n\r]/;

/** What to write in a blank, in both languages. */
const WHAT: Record<BlankKind, Localized> = {
  number: { zh: '数字', en: 'figure' },
  year: { zh: '年份', en: 'year' },
  date: { zh: '日期', en: 'date' },
  name: { zh: '名称', en: 'name' },
  text: { zh: '内容', en: 'text' },
};

export const placeholder: Rule = {
  meta: {
    id: 'figure/placeholder',
    title: { zh: '未填写的模板占位符', en: 'Unfilled template placeholder' },
    description: {
      zh: '照范文起草时留下的 x、xx、X.X、××、＊＊、□□、____ 或缺位的年份（20xx年、20××年、202-年、在年……会议上）、被星号遮掉的地名（*乡、**村）、动词与单位之间空着的数字（完成投资  万元），没有换成实际数字或名称。可选择把同一句里的多处空白合为一条，其余列为相关位置。',
      en: 'Placeholders left from a model document (x, xx, X.X, ××, ＊＊, □□, ____, a year with digits missing: 20xx年, 20××年, 202-年, 在年…会议上; a place masked with asterisks: *乡, **村; a figure left blank between its verb and unit: 完成投资  万元) were never replaced by the real figure or name. Optionally, the blanks of one sentence are one finding, the others listed as related locations.',
    },
    source: {
      zh: '公文写作惯例：公文所述数字、日期、名称须准确完整（《党政机关公文处理工作条例》第十九条要求内容准确）',
      en: 'Editorial convention: figures, dates and names in an official document must be stated (the regulation on handling official documents requires accurate content)',
    },
    severity: 'error',
    fixable: false,
    messages: {
      placeholder: {
        zh: '“{text}”未填写：请写上实际{what}。',
        en: '"{text}" was never filled in: write the real {whatEn}.',
      },
      inWord: {
        zh: '“{word}”中的“{text}”未填写：请写上实际{what}。',
        en: '"{text}" in "{word}" was never filled in: write the real {whatEn}.',
      },
      missingNumber: {
        zh: '“{text}”缺少数字：请在空白处写上实际数字。',
        en: '"{text}" has no figure in its blank: write the real figure.',
      },
      more: {
        zh: '“{text}”等 {count} 处未填写：请写上实际内容。',
        en: '"{text}" and {others} more blanks in this sentence were never filled in: write the real content.',
      },
      alsoBlank: {
        zh: '“{text}”也未填写',
        en: '"{text}" was not filled in either',
      },
      droppedYear: {
        zh: '“{text}”缺少年份：请写明年份，如“2023年”。',
        en: '"{text}" is missing its year: write the year, e.g. 2023年.',
      },
    },
    options: {
      group: {
        type: 'string',
        enum: ['each', 'sentence'],
        default: 'each',
        description: {
          zh: '"each"：每处空白一条；"sentence"：同一句里的多处空白合为一条，其余列为相关位置（编辑器中减少重复提示；命令行的 stylish 和 JSON 输出只显示第一处的位置）。',
          en: '"each": one finding per blank; "sentence": the blanks of one sentence are one finding with the others as related locations (less repetition in the editor; the CLI\'s stylish and JSON output then show only the first position).',
        },
      },
    },
    examples: {
      bad: [
        { text: '全区上半年完成投资X.X亿元，x月底前全部开工。\n' },
        { text: '在年全区卫生健康工作会议上的讲话\n' },
        { text: '全县共 xx 家医疗机构，**村卫生室完成投资  万元。\n' },
        { text: '20××年×月×日\n' },
      ],
      good: [
        { text: '配备X光机2台，导出为xlsx表格，效率提高5x，面积3 × 4米。\n' },
        { text: '上半年完成投资12亿元，6月底前全部开工。\n' },
        { text: '__重点工作__：要抓实抓细。\n' },
      ],
    },
    limits: [
      {
        zh: '与拉丁字母相连的 x（max、xlsx、拼音 xiàn）、X光/X线/X型等词、数字后的倍数写法（5x）、乘号（3×4、3 × 4）不报；单个“□”多为勾选框，只有连写两个以上或后接年月日时才报。紧接 m²、kg 等单位符号的 x 作数字空白报告。',
        en: 'An x touching Latin letters (max, xlsx, pinyin such as xiàn), X光/X线/X型 and similar words, a multiplier after digits (5x) and a multiplication sign (3×4, 3 × 4) are left alone; a single □ is usually a check box and is reported only when repeated or followed by 年/月/日. An x run right before a unit symbol such as m² or kg is a blank figure.',
      },
      {
        zh: '两侧带空格的 x（“共 xx 家”“第 XX 次”）只在前面是汉字、后面是量词或单位时才报，公式和外文里的 x 不报。',
        en: 'A spaced x ("共 xx 家", "第 XX 次") is reported only between a Chinese word and a counter or unit, so that x in a formula or a Latin phrase is left alone.',
      },
      {
        zh: '星号只有在 Markdown 没有把它当作加粗或斜体、并且后接“乡”“村”“县”“局”等地名或机关后缀时才算遮掉的名称；成对的 ** 是加粗，不报。“张**”这类为保护隐私的姓名遮挡不报。',
        en: 'Asterisks count as a masked name only when Markdown left them as text and a place or body suffix (乡, 村, 县, 局…) follows; paired ** is bold and left alone, and a name masked for privacy (张**) is not reported.',
      },
      {
        zh: 'Markdown 会把跨越中文标点的两处 __ 配成加粗（联系人：__，电话：__。），公文里这几乎总是待填的空白，因此按空白报告；包住一小段不含标点文字的 __（__重点工作__）仍视为加粗。下划线只有在中文里（旁边隔着空格也算，是汉字或全角标点）才算空白；__dirname、__init__ 这类代码标识符和英文里的 __ 不报。',
        en: 'Markdown pairs two __ across Chinese punctuation into bold (联系人：__，电话：__。); in a 公文 these are almost always blanks to fill, so they are reported. A pair around a short phrase with no punctuation (__重点工作__) is left as bold. Underscores are a blank only in Chinese text (a Han character or a full-width mark next to them, spaces aside); identifiers such as __dirname or __init__ and __ in English text are left alone.',
      },
      {
        zh: '漏掉的数字只在“完成、达到、为、共、投资、增长……”等词与“万元、人次、%、家……”等单位之间只有空格、单位后是标点或行尾时才报；没有空格的“投资万元”无法与正常用语区分，不报。',
        en: 'A left-out figure is reported only when nothing but spaces stands between a verb such as 完成, 达到, 为, 共, 投资, 增长 and a unit such as 万元, 人次, %, 家, and the unit ends the clause; 投资万元 without a gap cannot be told from ordinary wording and is left alone.',
      },
      {
        zh: '缺年份的标题只在“在/于年……会议”和“机关名+年工作总结/计划”两种写法中识别，避免把“年度”“年底”等误报。',
        en: 'A dropped year is recognised only in "在/于年…会议" and "<office>年工作总结/计划", so that 年度, 年底 and similar words are never reported.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const reports: Report[] = scanPlaceholders(masked, ctx.doc.text).map(toReport);
    for (const m of matchesWhere(masked, DROPPED_YEAR_DIGITS, (at) => !isArabicDigit(masked[at - 1]))) {
      reports.push({ start: m.index, end: m.index + m[0].length, messageId: 'droppedYear', data: { text: m[0] } });
    }
    for (const m of masked.matchAll(DROPPED_YEAR_TITLE)) {
      if (NOT_A_DROPPED_YEAR.test(masked.slice(m.index, m.index + 2))) continue;
      // Quote the dropped-year phrase up to the next break: 年全区卫生健康工作会议.
      const text = /^[^\s\u0000，。；：、,.;:！？]{1,12}/.exec(masked.slice(m.index, m.index + 12))![0];
      reports.push({ start: m.index, end: m.index + 1, messageId: 'droppedYear', data: { text } });
    }
    reports.sort((a, b) => a.start - b.start);
    if (ctx.options.group !== 'sentence') {
      for (const r of reports) ctx.report(r);
      return;
    }
    for (const group of bySentence(masked, reports)) ctx.report(oneFinding(group));
  },
};

function toReport(p: Placeholder): Report {
  const data = { text: p.text, what: WHAT[p.kind].zh, whatEn: WHAT[p.kind].en };
  if (p.missingNumber) return { start: p.start, end: p.end, messageId: 'missingNumber', data };
  if (p.word) return { start: p.start, end: p.end, messageId: 'inWord', data: { ...data, word: p.word } };
  return { start: p.start, end: p.end, messageId: 'placeholder', data };
}

/** Consecutive reports with no sentence end between them. */
function* bySentence(masked: string, reports: Report[]): Generator<Report[]> {
  let group: Report[] = [];
  for (const r of reports) {
    const last = group[group.length - 1];
    if (last && !SENTENCE_END.test(masked.slice(last.end, r.start))) {
      group.push(r);
      continue;
    }
    if (group.length) yield group;
    group = [r];
  }
  if (group.length) yield group;
}

/**
 * The blanks of one sentence as one finding: a template's sentence often holds several, and a
 * finding for each repeats one message many times. The first is reported, the others are its
 * related locations (the editor lists them, and "next placeholder" visits each).
 */
function oneFinding(group: Report[]): Report {
  if (group.length === 1) return group[0];
  const [first, ...rest] = group;
  const related: RelatedReport[] = rest.map((r) => ({ start: r.start, end: r.end, messageId: 'alsoBlank', data: { text: String(r.data!.text) } }));
  return {
    start: first.start,
    end: first.end,
    messageId: 'more',
    data: { text: String(first.data!.text), count: group.length, others: rest.length },
    related,
  };
}

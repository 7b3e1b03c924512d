// figure/placeholder: template text that was never filled in. Drafts are often written from a
// model document (范文) whose figures and names are x, xx, ××, □□ or ____; sent as is, the
// document states nothing.

import type { Rule, RuleContext } from '../../types';
import { charAfter, charBefore, isArabicDigit, isHan, isLatinLetter, matchesWhere } from '../../figures/scanText';

// Runs of x/X (x月份, xx%, xxxx年, x市, XX县) and ×/○/□ (××县, ○○年, □□). A ×, ○ or □ run of any
// length is one blank, so ×××××××× is one finding; an x run stops at four letters, and a longer one
// touches a letter and is left alone as a word.
const LETTER_RUN = /[xXｘＸ]{1,4}|×+|[□○]+|_{2,}/g;
const CHINESE_DIGIT = /[〇零一二三四五六七八九十]/;
// After an x run, these characters make it a real word: X光 X线 X射线 X型 X轴 X片 X染色体 X形.
const X_WORDS = /[光线射型轴片染形]/;
// A year whose last digits were dropped: 202-年, 20-年, 20xx年 (handled by the x run).
/** Read with `matchesWhere`: never right after a digit (the tail of a longer number). */
const DROPPED_YEAR_DIGITS = /(?:19|20)[0-9]?[-_－]+年/g;
// A meeting or report title whose year was dropped: 在年卫生健康工作会议上, ×局年工作总结.
const DROPPED_YEAR_TITLE = /[在于]年(?=[\u4e00-\u9fff]{2,16}?(?:工作会议|大会|座谈会))|年(?<=[局委办府院厅部会处科所站司]年)(?=工作(?:总结|计划|要点|报告|安排))/g;
const NOT_A_DROPPED_YEAR = /^年[度底初内中末终前后来均龄轻份限会报鉴检薪假级代头关节]/;

export const placeholder: Rule = {
  meta: {
    id: 'figure/placeholder',
    title: { zh: '未填写的模板占位符', en: 'Unfilled template placeholder' },
    description: {
      zh: '照范文起草时留下的 x、xx、××、□□、____ 或缺位的年份（20xx年、202-年、在年……会议上）没有换成实际数字或名称。',
      en: 'Placeholders left from a model document (x, xx, ××, □□, ____, or a year with digits missing: 20xx年, 202-年, 在年…会议上) were never replaced by the real figure or name.',
    },
    source: {
      zh: '公文写作惯例：公文所述数字、日期、名称须准确完整（《党政机关公文处理工作条例》第十九条要求内容准确）',
      en: 'Editorial convention: figures, dates and names in an official document must be stated (the regulation on handling official documents requires accurate content)',
    },
    severity: 'error',
    fixable: false,
    messages: {
      placeholder: {
        zh: '“{text}”是未填写的模板占位符：公文所述数字、日期和名称须准确完整（《党政机关公文处理工作条例》要求内容准确），请换成实际内容。',
        en: '"{text}" is an unfilled template placeholder: figures, dates and names in an official document must be stated in full (the 2012 Regulations require accurate content); replace it with the real value.',
      },
      droppedYear: {
        zh: '“{text}”缺少年份：此处应写明年份（如“2023年”），请补全。',
        en: '"{text}" is missing its year: state the year here (e.g. 2023年).',
      },
    },
    examples: {
      bad: [{ text: '全区上半年完成投资xx亿元，x月底前全部开工。\n' }, { text: '在年全区卫生健康工作会议上的讲话\n' }],
      good: [{ text: '配备X光机2台，导出为xlsx表格，效率提高5x。\n' }, { text: '上半年完成投资12亿元，6月底前全部开工。\n' }],
    },
    limits: [
      {
        zh: '与拉丁字母相连的 x（max、xlsx、拼音 xiàn）、X光/X线/X型等词、数字后的倍数写法（5x）不报；单个“□”多为勾选框，只有连写两个以上或后接年月日时才报。',
        en: 'An x touching Latin letters (max, xlsx, pinyin such as xiàn), X光/X线/X型 and similar words, and a multiplier after digits (5x) are left alone; a single □ is usually a check box and is reported only when repeated or followed by 年/月/日.',
      },
      {
        zh: '缺年份的标题只在“在/于年……会议”和“机关名+年工作总结/计划”两种写法中识别，避免把“年度”“年底”等误报。',
        en: 'A dropped year is recognised only in "在/于年…会议" and "<office>年工作总结/计划", so that 年度, 年底 and similar words are never reported.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    checkLetterRuns(ctx, masked);
    for (const m of matchesWhere(masked, DROPPED_YEAR_DIGITS, (at) => !isArabicDigit(masked[at - 1]))) {
      ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'droppedYear', data: { text: m[0] } });
    }
    for (const m of masked.matchAll(DROPPED_YEAR_TITLE)) {
      if (NOT_A_DROPPED_YEAR.test(masked.slice(m.index, m.index + 2))) continue;
      // Quote the dropped-year phrase up to the next break: 年全区卫生健康工作会议.
      const text = /^[^\s\u0000，。；：、,.;:！？]{1,12}/.exec(masked.slice(m.index, m.index + 12))![0];
      ctx.report({ start: m.index, end: m.index + 1, messageId: 'droppedYear', data: { text } });
    }
  },
};

function checkLetterRuns(ctx: RuleContext, masked: string): void {
  for (const m of masked.matchAll(LETTER_RUN)) {
    const run = m[0];
    let start = m.index;
    const end = start + run.length;
    const before = charBefore(masked, start);
    const after = charAfter(masked, end);
    if (/[xXｘＸ]/.test(run[0])) {
      if (isLatinLetter(before) || isLatinLetter(after) || /[0-9０-９]/.test(after ?? '')) continue;
      // A model name after a Latin word (iPhone X) is a name, not a blank.
      if (before === ' ' && isLatinLetter(masked[start - 2])) continue;
      if (after && X_WORDS.test(after)) continue;
      if (/[0-9]/.test(before ?? '')) {
        // 20xx年 and 202x年 are years with digits left out; 5x is a multiplier.
        const digits = /[0-9]+$/.exec(masked.slice(Math.max(0, start - 3), start))?.[0] ?? '';
        if (digits.length + run.length !== 4 || after !== '年') continue;
        start -= digits.length;
      } else if (!(isHan(after) || after === '%' || after === '％' || after === '‰')) {
        continue;
      }
    } else if (run[0] === '×') {
      // 3×4 is multiplication; ×× or ×县 is a placeholder.
      if (/[0-9０-９]/.test(before ?? '') || /[0-9０-９]/.test(after ?? '')) continue;
      if (run.length === 1 && !isHan(after)) continue;
    } else if (run[0] === '_') {
      if (/[A-Za-z0-9]/.test(before ?? '') || /[A-Za-z0-9]/.test(after ?? '')) continue;
    } else if (run[0] === '○' && (CHINESE_DIGIT.test(before ?? '') || CHINESE_DIGIT.test(after ?? ''))) {
      continue; // 二○○八年: a zero typed as a circle (figure/numeral-form), not a blank
    } else if (run.length === 1 && !/[年月日号]/.test(after ?? '')) {
      continue; // a lone □ or ○ is a check box or a bullet
    }
    const text = masked.slice(start, end + (after && (isHan(after) || /[%％‰]/.test(after)) ? after.length : 0));
    ctx.report({ start, end, messageId: 'placeholder', data: { text } });
  }
}

// docno/conflict: within one document, one title cited with two different numbers, or one number
// given to two different titles. Each finding names the other statement and points to it.

import { docnoIndex, type Citation, type DocumentNumber } from '../../docno';
import type { Rule } from '../../types';

/** Titles shorter than this (《通知》) are too generic to compare. */
const MIN_TITLE = 4;
/** A notice that issues or forwards another document shares that document's number. */
const WRAPPER = /关于(?:印发|转发|下发|公布|发布|批转|颁发)/;

function normalizedTitle(c: Citation): string {
  return c.title.inner.replace(/[\s\u0000〈〉《》<>]/g, '');
}

/** A title the text marks as superseded (原《…》, 旧《…》): its revision may keep the title. */
function superseded(masked: string, c: Citation): boolean {
  return /[原旧]$/.test(masked.slice(Math.max(0, c.title.start - 1), c.title.start));
}

/** Whether every character of `short` appears in `long` in order (an abbreviation or a slip). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** The same agency, allowing for a lead word the parser could not cut off (经研究国发 vs 国发). */
function sameAgency(a: DocumentNumber, b: DocumentNumber): boolean {
  return a.agency.text.endsWith(b.agency.text) || b.agency.text.endsWith(a.agency.text);
}

export const conflict: Rule = {
  meta: {
    id: 'docno/conflict',
    title: { zh: '同一文件文号前后不一', en: 'Conflicting document citations' },
    description: {
      zh: '同一文档中，同一标题的文件引了两个不同的文号，或同一个文号配了两个不同的标题，至少有一处写错。',
      en: 'Within one document, the same title is cited with two different numbers, or one number is given to two different titles: at least one of them is wrong.',
    },
    source: {
      zh: '内部一致性：发文字号唯一标识一份公文（《党政机关公文处理工作条例》第九条），同一文件在文中应前后一致',
      en: 'Internal consistency: a document number identifies one document (Regulations on the Handling of Official Documents of Party and Government Organs, art. 9), so citations of it must agree',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      titleTwoNumbers: {
        zh: '《{title}》此处文号为“{number}”，而第 {line} 行为“{other}”：同一文件只有一个文号，请核对哪一处有误。',
        en: '《{title}》 is cited here as "{number}" but as "{other}" on line {line}: one document has one number; check which is wrong.',
      },
      titleTwoNumbersMaybe: {
        zh: '《{title}》此处文号为“{number}”，而第 {line} 行为“{other}”：若是同一文件，文号应一致，请核对（也可能是不同机关或不同年份的同名文件）。',
        en: '《{title}》 is cited here as "{number}" but as "{other}" on line {line}: if this is one document the numbers must agree; check (they may be two documents of the same name, from other agencies or years).',
      },
      numberTwoTitles: {
        zh: '文号“{number}”此处对应《{title}》，而第 {line} 行对应《{other}》：一个文号只对应一份文件，请核对标题或文号。',
        en: 'Number "{number}" is given here to 《{title}》 but to 《{other}》 on line {line}: one number names one document; check the title or the number.',
      },
      relatedCitation: {
        zh: '另一处引用：{text}',
        en: 'the other citation: {text}',
      },
    },
    examples: {
      bad: [
        {
          text: '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕5号）要求，抓好落实。\n\n再次强调，《关于做好春季防疫工作的通知》（省卫发〔2023〕6号）明确了责任分工。\n',
        },
      ],
      good: [
        {
          text: '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕5号）要求，抓好落实。\n\n再次强调，《关于做好春季防疫工作的通知》（省卫发〔2023〕5号）明确了责任分工。\n',
        },
        {
          text: '省政府印发《关于印发〈乡村医生培训方案〉的通知》（省政发〔2023〕9号），《乡村医生培训方案》（省政发〔2023〕9号）同时公布。\n',
        },
      ],
    },
    limits: [
      {
        zh: '印发、转发类通知与它所印发的文件共用一个文号，标题带“关于印发/转发”时不算冲突；一个标题的字按顺序都出现在另一个标题里（简称、漏字）时也不报。',
        en: 'A notice that issues or forwards a document shares its number, so titles reading 关于印发/转发… are not a conflict; nor is a title whose characters all appear, in order, in the other (an abbreviation or a dropped character).',
      },
      {
        zh: '标有“原《…》”“旧《…》”的是被修订、废止的旧文件，新文件可能沿用同一标题，不比较；同一机关不同年份的同名文件只作提示（info）。',
        en: 'A title marked 原《…》 or 旧《…》 names a superseded document whose revision may keep the title, so it is not compared; the same title with the same agency but another year is reported as info only.',
      },
      {
        zh: '同一标题配了不同机关代字的文号时，可能是不同机关的同名文件，只作提示（info）。',
        en: 'When the same title carries numbers of different agencies, they may be two agencies’ documents of the same name: reported as info only.',
      },
      {
        zh: `少于 ${MIN_TITLE} 个字的标题（如《通知》）太笼统，不比较。`,
        en: `Titles shorter than ${MIN_TITLE} characters (such as 《通知》) are too generic to compare.`,
      },
    ],
  },
  check(ctx) {
    const { citations } = ctx.doc.get(docnoIndex);
    const { masked } = ctx.doc.prose;
    const lineOf = (offset: number) => ctx.doc.lines.lineOf(offset) + 1;
    const byTitle = new Map<string, Citation>();
    const byNumber = new Map<string, Citation>();
    for (const c of citations) {
      const title = normalizedTitle(c);
      if (title.length < MIN_TITLE) continue;

      // A superseded document (原《…》) is left out of the title comparison altogether.
      const sameTitle = superseded(masked, c) ? c : byTitle.get(title);
      if (!sameTitle) byTitle.set(title, c);
      else if (sameTitle !== c) {
        const a = sameTitle.number;
        const b = c.number;
        const agree = sameAgency(a, b) && a.year.value === b.year.value && a.serial.value === b.serial.value;
        if (!agree) {
          // Another agency's document, or a revision issued in another year, may share the title.
          const certain = sameAgency(a, b) && a.year.value === b.year.value;
          ctx.report({
            start: b.start,
            end: b.end,
            messageId: certain ? 'titleTwoNumbers' : 'titleTwoNumbersMaybe',
            data: { title: c.title.inner, number: b.text, other: a.text, line: lineOf(a.start) },
            related: [{ start: a.start, end: a.end, messageId: 'relatedCitation', data: { text: `${sameTitle.title.text}（${a.text}）` } }],
            severity: certain ? undefined : 'info',
          });
        }
      }

      const sameNumber = byNumber.get(c.number.key);
      if (!sameNumber) byNumber.set(c.number.key, c);
      else {
        const other = normalizedTitle(sameNumber);
        const [short, long] = other.length <= title.length ? [other, title] : [title, other];
        const related = isSubsequence(short, long) || WRAPPER.test(other) || WRAPPER.test(title);
        if (!related) {
          ctx.report({
            start: c.title.start,
            end: c.title.end,
            messageId: 'numberTwoTitles',
            data: { number: c.number.text, title: c.title.inner, other: sameNumber.title.inner, line: lineOf(sameNumber.title.start) },
            related: [{ start: sameNumber.title.start, end: sameNumber.title.end, messageId: 'relatedCitation', data: { text: `${sameNumber.title.text}（${sameNumber.number.text}）` } }],
          });
        }
      }
    }
  },
};

// punctuation/stray: a mark that cannot stand where it is. Two different point marks in a row
// (，。 、。 ；。 。，) — one of them is left over from an edit; a 顿号 before 等 or 等等
// (甲、乙、等), since 等 closes the list itself; and a full stop inside a sentence that goes on
// (…目标。的…), where the sentence is cut in the middle of a phrase.

import { ownedMarks, POINT_MARKS, isClosingMark, isSpace } from '../../punctuation/marks';
import type { Rule } from '../../types';

const CLASH = new RegExp(`[${POINT_MARKS}]{2}`, 'g');
/** ？！ and ！？ are the combinations GB/T 15834-2011 4.2/4.3 allow (a question with force). */
const ALLOWED_PAIRS = new Set(['？！', '！？']);
const SENTENCE_END = '。？！';
/** Pause marks that cannot end a sentence: before a final 。 they are certainly the extra one. */
const PAUSE_MARKS = '，、；';
/** 顿号 then 等: the 等 of a list, unless it begins a word (等级 等待 等于 等同 …). */
const COMMA_BEFORE_DENG = /、等/g;
const DENG_WORD_SECOND = new Set([...'级待于同额次量价候比距高效分号第值位温压式边腰']);
/** A full stop followed by 的: no sentence begins with the particle 的 (的确 and 的士 do). */
const STOP_BEFORE_DE = /。的/g;
const DE_WORD_SECOND = new Set([...'确士哥']);

export const stray: Rule = {
  meta: {
    id: 'punctuation/stray',
    title: { zh: '多余或冲突的标点', en: 'Stray or clashing punctuation' },
    description: {
      zh: '两个不同的点号连用（“，。”“、。”“；。”“。，”）、“等”“等等”前的顿号（“甲、乙、等”），以及句子中间被句号截断（“……目标。的……”），都是多出或错放的标点。',
      en: 'Two different point marks in a row (，。 、。 ；。 。，), a 顿号 before 等 or 等等 (甲、乙、等), and a full stop cutting a sentence in the middle (…目标。的…) are marks left over or misplaced.',
    },
    source: {
      zh: 'GB/T 15834-2011《标点符号用法》4.1（句号用于句末）、4.5（顿号用于并列词语之间，“等”前不用）',
      en: 'GB/T 15834-2011 4.1 (a full stop ends a sentence) and 4.5 (a 顿号 separates coordinate items; none before 等)',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      clash: {
        zh: '“{marks}”两个点号连用：只能保留一个（GB/T 15834-2011）。',
        en: 'Two point marks in a row, "{marks}": keep only one (GB/T 15834-2011).',
      },
      clashAtEnd: {
        zh: '“{marks}”两个点号连用：句末删去“{extra}”，保留“{kept}”（GB/T 15834-2011）。',
        en: 'Two point marks in a row, "{marks}": at the end of the sentence drop "{extra}" and keep "{kept}" (GB/T 15834-2011).',
      },
      beforeDeng: {
        zh: '“、{deng}”：“{deng}”前不用顿号（GB/T 15834-2011 4.5）。',
        en: '"、{deng}": no 顿号 before {deng} (GB/T 15834-2011 4.5).',
      },
      stopInSentence: {
        zh: '句号把句子截断了：“。的”中的句号多余（GB/T 15834-2011 4.1）。',
        en: 'A full stop cuts the sentence: the 。 in "。的" is stray (GB/T 15834-2011 4.1).',
      },
      dropMark: { zh: '删去“{mark}”', en: 'Delete "{mark}"' },
    },
    examples: {
      bad: [
        { text: '全年完成各项目标任务，。\n', note: { zh: '句末逗号多余', en: 'a comma before the final stop' } },
        { text: '邀请财政、人社、卫健、等部门参加。\n' },
        { text: '确保实现全年目标。的各项措施落实到位。\n' },
      ],
      good: [
        { text: '邀请财政、人社、卫健等部门参加，按等级评定。\n' },
        { text: '这难道不是我们的责任吗？！的确如此。\n' },
        { text: '坚持问题导向——这是关键……\n' },
      ],
    },
    limits: [
      {
        zh: '只在确定时自动修复：行末句末的“，。”“、。”“；。”删去前一个点号、“、等”删去顿号；其余连用由作者决定保留哪一个，编辑器中提供删除选项。',
        en: 'Fixed automatically only where certain: a pause mark before the final stop of a line (，。 、。 ；。) is dropped, 、等 drops the 顿号; for other clashes the writer chooses which to keep (the editor offers both deletions).',
      },
      {
        zh: '“？！”“！？”是标准允许的连用，不报。“等”开头的词（等级、等待、等于、等同、等额等）前的顿号不报。',
        en: '？！ and ！？ are combinations the standard allows. A 顿号 before a word that starts with 等 (等级, 等待, 等于, 等同, 等额 …) is left alone.',
      },
      {
        zh: '句中句号只认“。的”（没有句子以助词“的”开头，“的确”“的士”除外）；其他被句号截断的句子需要理解语义，不报。',
        en: 'A stop inside a sentence is recognised only before the particle 的 (no sentence begins with it; 的确 and 的士 excepted); other cut sentences need understanding and are left alone.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const owned = ctx.doc.get(ownedMarks);
    for (const m of masked.matchAll(CLASH)) {
      const [first, second] = m[0];
      if (first === second || ALLOWED_PAIRS.has(m[0]) || owned.has(m.index) || owned.has(m.index + 1)) continue;
      const start = m.index;
      const end = start + 2;
      const drop = (at: number) => ({ messageId: 'dropMark', data: { mark: masked[at] }, edits: [{ start: at, end: at + 1, text: '' }] });
      if (SENTENCE_END.includes(second) && PAUSE_MARKS.includes(first) && endsParagraph(masked, end)) {
        ctx.report({ start, end, messageId: 'clashAtEnd', data: { marks: m[0], extra: first, kept: second }, fix: [{ start, end: start + 1, text: '' }] });
      } else {
        ctx.report({ start, end, messageId: 'clash', data: { marks: m[0] }, suggestions: [drop(start), drop(start + 1)] });
      }
    }
    for (const m of masked.matchAll(COMMA_BEFORE_DENG)) {
      if (DENG_WORD_SECOND.has(masked[m.index + 2] ?? '') || owned.has(m.index)) continue;
      const deng = masked.startsWith('等等', m.index + 1) ? '等等' : '等';
      ctx.report({ start: m.index, end: m.index + 1 + deng.length, messageId: 'beforeDeng', data: { deng }, fix: [{ start: m.index, end: m.index + 1, text: '' }] });
    }
    for (const m of masked.matchAll(STOP_BEFORE_DE)) {
      if (DE_WORD_SECOND.has(masked[m.index + 2] ?? '')) continue;
      ctx.report({ start: m.index, end: m.index + 2, messageId: 'stopInSentence', suggestions: [{ messageId: 'dropMark', data: { mark: '。' }, edits: [{ start: m.index, end: m.index + 1, text: '' }] }] });
    }
  },
};

/** True when only closing quotes or brackets, and spaces, stand between `at` and the line's end. */
function endsParagraph(masked: string, at: number): boolean {
  let i = at;
  while (i < masked.length && (isClosingMark(masked[i]) || isSpace(masked[i]))) i++;
  return i >= masked.length || masked[i] === '\n' || masked[i] === '\r' || masked[i] === '\u0000';
}

// punctuation/duplicated: the same point mark typed twice (。。 ，， 、、 ；； ：：). GB/T
// 15834-2011 gives each pause one mark; a doubled one is a slip of the keyboard or of an
// edit that joined two sentences, and the fix keeps one. Three or more full stops in a row are
// an ellipsis typed with the wrong mark: the standard writes it ……, which is offered, not forced.

import { ownedMarks } from '../../punctuation/marks';
import type { Rule } from '../../types';

const DOUBLED = /([。，、；：])\1+/g;

export const duplicated: Rule = {
  meta: {
    id: 'punctuation/duplicated',
    title: { zh: '标点重复', en: 'Doubled punctuation mark' },
    description: {
      zh: '同一个点号连打两次（“。。”“，，”“、、”“；；”“：：”）是录入错误，只保留一个。连续三个以上句号是把省略号错打成句号，省略号应写作“……”。',
      en: 'The same point mark typed twice (。。 ，， 、、 ；； ：：) is a typing slip: keep one. Three or more full stops in a row are an ellipsis typed wrongly; GB/T 15834-2011 writes it ……',
    },
    source: {
      zh: 'GB/T 15834-2011《标点符号用法》4.1–4.6（每处停顿用一个点号）、4.11（省略号写作“……”）',
      en: 'GB/T 15834-2011 4.1–4.6 (one point mark per pause) and 4.11 (the ellipsis is ……)',
    },
    severity: 'error',
    fixable: true,
    messages: {
      doubled: {
        zh: '标点“{mark}”重复：应只保留一个“{single}”（GB/T 15834-2011）。',
        en: 'Doubled mark "{mark}": keep a single "{single}" (GB/T 15834-2011).',
      },
      ellipsis: {
        zh: '连续的句号“{mark}”：省略号应写作“……”（GB/T 15834-2011 4.11）。',
        en: 'Run of full stops "{mark}": GB/T 15834-2011 4.11 writes an ellipsis as "……".',
      },
      useEllipsis: { zh: '改为“……”', en: 'Write "……"' },
    },
    examples: {
      bad: [{ text: '全年完成目标任务。。下半年继续推进。\n' }, { text: '加强组织领导，，压实工作责任。\n' }, { text: '人员、、经费、场地均已落实。\n' }],
      good: [{ text: '全年完成目标任务。下半年继续推进……确保按期完成。\n' }, { text: '坚持问题导向——这是关键。\n' }],
    },
    limits: [
      {
        zh: '只查同一个全角点号的连用；不同点号连用（“，。”“、。”）由 punctuation/stray 报告。问号、叹号的叠用在文艺作品中有修辞作用，不报。省略号“……”、破折号“——”本来就是两个字符，不报。',
        en: 'Only the same full-width point mark repeated is checked; two different marks (，。 、。) are punctuation/stray’s. Repeated ? and ! have a rhetorical use and are left alone. The ellipsis …… and the dash —— are two characters by design and are silent.',
      },
      {
        zh: '连续三个以上句号不自动修复：改为省略号还是删去多余的句号，由作者决定（编辑器中提供“改为……”）。',
        en: 'Three or more full stops are not fixed automatically: whether they become an ellipsis or one stop is the writer’s call (the editor offers "Write ……").',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const owned = ctx.doc.get(ownedMarks);
    for (const m of masked.matchAll(DOUBLED)) {
      const start = m.index;
      const end = start + m[0].length;
      if (owned.has(start + 1)) continue;
      if (m[1] === '。' && m[0].length >= 3) {
        ctx.report({ start, end, messageId: 'ellipsis', data: { mark: m[0] }, severity: 'warning', suggestions: [{ messageId: 'useEllipsis', edits: [{ start, end, text: '……' }] }] });
        continue;
      }
      ctx.report({ start, end, messageId: 'doubled', data: { mark: m[0], single: m[1] }, fix: [{ start: start + 1, end, text: '' }] });
    }
  },
};

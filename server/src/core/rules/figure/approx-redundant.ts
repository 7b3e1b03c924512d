// figure/approx-redundant: one number with two words of approximation (约3000人左右, 近900余人,
// 大约100多个). Each word already says "about"; two of them say it twice, and 近…余 even
// contradict each other (近 is "nearly, below", 余 is "more than").

import type { Rule, Suggestion } from '../../types';
import { figureIndex, type ApproxMark } from '../../figures/numbers';

export const approxRedundant: Rule = {
  meta: {
    id: 'figure/approx-redundant',
    title: { zh: '概数词重复', en: 'Doubled approximation words' },
    description: {
      zh: '同一个数只用一个表示概数的词：“约3000人左右”“近900余人”“大约100多个”都重复了，保留其一即可。',
      en: 'One number takes one word of approximation: 约3000人左右, 近900余人 and 大约100多个 each say "about" twice; keep one.',
    },
    source: {
      zh: 'GB/T 15835-2011《出版物上数字用法》3.3“概数”及其示例；现代汉语语法规范（概数词不叠用）',
      en: 'GB/T 15835-2011 §3.3 "approximate number" and its examples; standard Chinese grammar (approximation words are not stacked)',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      redundant: {
        zh: '“{text}”同时用了“{first}”和“{second}”表示概数：意思重复（GB/T 15835-2011 3.3 的概数只用一个概数词），只保留一个，如“{option}”。',
        en: '"{text}" uses both "{first}" and "{second}" for "about", a doubled approximation (GB/T 15835-2011 3.3 uses one word): keep one, e.g. "{option}".',
      },
      keepOnly: {
        zh: '只保留“{word}”：{fixed}',
        en: 'Keep only "{word}": {fixed}',
      },
    },
    examples: {
      bad: [{ text: '全年开展义诊约300场左右，服务群众近900余人次。\n' }],
      good: [{ text: '全年开展义诊约300场，服务群众900余人次，满意度85%左右，近五年累计投入6万余元。\n' }],
    },
    limits: [
      {
        zh: '“近五年”“近3个月”中的“近”指“最近”，不是概数词；“签约”“节约”中的“约”不算。“超过”“以上”表示界限而不是概数，与“余”连用不在本规则范围内。',
        en: '近 in 近五年 / 近3个月 means "the last", not "nearly"; 约 inside 签约 or 节约 is not "about". 超过 and 以上 state a bound, not an approximation, and are not checked here.',
      },
      {
        zh: '不自动修改：保留哪个词由作者决定，编辑器中为每种写法各提供一个建议。',
        en: 'No automatic fix: which word to keep is the writer\'s choice; the editor offers one suggestion per single-word form.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const f of ctx.doc.get(figureIndex).figures) {
      if (f.approx.length < 2) continue;
      const text = masked.slice(f.start, f.end);
      // One suggestion per word kept: remove every other approximation word.
      const suggestions: Suggestion[] = f.approx.map((keep) => {
        const removed = f.approx.filter((a) => a !== keep);
        return {
          messageId: 'keepOnly',
          data: { word: keep.word, fixed: without(text, f.start, removed) },
          edits: removed.map((a) => ({ start: a.start, end: a.end, text: '' })),
        };
      });
      const [first, second] = f.approx;
      ctx.report({
        start: f.start,
        end: f.end,
        messageId: 'redundant',
        data: { text, first: first.word, second: second.word, option: without(text, f.start, f.approx.slice(1)) },
        suggestions,
      });
    }
  },
};

function without(text: string, offset: number, marks: ApproxMark[]): string {
  let out = text;
  for (const a of [...marks].sort((x, y) => y.start - x.start)) out = out.slice(0, a.start - offset) + out.slice(a.end - offset);
  return out;
}

// outline/enum-sequence: in-paragraph enumerations (一是…二是…, 一要…二要…, 第一，…第二，…)
// count up from one without a skip or a repeat.

import { outlineIndex, type EnumerationMarker, type EnumerationSeries } from '../../outline/model';
import { toChineseNumeral } from '../../text/numerals';
import type { Rule } from '../../types';

export const enumSequence: Rule = {
  meta: {
    id: 'outline/enum-sequence',
    title: { zh: '“一是、二是”类列举连续', en: 'In-paragraph enumerations count in order' },
    description: {
      zh: '段落中的列举“一是……二是……”“一要……二要……”“第一，……第二，……”应从“一”起依次排列，不跳、不重。同一层次标题之下为一组，新的层次标题或重新从“一”起写时另起一组。',
      en: 'In-paragraph enumerations (一是…二是…, 一要…二要…, 第一，…第二，…) count from one without a skip or a repeat. One series lives under one outline item; a new item, or a new 一, starts another.',
    },
    source: {
      zh: '惯例：序次语依次排列（GB/T 15834-2011 将“第一”“首先”类词列为序次语，对连续性未作条文规定）',
      en: 'Convention: ordinal words run in order (GB/T 15834-2011 treats 第一, 首先 and similar words as ordinals; continuity itself is not a clause)',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      skip: {
        zh: '“{marker}”之前缺少“{missing}”：列举应依次排列（公文写作惯例），上一个是“{previous}”，此处应为“{expected}”。',
        en: '"{missing}" is missing before "{marker}": an enumeration counts in order (editorial convention); the previous one is "{previous}", so this should be "{expected}".',
      },
      repeat: {
        zh: '“{marker}”重复：列举应依次排列（公文写作惯例），上一个也是“{previous}”，此处应为“{expected}”。',
        en: '"{marker}" repeats: an enumeration counts in order (editorial convention); the previous one is also "{previous}", so this should be "{expected}".',
      },
      backwards: {
        zh: '“{marker}”排在“{previous}”之后：列举应依次排列（公文写作惯例），此处应为“{expected}”。',
        en: '"{marker}" comes after "{previous}": an enumeration counts in order (editorial convention); this should be "{expected}".',
      },
      notFromOne: {
        zh: '列举从“{marker}”开始，缺少“{first}”：列举应从“{first}”起依次排列（公文写作惯例）。',
        en: 'The enumeration starts at "{marker}" with no "{first}": it should count from "{first}" (editorial convention).',
      },
    },
    examples: {
      bad: [
        { text: '全年重点抓好三项工作：一是加强组织领导；二是健全工作机制；四是强化督促检查。\n' },
        { text: '具体要求如下：一要提高认识；二要压实责任；二要加强督查。\n' },
      ],
      good: [
        { text: '全年重点抓好三项工作：一是加强组织领导；二是健全工作机制；三是强化督促检查。\n' },
        { text: '要坚持一是一、二是二的作风，统一是前提，唯一是标准，第一书记要当好第一责任人。\n' },
      ],
    },
    limits: [
      {
        zh: '“首先、其次、再次、最后”会被识别进大纲模型，但“最后”“其次”也常作普通词语，不据此报错；只有一个列举词的组不报。',
        en: '首先/其次/再次/最后 are read into the outline model, but 最后 and 其次 are also ordinary words, so they are not reported; a series with a single marker is never reported.',
      },
      {
        zh: '缺少的列举词若在同一层次标题之下的原文中出现过（本规则未能识别的位置），视为识别遗漏，不报；与后一字可能成词的（“一要素”“一是一”）交由分词判断，无法判断时不算列举词。',
        en: 'When the missing marker is written elsewhere under the same item (a place the model did not read), nothing is reported; a marker whose next character may form a word with it (一要素, 一是一) is settled by word segmentation, and not counted when that is unavailable.',
      },
    ],
  },
  check(ctx) {
    const { text } = ctx.doc;
    for (const series of ctx.doc.get(outlineIndex).enumerations) {
      if (series.kind === 'order' || series.markers.length < 2) continue;
      const scopeStart = series.scope?.sectionStart ?? series.piece.start;
      const markers = series.markers;
      const first = markers[0];
      if (first.value !== 1) {
        const one = spell(series, first, 1);
        if (!text.slice(scopeStart, first.start).includes(one)) {
          ctx.report({ start: first.start, end: first.end, messageId: 'notFromOne', data: { marker: first.text, first: one } });
        }
      }
      for (let k = 1; k < markers.length; k++) {
        const previous = markers[k - 1];
        const marker = markers[k];
        if (marker.value === previous.value + 1) continue;
        const expected = spell(series, marker, previous.value + 1);
        const data = { marker: marker.text, previous: previous.text, expected };
        if (marker.value === previous.value) ctx.report({ start: marker.start, end: marker.end, messageId: 'repeat', data });
        else if (marker.value < previous.value) ctx.report({ start: marker.start, end: marker.end, messageId: 'backwards', data });
        else {
          const missing: string[] = [];
          for (let v = previous.value + 1; v < marker.value; v++) missing.push(spell(series, marker, v));
          if (missing.some((m) => text.slice(previous.end, marker.start).includes(m))) continue;
          ctx.report({ start: marker.start, end: marker.end, messageId: 'skip', data: { ...data, missing: missing.slice(0, 3).join('、') } });
        }
      }
    }
  },
};

/** The marker as it would read with another number: 三是, 第三. */
function spell(series: EnumerationSeries, marker: EnumerationMarker, value: number): string {
  const n = toChineseNumeral(value);
  return series.kind === '第' ? `第${n}` : `${n}${marker.text.slice(-1)}`;
}

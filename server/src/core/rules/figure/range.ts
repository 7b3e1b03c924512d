// figure/range: how a range is joined. GB/T 15835-2011 writes numeric ranges with the wave
// dash (80～150个), GB/T 15834-2011 joins the start and end of a time span with the one-em
// dash (2021—2025年); the hyphen is for product models and compound names, not ranges.

import type { Report, Rule, TextEdit } from '../../types';
import { figureIndex, type Figure, type FigureRange, type RangeEnd } from '../../figures/numbers';

const HYPHENS = new Set(['-', '－', '‐', '‑', '–']);
const DASHES = new Set(['—', '―']);
const ASCII_TILDE = new Set(['~', '〜']);

export const range: Rule = {
  meta: {
    id: 'figure/range',
    title: { zh: '数值范围和时间起止的连接号', en: 'Range and span connectors' },
    description: {
      zh: '数值范围用浪纹线“～”（80～150个），时间起止用一字线“—”（2021—2025年）；用连字符“-”连接范围不规范。范围两端的“%”“万”“亿”不宜省略（15%～30%，3万～5万元）。',
      en: 'A numeric range takes the wave dash ～ (80～150个) and a time span the em dash — (2021—2025年); a hyphen does not join ranges. Keep % 万 亿 on both ends (15%～30%, 3万～5万元).',
    },
    source: {
      zh: 'GB/T 15834-2011《标点符号用法》4.13 连接号（一字线标示时间起止，浪纹线标示数值范围）；GB/T 15835-2011《出版物上数字用法》数值范围的写法',
      en: 'GB/T 15834-2011 §4.13 connecting marks (em dash for time spans, wave dash for numeric ranges); GB/T 15835-2011 on writing numeric ranges',
    },
    severity: 'info',
    fixable: true,
    messages: {
      numericConnector: {
        zh: '数值范围“{text}”用了“{connector}”：数值范围应使用浪纹线“～”（GB/T 15834-2011 4.13），写作“{fixed}”。',
        en: 'The numeric range "{text}" uses "{connector}": numeric ranges take the wave dash ～ (GB/T 15834-2011 4.13); write "{fixed}".',
      },
      timeConnector: {
        zh: '时间起止“{text}”用了连字符“{connector}”：时间起止应使用一字线“—”或“至”（GB/T 15834-2011 4.13），写作“{fixed}”。',
        en: 'The time span "{text}" uses the hyphen "{connector}": a time span takes the em dash — or 至 (GB/T 15834-2011 4.13); write "{fixed}".',
      },
      unitDropped: {
        zh: '范围“{text}”的前一个数省略了“{unit}”，容易误读（GB/T 15835-2011 的范围写法各数都带单位）：应写作“{fixed}”。',
        en: 'The range "{text}" drops "{unit}" from its first number, which misleads (GB/T 15835-2011 writes the unit on both numbers); write "{fixed}".',
      },
    },
    examples: {
      bad: [{ text: '每个乡镇建成一所60-120个床位的养老机构。\n' }, { text: '实施期为2021-2025年。\n' }],
      good: [
        { text: '每个县建设一所80～150个托位的托育机构，实施期为2021—2025年。\n' },
        { text: '气温-3℃，学科-医院联盟，索引号000014349/2023-00001，发布日期2023-06-30。\n' },
      ],
    },
    limits: [
      {
        zh: '只检查两端都是阿拉伯数字、且后一个数带单位或百分号的范围；没有单位的“数-数”可能是编号、电话或索引号，不报。ISO 日期（2023-06-30）、带前导零或斜杠的编号、负数都不是范围。',
        en: 'Only ranges of two Arabic numbers whose second number carries a unit or percent sign are checked; a bare "n-n" may be a code, phone or index number. ISO dates (2023-06-30), numbers with leading zeros or slashes, and negative numbers are not ranges.',
      },
      {
        zh: '时间起止用“～”的写法常见且不致误解，不报；“至”“到”总是正确的。',
        en: 'A time span joined with ～ is common and unambiguous, so it is not reported; 至 and 到 are always correct.',
      },
      {
        zh: '范围的两端须在同一段落（或同一表格单元格、同一标题）内：分处两段的数字不连成范围。',
        en: 'Both ends must stand in one paragraph (or one table cell or heading): figures in two blocks never form a range.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    for (const r of ctx.doc.get(figureIndex).ranges) {
      const report = judge(masked, r);
      if (report) ctx.report(report);
    }
  },
};

function isFigure(end: RangeEnd): end is Figure {
  return 'numberStart' in end;
}

function judge(masked: string, r: FigureRange): Report | undefined {
  const c = r.connector.text;
  if (c === '至' || c === '到') return undefined;
  const start = isFigure(r.low) ? r.low.numberStart : r.low.start;
  const text = masked.slice(start, r.end);
  if (r.kind === 'time') {
    if (!HYPHENS.has(c) || !plausibleSpan(r)) return undefined;
    const edits = [{ start: r.connector.start, end: r.connector.end, text: '—' }];
    return { start, end: r.end, messageId: 'timeConnector', data: { text, connector: c, fixed: apply(text, start, edits) }, fix: edits };
  }
  const { low, high } = r;
  if (!isFigure(low) || !isFigure(high) || low.form !== 'arabic' || high.form !== 'arabic') return undefined;
  if (low.quoted || high.quoted || !(high.unit || high.multiplier) || !(low.value < high.value)) return undefined;
  const edits: TextEdit[] = [];
  if (HYPHENS.has(c) || DASHES.has(c) || ASCII_TILDE.has(c)) edits.push({ start: r.connector.start, end: r.connector.end, text: '～' });
  // 15～30% reads as "15 to 30 percent" only by guesswork; 3～5万 could be 3 to 50000.
  const dropped = !low.unit && !low.multiplier ? droppedUnit(high) : undefined;
  if (dropped) edits.unshift({ start: low.numberEnd, end: low.numberEnd, text: dropped });
  if (!edits.length) return undefined;
  const fixed = apply(text, start, edits);
  if (dropped && edits.length === 1) {
    return { start, end: r.end, messageId: 'unitDropped', data: { text, unit: dropped, fixed }, fix: edits };
  }
  return { start, end: r.end, messageId: 'numericConnector', data: { text, connector: c, fixed }, fix: edits };
}

/** The unit the first number of a range must repeat: % ‰ or the multiplier 万 亿. */
function droppedUnit(high: Figure): string | undefined {
  if (high.percent === 'percent' || high.percent === 'permille') return high.unit!.text;
  if (high.multiplier && /^[万亿]$/.test(high.multiplier.text) && high.base < 1e4) return high.multiplier.text;
  return undefined;
}

/** A time span whose ends are years (2021-2025年) or months (1-6月) that can be real. */
function plausibleSpan(r: FigureRange): boolean {
  const { low, high } = r;
  if (isFigure(low)) {
    if (isFigure(high) || low.unit || low.form !== 'arabic') return false;
    if (high.year && !high.month) return low.value >= 1000 && low.value < high.year.value;
    if (!high.year && high.month && !high.day) return low.value >= 1 && low.value < high.month.value;
    return false;
  }
  return !isFigure(high);
}

function apply(text: string, offset: number, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start - offset) + e.text + out.slice(e.end - offset);
  return out;
}

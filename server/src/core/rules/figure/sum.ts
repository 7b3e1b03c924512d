// figure/sum: a total and its parts (共有医疗机构120家，其中医院8家、卫生院15家……) must add up:
// the parts never exceed the total, and when a part is “其余”, they equal it. Shares of one whole
// (医院、卫生院、村卫生室分别占12%、28%、65%) never add up to more than 100%.

import type { Rule } from '../../types';
import { FIGURES_CONSISTENT_CONVENTION } from '../sources';
import { figureIndex, type Figure } from '../../figures/numbers';
import { normalizedUnit, roundingTolerance } from '../../figures/metrics';

/**
 * A word before the total that announces it as one: 共有, 合计, 总计, 累计, 总数, and the verbs
 * that state what a body has or did in all (现有, 辖, 设有, 建成, 完成, 接诊, 购置…). The total may name
 * its kinds first, ending in 等 (现有CT、DR等大型设备6台).
 */
const TOTAL_CUE = /(?:共|合计|总计|累计|总数|总量|总额|现有|拥有|下辖|辖|设有|建有|建成|完成|接诊|培训|发放|投入|筹集|购置|采购|购买|配备|配置)(?:[\u4e00-\u9fff]{0,10}|[\u4e00-\u9fffA-Za-z、]{0,12}等[\u4e00-\u9fff]{1,8})[ \t\u3000]?$/;
/**
 * The parts: 其中 after the total's clause or at the start of the next sentence (。其中，),
 * or a colon right after the total (共120家：医院8家、卫生院25家).
 */
const PARTS_CUE = /^(?:[^。！？；，：,;:!?\d]{0,12}[，,：:。]\s*其中[，,：:]?|[^。！？；，：,;:!?\d]{0,12}[：:](?=[^。！？\n]*[、，,；;]))/;
/**
 * Clauses after a total that state other totals of the same subject (，总投资126.5亿元，年度计划
 * 投资38.2亿元), then 其中 after a comma or at the start of the next sentence. No clause may
 * end a sentence before that.
 */
const OTHER_TOTALS_THEN_PARTS = /^(?:[，,][^。！？；，,;!?\n]{1,30}){1,3}[，,。]\s*其中[，,：:]?/;
/** A part named as the remainder makes the list exhaustive. */
const REMAINDER = /(?:其余|其他|其它|剩余|余下|另有)[\u4e00-\u9fff]{0,8}$/;
/** Attributes that cut across a breakdown: a person can be a woman, a party member and a doctor. */
const CROSS_CUTTING = /女|男|党员|团员|民族|学历|本科|大专|研究生|硕士|博士|职称|高级|中级|初级|正高|副高|岁|在编|编制|聘用|退休|新增|新建|新招|引进|公立|民营|非公|重点|贫困|困难|残疾|专业技术|示范|达标|标准化|规范化/;

/** Parts that are changes or shares, not components: the sum means nothing. */
// 超 as a change (超过, 超出, 超1000人), not the 超 of an ultrasound machine (彩超, B超).
const NOT_COMPONENTS = /增|减|降|升|提高|同比|环比|较|比|(?<![彩B])超(?!声)|占|以上|以下|不少于|不低于|至少|其中|中有|包括|含/;

export const sum: Rule = {
  meta: {
    id: 'figure/sum',
    title: { zh: '合计与分项相符', en: 'Totals agree with their parts' },
    description: {
      zh: '“共……，其中……”的分项相加不能超过合计；列出“其余”时，分项之和应等于合计。“甲、乙、丙分别占a%、b%、c%”这类同一总体的各部分占比，相加不能超过100%。',
      en: 'In 共…，其中… the parts never add up to more than the total; when one part is the remainder (其余), they add up to exactly the total. Shares of one whole (甲、乙、丙分别占a%、b%、c%) never add up to more than 100%.',
    },
    source: FIGURES_CONSISTENT_CONVENTION,
    severity: 'warning',
    fixable: false,
    messages: {
      exceeds: {
        zh: '分项之和大于合计：{sum} > {total}，超出 {difference}{unit}。分项不能多于合计，请核对合计或分项数值。',
        en: 'The parts add up to more than the total: {sum} > {total}, {difference} {unit} too many. Parts cannot exceed their total; check the figures.',
      },
      unequal: {
        zh: '分项含“其余”，相加应等于合计：{sum} ≠ {total}，相差 {difference}{unit}。请核对合计或分项数值。',
        en: 'The parts include the remainder, so they must add up to the total: {sum} ≠ {total}, a difference of {difference} {unit}. Check the figures.',
      },
      partsHere: {
        zh: '分项在此（{count} 项）',
        en: 'the parts ({count})',
      },
      sharesExceed: {
        zh: '各部分占比之和超过100%：{sum}。同一总体的各部分占比相加不能超过100%，请核对。',
        en: 'The shares add up to more than 100%: {sum}. Parts of one whole cannot exceed 100%; check the figures.',
      },
    },
    examples: {
      bad: [{ text: '全县共有医疗卫生机构120家，其中医院8家、卫生院25家、村卫生室95家。\n' }, { text: '医院、卫生院、村卫生室分别占12%、28%、65%。\n' }],
      good: [
        { text: '全县共有医疗卫生机构120家，其中医院8家、卫生院25家、村卫生室87家。\n' },
        { text: '全县共有医疗卫生机构120家，其中医院8家、卫生院25家。\n' },
      ],
    },
    limits: [
      {
        zh: '占比只核对“……分别占（全县的）a%、b%……”紧挨着列出的两个以上百分数：其间只能是顿号、逗号或“和”“及”“与”；带“约”“以上”“左右”等的不核对；“分别”前的对象是交叉属性（女职工、党员、公立、民营……）时不核对。每个百分数按写出的精度允许半个末位的舍入误差（三个整数百分比合计到101%仍算一致）。',
        en: 'Shares are checked only as two or more percentages listed right after 分别占 (with the whole named between: 分别占全县的), joined by 、 ， 和 及 与 only; none with 约, 以上, 左右 …; none whose subjects before 分别 are overlapping attributes (女职工, 党员, 公立, 民营 …). Each share may be off by half its last written digit (three whole percentages totalling 101% still agree).',
      },
      {
        zh: '只核对“共/合计/总计/累计/现有/下辖/建成/完成/购置/配备……N单位，其中……”（其中也可在下一句开头，或用冒号直接列出分项；合计与“其中”之间还可以有一到三个分句写同一对象其他单位的总数，如“共计48个，总投资126.5亿元。其中……”，这些分句里不能有与合计同单位的数）这类写法：分项在同一句里、与合计单位相同、不在括号中；分项句中出现增减、占比、“其中”套“其中”、“包括”等说法的，结构不清，不报。',
        en: 'Only the forms 共/合计/总计/累计/现有/下辖/建成/完成/购置/配备…N unit，其中… (其中 may also open the next sentence, or a colon may list the parts; one to three clauses may stand between the total and 其中 stating the same subject’s totals in other units, as in 共计48个，总投资126.5亿元。其中…, with no figure in the total’s unit among them) are checked: parts in the same sentence, in the total’s unit, outside brackets. Parts sentences with changes, shares, nested breakdowns or 包括 are too unclear and are left alone.',
      },
      {
        zh: '紧跟在大写字母缩写后的数字，只有像设备名称后的台数（“CT2台”“DR3台”“PET-CT1台”“AED5套”）才读作数量：缩写至少两个大写字母、前面不连着数字或小写字母，数字为一到三位整数、不以0开头，后面紧跟“台”“套”“辆”“架”“件”“张”“支”“块”“具”“组”之一，且量词后是标点、句末或“和”“及”“已”等虚词。“5G”“A4纸”“H7N9”“V2.0”“ISO9001”等编号不读；“X1”这类单字母型号后的台数、“CT2台机器”这类量词后紧接名词的写法，也不读，这些分项不核对。',
        en: 'Digits glued to capital letters are read as a quantity only when they count the machine the abbreviation names (CT2台, DR3台, PET-CT1台, AED5套): two or more capitals not glued to a digit or lower-case letter, a whole number of one to three digits without a leading zero, then one of 台 套 辆 架 件 张 支 块 具 组 followed by punctuation, the end of the sentence or a function word (和, 及, 已…). Codes such as 5G, A4纸, H7N9, V2.0 and ISO9001 are not read; neither are counts after a one-letter model name (X1) or a measure word followed by a noun (CT2台机器), so such parts are not checked.',
      },
      {
        zh: '分项是交叉属性（女职工、党员、高级职称、公立、重点、示范……）时可以相加超过合计，不查。',
        en: 'Parts that are cross-cutting attributes (women, party members, senior titles, public, key, model…) may add up to more than the total and are not checked.',
      },
      {
        zh: '没有“其余”时分项可能不全，只在分项之和超过合计时报告；合计或分项带“约”“左右”等约数词的不报，带“余”“多”的分项按下限计。',
        en: 'Without a remainder the parts may be incomplete, so only a sum above the total is reported; approximate totals are skipped, and parts with 余 or 多 count at their lower bound.',
      },
    ],
  },
  check(ctx) {
    const { masked } = ctx.doc.prose;
    const figures = ctx.doc.get(figureIndex).figures;
    for (let i = 0; i < figures.length; i++) {
      const total = figures[i];
      const unit = usable(total) && normalizedUnit(total);
      if (!unit || total.approx.length || total.percent) continue;
      const before = masked.slice(Math.max(0, total.numberStart - 24), total.numberStart);
      const cue = TOTAL_CUE.exec(before);
      if (!cue || /[，。；：,;:]/.test(cue[0])) continue;
      const partsStart = partsAfter(masked, figures, i, unit.unit);
      if (partsStart === undefined) continue;
      let partsEnd = partsStart;
      while (partsEnd < masked.length && !/[。！？!?\n\r]/.test(masked[partsEnd])) partsEnd++;
      partsEnd = endOfParts(masked, figures, i + 1, partsStart, partsEnd, unit.unit);
      const region = masked.slice(partsStart, partsEnd);
      if (NOT_COMPONENTS.test(region.replace(/其余|其他|其它/g, ''))) continue;
      const parts: Figure[] = [];
      let exhaustive = false;
      let unclear = false;
      for (let j = i + 1; j < figures.length && figures[j].start < partsEnd; j++) {
        const part = figures[j];
        if (part.start < partsStart) continue;
        if (insideBrackets(masked, partsStart, part.start)) continue;
        const partUnit = usable(part) && normalizedUnit(part);
        if (!partUnit || partUnit.unit !== unit.unit || part.percent) {
          unclear = true;
          break;
        }
        if (part.approx.some((a) => a.word !== '余' && a.word !== '多')) {
          unclear = true;
          break;
        }
        const label = masked.slice(Math.max(partsStart, part.start - 12), part.start).split(/[、，,；;]/).pop() ?? '';
        // 女职工800人、党员500人 are overlapping attributes, not a breakdown: sums mean nothing.
        if (CROSS_CUTTING.test(label)) {
          unclear = true;
          break;
        }
        if (REMAINDER.test(label)) exhaustive = true;
        parts.push(part);
      }
      if (unclear || parts.length < 2) continue;
      const partValue = (f: Figure) => f.value * (normalizedUnit(f)?.factor ?? 1);
      const totalValue = total.value * unit.factor;
      const partsSum = parts.reduce((s, f) => s + partValue(f), 0);
      // Each figure is exact only to its last written digit: 12.5万 may stand for 124,600.
      const epsilon =
        1e-9 * Math.max(1, Math.abs(totalValue)) +
        writtenTolerance(total, unit.factor) +
        parts.reduce((s, f) => s + writtenTolerance(f, normalizedUnit(f)?.factor ?? 1), 0);
      const exceeds = partsSum > totalValue + epsilon;
      const lowerBoundOnly = parts.some((p) => p.approx.length > 0);
      const unequal = exhaustive && !lowerBoundOnly && Math.abs(partsSum - totalValue) > epsilon;
      if (!exceeds && !unequal) continue;
      const text = (f: Figure) => ctx.doc.text.slice(f.numberStart, f.end);
      // Sums are shown in the total's own multiplier: 13.3万人次, not 133000人次.
      const scale = total.multiplier?.factor ?? 1;
      const fmt = (n: number) => `${Number((n / scale).toPrecision(12))}${total.multiplier?.text ?? ''}`;
      ctx.report({
        start: total.numberStart,
        end: total.end,
        messageId: exceeds ? 'exceeds' : 'unequal',
        data: {
          sum: parts.map(text).join(' + ') + ` = ${fmt(partsSum)}${unit.unit}`,
          total: text(total),
          unit: unit.unit,
          difference: fmt(Math.abs(partsSum - totalValue)),
        },
        related: [{ start: parts[0].numberStart, end: parts[parts.length - 1].end, messageId: 'partsHere', data: { count: parts.length } }],
      });
    }
    for (const shares of shareLists(masked, figures)) {
      const total = shares.reduce((s, f) => s + f.value, 0);
      const tolerance = shares.reduce((s, f) => s + roundingTolerance(f, 1), 0);
      if (total <= 100 + tolerance + 1e-9) continue;
      const text = (f: Figure) => ctx.doc.text.slice(f.numberStart, f.end);
      ctx.report({
        start: shares[0].numberStart,
        end: shares[shares.length - 1].end,
        messageId: 'sharesExceed',
        data: { sum: `${shares.map(text).join(' + ')} = ${Number(total.toPrecision(12))}%` },
      });
    }
  },
};

/**
 * 分别占 (with the whole named between: 分别占全县的) right before the first share, and the
 * subjects before 分别 in the same clause.
 */
const SHARES_CUE = /分别占(?:[\u4e00-\u9fff]{1,8}的)?(?:比|比重|比例)?(?:为|达|达到)?\s*$/;
/** What may stand between two shares of one list. */
const SHARE_SEPARATOR = /^\s*(?:、|，|,|和|及|与|以及)\s*$/;
/** After the last share: a bound or an estimate (以上, 左右) makes the sum meaningless. */
const BOUND_AFTER = /^\s*(?:以上|以下|左右|上下|多|余)/;

/**
 * Lists of percentages that share one whole: 医院、卫生院分别占12%、28% (two shares or more,
 * plain percentages, no estimate or bound, subjects that are not overlapping attributes).
 */
function* shareLists(masked: string, figures: readonly Figure[]): Generator<Figure[]> {
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i];
    if (first.percent !== 'percent') continue;
    const cue = SHARES_CUE.exec(masked.slice(Math.max(0, first.numberStart - 16), first.numberStart));
    if (!cue) continue;
    const shares = [first];
    let j = i + 1;
    while (j < figures.length && figures[j].percent === 'percent' && SHARE_SEPARATOR.test(masked.slice(shares[shares.length - 1].end, figures[j].numberStart))) {
      shares.push(figures[j++]);
    }
    i = j - 1;
    if (shares.length < 2) continue;
    if (shares.some((f) => f.approx.length > 0 || !usable(f)) || BOUND_AFTER.test(masked.slice(shares[shares.length - 1].end, shares[shares.length - 1].end + 2))) continue;
    // The subjects: from the clause's start to 分别. Overlapping attributes (女性、党员) may add up
    // to more than the whole.
    const cueStart = first.numberStart - cue[0].length;
    let clauseStart = cueStart;
    while (clauseStart > 0 && !/[。！？；，,;!?\n\r]/.test(masked[clauseStart - 1])) clauseStart--;
    if (CROSS_CUTTING.test(masked.slice(clauseStart, cueStart))) continue;
    yield shares;
  }
}

/**
 * Where the parts of `figures[i]` begin: right after its clause (PARTS_CUE), or after the clauses
 * that state the same subject's other totals in other units (共计48个，总投资126.5亿元，年度计划
 * 投资38.2亿元。其中：产业项目26个…). A clause between them with a figure in the total's own unit
 * may be that figure's breakdown instead, so then there are no parts.
 */
function partsAfter(masked: string, figures: readonly Figure[], i: number, unit: string): number | undefined {
  const total = figures[i];
  const direct = PARTS_CUE.exec(masked.slice(total.end, total.end + 30));
  if (direct) return total.end + direct[0].length;
  const later = OTHER_TOTALS_THEN_PARTS.exec(masked.slice(total.end, total.end + 90));
  if (!later) return undefined;
  const partsStart = total.end + later[0].length;
  let others = 0;
  for (let j = i + 1; j < figures.length && figures[j].start < partsStart; j++) {
    const other = usable(figures[j]) && normalizedUnit(figures[j]);
    if (!other || other.unit === unit) return undefined;
    others++;
  }
  return others > 0 ? partsStart : undefined;
}

/**
 * Where the parts end: at the first clause after them (，；) that states nothing in the total's
 * unit. 其中CT机2台、DR机3台，大部分已使用8年以上 lists its parts and then says something else
 * about them; that clause is not one of the parts.
 */
function endOfParts(masked: string, figures: readonly Figure[], from: number, partsStart: number, sentenceEnd: number, unit: string): number {
  let clauseStart = partsStart;
  let j = from;
  while (clauseStart < sentenceEnd) {
    let clauseEnd = clauseStart;
    while (clauseEnd < sentenceEnd && !/[，,；;]/.test(masked[clauseEnd])) clauseEnd++;
    while (j < figures.length && figures[j].start < clauseStart) j++;
    let inUnit = false;
    for (let k = j; k < figures.length && figures[k].start < clauseEnd; k++) if (normalizedUnit(figures[k])?.unit === unit) inUnit = true;
    if (!inUnit && clauseStart > partsStart) return clauseStart - 1;
    clauseStart = clauseEnd + 1;
  }
  return sentenceEnd;
}

/**
 * How far a figure may stand from the value it rounds: a whole count written out (12个, 450人)
 * is exact, a figure with decimals or a multiplier (12.5万, 3亿) is exact only to its last digit.
 */
function writtenTolerance(f: Figure, factor: number): number {
  return f.multiplier || /[.．]/.test(f.numberText) ? roundingTolerance(f, factor) : 0;
}

function usable(f: Figure): boolean {
  return !f.quoted && !f.fixedPhrase && !f.range && !f.negative;
}

/** Whether `at` lies inside an unclosed bracket opened after `from`. */
function insideBrackets(masked: string, from: number, at: number): boolean {
  let depth = 0;
  for (let k = from; k < at; k++) {
    const c = masked[k];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

// wording/confusable: words commonly miswritten in 公文 (截止目前 for 截至目前, 再接再励,
// 一如继往, 即要……又要, 帐号, 布署), from a curated list that lives as data in
// server/resources/wording/confusable.json with its sources named. Each wrong form is found by
// characters; where two words could meet and form it by chance (统一|惯例 holds 一惯), the
// segmenter confirms that the form stands on word boundaries.

import type { Report, Rule, RuleContext, Severity } from '../../types';
import type { ProseBlock } from '../../markdown/prose';
import { blockReports } from '../../blockMemo';
import type { Segmenter } from '../../segment/segmenter';
import { tokenAt, wordsAround } from '../../wording/tokens';
import {
  builtInConfusables,
  compile,
  indexEntries,
  parseTeamEntry,
  TEAM_ENTRY_PATTERN,
  type CompiledConfusable,
  type ConfusableIndex,
} from '../../wording/confusables';

let builtInIndex: { entries: CompiledConfusable[] } | undefined;
const indexCache = new Map<string, ConfusableIndex>();

/** The entries in force for these options: the product's list less `disable`, plus `add`. */
function entriesFor(disable: readonly string[], add: readonly string[]): ConfusableIndex {
  const key = JSON.stringify([disable, add]);
  let index = indexCache.get(key);
  if (!index) {
    builtInIndex ??= { entries: builtInConfusables().entries.map(compile) };
    const off = new Set(disable);
    const team = add.map(parseTeamEntry).filter((e) => e !== undefined).map(compile);
    const teamWrong = new Set(team.map((e) => e.wrong));
    const entries = [...builtInIndex.entries.filter((e) => !off.has(e.wrong) && !teamWrong.has(e.wrong)), ...team.filter((e) => !off.has(e.wrong))];
    index = indexEntries(entries);
    // A language server sees few distinct option sets; the cache stays small.
    if (indexCache.size > 16) indexCache.clear();
    indexCache.set(key, index);
  }
  return index;
}

export const confusable: Rule = {
  meta: {
    id: 'wording/confusable',
    title: { zh: '易混淆、易写错的词', en: 'Commonly confused words' },
    description: {
      zh: '公文中常见的别字、错写的成语和异形词，如“截止目前”应为“截至目前”、“再接再励”应为“再接再厉”、“即要……又要”应为“既要……又要”、“布署”应为“部署”、“帐号”应为“账号”。词表是数据文件 server/resources/wording/confusable.json，每条写明错误写法、正确写法、理由、不算错的语境和出处；可在配置中关闭某条或增加本单位的条目。',
      en: 'Miswritten words, idioms and variant forms common in 公文: 截止目前 for 截至目前, 再接再励 for 再接再厉, 即要……又要 for 既要……又要, 布署 for 部署, 帐号 for 账号. The list is data (server/resources/wording/confusable.json): each entry names the wrong and right forms, the reason, the context where it is not a mistake, and its source. Entries can be turned off and a team can add its own.',
    },
    source: {
      zh: '《现代汉语词典》（第7版）；《第一批异形词整理表》（教育部、国家语委，2001）；《通用规范汉字表》（2013）；国家语委及出版界公布的常见别字表；公文用字惯例',
      en: 'Xiandai Hanyu Cidian (7th ed.); the First Batch of Standardised Variant Words (Ministry of Education and the State Language Commission, 2001); the Table of General Standard Chinese Characters (2013); published lists of common miswritten words; 公文 usage',
    },
    severity: 'warning',
    fixable: true,
    messages: {
      confused: {
        zh: '“{wrong}”应为“{right}”：{reasonZh}。',
        en: '"{wrong}" should be "{right}": {reasonEn}.',
      },
      replace: {
        zh: '改为“{right}”',
        en: 'Change to "{right}"',
      },
    },
    options: {
      disable: {
        type: 'string-array',
        default: [],
        description: {
          zh: '关闭的条目，写错误写法，如 ["其它", "做出"]。',
          en: 'Entries to turn off, by their wrong form, e.g. ["其它", "做出"].',
        },
      },
      add: {
        type: 'string-array',
        default: [],
        description: {
          zh: '本单位增加的条目，每条写“错误写法→正确写法”，如 ["卫计委→卫健委"]。',
          en: 'Your own entries, each "wrong→right", e.g. ["卫计委→卫健委"].',
        },
        itemPattern: { pattern: TEAM_ENTRY_PATTERN, description: { zh: '“错误写法→正确写法”', en: '"wrong→right"' } },
      },
    },
    examples: {
      bad: [
        { text: '截止目前，全区已建成家庭医生团队120个。\n' },
        { text: '全体干部职工要再接再励，一如继往地做好工作，即要抓好防控，又要抓好服务。\n' },
        { text: '按照上级布署，资金已全部拔付到位，请核对银行帐号。\n' },
      ],
      good: [
        {
          text: '报名截止日期为6月30日，活动于7月1日截止，截至目前已报名200人。\n',
          note: { zh: '“截止”单独用或修饰名词时正确', en: '截止 standing alone or before a noun is correct' },
        },
        { text: '全体干部职工要再接再厉，一如既往，既要抓好防控，又要抓好服务；即要求各科室配合。\n' },
        { text: '养成统一惯例，把群众当作好朋友，与以往相比成效明显。\n', note: { zh: '两个词碰巧相接，不报', en: 'Two words that happen to meet are not reported' } },
      ],
    },
    limits: [
      {
        zh: '精确优先：正确写法取决于语义、无法从字面判断的词（权利/权力、制定/制订、以至/以致、暴发/爆发等）不收。“做出/作出”属于用字惯例，只作提示（info）且不自动修改。“其它”指事物时并不算错（网页栏目“其它”等），不收；要求统一写“其他”的单位可用 add 增加“其它→其他”。',
        en: 'Precision first: pairs whose right form depends on meaning (权利/权力, 制定/制订, 以至/以致, 暴发/爆发 …) are not listed. 做出/作出 is a usage convention, reported as info only and not changed automatically. 其它 for things is not wrong (a web page\'s 其它 category), so it is not listed; a team that writes 其他 throughout can add "其它→其他".',
      },
      {
        zh: '“截止”只在直接接日期或“目前”“当前”等时报（截止目前、截止2023年底）；“截止到”等于“截至”，不报；“即要”只在后面有“又要”“也要”时报。',
        en: '截止 is reported only when a date or 目前 / 当前 follows it directly (截止目前, 截止2023年底); 截止到 means 截至 and is left alone; 即要 only when 又要 / 也要 follows.',
      },
      {
        zh: '两个字的错误写法可能是两个词碰巧相接（统一|惯例、当作|好、标准|与），由分词确认它自成一词后才报。',
        en: 'A two-character wrong form may be two words meeting by chance (统一|惯例, 当作|好, 标准|与); it is reported only when segmentation confirms it stands as a word.',
      },
    ],
  },
  check(ctx) {
    const index = entriesFor(asStrings(ctx.options.disable), asStrings(ctx.options.add));
    if (index.size === 0) return;
    // A block's findings depend on its text, the CONTEXT_REACH characters around it, the
    // options and a team's words: in the language server an edit looks again only at the blocks
    // it changed.
    const kind = `wording/confusable\u0000${JSON.stringify([ctx.options.disable, ctx.options.add])}\u0000${(ctx.doc.settings.userWords ?? []).join('\u0001')}`;
    for (const block of ctx.doc.prose.blocks) {
      for (const report of blockReports(ctx.doc, kind, block, CONTEXT_REACH, () => confusablesIn(ctx, index, block))) ctx.report(report);
    }
  },
};

/**
 * How far around a block the checks read: the longest wrong form and the context an entry asks
 * for after it (即要 looks up to 60 characters ahead for 又要), and the segmenter's window.
 */
const CONTEXT_REACH = 72;

/** The reports for one block. */
function confusablesIn(rule: RuleContext, index: ConfusableIndex, block: ProseBlock): Report[] {
  const reports: Report[] = [];
  const ctx: RuleContext = { ...rule, report: (r) => void reports.push(r) };
  const { masked } = ctx.doc.prose;
  const finder = index.anyWrong;
  // The pattern runs over the block alone, so that it never searches on past the block's end.
  const text = masked.slice(block.start, block.end);
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m; m = finder.exec(text)) {
    // A form is found here; the entries starting with this character are tried longest first,
    // one whose context does not fit giving way to a shorter one, and the scan goes on after a
    // reported form or from the next character.
    const i = block.start + m.index;
    finder.lastIndex = m.index + 1;
    for (const entry of index.byFirstChar.get(masked[i]) ?? []) {
      if (!masked.startsWith(entry.wrong, i)) continue;
      const end = i + entry.wrong.length;
      if (!matchesContext(masked, end, entry)) continue;
      if (entry.checkWord && !onWordBoundaries(masked, i, end, ctx.doc.segmenter())) continue;
      reportEntry(ctx, i, end, entry);
      finder.lastIndex = end - block.start;
      break;
    }
  }
  return reports;
}

function matchesContext(masked: string, end: number, entry: CompiledConfusable): boolean {
  if (entry.afterRe) {
    entry.afterRe.lastIndex = end;
    if (!entry.afterRe.test(masked)) return false;
  }
  if (entry.notAfterRe) {
    entry.notAfterRe.lastIndex = end;
    if (entry.notAfterRe.test(masked)) return false;
  }
  return true;
}

/** Whether the segmenter starts a word where the form starts and ends one where it ends. */
function onWordBoundaries(masked: string, start: number, end: number, segmenter: Segmenter): boolean {
  const tokens = wordsAround(masked, start, end, segmenter);
  if (!tokens) return false;
  return tokenAt(tokens, start)?.start === start && tokenAt(tokens, end - 1)?.end === end;
}

function reportEntry(ctx: RuleContext, start: number, end: number, entry: CompiledConfusable): void {
  const edit = { start, end, text: entry.right };
  const severity: Severity | undefined = entry.severity;
  const certain = entry.fix !== false;
  ctx.report({
    start,
    end,
    messageId: 'confused',
    data: { wrong: entry.wrong, right: entry.right, reasonZh: entry.reason.zh, reasonEn: entry.reason.en },
    ...(certain ? { fix: [edit] } : { suggestions: [{ messageId: 'replace', data: { right: entry.right }, edits: [edit] }] }),
    ...(severity ? { severity } : {}),
  });
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

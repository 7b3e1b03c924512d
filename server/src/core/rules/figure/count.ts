// figure/count: a counted phrase (五大中心, “六统一”, 以下三个方面) must match the list that names
// its items, and a count word must not be missing (我讲个方面).

import type { Rule, RuleContext } from '../../types';
import {
  countMarkers,
  disagrees,
  findCountedPhrases,
  itemCore,
  listAfter,
  listBefore,
  numeralInWord,
  phraseEnd,
  refineList,
  SECTION_CUE,
  type CountedList,
  type CountedPhrase,
} from '../../figures/lists';
import type { Segmenter } from '../../segment/segmenter';

/** A verb or 以下 followed directly by 个方面: the number between them was dropped. */
const MISSING_COUNT = /(讲|谈|从|以下|如下|下面|抓好|做好|把握好|分为|包括)个(方面|部分|层面)/g;

export const count: Rule = {
  meta: {
    id: 'figure/count',
    title: { zh: '计数与列举项数一致', en: 'Counts match the items listed' },
    description: {
      zh: '“五大中心”“六统一”“以下三个方面”这类计数说法，前后列举的项数应与数目一致；“我讲个方面”漏写了数目。',
      en: 'A counted phrase such as 五大中心, “六统一” or 以下三个方面 must agree with the number of items its list names; 我讲个方面 has lost its number.',
    },
    source: {
      zh: '公文写作惯例（内容准确、前后一致）；非国家标准条款，可关闭',
      en: 'Editorial convention (accuracy and internal consistency of 公文); not a clause of a national standard, can be turned off',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      mismatch: {
        zh: '“{phrase}”说的是 {stated} 项，但{side}列举了 {listed} 项（{items}）：{stated} ≠ {listed}。计数应与列举一致，请核对后改正数目或补全列举。',
        en: '"{phrase}" announces {stated} items but the list {sideEn} names {listed} ({items}): {stated} ≠ {listed}. Make the count and the list agree.',
      },
      missing: {
        zh: '“{phrase}”缺少数目：“个{noun}”前应写明是几个，如“三个{noun}”。',
        en: '"{phrase}" has lost its number: write how many, e.g. 三个{noun}.',
      },
      listHere: {
        zh: '列举在此（{listed} 项）',
        en: 'the list ({listed} items)',
      },
    },
    options: {
      ignore: {
        type: 'string-array',
        default: [],
        description: {
          zh: '本单位的固定说法（含数字但不是计数），如“三零示范”，不检查。',
          en: "Your team's own set expressions that contain a number but announce no list (e.g. 三零示范); never checked.",
        },
      },
    },
    examples: {
      bad: [
        { text: '推进胸痛中心、卒中中心、创伤中心“五大中心”建设。\n' },
        { text: '下面，我讲个方面的意见。\n' },
        { text: '全年重点抓好三项工作：一是抓党建；二是抓业务；三是抓队伍；四是抓作风。\n' },
      ],
      good: [
        { text: '推进胸痛中心、卒中中心、创伤中心“三大中心”建设。\n' },
        { text: '围绕宣传教育、咨询服务、家庭帮扶等五项任务开展工作。\n' },
        { text: '增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n' },
        { text: '我们着重抓了以下几方面工作。\n' },
      ],
    },
    limits: [
      {
        zh: '“和”“及”“与”可能连接两项，也可能在一项之内（“医保和公共卫生资金支配”是一项）：只要数目落在两种读法之间就不报。',
        en: '和 / 及 / 与 may join two items or sit inside one (医保和公共卫生资金支配 is one power): a count that either reading supports is not reported.',
      },
      {
        zh: '以“等”结尾或用“包括”引出的列举是不完全列举，只在列出的项数多于所说数目时才报。',
        en: 'A list ending in 等, or introduced by 包括, need not be complete: only a list longer than the count is reported.',
      },
      {
        zh: '列举要紧挨着计数说法（之间只允许“等”“这”“共”，或引号说法前的“的”）、以顿号分项；用逗号分句的叙述、项目里又含计数的、最后一项是动词或介词（“坚定“四个自信””“疑难杂症在三级医院”）的，结构不清，不报。列举之后紧跟的阿拉伯数字计数（“新技术、新项目12项”“博士、硕士15名”）是这几类事物的总数，不是列举的项数，数目大于项数时不报。',
        en: 'The list must touch the count (only 等, 这, 共, or 的 before a quoted slogan may sit between) and be separated by 、; prose clauses separated by commas, items that contain counts themselves, and "lists" whose last item is a verb or preposition are too unclear to check. A bare count in Arabic digits right after a list (新技术、新项目12项, 博士、硕士15名) totals the members of those kinds rather than counting the kinds, and is not reported when it is larger.',
      },
      {
        zh: '“四个自信”“两个维护”“一岗双责”“十四五”“三级医院”等固定说法不是计数；本单位的固定说法可用 ignore 选项补充。“几方面”“多项”不是确数，不查。前面列的是地名（“城关镇、东关镇‘五星’支部”）或数目大于所列地点（“城关镇、东关镇12个村”）时，是包含关系而不是计数，不报。',
        en: 'Set expressions (四个自信, 两个维护, 一岗双责, 十四五, 三级医院…) are not counts; add your own with the ignore option. 几方面 and 多项 are not exact numbers. A slogan after a list of places, or a larger count after places (城关镇、东关镇12个村), describes what they contain and is not reported.',
      },
      {
        zh: '量词是“个”“家”“所”“名”“位”等可以指所列对象所含之物的词、而数目比列举多时，只有列举全是不带类别词的名称（“城南、城北、城东、城西五个点位”“语文、数学、英语四个学科”）、量词是“个”“家”“所”“座”“支”“处”、且恰好多一项时才报：这时数目说的就是这些名称。名称带“镇”“区”“科”“院”“年”等类别词（“内科、外科四个病区”）、各项末字相同（“赵湾、钱湾、孙湾、李湾五个村”）、末项带数目（“城北两区”）或以动词结尾（“各有”“分别有”）、数目前有“共”（“共五个点位”是各处合计）、量词是“名”“位”（“博士、硕士四名”）或多出两项以上的，可能是包含关系，不报。“城关、东关三个社区”这类以简称列出上级地名、恰多一项的写法会被报告，属于误报风险。',
        en: 'With a classifier that can count what the items hold (个, 家, 所, 名, 位…), a count larger than its list is reported only when every item is a bare name without a kind word (城南、城北、城东、城西五个点位, 语文、数学、英语四个学科), the classifier is 个, 家, 所, 座, 支 or 处, and the count is exactly one more: the count is then about those names. Items ending in a kind word (镇, 区, 科, 院, 年…, as in 内科、外科四个病区), items sharing their last character (赵湾、钱湾、孙湾、李湾五个村), a last item holding a count (城北两区) or ending in a verb (各有, 分别有), 共 before the count (a total of what the places hold), the classifiers 名 and 位, or a count two or more larger may describe what the list contains, and are left alone. A list of higher places written as bare short names and off by one (城关、东关三个社区) is reported, a known risk of false alarms.',
      },
      {
        zh: '数字属于前面或后面的词时不是计数：“周五大讲堂”（周五）、“周三个人学习”（周三）、“五一”节、十九届五中全会；报告前对整个短语分词确认，数字须单独成词或与量词成词（三个、五项、五大）。',
        en: 'A numeral that belongs to a word is not a count: 周五大讲堂 (Friday), 周三个人学习 (Wednesday), “五一” (the holiday), 十九届五中全会. Before reporting, the whole phrase is segmented; the numeral must stand alone or with its classifier (三个, 五项, 五大).',
      },
      {
        zh: '标题里的计数（如“筑牢‘三条底线’”）不与下文“一要、二要”核对，除非前面有“讲”“以下”“如下”等提示语或紧跟冒号：文中层次多变，难以确定下文哪些条目属于它。',
        en: 'A count in a title is not matched against the 一要/二要 items below it unless cued by 讲 / 以下 / 如下 or followed by a colon: which items belong to it is too uncertain.',
      },
    ],
  },
  check(ctx) {
    const { masked, blocks } = ctx.doc.prose;
    const ignore = (ctx.options.ignore as string[] | undefined) ?? [];
    const segment = () => ctx.doc.segmenter();

    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      for (const m of masked.slice(block.start, block.end).matchAll(MISSING_COUNT)) {
        const start = block.start + m.index + m[1].length;
        ctx.report({ start, end: start + 1 + m[2].length, messageId: 'missing', data: { phrase: m[0], noun: m[2] } });
      }
      for (const phrase of findCountedPhrases(masked, block.start, block.end, ignore)) {
        checkPhrase(ctx, b, phrase, segment);
      }
    }
  },
};

function checkPhrase(ctx: RuleContext, blockIndex: number, phrase: CountedPhrase, segment: () => Segmenter): void {
  const { masked, blocks } = ctx.doc.prose;
  const block = blocks[blockIndex];
  const candidates: { list: CountedList; side: 'after' | 'before' }[] = [];
  const after = listAfter(masked, blocks, blockIndex, phrase, segment) ?? sectionsAfter(masked, blocks, blockIndex, phrase, segment);
  if (after) candidates.push({ list: after, side: 'after' });
  const before = listBefore(masked, block.start, phrase);
  if (before) candidates.push({ list: before, side: 'before' });
  // A count that any nearby list supports is fine; so is one whose list turns out not to be one.
  if (candidates.length === 0 || candidates.some((c) => !disagrees(phrase.value, c.list))) return;
  const { list: rough, side } = candidates[0];
  // Refinement only drops conjunctions the character count took for joins and trims the first
  // item's lead-in; it never changes the last item, the item ends or the fewest-items count, so a
  // count the rough list already shows to be a containment is left alone (a bare-name count one
  // more than the rough list is asked again of the refined one, which may hold fewer). Deciding
  // that first keeps the segmenter (about a second to load) out of documents that only hold
  // such counts.
  // 城南、城北共五个点位: 共 states a total of what the places hold.
  const countedAsTotal = side === 'before' && ctx.doc.prose.masked.slice(rough.end, phrase.start).includes('共');
  if (side === 'before' && looksLikeContainment(phrase, rough, countedAsTotal)) return;
  const list = refineList(rough, segment);
  if (!list || !disagrees(phrase.value, list)) return;
  if (candidates.length > 1) {
    const other = refineList(candidates[1].list, segment);
    if (!other || !disagrees(phrase.value, other)) return;
  }
  if (side === 'before' && looksLikeContainment(phrase, list, countedAsTotal, segment())) return;
  if (numeralInWord(ctx.doc.prose.masked, block.start, phrase, segment())) return;
  const listed = list.min === list.max ? `${list.min}` : `${list.min}～${list.max}`;
  ctx.report({
    start: phrase.start,
    end: phrase.start + phrase.text.length,
    messageId: 'mismatch',
    data: {
      phrase: phrase.text,
      stated: phrase.value,
      listed,
      items: describeItems(list),
      side: side === 'after' ? '后面' : '前面',
      sideEn: side === 'after' ? 'after it' : 'before it',
    },
    related: [{ start: list.start, end: list.end, messageId: 'listHere', data: { listed } }],
  });
}

/** 我讲四个方面。 followed by 一、二、三、: the sections are the list. */
function sectionsAfter(masked: string, blocks: Parameters<typeof countMarkers>[1], blockIndex: number, phrase: CountedPhrase, segment: () => Segmenter): CountedList | undefined {
  const block = blocks[blockIndex];
  const lead = masked.slice(Math.max(block.start, phrase.start - 4), phrase.start);
  if (!SECTION_CUE.test(lead)) return undefined;
  const rest = masked.slice(phraseEnd(masked, phrase), Math.min(block.end, phraseEnd(masked, phrase) + 10));
  const stop = /^[^，。；：,;:!?！？\n]{0,8}[。：:]/.exec(rest);
  if (!stop) return undefined;
  return countMarkers(masked, blocks, phraseEnd(masked, phrase) + stop[0].length, segment);
}

function describeItems(list: CountedList): string {
  const shown = list.items.slice(0, 8).map((i) => (i.text.length > 14 ? `${i.text.slice(0, 13)}…` : i.text));
  return shown.join('、') + (list.items.length > 8 ? '…' : '');
}

const PLACE_END = /(?:省|市|县|区|旗|镇|乡|村|街道|社区|小区|园区|片区)$/;

/** Classifiers of places and bodies, which one list can contain more of than it names. */
const CONTAINER_CLASSIFIERS = new Set(['个', '家', '所', '座', '名', '位', '支', '批', '件', '级']);

/**
 * 城关镇、北关镇12个村 names two towns and counts their villages: a larger count after a list
 * of places is a total, not a count of the list. Unless the last item is itself one of the
 * counted things (A社区、B社区5个社区), such a count is left alone.
 */
function looksLikeContainment(phrase: CountedPhrase, list: CountedList, countedAsTotal: boolean, segmenter?: Segmenter): boolean {
  // 城关镇、东关镇“五星”支部: a slogan after a list of places describes them; it does not
  // count them.
  if (phrase.classifier === '' && list.items.every((i) => PLACE_END.test(i.text))) return true;
  if (phrase.quoted || phrase.value <= list.max) return false;
  const head = phrase.text.slice(phrase.text.indexOf(phrase.classifier) + phrase.classifier.length);
  // 新技术、新项目12项 and 博士、硕士15名 count the members of the kinds listed: a bare count in
  // Arabic digits after a list totals them (a slogan counts its list in Chinese numerals, and
  // 城南社区、城北社区5个社区 names what it counts).
  if (!head && /^\d/.test(phrase.text)) return true;
  if (!CONTAINER_CLASSIFIERS.has(phrase.classifier)) return false;
  const last = list.items[list.items.length - 1].text;
  if (!head || last.endsWith(head)) return !head;
  return !namesTheCounted(phrase, list, countedAsTotal, segmenter);
}

/** Classifiers of things a bare name can stand for (城南 for 城南点位); people (名, 位) are
 * counted in kinds (内科、外科五名医生), and batches or grades group rather than name. */
const NAMED_THING_CLASSIFIERS = new Set(['个', '家', '所', '座', '支', '处']);

/**
 * Endings that make an item a kind or a body of its own rather than a name of the thing counted:
 * a place (城关镇), a body or department (卫生局, 内科), a period (上半年). A count of another head
 * after such items (城关镇、东关镇12个村, 内科、外科五个病区) counts what they hold.
 */
const KIND_END = /(?:省|市|县|区|旗|镇|乡|村|街道|社区|小区|园区|片区|局|委|办|院|校|园|所|站|中心|科|室|部|处|厅|馆|厂|公司|集团|队|组|会|单位|部门|机构|系统|行业|领域|学段|年级|班|年|月|季度|季|周|期|批|类|级)$/;

/** A count written inside the last item (城北两区) counts that item's members, not the list. */
const ITEM_WITH_COUNT = /(?:[两二三四五六七八九十]|\d)[\u4e00-\u9fff]{1,2}$/;

/**
 * 城南、城北、城东、城西五个点位 names the points by bare names and miscounts them by one: the
 * count is about the list, not a total of what the list holds. Only then is a larger count
 * after a list of other words reported: every item is a bare name (no ending of a kind or a
 * body, and not a series of one kind such as 内科、外科 that share their last character), the
 * classifier is one a name can stand for, and the count is one more than the most the list can
 * be read as. A writer who adds an item and forgets the count is off by one; a total of what
 * places hold is any number, and 共 (城南、城北共五个点位) says it is one.
 */
function namesTheCounted(phrase: CountedPhrase, list: CountedList, countedAsTotal: boolean, segmenter: Segmenter | undefined): boolean {
  if (countedAsTotal || !NAMED_THING_CLASSIFIERS.has(phrase.classifier) || phrase.value !== list.max + 1) return false;
  const ends = list.items.map((i) => itemCore(i.text));
  if (ends.some((t) => !t || KIND_END.test(t) || ITEM_WITH_COUNT.test(t))) return false;
  const finals = new Set(ends.map((t) => t[t.length - 1]));
  if (finals.size < 2) return false;
  // Without the segmenter (the first, cheap look) the list may still be names; with it, each item
  // must end in a noun or a name: 城西各有五个点位 ends in a verb and says how many each holds.
  return !segmenter || ends.every((t) => endsInName(t, segmenter));
}

const NAME_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 's', 'j']);

function endsInName(text: string, segmenter: Segmenter): boolean {
  const words = segmenter.tag(text).filter((w) => w.word.trim());
  const final = words[words.length - 1];
  // A word the dictionary does not know (tagged x) is a name when it is the whole item and written
  // in Han characters (张庄); after other words it may be anything (城西 + 各有).
  return !!final && (NAME_TAGS.has(final.tag) || (words.length === 1 && final.tag === 'x' && /^[\u4e00-\u9fff]+$/.test(final.word)));
}

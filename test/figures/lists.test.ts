// The list parser behind figure/count and figure/respectively: counted phrases, the lists on
// either side of them, and the ranges that keep 和 from causing false alarms.

import * as assert from 'node:assert/strict';
import {
  countMarkers,
  disagrees,
  findCountedPhrases,
  listAfter,
  listBefore,
  numeralInWord,
  refineList,
  type BlockLike,
  type CountedPhrase,
} from '../../server/src/core/figures/lists';
import { getSegmenter, type Segmenter } from '../../server/src/core/segment/segmenter';
import { bestCpuMs } from '../helpers/cpu';

const oneBlock = (text: string): BlockLike[] => [{ kind: 'paragraph', start: 0, end: text.length, listDepth: 0 }];

function phrase(text: string, written: string): CountedPhrase {
  const found = findCountedPhrases(text, 0, text.length).find((p) => p.text.startsWith(written));
  assert.ok(found, `no counted phrase ${written} in ${text}`);
  return found;
}

describe('findCountedPhrases', () => {
  it('reads classifier counts, quoted slogans and Arabic counts with their values', () => {
    const text = '推进五大中心、“六统一”和3个街道、以下三个方面';
    const found = findCountedPhrases(text, 0, text.length).map((p) => [p.text, p.value, p.quoted]);
    assert.deepEqual(found, [
      ['五大中心', 5, false],
      ['六统一', 6, true],
      ['3个街道', 3, false],
      ['三个方面', 3, false],
    ]);
  });

  it('skips fixed expressions, ordinals, approximations and counts of one', () => {
    const text = '坚定“四个自信”，做到“两个维护”，谋划“十四五”，第三个项目，三十多个村，一项制度，几方面工作，“三高共管六病同防”';
    assert.deepEqual(findCountedPhrases(text, 0, text.length), []);
  });

  it('takes a team’s own fixed expressions', () => {
    const text = '打造“三零示范”村';
    assert.equal(findCountedPhrases(text, 0, text.length).length, 1);
    assert.equal(findCountedPhrases(text, 0, text.length, ['三零示范']).length, 0);
  });

  it('keeps offsets in UTF-16 units after astral characters', () => {
    const text = '𠮷利乡、东关镇两个乡镇';
    const p = phrase(text, '两个');
    assert.equal(text.slice(p.start, p.end), '两个');
  });
});

describe('listBefore', () => {
  it('counts a 、 series that touches the phrase, 和 giving a range', () => {
    const text = '下放人事管理、薪酬分配、医保和公共卫生资金支配“三项权力”';
    const list = listBefore(text, 0, phrase(text, '三项权力'));
    assert.ok(list);
    assert.deepEqual([list.min, list.max, list.open], [3, 4, false]);
    assert.equal(disagrees(3, list), false);
    assert.equal(disagrees(4, list), false);
    assert.equal(disagrees(5, list), true);
  });

  it('marks 等 as an open list that only a smaller count contradicts', () => {
    const text = '围绕宣传教育、咨询服务等五项任务';
    const list = listBefore(text, 0, phrase(text, '五项'));
    assert.ok(list?.open);
    assert.equal(disagrees(5, list), false);
    assert.equal(disagrees(1, list), true);
  });

  it('needs a 、 outside brackets and stops at the clause start', () => {
    for (const text of ['看病难和看病贵两个问题', '完成城关社区等3个社区', '加强管理，人员、资金（甲、乙）两个方面']) {
      const p = findCountedPhrases(text, 0, text.length)[0];
      const list = listBefore(text, 0, p);
      if (text.startsWith('加强')) assert.deepEqual(list?.items.map((i) => i.text), ['人员', '资金（甲、乙）']);
      else assert.equal(list, undefined, text);
    }
  });

  it('does not let 的 join an unquoted count to a list (张三、李四的两项提案)', () => {
    const text = '张三、李四的两项提案';
    assert.equal(listBefore(text, 0, phrase(text, '两项')), undefined);
  });
});

describe('listAfter', () => {
  it('reads 即 lists, 包括 lists (open) and bracketed lists', () => {
    const a = '实施三大工程，即甲工程、乙工程、丙工程、丁工程。';
    assert.equal(listAfter(a, oneBlock(a), 0, phrase(a, '三大'))?.min, 4);
    const b = '开展三项行动，包括巡诊、义诊。';
    const open = listAfter(b, oneBlock(b), 0, phrase(b, '三项'));
    assert.ok(open?.open);
    assert.equal(disagrees(3, open), false);
    const c = '落实“两个纲要”（妇女和儿童发展纲要）';
    const bracket = listAfter(c, oneBlock(c), 0, phrase(c, '两个纲要'));
    assert.deepEqual([bracket?.min, bracket?.max], [1, 2]);
  });

  it('splits on ； when the items carry their own 、, and refuses comma prose', () => {
    const a = '抓好三项工作：加强甲、乙建设；推进丙；落实丁。';
    assert.equal(listAfter(a, oneBlock(a), 0, phrase(a, '三项'))?.min, 3);
    const b = '抓好三项工作：加强甲、乙建设，推进丙，落实丁。';
    assert.equal(listAfter(b, oneBlock(b), 0, phrase(b, '三项')), undefined);
  });

  it('counts 一是……二是…… markers after a colon', () => {
    const text = '抓好三项工作：一是抓党建；二是抓业务，三是抓队伍；四是抓作风。';
    const list = listAfter(text, oneBlock(text), 0, phrase(text, '三项'));
    assert.equal(list?.kind, 'markers');
    assert.equal(list?.min, 4);
  });
});

describe('countMarkers', () => {
  it('stops at a higher level and gives up on a skipped number', () => {
    const stops = '（一）甲。（二）乙。二、丙。（三）丁。';
    assert.equal(countMarkers(stops, oneBlock(stops), 0)?.min, 2);
    const skip = '一是甲；三是乙。';
    assert.equal(countMarkers(skip, oneBlock(skip), 0), undefined);
  });

  it('does not read 统一是 or 唯一是 as markers', () => {
    const text = '一是统一是前提；二是唯一是关键。';
    assert.equal(countMarkers(text, oneBlock(text), 0)?.min, 2);
  });

  it('reads the markers the outline model reads: wrong forms, either bracket width, 第一， after a comma', () => {
    for (const text of ['1．甲；2．乙；3．丙。', '（一）、甲；（二）、乙；（三）、丙。', '(1)甲；(2)乙；（3）丙。', '第一，甲，第二，乙，第三：丙。']) {
      assert.equal(countMarkers(text, oneBlock(text), 0)?.min, 3, text);
    }
  });

  it('counts only markers that open a clause, as the outline model does', () => {
    const text = '一是抓党建 二是抓业务；三是抓队伍。';
    assert.equal(countMarkers(text, oneBlock(text), 0), undefined);
  });
});

describe('refineList (segmenter)', () => {
  let segmenter: Segmenter;
  before(() => {
    segmenter = getSegmenter();
  });

  it('does not count the 和 of 和谐 as a conjunction', () => {
    const text = '构建和谐医患关系、平安医院“两项创建”';
    const rough = listBefore(text, 0, phrase(text, '两项'));
    assert.ok(rough);
    assert.equal(rough.max, 3);
    assert.equal(refineList(rough, segmenter)?.max, 2);
  });

  it('rejects a "list" whose last item ends in a preposition or is a bare verb', () => {
    const a = '急危重症、疑难杂症在三级病房';
    const listA = listBefore(a, 0, phrase(a, '三级'));
    assert.ok(listA);
    assert.equal(refineList(listA, segmenter), undefined);
    const b = '增强意识、坚定“四个信念”';
    const listB = listBefore(b, 0, phrase(b, '四个'));
    assert.ok(listB);
    assert.equal(refineList(listB, segmenter), undefined);
  });
});

describe('list scanning cost', () => {
  it('stays linear on a long document of lists', () => {
    const line = '推进甲中心、乙中心、丙中心和丁中心“五大中心”建设，包括巡诊、义诊。';
    const text = line.repeat(20000);
    let phrases: ReturnType<typeof findCountedPhrases> = [];
    const ms = bestCpuMs(2, () => {
      phrases = findCountedPhrases(text, 0, text.length);
      for (const p of phrases) listBefore(text, 0, p);
    });
    assert.equal(phrases.length, 20000);
    // A linear scan takes tens of milliseconds; a quadratic one would take minutes.
    assert.ok(ms < 1500, `took ${ms} ms of CPU`);
  });
});

describe('numeralInWord (segmenter)', () => {
  const phraseIn = (text: string) => findCountedPhrases(text, 0, text.length)[0];
  it('reads the numeral of 周五大讲堂, 周三个人学习 and “五一” as part of a word, not a count (issue 11)', () => {
    const segmenter = getSegmenter();
    for (const text of ['开展周五大讲堂活动', '坚持周三个人学习制度', '“五一”节期间']) {
      assert.equal(numeralInWord(text, 0, phraseIn(text), segmenter), true, text);
    }
    for (const text of ['推进五大中心建设', '以下三个方面', '落实三项制度', '“六统一”', '全县五大片区']) {
      assert.equal(numeralInWord(text, 0, phraseIn(text), segmenter), false, text);
    }
  });
});

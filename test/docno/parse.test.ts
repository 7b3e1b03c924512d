// The 发文字号 parser, the citation pairing and the document-date finder, on their own.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceDocument } from '../../server/src/core/document';
import { docnoIndex, parseDocumentNumber, scanDocumentNumbers, type DocumentNumber } from '../../server/src/core/docno';
import { fixAll, lint, lintDocument } from '../../server/src/core/engine';
import { docnoRules } from '../../server/src/core/rules/docno';
import { bestCpuMs } from '../helpers/cpu';

/** The parts of a number as text, in source order, for compact assertions. */
function shape(n: DocumentNumber | undefined): Record<string, string | undefined> | undefined {
  if (!n) return undefined;
  return {
    agency: n.agency.text,
    open: n.open?.text,
    year: n.year.text,
    yearMark: n.yearMark?.text,
    close: n.close?.text,
    gap: n.gap?.text,
    ordinal: n.ordinal?.text,
    serial: n.serial.text,
    hao: n.hao?.text,
  };
}


/** Ordinary body text full of figures, to pad the timing documents to a realistic density. */
const BODY =
  '2023年上半年，全县投入资金1234.5万元，完成改造项目36个，覆盖率达到98.6%，比去年同期提高2.3个百分点；' +
  '新建村卫生室12所，培训乡村医生860人次，家庭医生签约服务人数达到15.8万人，重点人群签约率81.2%。';

const indexOf = (text: string) => new SourceDocument(text).get(docnoIndex);

describe('parseDocumentNumber', () => {
  it('reads every part of a correct number, with ranges into the text', () => {
    const text = '按照晋卫体改发〔2023〕2号要求';
    const n = parseDocumentNumber(text)!;
    assert.equal(n.text, '晋卫体改发〔2023〕2号');
    assert.deepEqual(
      [n.agency, n.open!, n.year, n.close!, n.serial, n.hao!].map((p) => [p.start, p.end, text.slice(p.start, p.end)]),
      [
        [2, 7, '晋卫体改发'],
        [7, 8, '〔'],
        [8, 12, '2023'],
        [12, 13, '〕'],
        [13, 14, '2'],
        [14, 15, '号'],
      ],
    );
    assert.equal(n.year.value, 2023);
    assert.equal(n.serial.value, 2);
    assert.equal(n.key, '晋卫体改发|2023|2');
  });

  it('reads the year in every wrong bracket pair', () => {
    for (const [open, close] of ['[]', '［］', '【】', '()', '（）', '〈〉', '﹝﹞', '〖〗']) {
      const n = parseDocumentNumber(`国办函${open}2023${close}15号`);
      assert.deepEqual(shape(n), { agency: '国办函', open, year: '2023', yearMark: undefined, close, gap: undefined, ordinal: undefined, serial: '15', hao: '号' }, open + close);
    }
  });

  it('tolerates a missing or wrong bracket opposite a 六角括号', () => {
    assert.deepEqual(shape(parseDocumentNumber('晋卫发〔2023 5号')), { agency: '晋卫发', open: '〔', year: '2023', yearMark: undefined, close: undefined, gap: ' ', ordinal: undefined, serial: '5', hao: '号' });
    assert.equal(shape(parseDocumentNumber('晋卫发〔20235号'))?.serial, '5', 'a run-on year and serial split after four digits');
    assert.equal(shape(parseDocumentNumber('晋卫发〔2023第5号'))?.ordinal, '第');
    assert.equal(shape(parseDocumentNumber('晋卫发2023〕5号'))?.open, undefined);
    assert.equal(shape(parseDocumentNumber('晋卫发〔2023]5号'))?.close, ']');
    assert.equal(shape(parseDocumentNumber('晋卫发（2023〕5号'))?.open, '（');
  });

  it('reads 年 in the brackets, 第, leading zeros and a missing 号', () => {
    assert.equal(shape(parseDocumentNumber('省卫医发〔2023年〕15号'))?.yearMark, '年');
    const n = parseDocumentNumber('市卫发〔2023〕第007号')!;
    assert.equal(n.ordinal?.text, '第');
    assert.equal(n.serial.text, '007');
    assert.equal(n.serial.value, 7);
    assert.equal(parseDocumentNumber('财税〔2019〕13')?.hao, undefined);
    assert.equal(parseDocumentNumber('国发〔2023〕12 号')?.text, '国发〔2023〕12 号', 'a stray space before 号 does not lose it');
    assert.equal(parseDocumentNumber('国发〔23〕5号')?.year.text, '23');
  });

  it('cuts the words that lead into a number off the agency code', () => {
    assert.equal(parseDocumentNumber('经研究，按照晋卫发〔2023〕1号')?.agency.text, '晋卫发');
    assert.equal(parseDocumentNumber('此前下发的市卫发〔2023〕3号')?.agency.text, '市卫发');
    assert.equal(parseDocumentNumber('根据省卫健委【2023】6号')?.agency.text, '省卫健委');
    assert.equal(parseDocumentNumber('（青山卫健党组发〔2024〕9号）')?.agency.text, '青山卫健党组发');
    const astral = parseDocumentNumber('见𠮷祥镇卫发〔2023〕1号')!;
    assert.deepEqual([astral.agency.text, astral.agency.start], ['𠮷祥镇卫发', 1], 'an astral character is one unit of the agency, and both halves stay together');
  });

  it('gives numbers that differ only in brackets, zeros or 第 the same key', () => {
    const keys = ['市卫发〔2023〕7号', '市卫发[2023]07号', '市卫发〔2023〕第7号'].map((t) => parseDocumentNumber(t)?.key);
    assert.deepEqual(new Set(keys), new Set(['市卫发|2023|7']));
  });

  it('stays silent on text that is not a document number', () => {
    const negatives = [
      '字体大小：【大】 【中】 【小】',
      '索引号：000014349/2023-39367',
      '发文时间：2023-06-30',
      '印发《全市全民健身实施计划（2021—2025年）》',
      '学习《中华人民共和国基本医疗卫生与健康促进法》',
      '【2023】年度重点工作回顾',
      '【2023】1.工作回顾',
      '新建小区（2023）3号楼已交付',
      '第（2023）期培训班，2023年（2023）1号',
      '财预〔2023〕',
      '规划期为〔2023—2025年〕',
      '〔2023〕1号文件',
      '国发〔2023〕',
      '2023年第1号台风',
      'ISO 9001(2015)认证',
      'H〔2023〕5号',
      '研究表明〔12〕30%的机构已达标',
      '国发〔2023〕12月底前完成',
      '国发〔23〕1，',
      '国发〔2023〕1.5倍',
    ];
    for (const text of negatives) assert.equal(parseDocumentNumber(text), undefined, text);
  });

  it('finds every number in a paragraph, in order', () => {
    const found = scanDocumentNumbers('按照市卫发〔2023〕7号、市卫发〔2023〕8号和省卫办函(2023)9号要求').map((n) => n.text);
    assert.deepEqual(found, ['市卫发〔2023〕7号', '市卫发〔2023〕8号', '省卫办函(2023)9号']);
  });

  it('never throws, and returns parts in order inside the number', () => {
    const alphabet = fc.constantFrom(...'国卫发函〔〕[]【】（）()第号年0123456789 《》、\n𠮷');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        for (const n of scanDocumentNumbers(text)) {
          const parts = [n.agency, n.open, n.year, n.yearMark, n.close, n.gap, n.ordinal, n.serial, n.hao].filter((p) => p !== undefined);
          let at = n.start;
          for (const p of parts) {
            assert.ok(p.start >= at && p.end > p.start && p.end <= n.end, `${text}: part ${p.text}`);
            assert.equal(text.slice(p.start, p.end), p.text);
            at = p.end;
          }
          assert.equal(text.slice(n.start, n.end), n.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scans a megabyte in well under half a second', () => {
    const paragraph = `${BODY}按照《关于做好春季防疫工作的通知》（省卫发〔2023〕12号）要求，索引号000014349/2023-39367。\n`;
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    assert.equal(scanDocumentNumbers(text).length, Math.ceil(1_000_000 / paragraph.length));
    const ms = bestCpuMs(3, () => scanDocumentNumbers(text));
    assert.ok(ms < 150, `took ${ms.toFixed(0)} ms of CPU`);
    if (process.env.GONGWEN_TIMINGS) console.log(`      scan ${ms.toFixed(0)} ms of CPU`);
  });
});

describe('docno index', () => {
  it('pairs a title with the number in brackets after it, across a line break', () => {
    const { citations } = indexOf('印发《区卫生健康系统党建工作要点》(\n区卫党委发〔2023〕3号),明确任务.\n');
    assert.equal(citations.length, 1);
    assert.equal(citations[0].order, 'title-first');
    assert.equal(citations[0].title.inner, '区卫生健康系统党建工作要点');
    assert.equal(citations[0].number.text, '区卫党委发〔2023〕3号');
    assert.deepEqual([citations[0].open?.text, citations[0].close?.text], ['(', ')']);
  });

  it('reads a number right before a title as a number-first citation, and leaves ambiguous ones alone', () => {
    assert.deepEqual(
      indexOf('按照省卫发〔2023〕5号《关于做好防疫工作的通知》要求。\n').citations.map((c) => c.order),
      ['number-first'],
    );
    assert.deepEqual(indexOf('按照省卫发〔2023〕5号印发的《防疫工作方案》执行。\n').citations, []);
    assert.deepEqual(indexOf('省卫发〔2023〕5号\n\n《防疫工作方案》已印发。\n').citations, [], 'a blank line ends the citation');
    assert.deepEqual(indexOf('落实省卫发〔2023〕5号\r\n《防疫工作方案》。\r\n').citations.map((c) => c.order), ['number-first'], 'one line break does not');
    assert.deepEqual(
      indexOf('《甲方案》省卫发〔2023〕5号《乙方案》\n').citations,
      [],
      'a number between two titles belongs to neither for certain',
    );
  });

  it('keeps nested titles whole', () => {
    const { citations } = indexOf('《关于印发〈乡村医生培训方案〉的通知》（省政发〔2023〕9号）\n');
    assert.equal(citations[0].title.inner, '关于印发〈乡村医生培训方案〉的通知');
  });

  it('does not read numbers in code', () => {
    assert.deepEqual(indexOf('`国发[2023]1号`\n\n```\n国发[2023]1号\n```\n').numbers, []);
  });

  it('finds the document year from a closing date line, metadata or the title', () => {
    assert.equal(indexOf('# 通知\n\n正文。\n\n县卫生健康局\n\n二〇二三年六月三十日\n').documentYear?.latestYear, 2023);
    assert.equal(indexOf('发布日期：2022-11-08\n\n# 通知\n\n正文。\n').documentYear?.basis, 'metadata');
    const fromTitle = indexOf('# 县卫生健康局2023年工作总结\n\n正文。\n').documentYear;
    assert.deepEqual([fromTitle?.latestYear, fromTitle?.basis], [2024, 'title']);
    assert.equal(indexOf('# 关于做好防疫工作的通知\n\n2023年6月以来，各地认真落实。\n').documentYear, undefined);
    assert.equal(indexOf('2023年全区完成投资12亿元。2024年将继续推进。\n').documentYear, undefined, 'body text is not a title');
  });

  it('finds the number under a position, for hovers', () => {
    const text = '按照市卫发〔2023〕7号和市卫发〔2023〕8号要求';
    const index = indexOf(text);
    assert.equal(index.numberAt(text.indexOf('7'))?.text, '市卫发〔2023〕7号');
    assert.equal(index.numberAt(text.indexOf('8号') + 1)?.text, '市卫发〔2023〕8号');
    assert.equal(index.numberAt(0), undefined);
  });

  it('indexes and checks a megabyte of citations quickly', () => {
    const paragraph = `${BODY}按照《关于做好春季防疫工作的通知》（省卫发〔2023〕12号）和省卫发[2023]13号要求，落实各项措施。\n\n`;
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const doc = new SourceDocument(text);
    const { masked } = doc.prose; // the prose model is the engine's cost, not this family's
    assert.ok(doc.get(docnoIndex).citations.length > 3_000);
    const indexMs = bestCpuMs(3, () => docnoIndex.build(doc));
    // The index is cached on the document now, so this measures the rules alone.
    const rulesMs = bestCpuMs(3, () => lintDocument(doc, { rules: docnoRules }));
    assert.equal(masked.length, text.length);
    // A guard against superlinear work (a quadratic pass over 3,000 citations takes many
    // seconds), not a speed target: npm run bench measures speed. The engine's own work on each
    // report (validation, the language of its sentence) is counted here too.
    assert.ok(indexMs < 1000 && rulesMs < 1000, `index ${indexMs.toFixed(0)} ms, rules ${rulesMs.toFixed(0)} ms of CPU`);
    if (process.env.GONGWEN_TIMINGS) console.log(`      index ${indexMs.toFixed(0)} ms, rules ${rulesMs.toFixed(0)} ms of CPU`);
  });
});

describe('docno rules on a whole document', () => {
  it('fixes a broken number into the standard form in one run', () => {
    const text = '按照《关于做好春季防疫工作的通知》【省卫发（2023年〕第07号】要求。\n';
    const fixed = fixAll(text).text;
    assert.equal(fixed, '按照《关于做好春季防疫工作的通知》（省卫发〔2023〕7号）要求。\n');
    assert.deepEqual(lint(fixed).filter((f) => f.ruleId.startsWith('docno/')), []);
  });
});

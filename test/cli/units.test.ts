// The CLI's small parts on their own: the line diff of --fix-dry-run, display widths, encoding
// detection, and the JSON writer.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { diffLines, unifiedDiff } from '../../server/src/cli/format/diff';
import { displayWidth, padEnd } from '../../server/src/cli/width';
import { decodeBytes, encodeText } from '../../server/src/cli/encoding';
import { parseArgs } from '../../server/src/cli/args';
import { toJsonResult, writeJsonResults, type JsonFile } from '../../server/src/cli/format/json';
import { lint } from '../../server/src/core/engine';

describe('cli: line diff', () => {
  it('is an edit script: its kept and removed lines give the old text, kept and added the new', () => {
    const line = fc.constantFrom('甲\n', '乙\n', '丙\r\n', '丁', '\n');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (a, b) => {
        const ops = diffLines(a, b);
        assert.deepEqual(ops.filter((o) => o.kind !== '+').map((o) => o.line), a);
        assert.deepEqual(ops.filter((o) => o.kind !== '-').map((o) => o.line), b);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the shortest script, so unchanged lines are shown as context', () => {
    const ops = diffLines(['a\n', 'b\n', 'c\n', 'd\n'], ['a\n', 'B\n', 'c\n', 'd\n']);
    assert.deepEqual(ops.map((o) => o.kind).join(''), ' -+  ');
  });

  it('prints separate hunks for distant changes, with three lines of context and correct numbers', () => {
    const before = Array.from({ length: 20 }, (_, i) => `第${i + 1}行\n`);
    const after = [...before];
    after[1] = '改2\n';
    after[17] = '改18\n';
    assert.equal(
      unifiedDiff('x.md', before.join(''), after.join('')),
      '--- x.md\n+++ x.md\n@@ -1,5 +1,5 @@\n 第1行\n-第2行\n+改2\n 第3行\n 第4行\n 第5行\n' +
        '@@ -15,6 +15,6 @@\n 第15行\n 第16行\n 第17行\n-第18行\n+改18\n 第19行\n 第20行\n',
    );
  });

  it('marks a last line without a newline', () => {
    assert.equal(unifiedDiff('x', 'a\nb', 'a\nc'), '--- x\n+++ x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });
});

describe('cli: display width', () => {
  it('counts CJK and full-width punctuation as two columns, ASCII as one', () => {
    assert.equal(displayWidth('公文ab'), 6);
    assert.equal(displayWidth('（一）、，。'), 12);
    assert.equal(displayWidth('𠮷x'), 3);
    assert.equal(padEnd('错误', 7), '错误   ');
  });
});

describe('cli: encoding detection', () => {
  it('accepts UTF-8 with or without a byte order mark and remembers which', () => {
    const plain = decodeBytes(Buffer.from('公文', 'utf8'));
    assert.deepEqual(plain, { ok: true, decoded: { text: '公文', encoding: 'utf8', bom: false } });
    const bom = decodeBytes(Buffer.from('\uFEFF公文', 'utf8'));
    assert.deepEqual(bom, { ok: true, decoded: { text: '公文', encoding: 'utf8', bom: true } });
    assert.deepEqual(encodeText('公文', 'utf8', true), Buffer.from('\uFEFF公文', 'utf8'));
  });

  it('names GBK, GB18030 and UTF-16 as likely encodings, and calls NUL bytes binary', () => {
    assert.deepEqual(decodeBytes(iconv.encode('关于做好工作的通知', 'gbk')), { ok: false, reason: 'not-utf8', likely: ['gbk'] });
    assert.deepEqual(decodeBytes(iconv.encode('𠮷', 'gb18030')), { ok: false, reason: 'not-utf8', likely: ['gb18030'] });
    assert.deepEqual(decodeBytes(Buffer.from([0xff, 0xfe, 0x6c, 0x51])), { ok: false, reason: 'not-utf8', likely: ['utf16le'] });
    assert.deepEqual(decodeBytes(Buffer.from([0x41, 0x00, 0x42])), { ok: false, reason: 'binary' });
    assert.deepEqual(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), { ok: false, reason: 'binary' });
    assert.deepEqual(decodeBytes(Buffer.from([0xff])), { ok: false, reason: 'not-utf8', likely: [] });
  });

  it('tells Big5 from GBK by the characters each reading gives, and names both when a text is too short to tell', () => {
    const simplified = '关于做好年度工作的通知。全年完成投资三点五亿元，同比增长百分之十二。';
    const traditional = '關於做好年度工作的通知。全年完成投資三點五億元，同比增長百分之十二。';
    assert.deepEqual(decodeBytes(iconv.encode(simplified, 'gbk')), { ok: false, reason: 'not-utf8', likely: ['gbk'] });
    assert.deepEqual(decodeBytes(iconv.encode(traditional, 'big5')), { ok: false, reason: 'not-utf8', likely: ['big5'] });
    assert.deepEqual(decodeBytes(iconv.encode('說明', 'big5')).ok, false);
    const short = decodeBytes(iconv.encode('謹', 'big5'));
    assert.deepEqual(short, { ok: false, reason: 'not-utf8', likely: ['gbk', 'big5'] });
    // Read in the named encoding, each gives back its text.
    const big5 = decodeBytes(iconv.encode(traditional, 'big5'), 'big5');
    assert.ok(big5.ok && big5.decoded.text === traditional);
  });

  it('reads UTF-16 without a byte order mark when the byte order is named, and recognises it when the text has ASCII', () => {
    const text = '一、总体要求\r\n全年完成38。9万元。\r\n';
    for (const encoding of ['utf16le', 'utf16be'] as const) {
      const bytes = encodeText(text, encoding, false);
      assert.deepEqual(decodeBytes(bytes, encoding), { ok: true, decoded: { text, encoding, bom: false } });
      assert.deepEqual(decodeBytes(bytes), { ok: false, reason: 'not-utf8', likely: [encoding] }, 'named, not called binary');
      assert.deepEqual(decodeBytes(bytes, 'gbk'), { ok: false, reason: 'not-utf8', likely: [encoding] });
      assert.deepEqual(decodeBytes(bytes, 'utf16'), { ok: false, reason: 'no-byte-order', likely: encoding });
      assert.deepEqual(encodeText(text, encoding, false), bytes, 'written back without a mark');
    }
    // The other byte order and an odd length are refused, binary data skipped: none is read as garbage.
    assert.deepEqual(decodeBytes(encodeText(text, 'utf16le', false), 'utf16be'), { ok: false, reason: 'invalid-in-requested', requested: 'utf16be' });
    assert.deepEqual(decodeBytes(Buffer.from([0x41, 0x00, 0x42]), 'utf16le'), { ok: false, reason: 'invalid-in-requested', requested: 'utf16le' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    assert.deepEqual(decodeBytes(png, 'utf16le'), { ok: false, reason: 'binary' });
    // Han characters alone show no byte order.
    assert.deepEqual(decodeBytes(encodeText('关于', 'utf16le', false), 'utf16'), { ok: false, reason: 'no-byte-order', likely: undefined });
  });

  it('reads large UTF-8 texts (the fast decoder) exactly as node decodes them, BOMs inside kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 200 }), fc.boolean(), (piece, copies, bom) => {
        fc.pre(!piece.includes('\0'));
        // Repeated past the size where the fast decoder takes over; lone surrogates become
        // U+FFFD in the bytes, as in any real file.
        const bytes = Buffer.from((bom ? '\uFEFF' : '') + `文${piece}\uFEFF𠮷公`.repeat(copies * 20), 'utf8');
        const result = decodeBytes(bytes);
        assert.ok(result.ok);
        assert.equal(result.decoded.text, bytes.subarray(bom ? 3 : 0).toString('utf8'));
        assert.equal(result.decoded.bom, bom);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips any text through GB18030 and UTF-16 exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        // Lone surrogates cannot be stored in any encoding; real files never contain them.
        fc.pre(!/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')) && !text.includes('\0'));
        for (const [encoding, request] of [['gb18030', 'gb18030'], ['utf16le', 'utf16'], ['utf16be', 'utf16be']] as const) {
          const bom = encoding !== 'gb18030';
          const bytes = encodeText(text, encoding, bom);
          const result = decodeBytes(bytes, request);
          if (result.ok) assert.equal(result.decoded.text, text);
          else assert.fail(`${encoding}: ${JSON.stringify(text)} → ${JSON.stringify(result)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('cli: JSON writer', () => {
  /** What one JSON.stringify of the whole array prints: the writer must print exactly this. */
  const whole = (files: readonly JsonFile[]) =>
    JSON.stringify(files.map((f) => ({ ...toJsonResult(f.filePath, f.text, f.findings), ...(f.output !== undefined ? { output: f.output } : {}) }))) + '\n';

  it('prints what one JSON.stringify would, in pieces, for many files, fixes and suggestions', () => {
    // Enough findings with fixes and suggestions that the output passes several pieces.
    const paragraph = '一、总体情况\n（一）基本做法\n（三）主要成效\n全年接诊38。9万人次，完成“十四五”规划目标的9O%。\n\r\n𠮷字与“引号\n';
    const text = '\uFEFF' + paragraph.repeat(400);
    const files: JsonFile[] = [
      { filePath: '/报告/甲.md', text, findings: lint(text) },
      { filePath: 'C:\\docs\\"quoted".md', text: '', findings: [] },
      { filePath: '/乙.md', text: paragraph, findings: lint(paragraph), output: paragraph.replace('。', '.') },
    ];
    assert.ok(files[0].findings.some((f) => f.fix) && files[0].findings.some((f) => f.suggestions.length > 0), 'the text has fixes and suggestions');
    const pieces: string[] = [];
    writeJsonResults(files, (chunk) => void pieces.push(chunk));
    assert.ok(pieces.length > 3, `written in ${pieces.length} pieces`);
    assert.equal(pieces.join(''), whole(files));
  });

  it('prints an empty array for no files, and a file without findings as ESLint does', () => {
    const pieces: string[] = [];
    writeJsonResults([], (chunk) => void pieces.push(chunk));
    assert.equal(pieces.join(''), '[]\n');
    const one: JsonFile[] = [{ filePath: 'a.md', text: '正文。\n', findings: [] }];
    const again: string[] = [];
    writeJsonResults(one, (chunk) => void again.push(chunk));
    assert.equal(again.join(''), whole(one));
  });
});

describe('cli: arguments', () => {
  it('takes --name=value and --name value, and `--` ends the options', () => {
    const r = parseArgs(['--format=json', '--rule', 'outline:off', '--', '--odd-name.md']);
    assert.ok('options' in r);
    assert.equal(r.options.format, 'json');
    assert.deepEqual(r.options.rules, [{ id: 'outline', severity: 'off' }]);
    assert.deepEqual(r.options.paths, ['--odd-name.md']);
    assert.deepEqual(parseArgs(['--fix=yes']), { error: { key: 'unknownOption', value: '--fix=yes' } });
  });
});

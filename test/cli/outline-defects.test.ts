// The engine issue's acceptance case, through the real rules and main(): a report with every
// outline defect of the catalogue gets each reported under the right rule id; `--fix` leaves
// nothing fixable, a second `--fix` changes nothing, and CRLF and the BOM survive.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/core/rules';
import { run, tempTree } from './helpers';

const REPORT = [
  '# 关于做好2025年卫生健康工作的通知',
  '',
  '## 一、总体要求。', // heading-punctuation
  '',
  '一是坚持问题导向，二是坚持目标导向，四是坚持结果导向。', // enum-sequence
  '',
  '### (一)加强组织领导', // bracket-width
  '',
  '### （三）强化责任落实', // sequence
  '',
  '（1）明确分工', // hierarchy
  '',
  '## 二.主要任务', // punctuation
  '',
  '#### （一）、推进改革', // heading-level, punctuation
  '',
  '1、完善制度。', // punctuation
  '',
  '## 二、保障措施', // sequence (repeat)
  '',
].join('\r\n');

const EXPECTED: [number, string][] = [
  [3, 'outline/heading-punctuation'],
  [5, 'outline/enum-sequence'],
  [7, 'outline/bracket-width'],
  [9, 'outline/sequence'],
  [11, 'outline/hierarchy'],
  [13, 'outline/punctuation'],
  [15, 'outline/heading-level'],
  [15, 'outline/punctuation'],
  [17, 'outline/punctuation'],
  [19, 'outline/sequence'],
];

interface JsonMessage {
  ruleId: string;
  line: number;
  fix?: unknown;
}

async function lintJson(dir: string): Promise<JsonMessage[]> {
  const result = await run(['--format', 'json', 'report.md'], { cwd: dir, rules: allRules });
  return (JSON.parse(result.stdout) as { messages: JsonMessage[] }[])[0].messages;
}

describe('a report with every outline defect', () => {
  it('gets each defect reported under its rule id, on its line', async () => {
    const dir = tempTree({ 'report.md': `\uFEFF${REPORT}` });
    const messages = await lintJson(dir);
    const outline = messages.filter((m) => m.ruleId.startsWith('outline/')).map((m): [number, string] => [m.line, m.ruleId]);
    assert.deepEqual(outline.sort(), [...EXPECTED].sort());
  });

  it('is fixed to a stable text that keeps CRLF and the BOM', async () => {
    const dir = tempTree({ 'report.md': `\uFEFF${REPORT}` });
    const file = path.join(dir, 'report.md');
    await run(['--fix', 'report.md'], { cwd: dir, rules: allRules });
    const once = fs.readFileSync(file);
    const text = once.toString('utf8');
    assert.ok(text.startsWith('\uFEFF'), 'BOM kept');
    assert.equal(text.split('\r\n').length, REPORT.split('\r\n').length, 'every line break is still CRLF');
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
    assert.deepEqual((await lintJson(dir)).filter((m) => m.fix), [], 'nothing fixable remains');
    await run(['--fix', 'report.md'], { cwd: dir, rules: allRules });
    assert.deepEqual(fs.readFileSync(file), once, 'a second --fix changes nothing');
    assert.match(text, /## 一、总体要求\r\n/);
    // The skip from （一） to （三） may be a missing item: only --fix-renumber renumbers it. The
    // repeated 二、 is certain and fixed either way.
    assert.match(text, /### （三）强化责任落实/);
    assert.match(text, /## 三、保障措施/);
    await run(['--fix', '--fix-renumber', 'report.md'], { cwd: dir, rules: allRules });
    assert.match(fs.readFileSync(file, 'utf8'), /### （二）强化责任落实/);
  });
});

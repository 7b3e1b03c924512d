// The snippets: every body expands (defaults and first choices taken, as VS Code does when the
// writer just presses Tab) to Markdown that the engine finds nothing wrong with except the ××
// blanks left to fill in, which figure/placeholder must catch. Prefixes come in Chinese and pinyin.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/engine';
import { REPO_ROOT } from './client';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const file = path.join(REPO_ROOT, 'snippets', 'gongwen.code-snippets');
const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>;

/** Expands VS Code snippet syntax the way accepting every default does. */
export function expand(body: string): string {
  let text = body;
  // Innermost first: ${1:default}, ${1|first,second|}, then bare tab stops $1 / ${1}.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}

describe('snippets', () => {
  it('cover the standard documents and sections', () => {
    const names = Object.keys(snippets).join(' ');
    for (const kind of ['通知', '请示', '报告', '函', '纪要', '工作总结', '工作计划', '讲话稿', '附件说明', '落款与成文日期', '抄送与印发']) {
      assert.ok(names.includes(kind), `a snippet for ${kind}`);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    describe(name, () => {
      const text = expand(snippet.body.join('\n'));

      it('has a Chinese and a pinyin prefix', () => {
        assert.ok(snippet.prefix.some((p) => /[\u4e00-\u9fff]/.test(p)), snippet.prefix.join(','));
        assert.ok(snippet.prefix.some((p) => /^[a-z-]+$/.test(p)), snippet.prefix.join(','));
        assert.ok(snippet.description.length > 0);
      });

      it('expands to text with nothing wrong but its blanks, which figure/placeholder finds', () => {
        const findings = lint(text);
        const others = findings.filter((f) => f.ruleId !== 'figure/placeholder');
        assert.deepEqual(others.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)} — ${f.message}`), []);
        assert.ok(findings.length > 0, 'the ×× blanks are reported until filled in');
        assert.doesNotMatch(text, /\$\{|\$\d/);
      });
    });
  }

  it('请示 ends with 妥否，请批示。 by default', () => {
    const body = expand(snippets['请示（全文骨架）'].body.join('\n'));
    assert.match(body, /妥否，请批示。/);
  });

  it('工作总结 has 工作开展情况, 存在问题 and 下一步工作计划', () => {
    const body = expand(snippets['工作总结（全文骨架）'].body.join('\n'));
    assert.match(body, /一、工作开展情况[\s\S]*二、存在问题[\s\S]*三、下一步工作计划/);
  });
});

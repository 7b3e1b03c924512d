// Whole documents of the kinds gongwen meets (工作总结, 计划, 讲话稿, 通知, 请示, 报告, 函 from a
// hospital, a school, a county government), written for these tests with realistic defects of
// many kinds in varied forms: headings, lists and plain paragraphs, full- and half-width marks, a
// document pasted as one line, CRLF line endings. Unlike a rule's fixtures, each document is
// checked against every rule at once, so that a rule firing where another rule's defect or a
// correct construct sits is caught too.
//
// The truth is written in the document, with the markers of the rule fixtures:
//   <!-- expect: figure/sum docno/bracket -->   findings of these rules on this line (once each)
//   <!-- silent: 〔2024〕12号 | 3,000 -->        correct constructs on this line: no finding may
//                                               touch them
// A finding on a line without its marker, a marker without its finding, or a finding on a
// silent snippet fails the test: the recall on unseen text stays measured.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../server/src/core/engine';
import { allRules } from '../server/src/core/rules';
import type { Finding } from '../server/src/core/types';
import { actualFindings, expectedFindings, FIXTURE_ROOT, silentSnippets } from './helpers/fixtures';
import { forEachBackend } from './helpers/segmenter';

const DOCUMENTS_DIR = path.join(FIXTURE_ROOT, '..', 'documents');
const documents = fs
  .readdirSync(DOCUMENTS_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(DOCUMENTS_DIR, f), 'utf8') }));

/** Every rule's findings as "line rule" → count, for one readable comparison. */
function byLineAndRule(count: (ruleId: string) => Map<number, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const rule of allRules) {
    for (const [line, n] of count(rule.meta.id)) out[`${String(line).padStart(3)} ${rule.meta.id}`] = n;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

describe('whole documents', () => {
  it('are of every kind the test is about', () => {
    assert.ok(documents.length >= 7, 'documents to check');
    assert.ok(documents.some((d) => d.text.includes('\r\n')), 'a document with CRLF line endings');
    assert.ok(documents.some((d) => d.text.trimEnd().split('\n').length === 1 && d.text.length > 300), 'a document pasted as one line');
    const families = new Set(documents.flatMap((d) => [...d.text.matchAll(/<!--\s*expect:\s*([^>]*?)\s*-->/g)].flatMap((m) => m[1].split(/\s+/).map((id) => id.split('/')[0]))));
    assert.deepEqual([...families].sort(), ['docno', 'figure', 'outline', 'punctuation', 'wording']);
  });

  forEachBackend(() => {
    for (const doc of documents) {
      describe(doc.name, () => {
        // Linted in the backend's own pass (forEachBackend switches the segmenter before it).
        let findings: Finding[] = [];
        before(() => {
          findings = lint(doc.text);
        });

        it('gets exactly the expected findings, line by line', () => {
          assert.equal(findings.filter((f) => f.ruleId === 'internal/rule-error').length, 0, JSON.stringify(findings.find((f) => f.ruleId === 'internal/rule-error')));
          assert.deepEqual(
            byLineAndRule((id) => actualFindings(findings, doc.text, id)),
            byLineAndRule((id) => expectedFindings(doc.text, id)),
            'line rule → number of findings',
          );
        });

        it('leaves every correct construct it names alone', () => {
          const snippets = silentSnippets(doc.text);
          assert.ok(snippets.length > 0, 'the document names correct constructs');
          for (const s of snippets) {
            assert.ok(s.start >= 0, `line ${s.line} does not hold “${s.snippet}”`);
            const touching = findings.filter((f) => f.start < s.end && f.end > s.start);
            assert.deepEqual(touching.map((f) => `${f.ruleId}: ${f.message}`), [], `line ${s.line}: “${s.snippet}”`);
          }
        });
      });
    }
  });
});

// The CLI's bundle is pure ASCII, so the command reads it without decoding (bin/gongwen-lint.js),
// and its source map still points each generated token at its place in our sources.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { DIST_CLI, ensureBuilt, removeTree, runBin, tempTree } from './helpers';
import { REPO_ROOT } from '../helpers/fixtures';
import { lint } from '../../server/src/core/engine';

interface AsciiOutputModule {
  asciiOutput(code: string, map: { mappings: string } | undefined): { code: string; map: { mappings: string } | undefined };
  decodeSegment(segment: string): number[];
  encodeSegment(values: readonly number[]): string;
}

/** The build's own module (ES module JavaScript, as the build runs it). */
async function loadModule(): Promise<AsciiOutputModule> {
  const file = pathToFileURL(path.join(REPO_ROOT, 'scripts', 'asciiOutput.mjs')).href;
  return (await import(file)) as AsciiOutputModule;
}

/** How a character reads after escaping: itself when ASCII, else \uXXXX. */
const escaped = (c: string) => (c.charCodeAt(0) < 0x80 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Absolute generated columns of each line's segments, from a map's `mappings`. */
function generatedColumns(module: AsciiOutputModule, mappings: string): number[][] {
  return mappings.split(';').map((line) => {
    let column = 0;
    return line ? line.split(',').map((segment) => (column += module.decodeSegment(segment)[0])) : [];
  });
}

describe('cli: the ASCII bundle', () => {
  it('reads base64 VLQ segments back as written', async () => {
    const module = await loadModule();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 5 }), (values) => {
        assert.deepEqual(module.decodeSegment(module.encodeSegment(values)), values);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes every non-ASCII unit and moves each mapped column onto the same character', async () => {
    const module = await loadModule();
    const piece = fc.constantFrom('a', ' ', '/', '"', '零', '“', '𠮷', 'var x = ', '/[〇零]/', '// 说明', '\\n');
    const line = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 40 }), (lines, picks) => {
        // Segments at columns of each line (sorted, as a map holds them), with made-up sources.
        const columns = lines.map((text, l) => [...new Set(picks.filter((_, i) => i % lines.length === l).map((p) => p % (text.length + 1)))].sort((a, b) => a - b));
        const mappings = columns
          .map((cols) => cols.map((c, i) => module.encodeSegment([c - (i > 0 ? cols[i - 1] : 0), 0, 3, 1])).join(','))
          .join(';');
        const out = module.asciiOutput(lines.join('\n'), { mappings });
        assert.match(out.code, /^[\x00-\x7f]*$/);
        const newLines = out.code.split('\n');
        assert.equal(newLines.length, lines.length);
        const moved = generatedColumns(module, out.map!.mappings);
        columns.forEach((cols, l) => {
          assert.equal(moved[l].length, cols.length);
          cols.forEach((c, i) => {
            const expected = c < lines[l].length ? escaped(lines[l][c]) : '';
            assert.equal(newLines[l].slice(moved[l][i], moved[l][i] + expected.length), expected, `line ${l}, column ${c}`);
            if (c === lines[l].length) assert.equal(moved[l][i], newLines[l].length);
          });
        });
        // The other fields of each segment are kept as they were.
        const fields = (m: string) => m.split(/[;,]/).filter(Boolean).map((s) => module.decodeSegment(s).slice(1));
        assert.deepEqual(fields(out.map!.mappings), fields(mappings));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a non-ASCII character after a backslash rather than change what it means', async () => {
    const module = await loadModule();
    assert.throws(() => module.asciiOutput('var r = /\\零/;', undefined), /after a backslash/);
  });

  it('is what the build writes for the command, whose escaped patterns find what the engine finds', function () {
    this.timeout(60000);
    ensureBuilt();
    const bundle = fs.readFileSync(DIST_CLI);
    assert.ok(
      bundle.every((b) => b < 0x80),
      'dist/cli.js is pure ASCII',
    );
    const map = JSON.parse(fs.readFileSync(`${DIST_CLI}.map`, 'utf8')) as { sources: string[] };
    assert.ok(map.sources.some((s) => s.endsWith('server/src/cli/main.ts')));
    // Patterns of Chinese characters, a full-width mark, 𠮷 and a template placeholder, through
    // the bundle and through the engine compiled by tsc (whose sources were never escaped).
    const text = '## 一、总体情况。\n\n全年接诊38。9万人次，完成率达9O%，𠮷 XX 同志于20××年到任。\n\n（一）基本情况\n（三）主要做法\n';
    const dir = tempTree();
    try {
      const r = runBin(['--stdin', '--format', 'json'], { cwd: dir, input: text });
      const ids = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId);
      assert.ok(ids.length >= 3, r.stdout);
      assert.deepEqual(ids, lint(text).map((f) => f.ruleId));
    } finally {
      removeTree(dir);
    }
  });
});

// Token tests of the injection grammar (syntaxes/gongwen.injection.tmLanguage.json), tokenized
// with vscode-textmate and vscode-oniguruma on top of VS Code's Markdown grammar, as VS Code does.
// Snapshots (`*.snap` in test/grammar/cases) list each line's gongwen tokens; the assertions
// below pin the cases that matter most (never inside code, Markdown's own list markers kept).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CASES = path.join(ROOT, 'test', 'grammar', 'cases');
const INJECTION = path.join(ROOT, 'syntaxes', 'gongwen.injection.tmLanguage.json');
const MARKDOWN = path.join(ROOT, 'test', 'grammar', 'markdown.tmLanguage.json');

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

function markdownGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        const file = scopeName === 'text.html.markdown' ? MARKDOWN : scopeName === 'text.gongwen.injection' ? INJECTION : undefined;
        return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['text.gongwen.injection'] : undefined),
    });
    const grammar = await registry.loadGrammar('text.html.markdown');
    if (!grammar) throw new Error('Markdown grammar did not load');
    return grammar;
  })();
  return grammarPromise;
}

export interface Token {
  text: string;
  scopes: string[];
}

export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await markdownGrammar();
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The gongwen scopes of one token (the Markdown ones are VS Code's business). */
function gongwenScopes(token: Token): string[] {
  return token.scopes.filter((s) => s.endsWith('.gongwen'));
}

function render(lines: Token[][]): string {
  const out: string[] = [];
  lines.forEach((tokens, i) => {
    const marked = tokens.filter((t) => gongwenScopes(t).length);
    if (!marked.length) return;
    out.push(`${i + 1}: ${marked.map((t) => `${JSON.stringify(t.text)} ${gongwenScopes(t).join(' ')}`).join(' | ')}`);
  });
  return `${out.join('\n')}\n`;
}

/** The gongwen scopes given to the first occurrence of `needle` on line `line` (1-based). */
async function scopesOf(text: string, line: number, needle: string): Promise<string[]> {
  const lines = await tokenize(text);
  const tokens = lines[line - 1];
  let at = 0;
  const start = tokens.map((t) => t.text).join('').indexOf(needle);
  assert.ok(start >= 0, `“${needle}” is not on line ${line}`);
  const scopes = new Set<string>();
  for (const token of tokens) {
    const end = at + token.text.length;
    if (end > start && at < start + needle.length) for (const s of gongwenScopes(token)) scopes.add(s);
    at = end;
  }
  return [...scopes];
}

describe('grammar: gongwen injection into Markdown', () => {
  it('colours the four outline levels at line starts and in headings', async () => {
    const text = '# 一、总体要求\n\n（一）加强领导\n\n1.明确责任\n\n（1）细化分工\n\n　　二、主要任务\n';
    assert.deepEqual(await scopesOf(text, 1, '一'), ['constant.numeric.outline.level-1.gongwen']);
    assert.ok((await scopesOf(text, 3, '一')).includes('constant.numeric.outline.level-2.gongwen'));
    assert.ok((await scopesOf(text, 5, '1')).includes('constant.numeric.outline.level-3.gongwen'));
    assert.ok((await scopesOf(text, 7, '1')).includes('constant.numeric.outline.level-4.gongwen'));
    assert.ok((await scopesOf(text, 9, '二')).includes('constant.numeric.outline.level-1.gongwen'));
  });

  it('leaves numbers inside a sentence alone', async () => {
    const text = '今年完成一、二季度任务，并于（一）项中说明。\n';
    assert.deepEqual(await scopesOf(text, 1, '二'), []);
    assert.deepEqual(await scopesOf(text, 1, '（一）'), []);
  });

  it('never colours inside fenced code, indented code or inline code', async () => {
    const text = '```\n一、总体要求\n〔2023〕2号 ××\n```\n\n    （一）缩进代码\n\n正文 `〔2023〕2号 ××` 结束。\n';
    assert.deepEqual(await scopesOf(text, 2, '一'), []);
    assert.deepEqual(await scopesOf(text, 3, '〔2023〕2号'), []);
    assert.deepEqual(await scopesOf(text, 3, '××'), []);
    assert.deepEqual(await scopesOf(text, 6, '一'), []);
    assert.deepEqual(await scopesOf(text, 8, '2023'), []);
  });

  it('keeps Markdown’s own ordered-list markers', async () => {
    const lines = await tokenize('1. 第一项\n2. 第二项\n');
    const first = lines[0].find((t) => t.text.includes('1.'));
    assert.ok(first?.scopes.some((s) => s.startsWith('punctuation.definition.list.begin.markdown')), JSON.stringify(lines[0]));
    assert.deepEqual(gongwenScopes(first!), []);
  });

  it('colours a document number and its parts', async () => {
    const text = '根据《关于做好有关工作的通知》（晋卫发〔2023〕12号）要求。\n';
    assert.deepEqual(await scopesOf(text, 1, '2023'), ['meta.document-number.gongwen', 'constant.numeric.document-number.year.gongwen']);
    assert.deepEqual(await scopesOf(text, 1, '12'), ['meta.document-number.gongwen', 'constant.numeric.document-number.serial.gongwen']);
  });

  it('colours placeholders but not multiplication or Latin words', async () => {
    const text = '××市××局于20××年×月召开会议，面积3×4米，导出xlsx，配备X光机，□□同志出席，xx人参加。\n';
    assert.ok((await scopesOf(text, 1, '××')).includes('variable.other.placeholder.gongwen'));
    assert.ok((await scopesOf(text, 1, '×月')).includes('variable.other.placeholder.gongwen'));
    assert.deepEqual(await scopesOf(text, 1, '3×4'), []);
    assert.deepEqual(await scopesOf(text, 1, 'xlsx'), []);
    assert.deepEqual(await scopesOf(text, 1, 'X光'), []);
    assert.ok((await scopesOf(text, 1, '□□')).includes('variable.other.placeholder.gongwen'));
    assert.ok((await scopesOf(text, 1, 'xx人')).includes('variable.other.placeholder.gongwen'));
  });

  describe('snapshots', () => {
    const files = fs.existsSync(CASES) ? fs.readdirSync(CASES).filter((f) => f.endsWith('.md')).sort() : [];
    it('has cases', () => assert.ok(files.length > 0));
    for (const file of files) {
      it(file, async () => {
        const text = fs.readFileSync(path.join(CASES, file), 'utf8');
        const actual = render(await tokenize(text));
        const snap = path.join(CASES, file.replace(/\.md$/, '.snap'));
        if (!fs.existsSync(snap) || process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(snap, actual);
        assert.equal(actual, fs.readFileSync(snap, 'utf8'));
      });
    }
  });
});

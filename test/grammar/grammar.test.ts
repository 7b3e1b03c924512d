// Token tests of the injection grammar (syntaxes/gongwen.injection.tmLanguage.json), tokenized
// with vscode-textmate and vscode-oniguruma the way VS Code does: injected into a grammar whose
// scope is text.html.markdown. That host is our own small grammar (markdown-host.tmLanguage.json
// beside this file), which gives code, comments, headings, list markers and quotes the scopes
// VS Code's Markdown grammar gives them; the tests check those host scopes too, so a host that
// scoped nothing as code could not make "never inside code" pass.
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
const MARKDOWN = path.join(ROOT, 'test', 'grammar', 'markdown-host.tmLanguage.json');

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
  return (await allScopesOf(text, line, needle)).filter((s) => s.endsWith('.gongwen'));
}

/** The host grammar's (Markdown) scopes of the first occurrence of `needle` on a line. */
async function hostScopesOf(text: string, line: number, needle: string): Promise<string[]> {
  return (await allScopesOf(text, line, needle)).filter((s) => !s.endsWith('.gongwen'));
}

async function allScopesOf(text: string, line: number, needle: string): Promise<string[]> {
  const lines = await tokenize(text);
  const tokens = lines[line - 1];
  let at = 0;
  const start = tokens.map((t) => t.text).join('').indexOf(needle);
  assert.ok(start >= 0, `“${needle}” is not on line ${line}`);
  const scopes = new Set<string>();
  for (const token of tokens) {
    const end = at + token.text.length;
    if (end > start && at < start + needle.length) for (const s of token.scopes) scopes.add(s);
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

  it('colours the same text in prose, headings, list items and quotes', async () => {
    const text = '一、总体要求〔2023〕2号 ××\n\n## 一、总体要求〔2023〕2号 ××\n\n- 一、总体要求〔2023〕2号 ××\n\n> 一、总体要求〔2023〕2号 ××\n';
    for (const line of [1, 3, 5, 7]) {
      assert.deepEqual(await scopesOf(text, line, '一'), ['constant.numeric.outline.level-1.gongwen'], `line ${line}`);
      assert.ok((await scopesOf(text, line, '2023')).includes('constant.numeric.document-number.year.gongwen'), `line ${line}`);
      assert.deepEqual(await scopesOf(text, line, '××'), ['variable.other.placeholder.gongwen'], `line ${line}`);
    }
    assert.ok((await hostScopesOf(text, 3, '一')).includes('entity.name.section.markdown'), 'the host grammar saw a heading');
  });

  it('never colours inside fenced code, indented code, inline code, comments or front matter', async () => {
    const sample = '一、总体要求〔2023〕2号 ××';
    const cases: [string, number, string][] = [
      [`\`\`\`\n${sample}\n\`\`\`\n`, 2, 'markup.fenced_code.block.markdown'],
      [`~~~text\n${sample}\n~~~\n`, 2, 'markup.fenced_code.block.markdown'],
      [`- 列表\n\n  \`\`\`\n  ${sample}\n  \`\`\`\n`, 4, 'markup.fenced_code.block.markdown'],
      [`正文\n\n    ${sample}\n`, 3, 'markup.raw.block.markdown'],
      [`正文 \`${sample}\` 结束。\n`, 1, 'markup.inline.raw.string.markdown'],
      [`## 标题 \`${sample}\`\n`, 1, 'markup.inline.raw.string.markdown'],
      [`正文 \`\`${sample} \` 仍在代码中\`\` 结束。\n`, 1, 'markup.inline.raw.string.markdown'],
      [`<!-- ${sample} -->\n`, 1, 'comment.block.html'],
      [`<!--\n${sample}\n-->\n`, 2, 'comment.block.html'],
      [`正文 <!-- ${sample} --> 结束。\n`, 1, 'comment.block.html'],
      [`---\ntitle: ${sample}\n---\n`, 2, 'meta.embedded.block.frontmatter'],
    ];
    for (const [text, line, hostScope] of cases) {
      for (const needle of ['一', '2023', '××']) {
        assert.ok((await hostScopesOf(text, line, needle)).includes(hostScope), `the host grammar gives ${hostScope} to ${JSON.stringify(text)}`);
        assert.deepEqual(await scopesOf(text, line, needle), [], `${needle} in ${JSON.stringify(text)}`);
      }
    }
    // After the code ends, the injection applies again.
    const after = '```\n一、代码\n```\n\n二、正文\n';
    assert.deepEqual(await scopesOf(after, 5, '二'), ['constant.numeric.outline.level-1.gongwen']);
  });

  it('does not take a paragraph’s indented continuation line for code', async () => {
    const text = '正文第一行\n    二、续行仍是正文〔2023〕2号\n';
    assert.ok((await hostScopesOf(text, 2, '2023')).includes('meta.paragraph.markdown'));
    assert.ok((await scopesOf(text, 2, '2023')).includes('constant.numeric.document-number.year.gongwen'));
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

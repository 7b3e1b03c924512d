// The CLI through main(): exit codes, the three output formats, options, configuration,
// language and standard input. Rules are injected (heading-punctuation plus test-only rules),
// so these checks do not move as the rule families grow.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText } from '../../server/src/core/config/parse';
import { allRules, ruleFamilies } from '../../server/src/core/rules';
import { documentedEncodingNames } from '../../server/src/cli/encoding';
import { displayWidth } from '../../server/src/cli/width';
import { removeTree, run, tempTree, TEST_RULES } from './helpers';

const HEADING_WARNING = '## 一、总体要求。\n\n正文。\n';
const CLEAN = '## 一、总体要求\n\n正文。\n';
const PLACEHOLDER_ERROR = '## 一、总体要求\n\n完成率达到xx%。\n';

describe('cli: exit codes', () => {
  let dir: string;
  beforeEach(() => (dir = tempTree({ 'clean.md': CLEAN, 'warn.md': HEADING_WARNING, 'err.md': PLACEHOLDER_ERROR })));
  afterEach(() => removeTree(dir));

  it('exits 0 with no output for a clean file', async () => {
    const r = await run(['clean.md'], { cwd: dir });
    assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 for warnings, 1 for errors', async () => {
    const warn = await run(['warn.md'], { cwd: dir });
    assert.equal(warn.code, 0);
    assert.match(warn.stdout, /1:10\s+警告\s+标题末尾不应有“。”/);
    const err = await run(['err.md'], { cwd: dir });
    assert.equal(err.code, 1);
    assert.match(err.stdout, /3:6\s+错误\s+占位符“xx”\s+test\/placeholder/);
  });

  it('exits 1 when warnings exceed --max-warnings, and says so', async () => {
    const over = await run(['--max-warnings', '0', 'warn.md'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /警告有 1 个，超过了 --max-warnings 允许的 0 个/);
    assert.equal((await run(['--max-warnings=1', 'warn.md'], { cwd: dir })).code, 0);
  });

  it('exits 2 on usage errors, naming the problem', async () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /不认识的选项：--bogus/],
      [['--format', 'xml'], /不支持的输出格式“xml”/],
      [['--rule', 'test/placeholder'], /--rule 的写法应为“规则:级别”/],
      [['--rule', 'no/such-rule:off'], /规则“no\/such-rule”不存在/],
      [['--max-warnings', '-1'], /--max-warnings 后面应是非负整数/],
      [['--config'], /选项 --config 后面缺少值/],
      [['--encoding', 'latin9'], /不支持的编码“latin9”/],
      [['--fix', '--fix-dry-run'], /只能选一个/],
      [['--fix-renumber', 'err.md'], /--fix-renumber 要和 --fix 或 --fix-dry-run 一起用/],
      [['-', 'clean.md'], /不能再给文件路径/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { cwd: dir });
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message, argv.join(' '));
      assert.equal(r.stdout, '');
    }
  });

  it('exits 2 for a missing path and still lints the others', async () => {
    const r = await run(['nope.md', 'err.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /找不到文件或文件夹：nope\.md/);
    assert.match(r.stdout, /err\.md/);
  });

  it('applies --rule overrides, families included', async () => {
    assert.equal((await run(['--rule', 'test/placeholder:warning', 'err.md'], { cwd: dir })).code, 0);
    assert.equal((await run(['--rule', 'outline/heading-punctuation:error', 'warn.md'], { cwd: dir })).code, 1);
    const off = await run(['--rule', 'test:off', 'err.md'], { cwd: dir });
    assert.deepEqual([off.code, off.stdout], [0, '']);
  });
});

describe('cli: output formats', () => {
  // A byte order mark (stripped before linting), an astral character (two UTF-16 code units)
  // and CJK text before the findings, so the columns prove what they count.
  const TEXT = '\uFEFF## 𠮷一、总体要求。\n\n完成率xx%，请注意。\n';
  let dir: string;
  beforeEach(() => (dir = tempTree({ '报告.md': TEXT })));
  afterEach(() => removeTree(dir));

  it('json: ESLint shape, 1-based UTF-16 columns, every severity with our own name beside it', async () => {
    const r = await run(['--format', 'json', '报告.md'], { cwd: dir });
    assert.equal(r.code, 1);
    const [result] = JSON.parse(r.stdout);
    assert.equal(result.filePath, path.join(dir, '报告.md'));
    assert.deepEqual(
      result.messages.map((m: Record<string, unknown>) => [m.ruleId, m.severity, m.gongwenSeverity, m.line, m.column, m.endLine, m.endColumn]),
      [
        ['outline/heading-punctuation', 1, 'warning', 1, 12, 1, 13],
        ['test/placeholder', 2, 'error', 3, 4, 3, 6],
        ['test/note', 1, 'info', 3, 9, 3, 11],
      ],
    );
    assert.deepEqual(result.messages[0].fix, { range: [11, 12], text: '' });
    assert.deepEqual([result.errorCount, result.warningCount, result.infoCount, result.fixableErrorCount, result.fixableWarningCount], [1, 1, 1, 1, 1]);
    assert.equal(result.output, undefined, 'no output without fixing');
  });

  it('sarif: version 2.1.0, UTF-16 columns, levels, percent-encoded relative URIs, rule metadata', async () => {
    const r = await run(['--format', 'sarif', '报告.md'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const runLog = log.runs[0];
    assert.equal(runLog.columnKind, 'utf16CodeUnits');
    assert.equal(runLog.tool.driver.name, 'gongwen-lint');
    assert.deepEqual(runLog.tool.driver.rules.map((x: { id: string }) => x.id), TEST_RULES.map((x) => x.meta.id));
    assert.equal(runLog.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir}/`);
    assert.deepEqual(
      runLog.results.map((x: any) => [x.ruleId, x.ruleIndex, x.level, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region]),
      [
        ['outline/heading-punctuation', 0, 'warning', '%E6%8A%A5%E5%91%8A.md', { startLine: 1, startColumn: 12, endLine: 1, endColumn: 13 }],
        ['test/placeholder', 1, 'error', '%E6%8A%A5%E5%91%8A.md', { startLine: 3, startColumn: 4, endLine: 3, endColumn: 6 }],
        ['test/note', 2, 'note', '%E6%8A%A5%E5%91%8A.md', { startLine: 3, startColumn: 9, endLine: 3, endColumn: 11 }],
      ],
    );
  });

  it('stylish: rule ids line up in one column whatever the mix of Chinese and ASCII, then a summary', async () => {
    const r = await run(['报告.md'], { cwd: dir });
    const rows = r.stdout.split('\n').filter((l) => /\d+:\d+/.test(l));
    assert.equal(rows.length, 3);
    const ruleColumns = rows.map((row) => displayWidth(row.slice(0, row.search(/\S+$/))));
    assert.equal(new Set(ruleColumns).size, 1, `rule ids start at display columns ${ruleColumns}:\n${rows.join('\n')}`);
    assert.match(r.stdout, /^\n报告\.md\n/);
    assert.match(r.stdout, /✖ 共 3 个问题（1 个错误，1 个警告，1 个提示）\n {2}其中 2 个可以用 --fix 自动修复。\n$/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
  });

  it('stylish: colour only on a terminal, and never with NO_COLOR or --no-color', async () => {
    assert.match((await run(['报告.md'], { cwd: dir, isTTY: true })).stdout, /\x1b\[31m错误\x1b\[39m/);
    assert.doesNotMatch((await run(['报告.md'], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } })).stdout, /\x1b\[/);
    assert.doesNotMatch((await run(['--no-color', '报告.md'], { cwd: dir, isTTY: true })).stdout, /\x1b\[/);
    assert.match((await run(['--color', '报告.md'], { cwd: dir })).stdout, /\x1b\[/);
  });

  it('--quiet reports errors only (and the exit code still counts them)', async () => {
    const r = await run(['--quiet', '--format', 'json', '报告.md'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId), ['test/placeholder']);
  });
});

describe('cli: language', () => {
  let dir: string;
  beforeEach(() => (dir = tempTree({ 'a.md': '## 一、总体要求。\n' })));
  afterEach(() => removeTree(dir));

  it('speaks Chinese by default and English when LC_ALL, LC_MESSAGES or LANG says en (in that order)', async () => {
    const zhText = /标题末尾不应有“。”[\s\S]*共 1 个问题/;
    const enText = /Heading ends with "。"[\s\S]*1 problem \(0 errors, 1 warning, 0 infos\)/;
    assert.match((await run(['a.md'], { cwd: dir })).stdout, zhText);
    assert.match((await run(['a.md'], { cwd: dir, env: { LANG: 'C.UTF-8' } })).stdout, zhText);
    assert.match((await run(['a.md'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } })).stdout, enText);
    assert.match((await run(['a.md'], { cwd: dir, env: { LC_MESSAGES: 'en_GB' } })).stdout, enText);
    assert.match((await run(['a.md'], { cwd: dir, env: { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' } })).stdout, zhText);
    assert.match((await run(['--locale', 'en', 'a.md'], { cwd: dir, env: { LC_ALL: 'zh_CN.UTF-8' } })).stdout, enText);
  });

  it('follows the project config\'s "locale" unless the command line or environment chooses', async () => {
    fs.writeFileSync(path.join(dir, '.gongwenrc.json'), '{ "locale": "en" }');
    assert.match((await run(['a.md'], { cwd: dir })).stdout, /Heading ends with/);
    assert.match((await run(['--locale', 'zh', 'a.md'], { cwd: dir })).stdout, /标题末尾/);
  });

  it('prints help in Chinese or English, and the version', async () => {
    const zhHelp = await run(['--help'], { cwd: dir });
    assert.equal(zhHelp.code, 0);
    assert.match(zhHelp.stdout, /用法：[\s\S]*--fix-dry-run[\s\S]*--fix-renumber[\s\S]*退出码：0 没有问题/);
    const enHelp = await run(['-h'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    assert.match(enHelp.stdout, /Usage:[\s\S]*--fix-renumber[\s\S]*--max-warnings N[\s\S]*Exit codes: 0 no problems/);
    // Every encoding --encoding takes is named in the help and in the README's CLI sections.
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const readmeRows = readme.split('\n').filter((l) => l.startsWith('| `--encoding') || (l.startsWith('Options:') && l.includes('`--encoding')));
    assert.equal(readmeRows.length, 2, 'one --encoding entry in each language');
    for (const name of documentedEncodingNames()) {
      for (const [where, text] of [['help', zhHelp.stdout], ['English help', enHelp.stdout], ...readmeRows.map((r, i) => [`README entry ${i + 1}`, r])]) {
        assert.match(text, new RegExp(`(?<![\\w-])${name}(?![\\w-])`), `${where} names ${name}`);
      }
    }
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')).version;
    // The JavaScript port unless one is forced, whether or not nodejieba is built here.
    const segmenter = '分词器：js（JavaScript 实现，未使用原生模块）';
    assert.deepEqual(await run(['--version'], { cwd: dir }), { code: 0, stdout: `${version}\n${segmenter}\n`, stderr: '' });
    assert.equal((await run(['--version'], { cwd: dir, env: { GONGWEN_SEGMENTER: 'JS' } })).stdout, `${version}\n分词器：js（JavaScript 实现，未使用原生模块），由 GONGWEN_SEGMENTER 指定\n`);
  });
});

describe('cli: configuration', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  it('reports an invalid config with its file, line and column, exits 2 and lints nothing', async () => {
    dir = tempTree({ 'docs/a.md': PLACEHOLDER_ERROR, '.gongwenrc.json': '{\n  "rules": {\n    "test/placeholder": "eror"\n  }\n}\n' });
    const r = await run(['docs'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /配置错误 \.gongwenrc\.json:3:25：“test\/placeholder”的值无效/);
    assert.equal(r.stdout, '');
    const en = await run(['--locale', 'en', 'docs'], { cwd: dir });
    assert.match(en.stderr, /configuration error \.gongwenrc\.json:3:25: invalid value for "test\/placeholder"/);
  });

  it('finds the nearest config walking up, and --config replaces the search', async () => {
    dir = tempTree({
      'docs/a.md': HEADING_WARNING,
      'docs/.gongwenrc.json': '{ "rules": { "outline/heading-punctuation": "error" } }',
      'quiet.json': '// a comment is allowed\n{ "rules": { "outline": "off" } }',
    });
    assert.equal((await run(['docs/a.md'], { cwd: dir })).code, 1);
    const r = await run(['--config', 'quiet.json', 'docs/a.md'], { cwd: dir });
    assert.deepEqual([r.code, r.stdout], [0, '']);
    const missing = await run(['--config', 'nope.json', 'docs/a.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json:1:1：找不到配置文件或无法读取/);
  });

  it('--print-config shows what applies to a file, command-line overrides included', async () => {
    dir = tempTree({ '.gongwenrc.json': '{ "rules": { "outline/heading-punctuation": "error" }, "userWords": ["两新"] }' });
    const r = await run(['--print-config', 'a.md', '--rule', 'test:off'], { cwd: dir });
    assert.equal(r.code, 0);
    const printed = JSON.parse(r.stdout);
    assert.equal(printed.rules['outline/heading-punctuation'].severity, 'error');
    assert.equal(printed.rules['test/placeholder'].severity, 'off');
    assert.equal(printed.rules['test/note'].severity, 'off');
    assert.deepEqual(printed.userWords, ['两新']);
    assert.deepEqual(printed.files, [path.join(dir, '.gongwenrc.json')]);
  });

  it('--init writes a commented starter config that parses cleanly, and never overwrites one', async () => {
    dir = tempTree();
    const r = await run(['--init'], { cwd: dir, rules: allRules });
    assert.equal(r.code, 0);
    const file = path.join(dir, '.gongwenrc.json');
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^\{\n {2}\/\/ gongwen 公文检查的配置文件/);
    assert.deepEqual(parseConfigText(text, file, allRules, ruleFamilies).errors, []);
    for (const rule of allRules) assert.ok(text.includes(JSON.stringify(rule.meta.id)), rule.meta.id);
    fs.writeFileSync(file, '{}');
    const again = await run(['--init'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /\.gongwenrc\.json 已存在，没有覆盖它/);
    assert.equal(fs.readFileSync(file, 'utf8'), '{}');
  });

  it('inline suppression comments work through the CLI', async () => {
    dir = tempTree({ 'a.md': '<!-- gongwen-disable-next-line test/placeholder -->\n完成率xx%。\n\n增长率xx%。\n' });
    const [result] = JSON.parse((await run(['-f', 'json', 'a.md'], { cwd: dir })).stdout);
    assert.deepEqual(result.messages.map((m: { line: number }) => m.line), [4]);
  });
});

describe('cli: standard input', () => {
  let dir: string;
  beforeEach(() => (dir = tempTree({ 'docs/.gongwenrc.json': '{ "rules": { "outline/heading-punctuation": "error" } }' })));
  afterEach(() => removeTree(dir));

  it('lints standard input with `-` or --stdin', async () => {
    for (const flag of ['-', '--stdin']) {
      const r = await run([flag], { cwd: dir, stdin: HEADING_WARNING });
      assert.equal(r.code, 0, flag);
      assert.match(r.stdout, /^\n<标准输入>\n {2}1:10 {2}警告/);
    }
  });

  it('--stdin-filename names the text and finds its config', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'docs/report.md', '-f', 'json'], { cwd: dir, stdin: HEADING_WARNING });
    assert.equal(r.code, 1);
    const [result] = JSON.parse(r.stdout);
    assert.equal(result.filePath, path.join(dir, 'docs', 'report.md'));
    assert.equal(result.messages[0].severity, 2);
  });

  it('--fix-dry-run prints the change; --fix is refused for standard input', async () => {
    const dry = await run(['--stdin', '--fix-dry-run'], { cwd: dir, stdin: HEADING_WARNING });
    assert.equal(dry.code, 0);
    assert.match(dry.stdout, /^--- <标准输入>\n\+\+\+ <标准输入>\n@@ -1,3 \+1,3 @@\n-## 一、总体要求。\n\+## 一、总体要求\n \n 正文。\n/);
    const fix = await run(['--stdin', '--fix'], { cwd: dir, stdin: HEADING_WARNING });
    assert.equal(fix.code, 2);
    assert.match(fix.stderr, /请用 --fix-dry-run/);
  });

  it('refuses GBK on standard input unless --encoding names it', async () => {
    const gbk = Buffer.from([0x23, 0x23, 0x20, 0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3, 0xa1, 0xa3, 0x0a]); // "## 一、总体要求。\n"
    const refused = await run(['-'], { cwd: dir, stdin: gbk });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /<标准输入> 不是 UTF-8 编码，看起来是 GBK。.*--encoding gbk/);
    const read = await run(['-', '--encoding', 'gbk'], { cwd: dir, stdin: gbk });
    assert.equal(read.code, 0);
    assert.match(read.stdout, /1:10 {2}警告 {2}标题末尾不应有“。”/);
  });
});

describe('cli: large runs', () => {
  it('tells the host once, when the texts read pass the large-input size, whether from files or standard input', async () => {
    const dir = tempTree({ 'a.md': '正文'.repeat(100), 'b.md': '正文'.repeat(100), 'c.md': '正文'.repeat(100) });
    try {
      let calls = 0;
      const onLargeInput = () => void calls++;
      // Each file is 600 bytes: the second one passes 1,000, the third does not call again.
      await run(['a.md', 'b.md', 'c.md'], { cwd: dir, onLargeInput, largeInputBytes: 1000 });
      assert.equal(calls, 1);
      await run(['a.md'], { cwd: dir, onLargeInput, largeInputBytes: 1000 });
      assert.equal(calls, 1);
      await run(['--stdin'], { cwd: dir, stdin: '正文'.repeat(400), onLargeInput, largeInputBytes: 1000 });
      assert.equal(calls, 2);
    } finally {
      removeTree(dir);
    }
  });
});

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseConfigText } from '../../server/src/core/config/parse';
import { CONFIG_FILE_NAME, loadConfigForFile, resolveConfig } from '../../server/src/core/config/resolve';
import { allRules, ruleFamilies } from '../../server/src/core/rules';

const parse = (text: string) => parseConfigText(text, '/p/.gongwenrc.json', allRules, ruleFamilies);
const someRule = allRules[0].meta.id;

describe('configuration', () => {
  it('accepts comments, severities, families and options', () => {
    const { layer, errors } = parse(`{
      // 注释
      "locale": "en",
      "rules": { "outline": "info", "${someRule}": ["error", {}] },
      "userWords": ["早孕建册率"],
    }`);
    assert.deepEqual(errors, []);
    assert.equal(layer.locale, 'en');
    assert.equal(layer.rules.outline.severity, 'info');
    assert.equal(layer.rules[someRule].severity, 'error');
    assert.deepEqual(layer.userWords, ['早孕建册率']);
  });

  it('names the file, line and column of a syntax error', () => {
    const { errors } = parse('{\n  "rules": {\n    "x": "error",,\n  }\n}');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].file, '/p/.gongwenrc.json');
    assert.deepEqual([errors[0].line, errors[0].column], [3, 18]);
    assert.match(errors[0].message.zh, /JSON 语法错误/);
  });

  it('says what is wrong in JSON syntax in words, never the parser\'s code name', () => {
    for (const text of ['{\n  "rules": {\n    "figure": "off"\n', '{ "rules": { "figure" "off" } }', '{ "rules": [1 2] }', '{ "locale": "zh }']) {
      const { errors } = parse(text);
      assert.equal(errors.length, 1, text);
      assert.match(errors[0].message.zh, /^JSON 语法错误：[\u4e00-\u9fff]/, text);
      assert.match(errors[0].message.en, /^invalid JSON: [a-z]/, text);
      for (const message of [errors[0].message.zh, errors[0].message.en]) assert.doesNotMatch(message, /[A-Z][a-z]+[A-Z][a-z]+|Expected|Invalid|EndOf/, message);
    }
    assert.match(parse('{ "rules": {}').errors[0].message.zh, /缺少右花括号/);
  });

  it('names the position of an unknown rule, a bad severity and an unknown setting', () => {
    const { errors } = parse('{\n"rules": {"outline/nope": "error", "outline": "loud"},\n"colour": 1\n}');
    assert.deepEqual(errors.map((e) => [e.line, e.column]), [[2, 11], [2, 47], [3, 1]]);
    assert.match(errors[0].message.zh, /未知的规则“outline\/nope”/);
    assert.match(errors[1].message.en, /expected "off"/);
    assert.match(errors[2].message.zh, /未知的配置项“colour”/);
  });

  it('writes each problem wholly in one language: no Chinese in the English message', () => {
    const { errors } = parse('{"rules": {"figure": ["warning", {}], "figure/count": ["warning", 3], "figure/range": ["warning", {"nope": 1}]}, "colour": 1}');
    assert.equal(errors.length, 4);
    for (const e of errors) {
      assert.match(e.message.zh, /[\u4e00-\u9fff]/, e.message.zh);
      assert.doesNotMatch(e.message.en, /[\u3000-\u9fff\uff00-\uffef]/, e.message.en);
    }
    assert.match(errors[1].message.zh, /“figure\/count 的选项”的值无效/);
    assert.match(errors[1].message.en, /invalid value for "the options of figure\/count"/);
    assert.match(errors[3].message.zh, /可用：\$schema、root、/);
    assert.match(errors[3].message.en, /known: \$schema, root, /);
  });

  it('rejects a config that is not an object, or is huge', () => {
    assert.equal(parse('[1]').errors.length, 1);
    assert.match(parse(`{"userWords": [${'"词",'.repeat(300000)}"词"]}`).errors[0].message.en, /larger than/);
  });

  it('applies a family setting before a rule setting, whatever their order in the file', () => {
    const config = resolveConfig(allRules, [{ rules: { [someRule]: { severity: 'error' }, [someRule.split('/')[0]]: { severity: 'off' } } }]);
    assert.equal(config.rules[someRule].severity, 'error');
  });

  it('walks up from the file, nearest last, and stops at root: true', () => {
    const files: Record<string, string> = {
      [path.join('/a', CONFIG_FILE_NAME)]: `{"rules": {"${someRule}": "error"}}`,
      [path.join('/a/b', CONFIG_FILE_NAME)]: `{"root": true, "locale": "en"}`,
      [path.join('/a/b/c', CONFIG_FILE_NAME)]: `{"rules": {"${someRule}": "info"}}`,
    };
    const fs = { readFile: (f: string) => files[f] };
    const loaded = loadConfigForFile('/a/b/c/报告.md', fs, allRules, ruleFamilies);
    assert.deepEqual(loaded.config.files, [path.join('/a/b', CONFIG_FILE_NAME), path.join('/a/b/c', CONFIG_FILE_NAME)]);
    assert.equal(loaded.config.rules[someRule].severity, 'info');
    assert.equal(loaded.config.locale, 'en');
    const explicit = loadConfigForFile('/a/b/c/报告.md', fs, allRules, ruleFamilies, path.join('/a', CONFIG_FILE_NAME));
    assert.equal(explicit.config.rules[someRule].severity, 'error');
    const missing = loadConfigForFile('/x.md', fs, allRules, ruleFamilies, '/nope.json');
    assert.equal(missing.errors.length, 1);
  });
});

// Reads one `.gongwenrc.json`. The file is JSON with comments (the starter config that
// `--init` writes explains itself in comments); it is parsed as data and never executed.
// Every problem is reported with the file and the 1-based line and column of the bad value.

import { ParseErrorCode, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import type { Localized, Locale, Rule, RuleOptions, SeveritySetting, OptionSchema } from '../types';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: RuleOptions;
}

/** What one configuration source says; later layers override earlier ones. */
export interface ConfigLayer {
  root?: boolean;
  locale?: Locale;
  /** Keys are rule ids or family names (`figure`). */
  rules: Record<string, RuleSetting>;
  userWords?: string[];
  ignorePatterns?: string[];
}

export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: Localized;
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const TOP_LEVEL = ['$schema', 'root', 'locale', 'rules', 'userWords', 'ignorePatterns'];
/** Bigger than any real config; guards the editor against a hostile file. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export function parseConfigText(
  text: string,
  file: string,
  rules: readonly Rule[],
  families: readonly string[],
): { layer: ConfigLayer; errors: ConfigError[] } {
  const layer: ConfigLayer = { rules: {} };
  const errors: ConfigError[] = [];
  let lines: LineIndex | undefined;
  const fail = (offset: number, message: Localized) => {
    const pos = (lines ??= new LineIndex(text)).positionAt(offset);
    errors.push({ file, line: pos.line + 1, column: pos.character + 1, message });
  };

  if (text.length > MAX_CONFIG_BYTES) {
    fail(0, { zh: `配置文件过大（超过 ${MAX_CONFIG_BYTES} 字节）`, en: `configuration file is larger than ${MAX_CONFIG_BYTES} bytes` });
    return { layer, errors };
  }
  const parseErrors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(text.replace(/^\uFEFF/, ' '), parseErrors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    // jsonc-parser recurses per nesting level; a hostile file nested thousands deep overflows the stack.
    fail(0, { zh: '配置文件嵌套过深，无法读取', en: 'configuration file is nested too deeply to read' });
    return { layer, errors };
  }
  if (parseErrors.length) {
    const e = parseErrors[0];
    const what = JSON_SYNTAX[e.error] ?? { zh: '无法识别的内容', en: 'unreadable text' };
    fail(e.offset, { zh: `JSON 语法错误：${what.zh}`, en: `invalid JSON: ${what.en}` });
    return { layer, errors };
  }
  if (!tree || tree.type !== 'object') {
    fail(tree?.offset ?? 0, { zh: '配置文件的顶层应是一个对象 {…}', en: 'the configuration must be a JSON object {…}' });
    return { layer, errors };
  }

  const knownRules = new Map(rules.map((r) => [r.meta.id, r]));
  for (const prop of tree.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'root':
        if (valueNode.type !== 'boolean') fail(valueNode.offset, expected('root', 'true / false'));
        else layer.root = valueNode.value;
        break;
      case 'locale':
        if (valueNode.value !== 'zh' && valueNode.value !== 'en') fail(valueNode.offset, expected('locale', '"zh" / "en"'));
        else layer.locale = valueNode.value;
        break;
      case 'userWords':
      case 'ignorePatterns': {
        const list = stringArray(valueNode);
        if (!list) fail(valueNode.offset, expected(key, '["…", "…"]'));
        else layer[key] = list;
        break;
      }
      case 'rules':
        if (valueNode.type !== 'object') {
          fail(valueNode.offset, expected('rules', '{ "outline/sequence": "error", … }'));
          break;
        }
        for (const ruleProp of valueNode.children ?? []) {
          const [idNode, settingNode] = ruleProp.children ?? [];
          if (!idNode || !settingNode) continue;
          const id = String(idNode.value);
          const rule = knownRules.get(id);
          if (!rule && !families.includes(id)) {
            fail(idNode.offset, { zh: `未知的规则“${id}”`, en: `unknown rule "${id}"` });
            continue;
          }
          const setting = parseRuleSetting(settingNode, id, rule, fail);
          if (setting) layer.rules[id] = setting;
        }
        break;
      default:
        fail(keyNode.offset, {
          zh: `未知的配置项“${key}”（可用：${TOP_LEVEL.join('、')}）`,
          en: `unknown setting "${key}" (known: ${TOP_LEVEL.join(', ')})`,
        });
    }
  }
  return { layer, errors };
}

type Fail = (offset: number, message: Localized) => void;

function parseRuleSetting(node: Node, id: string, rule: Rule | undefined, fail: Fail): RuleSetting | undefined {
  const severityOf = (n: Node): SeveritySetting | undefined => {
    if (typeof n.value === 'string' && (SEVERITIES as string[]).includes(n.value)) return n.value as SeveritySetting;
    fail(n.offset, expected(id, '"off" / "info" / "warning" / "error"'));
    return undefined;
  };
  if (node.type === 'string') {
    const severity = severityOf(node);
    return severity ? { severity } : undefined;
  }
  if (node.type === 'array' && node.children && node.children.length >= 1 && node.children.length <= 2) {
    const severity = severityOf(node.children[0]);
    if (!severity) return undefined;
    const optionsNode = node.children[1];
    if (!optionsNode) return { severity };
    if (!rule) {
      fail(optionsNode.offset, { zh: `规则族“${id}”不接受选项`, en: `the rule family "${id}" takes no options` });
      return { severity };
    }
    const options = parseOptions(optionsNode, rule, fail);
    return options ? { severity, options } : { severity };
  }
  fail(node.offset, expected(id, '"warning" / ["warning", { … }]'));
  return undefined;
}

function parseOptions(node: Node, rule: Rule, fail: Fail): RuleOptions | undefined {
  if (node.type !== 'object') {
    fail(node.offset, expected(`${rule.meta.id} 的选项`, '{ … }'));
    return undefined;
  }
  const schema = rule.meta.options ?? {};
  const options: RuleOptions = {};
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const name = String(keyNode.value);
    const option = schema[name];
    if (!option) {
      const known = Object.keys(schema);
      fail(keyNode.offset, {
        zh: `规则 ${rule.meta.id} 没有选项“${name}”${known.length ? `（可用：${known.join('、')}）` : ''}`,
        en: `rule ${rule.meta.id} has no option "${name}"${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      });
      continue;
    }
    const value = optionValue(valueNode, option);
    if (value === undefined) {
      fail(valueNode.offset, expected(`${rule.meta.id}.${name}`, describeType(option)));
      continue;
    }
    // Each item of a list with a required shape is checked on its own, so the error points at it.
    const bad = option.itemPattern ? (valueNode.children ?? []).filter((item) => !new RegExp(option.itemPattern!.pattern, 'u').test(String(item.value))) : [];
    for (const item of bad) {
      fail(item.offset, {
        zh: `“${rule.meta.id}.${name}”中的“${String(item.value)}”无效，应为 ${option.itemPattern!.description.zh}`,
        en: `invalid item "${String(item.value)}" in "${rule.meta.id}.${name}": expected ${option.itemPattern!.description.en}`,
      });
    }
    options[name] = bad.length ? (value as string[]).filter((v) => new RegExp(option.itemPattern!.pattern, 'u').test(v)) : value;
  }
  return options;
}

function optionValue(node: Node, option: OptionSchema): unknown {
  switch (option.type) {
    case 'boolean':
      return node.type === 'boolean' ? node.value : undefined;
    case 'integer':
      return node.type === 'number' && Number.isInteger(node.value) && node.value >= (option.minimum ?? -Infinity) ? node.value : undefined;
    case 'string':
      return node.type === 'string' && (!option.enum || option.enum.includes(node.value)) ? node.value : undefined;
    case 'string-array':
      return stringArray(node);
  }
}

function describeType(option: OptionSchema): string {
  if (option.enum) return option.enum.map((v) => JSON.stringify(v)).join(' / ');
  return { boolean: 'true / false', integer: '整数 integer', string: '"…"', 'string-array': '["…"]' }[option.type];
}

function stringArray(node: Node): string[] | undefined {
  if (node.type !== 'array') return undefined;
  const out: string[] = [];
  for (const child of node.children ?? []) {
    if (child.type !== 'string') return undefined;
    out.push(child.value);
  }
  return out;
}

function expected(what: string, shape: string): Localized {
  return { zh: `“${what}”的值无效，应为 ${shape}`, en: `invalid value for "${what}": expected ${shape}` };
}

/**
 * What each JSON syntax error means, in words a writer understands; the parser's own code names
 * (CloseBraceExpected) mean nothing to someone who is not a programmer.
 */
const JSON_SYNTAX: Partial<Record<ParseErrorCode, Localized>> = {
  [ParseErrorCode.InvalidSymbol]: { zh: '此处有无法识别的字符（标点是否用了全角？）', en: 'a character that does not belong here (a full-width punctuation mark?)' },
  [ParseErrorCode.InvalidNumberFormat]: { zh: '数字写法有误', en: 'a number written wrongly' },
  [ParseErrorCode.PropertyNameExpected]: { zh: '此处应是带英文双引号的名称，如 "rules"', en: 'a name in double quotes, like "rules", is expected here' },
  [ParseErrorCode.ValueExpected]: { zh: '此处缺少值', en: 'a value is missing here' },
  [ParseErrorCode.ColonExpected]: { zh: '名称后缺少英文冒号 :', en: 'a colon (:) is missing after the name' },
  [ParseErrorCode.CommaExpected]: { zh: '两项之间缺少英文逗号 ,', en: 'a comma (,) is missing between two items' },
  [ParseErrorCode.CloseBraceExpected]: { zh: '缺少右花括号 }', en: 'a closing brace (}) is missing' },
  [ParseErrorCode.CloseBracketExpected]: { zh: '缺少右方括号 ]', en: 'a closing bracket (]) is missing' },
  [ParseErrorCode.EndOfFileExpected]: { zh: '配置已结束，此后不应再有内容', en: 'text after the end of the configuration' },
  [ParseErrorCode.InvalidCommentToken]: { zh: '注释写法有误', en: 'a comment written wrongly' },
  [ParseErrorCode.UnexpectedEndOfComment]: { zh: '注释没有结束（缺少 */）', en: 'a comment is not closed (*/ is missing)' },
  [ParseErrorCode.UnexpectedEndOfString]: { zh: '文字没有结束（缺少英文双引号 "）', en: 'a string is not closed (" is missing)' },
  [ParseErrorCode.UnexpectedEndOfNumber]: { zh: '数字没有写完', en: 'a number is cut off' },
  [ParseErrorCode.InvalidUnicode]: { zh: 'Unicode 转义写法有误', en: 'an invalid Unicode escape' },
  [ParseErrorCode.InvalidEscapeCharacter]: { zh: '反斜杠 \\ 后的字符无效', en: 'an invalid character after a backslash (\\)' },
  [ParseErrorCode.InvalidCharacter]: { zh: '文字中有无效的控制字符', en: 'an invalid control character in a string' },
};

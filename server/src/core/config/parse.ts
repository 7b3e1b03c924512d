// Reads one `.gongwenrc.json`. The file is JSON with comments (the starter config that
// `--init` writes explains itself in comments); it is parsed as data and never executed.
// Every problem is reported with the file and the 1-based line and column of the bad value.

import { ParseErrorCode, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { inEveryLocale, type Catalogue } from '../catalogue';
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
    fail(0, inEveryLocale((c) => c.config.tooLarge(MAX_CONFIG_BYTES)));
    return { layer, errors };
  }
  const parseErrors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(text.replace(/^\uFEFF/, ' '), parseErrors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    // jsonc-parser recurses per nesting level; a hostile file nested thousands deep overflows the stack.
    fail(0, inEveryLocale((c) => c.config.tooDeep));
    return { layer, errors };
  }
  if (parseErrors.length) {
    const e = parseErrors[0];
    const what = JSON_SYNTAX[e.error] ?? 'other';
    fail(e.offset, inEveryLocale((c) => c.config.invalidJson(c.config.syntax[what])));
    return { layer, errors };
  }
  if (!tree || tree.type !== 'object') {
    fail(tree?.offset ?? 0, inEveryLocale((c) => c.config.notObject));
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
            fail(idNode.offset, inEveryLocale((c) => c.config.unknownRule(id)));
            continue;
          }
          const setting = parseRuleSetting(settingNode, id, rule, fail);
          if (setting) layer.rules[id] = setting;
        }
        break;
      default:
        fail(keyNode.offset, inEveryLocale((c) => c.config.unknownSetting(key, TOP_LEVEL.join(c.config.listSeparator))));
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
      fail(optionsNode.offset, inEveryLocale((c) => c.config.familyTakesNoOptions(id)));
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
    fail(node.offset, inEveryLocale((c) => c.config.invalidValue(c.config.optionsOf(rule.meta.id), '{ … }')));
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
      fail(keyNode.offset, inEveryLocale((c) => c.config.unknownOption(rule.meta.id, name, known.join(c.config.listSeparator))));
      continue;
    }
    const value = optionValue(valueNode, option);
    if (value === undefined) {
      fail(valueNode.offset, inEveryLocale((c) => c.config.invalidValue(`${rule.meta.id}.${name}`, describeType(option, c))));
      continue;
    }
    // Each item of a list with a required shape is checked on its own, so the error points at it.
    const bad = option.itemPattern ? (valueNode.children ?? []).filter((item) => !new RegExp(option.itemPattern!.pattern, 'u').test(String(item.value))) : [];
    for (const item of bad) {
      fail(item.offset, inEveryLocale((c, locale) => c.config.invalidItem(`${rule.meta.id}.${name}`, String(item.value), option.itemPattern!.description[locale])));
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

function describeType(option: OptionSchema, words: Catalogue): string {
  if (option.enum) return option.enum.map((v) => JSON.stringify(v)).join(' / ');
  return { boolean: 'true / false', integer: words.config.integer, string: '"…"', 'string-array': '["…"]' }[option.type];
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
  return inEveryLocale((c) => c.config.invalidValue(what, shape));
}

/** The catalogue's words for each JSON syntax error (config.syntax). */
const JSON_SYNTAX: Partial<Record<ParseErrorCode, keyof Catalogue['config']['syntax']>> = {
  [ParseErrorCode.InvalidSymbol]: 'invalidSymbol',
  [ParseErrorCode.InvalidNumberFormat]: 'invalidNumberFormat',
  [ParseErrorCode.PropertyNameExpected]: 'propertyNameExpected',
  [ParseErrorCode.ValueExpected]: 'valueExpected',
  [ParseErrorCode.ColonExpected]: 'colonExpected',
  [ParseErrorCode.CommaExpected]: 'commaExpected',
  [ParseErrorCode.CloseBraceExpected]: 'closeBraceExpected',
  [ParseErrorCode.CloseBracketExpected]: 'closeBracketExpected',
  [ParseErrorCode.EndOfFileExpected]: 'endOfFileExpected',
  [ParseErrorCode.InvalidCommentToken]: 'invalidCommentToken',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unexpectedEndOfComment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unexpectedEndOfString',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unexpectedEndOfNumber',
  [ParseErrorCode.InvalidUnicode]: 'invalidUnicode',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalidEscapeCharacter',
  [ParseErrorCode.InvalidCharacter]: 'invalidCharacter',
};

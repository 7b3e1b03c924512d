// The JSON schema of `.gongwenrc.json`, generated from rule metadata. It is committed as
// server/schema/gongwenrc.schema.json (VS Code validates and completes the file with it) and a test
// fails when the committed copy drifts from this function's output.

import type { OptionSchema, Rule } from '../types';

type JsonSchema = Record<string, unknown>;

const SEVERITY: JsonSchema = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

function optionSchema(option: OptionSchema): JsonSchema {
  const base: JsonSchema = { description: option.description.zh, markdownDescription: `${option.description.zh}\n\n${option.description.en}`, default: option.default };
  switch (option.type) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'integer':
      return { ...base, type: 'integer', ...(option.minimum !== undefined ? { minimum: option.minimum } : {}) };
    case 'string':
      return { ...base, type: 'string', ...(option.enum ? { enum: option.enum } : {}) };
    case 'string-array':
      return { ...base, type: 'array', items: { type: 'string', ...(option.itemPattern ? { pattern: option.itemPattern.pattern } : {}) } };
  }
}

function ruleSettingSchema(rule: Rule): JsonSchema {
  const description = ruleDescription(rule);
  const options = Object.entries(rule.meta.options ?? {});
  if (!options.length) return { description, ...SEVERITY };
  return {
    description,
    oneOf: [
      SEVERITY,
      {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        items: [
          SEVERITY,
          { type: 'object', additionalProperties: false, properties: Object.fromEntries(options.map(([name, o]) => [name, optionSchema(o)])) },
        ],
      },
    ],
  };
}

function familyDescription(family: string): string {
  return `整个 ${family}/ 规则族 · the whole ${family}/ family`;
}

function ruleDescription(rule: Rule): string {
  return `${rule.meta.title.zh}（默认 ${rule.meta.severity}）\n${rule.meta.title.en} (default ${rule.meta.severity})`;
}

/**
 * The schema of the `gongwen.rules` setting in package.json: every family and rule id with the
 * severity enum and its title, so the Settings UI edits it and settings.json completes it. The
 * Settings UI edits an object only when each value is a plain enum, so rule options (the array
 * form) are left to .gongwenrc.json, where the full schema above describes them; the server
 * still reads the array form here.
 */
export function buildRulesSettingProperties(rules: readonly Rule[], families: readonly string[]): Record<string, JsonSchema> {
  const props: Record<string, JsonSchema> = {};
  for (const family of families) props[family] = { ...SEVERITY, description: familyDescription(family) };
  for (const rule of rules) props[rule.meta.id] = { ...SEVERITY, description: ruleDescription(rule) };
  return props;
}

export function buildConfigSchema(rules: readonly Rule[], families: readonly string[]): JsonSchema {
  const ruleProps: Record<string, JsonSchema> = {};
  for (const family of families) ruleProps[family] = { description: familyDescription(family), ...SEVERITY };
  for (const rule of rules) ruleProps[rule.meta.id] = ruleSettingSchema(rule);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gongwen configuration (.gongwenrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', default: false, description: '为 true 时不再向上级目录查找配置 · stop looking in parent folders' },
      locale: { type: 'string', enum: ['zh', 'en'], description: '提示语言 · message language' },
      rules: { type: 'object', additionalProperties: false, properties: ruleProps },
      userWords: { type: 'array', items: { type: 'string' }, description: '分词用的本单位专有词（机构、指标名称）· extra words for segmentation' },
      ignorePatterns: { type: 'array', items: { type: 'string' }, description: '不检查的文件（gitignore 语法）· files to skip (gitignore syntax)' },
    },
  };
}

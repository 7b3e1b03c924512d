// The starter `.gongwenrc.json` that `--init` writes. It is generated from the rule registry,
// so it lists every rule with its default severity and options, each explained in a comment;
// a user edits values instead of looking up names. The file is JSON with comments.

import type { Locale, Rule } from '../core/types';

export function starterConfig(rules: readonly Rule[], locale: Locale): string {
  const zh = locale === 'zh';
  const lines: string[] = [];
  const comment = (text: string, indent = '  ') => lines.push(`${indent}// ${text}`);
  lines.push('{');
  comment(zh ? 'gongwen 公文检查的配置文件（JSON，可以写 // 注释）。' : 'Configuration of gongwen (JSON; // comments are allowed).');
  comment(
    zh
      ? '检查一个文件时，从它所在文件夹逐级向上查找 .gongwenrc.json；"root": true 表示不再向上找。'
      : 'For each file, .gongwenrc.json files are looked up from its folder upwards; "root": true stops the search.',
  );
  lines.push('  "root": true,');
  lines.push('');
  comment(zh ? '提示语言："zh" 中文，"en" 英文。' : 'Language of messages: "zh" Chinese, "en" English.');
  lines.push(`  "locale": "${locale}",`);
  lines.push('');
  comment(
    zh
      ? '本单位的专有词（机构简称、指标名称），帮助分词，避免误报。'
      : "Your organisation's own words (agency short names, indicator names) to help word segmentation.",
  );
  lines.push('  "userWords": [],');
  lines.push('');
  comment(zh ? '不检查的文件，写法同 .gitignore，相对于本文件所在文件夹。' : 'Files not to check, written as in .gitignore, relative to this folder.');
  lines.push('  "ignorePatterns": [],');
  lines.push('');
  comment(
    zh
      ? '规则级别："off" 关闭，"info" 提示，"warning" 警告，"error" 错误；有选项的规则写成 ["warning", { 选项 }]。'
      : 'Severities: "off", "info", "warning", "error"; a rule with options takes ["warning", { options }].',
  );
  comment(zh ? '也可以按规则族整体设置，如 "figure": "off"。' : 'A whole family can be set at once, e.g. "figure": "off".');
  lines.push('  "rules": {');
  rules.forEach((rule, i) => {
    const last = i === rules.length - 1 ? '' : ',';
    comment(`${rule.meta.title[locale]}${rule.meta.fixable ? (zh ? '（可自动修复）' : ' (fixable)') : ''}`, '    ');
    const options = Object.entries(rule.meta.options ?? {});
    for (const [name, schema] of options) comment(`${name}: ${schema.description[locale]}`, '    ');
    const severity = JSON.stringify(rule.meta.severity);
    if (options.length) {
      const values = Object.fromEntries(options.map(([name, schema]) => [name, schema.default]));
      lines.push(`    ${JSON.stringify(rule.meta.id)}: [${severity}, ${JSON.stringify(values)}]${last}`);
    } else {
      lines.push(`    ${JSON.stringify(rule.meta.id)}: ${severity}${last}`);
    }
  });
  lines.push('  }');
  lines.push('}');
  return lines.join('\n') + '\n';
}

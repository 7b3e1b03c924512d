// The starter `.gongwenrc.json` that `--init` writes. It is generated from the rule registry,
// so it lists every rule with its default severity and options, each explained in a comment;
// a user edits values instead of looking up names. The file is JSON with comments.

import { catalogue } from '../core/catalogue';
import type { Locale, Rule } from '../core/types';

export function starterConfig(rules: readonly Rule[], locale: Locale): string {
  const words = catalogue(locale).cli.starter;
  const lines: string[] = [];
  const comment = (text: string, indent = '  ') => lines.push(`${indent}// ${text}`);
  lines.push('{');
  comment(words.heading);
  comment(words.lookup);
  lines.push('  "root": true,');
  lines.push('');
  comment(words.locale);
  lines.push(`  "locale": "${locale}",`);
  lines.push('');
  comment(words.userWords);
  lines.push('  "userWords": [],');
  lines.push('');
  comment(words.ignorePatterns);
  lines.push('  "ignorePatterns": [],');
  lines.push('');
  comment(words.severities);
  comment(words.families);
  lines.push('  "rules": {');
  rules.forEach((rule, i) => {
    const last = i === rules.length - 1 ? '' : ',';
    comment(`${rule.meta.title[locale]}${rule.meta.fixable ? words.fixable : ''}`, '    ');
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

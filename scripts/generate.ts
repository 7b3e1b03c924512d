// `npm run generate`: writes the docs pages, the README rule table and the config schema from
// rule metadata. Run it after changing a rule's metadata; the meta test checks it was run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, ruleFamilies } from '../server/src/core/rules';
import { buildConfigSchema } from '../server/src/core/config/schema';
import { renderRuleDoc, renderRuleTable, ruleDocPath, spliceRuleTable } from './render';

export const SCHEMA_PATH = 'server/schema/gongwenrc.schema.json';

export function generatedFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of allRules) files.set(ruleDocPath(rule.meta.id), renderRuleDoc(rule));
  files.set(SCHEMA_PATH, `${JSON.stringify(buildConfigSchema(allRules, ruleFamilies), null, 2)}\n`);
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  files.set('README.md', spliceRuleTable(readme, renderRuleTable(allRules)));
  return files;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  for (const [file, content] of generatedFiles(root)) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content) {
      fs.writeFileSync(target, content);
      console.log(`wrote ${file}`);
    }
  }
}

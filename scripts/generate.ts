// `npm run generate`: writes the docs pages, the README rule table, the config schema and the
// `gongwen.rules` setting schema in package.json from rule metadata. Run it after changing a
// rule's metadata; the meta test checks it was run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, ruleFamilies } from '../server/src/core/rules';
import { buildConfigSchema, buildRulesSettingProperties } from '../server/src/core/config/schema';
import { renderRuleDoc, renderRuleTable, ruleDocPath, spliceRuleTable } from './render';

export const SCHEMA_PATH = 'server/schema/gongwenrc.schema.json';

export function generatedFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of allRules) files.set(ruleDocPath(rule.meta.id), renderRuleDoc(rule));
  files.set(SCHEMA_PATH, `${JSON.stringify(buildConfigSchema(allRules, ruleFamilies), null, 2)}\n`);
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  files.set('README.md', spliceRuleTable(readme, renderRuleTable(allRules)));
  files.set('package.json', withRulesSetting(fs.readFileSync(path.join(root, 'package.json'), 'utf8')));
  return files;
}

/** package.json with the `gongwen.rules` setting's properties generated from rule metadata. */
function withRulesSetting(manifestText: string): string {
  const manifest = JSON.parse(manifestText) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const setting = manifest.contributes.configuration.properties['gongwen.rules'];
  setting.properties = buildRulesSettingProperties(allRules, ruleFamilies);
  setting.additionalProperties = false;
  return `${JSON.stringify(manifest, null, 2)}\n`;
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

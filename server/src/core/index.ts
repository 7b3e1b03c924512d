// The library API: what the CLI, the language server and other programs use from the engine.

export { lint, lintDocument, fixAll, INTERNAL_RULE_ID, type LintOptions, type FixOptions } from './engine';
export { SourceDocument, type DocumentIndex } from './document';
export { applyEditGroups, fixText } from './fix';
export { allRules, ruleById, ruleFamilies } from './rules';
export { LineIndex, type Position } from './text/lineIndex';
export { parseConfigText, type ConfigError, type ConfigLayer } from './config/parse';
export { CONFIG_FILE_NAME, loadConfigForFile, resolveConfig, type ResolvedConfig } from './config/resolve';
export { buildConfigSchema } from './config/schema';
export { localeFromTag } from './messages';
export type * from './types';

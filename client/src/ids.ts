// The ids other code (package.json, the end-to-end tests) refers to. They never change once
// released: users bind keys to the commands.

export const VIEW_ID = 'gongwen.outline';
export const STATUS_ITEM_ID = 'gongwen.status';

export const COMMANDS = {
  fixAll: 'gongwen.fixAll',
  renumberDocument: 'gongwen.renumberDocument',
  renumberSection: 'gongwen.renumberSection',
  insertSection: 'gongwen.insertSection',
  nextPlaceholder: 'gongwen.nextPlaceholder',
  revealOutlineItem: 'gongwen.revealOutlineItem',
  refreshOutline: 'gongwen.refreshOutline',
  /** [ruleId]: the rule's page, rendered read-only; the target of diagnostics' code links. */
  showRuleDocs: 'gongwen.showRuleDocs',
} as const;

// The server's own request and command names come from the protocol file the server uses; it
// holds only constants and types, so the client bundle takes nothing else from the server.
export { SERVER_COMMANDS, RULE_DOCS_SCHEME, OUTLINE_REQUEST, STATUS_REQUEST, NEXT_PLACEHOLDER_REQUEST, levelSymbol } from '../../server/src/lsp/protocol';
export type { OutlineNode, OutlineResult, StatusResult } from '../../server/src/lsp/protocol';

// Which documents are the extension's own files, apart from VS Code so a plain unit test can check
// it: the rule pages shown read-only (the gongwen-rule: scheme) and anything inside the folder
// the extension is installed in (its docs pages above all, whose bad examples would otherwise
// show up as the writer's problems). The client never sends these to the server, and the
// server refuses them too (server/src/lsp/ruleDocs.ts).

import { RULE_DOCS_SCHEME } from '../../server/src/lsp/protocol';

/** The parts of a URI compared here (vscode.Uri has them). */
export interface UriParts {
  scheme: string;
  authority: string;
  path: string;
}

/** Whether `uri` is a rule page or lies inside `extension`, the extension's folder. */
export function isOwnDocument(uri: UriParts, extension: UriParts): boolean {
  if (uri.scheme === RULE_DOCS_SCHEME) return true;
  if (uri.scheme !== extension.scheme || uri.authority.toLowerCase() !== extension.authority.toLowerCase()) return false;
  const folder = extension.path.endsWith('/') ? extension.path : `${extension.path}/`;
  if (uri.path.length <= folder.length) return false;
  // Windows paths (/c:/Users/…) name the same file whatever their case; a URI typed or pasted by
  // hand may differ from VS Code's own in the drive letter or a folder's case.
  const windows = /^\/[a-zA-Z]:\//.test(folder);
  return windows ? uri.path.toLowerCase().startsWith(folder.toLowerCase()) : uri.path.startsWith(folder);
}

/** The rule id a rule page URI (`gongwen-rule:/family/rule.md`) shows, or undefined. */
export function ruleOfPage(path: string): string | undefined {
  const m = /^\/((?:[a-z0-9-]+\/)+[a-z0-9-]+)\.md$/.exec(path);
  return m ? m[1] : undefined;
}

/** The path of a rule's page under the gongwen-rule: scheme; undefined for what is not a rule id. */
export function pageOfRule(ruleId: unknown): string | undefined {
  if (typeof ruleId !== 'string') return undefined;
  const path = `/${ruleId}.md`;
  return ruleOfPage(path) === ruleId ? path : undefined;
}

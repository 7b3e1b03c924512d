// The rule pages and the server's own files. A diagnostic's code links to its rule's page. A
// client that can show the page itself (the VS Code client renders it read-only in the Markdown
// preview) names a command in initializationOptions.ruleDocsCommand, and the link becomes a
// `command:` URI that runs it with the rule id; other clients get the page's own URI. Whatever
// opens a page, the server never lints it, nor anything else in the folder the client says the
// extension lives in (initializationOptions.extensionUri): a page's bad examples are not the
// writer's problems.

import type { ServerHost } from './host';
import { RULE_DOCS_SCHEME } from './protocol';

/** The link of a rule's code: the client's command when it named one, else the page itself. */
export function ruleDocsLink(host: ServerHost, ruleId: string, command: string | undefined): string | undefined {
  const page = host.docsUrl(ruleId);
  if (!page) return undefined;
  return command ? commandUri(command, [ruleId]) : page;
}

/** A `command:` URI that runs `command` with `args` (VS Code's form: the JSON list, URI-encoded). */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The folders whose documents are never linted: the rule pages, and the client's extension. */
export function ownFolders(host: ServerHost, extensionUri: unknown): string[] {
  const folders = host.docsFolder ? [host.docsFolder] : [];
  const extension = typeof extensionUri === 'string' ? host.uriToPath(extensionUri) : undefined;
  if (extension) folders.push(extension);
  return folders;
}

/** Whether a document is one of the extension's own files (or the client's read-only rule page). */
export function isOwnDocument(host: ServerHost, folders: readonly string[], uri: string): boolean {
  if (uri.startsWith(`${RULE_DOCS_SCHEME}:`)) return true;
  const file = host.uriToPath(uri);
  return !!file && folders.some((folder) => host.isInside(file, folder));
}

// A rule's page, opened from the code link of a diagnostic (the server links codes to the
// command registered here; server/src/lsp/ruleDocs.ts). The page is the Markdown file shipped in
// the extension's docs/rules, served read-only under the gongwen-rule: scheme and shown rendered
// in VS Code's Markdown preview: never as an editable file, and never linted (ownFiles.ts). It is
// read through VS Code's file system API, which serves the extension's files on the web too.

import * as vscode from 'vscode';
import { RULE_DOCS_SCHEME } from './ids';
import { pageOfRule, ruleOfPage } from './ownFiles';

/** Serves the pages under the gongwen-rule: scheme (commands.ts registers the command). */
export function registerRuleDocs(context: vscode.ExtensionContext): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const rule = ruleOfPage(uri.path);
      if (!rule) return undefined;
      const file = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', ...`${rule}.md`.split('/'));
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    },
  };
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, provider));
}

/**
 * Shows a rule's page in the Markdown preview beside the report; nothing for what is not a rule
 * id. The preview is locked to the page: an unlocked one would turn into the preview of whatever
 * Markdown file the writer goes to next.
 */
export async function showRuleDocs(ruleId: unknown): Promise<void> {
  const path = pageOfRule(ruleId);
  if (!path) return;
  const page = vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path });
  try {
    await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', page);
  } catch {
    // Without VS Code's Markdown extension, the page's text, still read-only.
    await vscode.window.showTextDocument(page, { preview: true });
  }
}

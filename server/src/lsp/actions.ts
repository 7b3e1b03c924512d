// Requests that change the text: code actions (quick fixes, fix one rule, source.fixAll.gongwen),
// their lazy resolution, and the server commands (fix all, renumber) a client runs through
// workspace/executeCommand. The edits themselves come from the engine (core/edits); this module
// only finds the document version they are for and sends them.

import { CodeActionKind, ResponseError, type CodeAction } from 'vscode-languageserver';
import { renumberEdit } from '../core/edits/renumber';
import { FIX_ALL_KIND, fixAllAction, fixAllEdit, quickFixes, wanted, type ActionContext, type ResolveData } from './codeActions';
import { versionedEdit } from './convert';
import { SERVER_COMMANDS } from './protocol';
import type { Session } from './session';

export function registerActionHandlers(session: Session): void {
  const { connection } = session;

  /**
   * The document's findings for an action. Code actions the editor asks for on its own (the
   * light bulb after each edit) wait for typing to pause, like diagnostics; a command the
   * writer runs does not wait.
   */
  async function actionContext(uri: string, settle: boolean): Promise<ActionContext | undefined> {
    const ctx = settle ? await session.settledContext(uri) : await session.contextFor(uri);
    if (!ctx) return undefined;
    const result = session.currentResult(ctx);
    if (!result) return undefined;
    return {
      uri,
      version: ctx.doc.version,
      text: ctx.doc.getText(),
      lines: result.source.lines,
      config: ctx.config.config,
      locale: ctx.locale,
      findings: result.findings,
    };
  }

  function resolveInto(action: CodeAction, ctx: ActionContext): void {
    const data = action.data as ResolveData;
    const edit = fixAllEdit(ctx, data.ruleId);
    if (edit) action.edit = versionedEdit(ctx, [edit]);
  }

  connection.onCodeAction(async (params) => {
    const ctx = await actionContext(params.textDocument.uri, true);
    if (!ctx) return [];
    const only = params.context.only;
    const canResolve = session.capabilities.resolveEdits;
    const actions: CodeAction[] = [];
    if (wanted(CodeActionKind.QuickFix, only)) actions.push(...quickFixes(ctx, params.range, params.context.diagnostics));
    // Source actions only when asked for by kind (on save, or the Source Action menu).
    if (only && wanted(FIX_ALL_KIND, only)) {
      const action = fixAllAction(ctx, !canResolve || only.some((o) => o.startsWith(CodeActionKind.SourceFixAll)));
      if (action) actions.push(action);
    }
    if (!canResolve) {
      for (const action of actions) if (!action.edit && action.data) resolveInto(action, ctx);
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as ResolveData | undefined;
    if (!data || action.edit) return action;
    const ctx = await actionContext(data.uri, false);
    // A fix computed for another version would damage the text: refuse it (no edit).
    if (!ctx || ctx.version !== data.version) return action;
    resolveInto(action, ctx);
    return action;
  });

  connection.onExecuteCommand(async (params) => {
    const [uri, version, line] = (params.arguments ?? []) as [unknown, unknown, unknown];
    if (!(Object.values(SERVER_COMMANDS) as string[]).includes(params.command)) throw new ResponseError(-32601, `unknown command ${params.command}`);
    if (typeof uri !== 'string') throw new ResponseError(-32602, 'expected a document URI as the first argument');
    // A line, when given, must be a line of the document: anything else is refused rather than
    // taken as "the whole document".
    if (line !== undefined && line !== null && !(typeof line === 'number' && Number.isInteger(line) && line >= 0)) {
      throw new ResponseError(-32602, 'expected a line number (a whole number from 0) as the third argument');
    }
    const ctx = await actionContext(uri, false);
    if (!ctx) return { applied: false, reason: 'document not open or not checked' };
    if (typeof version === 'number' && version !== ctx.version) return { applied: false, reason: 'document changed' };
    let edit;
    if (params.command === SERVER_COMMANDS.fixAll) edit = fixAllEdit(ctx);
    else if (params.command === SERVER_COMMANDS.renumber) {
      const source = session.cache.source(uri, ctx.version, ctx.text, ctx.config.userWords);
      if (typeof line === 'number' && line >= source.lines.lineCount) {
        throw new ResponseError(-32602, `line ${line} is past the end of the document (${source.lines.lineCount} lines)`);
      }
      const offset = typeof line === 'number' ? source.lines.lineStarts[line] : undefined;
      edit = renumberEdit(source, { config: ctx.config, locale: ctx.locale }, offset);
    }
    if (!edit) return { applied: true, changes: 0 };
    const result = await connection.workspace.applyEdit({ label: 'gongwen', edit: versionedEdit(ctx, [edit]) });
    return { applied: result.applied, changes: 1, reason: result.failureReason };
  });
}

// The language server: wires LSP requests to the engine. The Session holds the state of one
// connection (documents, settings, configuration, lint results); each handler module registers
// the requests of one concern. Nothing here touches the file system: that is the host's job
// (nodeHost.ts under Node).

import type { Connection } from 'vscode-languageserver';
import { registerActionHandlers } from './actions';
import { DiagnosticsHandler } from './diagnostics';
import type { ServerHost } from './host';
import { registerLifecycleHandlers } from './lifecycle';
import { Session } from './session';
import type { MessageTraffic } from './traffic';
import { registerStructureHandlers } from './structure';

export function startServer(connection: Connection, host: ServerHost, traffic?: MessageTraffic): void {
  const session = new Session(connection, host, traffic);
  const diagnostics = new DiagnosticsHandler(session);
  registerLifecycleHandlers(session, diagnostics);
  diagnostics.register();
  registerActionHandlers(session);
  registerStructureHandlers(connection, {
    async documentFor(uri) {
      const ctx = await session.settledContext(uri);
      if (!ctx) return undefined;
      const skipped = session.skipReason(ctx);
      if (skipped) return { version: ctx.doc.version, locale: ctx.locale, skipped };
      return { version: ctx.doc.version, locale: ctx.locale, source: session.source(ctx), findings: () => session.currentResult(ctx)?.findings ?? [] };
    },
  });
  session.documents.listen(connection);
  connection.listen();
}

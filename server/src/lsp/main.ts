// Entry point of the language server. The transport comes from the command line, as every LSP
// client expects: `--stdio`, `--node-ipc` (VS Code's default for a Node module) or
// `--socket=<port>`. Nothing is written to stdout except protocol messages.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './nodeHost';
import { startServer } from './server';
import { MessageTraffic } from './traffic';
import { installNodeSegmenter } from '../core/segment/nodeSegmenter';

// nodejieba where its native module loads, else the JavaScript port; GONGWEN_SEGMENTER (which the
// VS Code client sets from the `gongwen.segmenter` setting) forces one.
installNodeSegmenter(process.env);

// Counts the messages handled, so that a request can tell edits still queued behind it.
const traffic = new MessageTraffic();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: traffic.strategy });
// A client that vanishes closes the transport; exit instead of lingering as an orphan.
connection.onExit(() => process.exit(0));
process.on('uncaughtException', (error) => {
  connection.console.error(`gongwen: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
});
startServer(connection, nodeHost(), traffic);

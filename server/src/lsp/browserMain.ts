// The language server in VS Code for the Web: the same handlers as under Node (server.ts), over
// a browser message port instead of a process's pipes, with the browser host (configuration from
// the client's map, docs and dictionaries from the extension) and the JavaScript segmenter.
// client/src/browserExtension.ts starts it inside the extension host's own worker.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { JsJieba, type JiebaDictionaryTexts } from '../core/segment/jsJieba';
import { installSegmenter } from '../core/segment/segmenter';
import { browserHost, type ConfigFiles } from './browserHost';
import { startServer } from './server';

// The transport's two ends, for whoever holds the other port (the tests, in Node).
export { BrowserMessageReader, BrowserMessageWriter };

export interface BrowserServerOptions {
  /** The texts of server/resources/dict's files, read by the client. */
  dictionaries: JiebaDictionaryTexts;
  /** The workspace's .gongwenrc.json files, kept current by the client. */
  configFiles: ConfigFiles;
  /** Where the extension's own files are (rule docs). */
  extensionUri: string;
}

/** A message port (or worker scope) as vscode-languageserver/browser takes it. */
export type ServerPort = ConstructorParameters<typeof BrowserMessageReader>[0];

export function startBrowserServer(port: ServerPort, options: BrowserServerOptions): void {
  installSegmenter('js', () => new JsJieba(options.dictionaries));
  const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
  startServer(connection, browserHost(options.configFiles, options.extensionUri));
}

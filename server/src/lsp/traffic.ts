// Which messages from the client are still waiting to be handled. vscode-jsonrpc reads every
// message that has arrived into a queue and handles them one per turn of the event loop, so a
// request handler cannot see an edit that arrived after its request until that edit's turn comes.
// While a long lint blocked the server, the writer's next edits piled up in that queue; a request
// for the version they replace must not lint it. `quiet()` lets the queue drain first.

import type { Message, MessageStrategy } from 'vscode-languageserver';

/** setImmediate where there is one (Node); a web worker has only setTimeout, as jsonrpc then uses. */
const nextTurn: (callback: () => void) => void =
  typeof setImmediate === 'function' ? (callback) => void setImmediate(callback) : (callback) => void setTimeout(callback, 0);

export class MessageTraffic {
  private handled = 0;

  /** Pass as `messageStrategy` to createConnection: counts each message as it is handled. */
  readonly strategy: MessageStrategy = {
    handleMessage: (message: Message, next: (message: Message) => void) => {
      this.handled++;
      next(message);
    },
  };

  /**
   * Resolves once a turn of the event loop has passed in which no queued message was handled:
   * every message that had arrived by then has been handled. vscode-jsonrpc schedules its next
   * turn with setImmediate (setTimeout in a web worker) after each message, so waiting two turns
   * lets it take its own.
   */
  async quiet(): Promise<void> {
    for (;;) {
      const before = this.handled;
      await new Promise<void>((resolve) => nextTurn(() => nextTurn(resolve)));
      if (this.handled === before) return;
    }
  }
}

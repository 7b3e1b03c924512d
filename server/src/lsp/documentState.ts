// What the server remembers about each open document besides its text and lint results (those
// live in DocumentCache): when it was last edited, how fast the writer is typing, which version
// was last saved, its settings, and a diagnostics push still waiting for typing to pause.

import type { ServerSettings } from './settings';

/** A pending push of diagnostics, cancelled when a newer edit arrives before it is sent. */
export interface PendingPush {
  cancelled: boolean;
  listeners: (() => void)[];
}

export class DocumentState {
  /** When the document last changed (ms since the epoch); 0 before its first edit. */
  lastChange = 0;
  /** Time between the last two edits: short while the writer is typing. */
  changeGap = Infinity;
  /** The version last saved, or -1. */
  savedVersion = -1;
  /** The editor settings for this document, asked for once until configuration changes. */
  settings?: Promise<ServerSettings>;
  pendingPush?: PendingPush;

  /** Notes an edit at `now`. */
  changed(now: number): void {
    this.changeGap = now - this.lastChange;
    this.lastChange = now;
  }
}

/** The state of every open document, by URI. */
export class DocumentStates {
  private readonly states = new Map<string, DocumentState>();

  get(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = new DocumentState()));
    return state;
  }

  /** The document closed: forget everything about it. */
  forget(uri: string): void {
    this.states.delete(uri);
  }

  /** Settings changed: every document asks for its settings again. */
  forgetSettings(): void {
    for (const state of this.states.values()) state.settings = undefined;
  }
}

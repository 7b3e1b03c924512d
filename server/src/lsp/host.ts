// What the language server needs from the machine it runs on. The protocol handlers reach files
// and paths only through this, so an entry without Node's file system (a web worker) can supply
// its own; lsp/nodeHost.ts is the one for Node.

export interface ServerHost {
  /** A configuration file's text, or undefined when it does not exist or cannot be read. */
  readFile(file: string): string | undefined;
  /** The link to a rule's docs page shipped with the server, if there is one. */
  docsUrl(ruleId: string): string | undefined;
  /**
   * The folder of the rule docs pages `docsUrl` links to, as `uriToPath` gives paths. Documents
   * in it are never linted: a page's bad examples are not the writer's problems.
   */
  docsFolder: string | undefined;
  /** The file path of a `file:` URI; undefined for other schemes (untitled, vscode-vfs…). */
  uriToPath(uri: string | undefined): string | undefined;
  /** The URI of a file path, for diagnostics on configuration files. */
  pathToUri(file: string): string;
  /** Whether `file` lies inside the folder `dir`. */
  isInside(file: string, dir: string): boolean;
}

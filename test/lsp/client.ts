// A real LSP client for the tests: starts the server as a child process over stdio and talks
// JSON-RPC to it with vscode-languageserver-protocol, answering the requests a client answers
// (workspace/configuration, capability registration, diagnostic refresh, applyEdit).

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  DocumentDiagnosticRequest,
  InitializeRequest,
  type InitializeResult,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  ConfigurationRequest,
  RegistrationRequest,
  DiagnosticRefreshRequest,
  ApplyWorkspaceEditRequest,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  ExitNotification,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'out', 'server', 'src', 'lsp', 'main.js');

export interface TestClientOptions {
  /** The settings returned for `gongwen` (per scope URI when a function). */
  settings?: unknown | ((scopeUri: string | undefined) => unknown);
  capabilities?: ClientCapabilities;
  workspaceFolder?: string;
  initializationOptions?: unknown;
  /** Run another command instead of the compiled server (the bin test). */
  command?: string[];
}

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly messages: ShowMessageParams[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  refreshes = 0;
  settings: unknown | ((scopeUri: string | undefined) => unknown);
  private readonly versions = new Map<string, number>();
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(private readonly options: TestClientOptions = {}) {
    this.settings = options.settings ?? {};
    const [cmd, ...args] = options.command ?? [process.execPath, SERVER_MAIN, '--stdio'];
    this.process = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => (this.stderr += String(d)));
    // A server that dies must fail the test at once, not leave its requests hanging.
    this.process.on('exit', (code, signal) => {
      this.exited = { code, signal };
      this.connection.dispose();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        if (item.section !== 'gongwen') return null;
        return typeof this.settings === 'function' ? (this.settings as (u?: string) => unknown)(item.scopeUri) : this.settings;
      }),
    );
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
    });
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => void this.published.set(params.uri, params));
    this.connection.onNotification(ShowMessageNotification.type, (params) => void this.messages.push(params));
    this.connection.onRequest(ShowMessageRequest.type, (params) => {
      this.messages.push(params);
      return null;
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const folder = this.options.workspaceFolder;
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: 'test' }] : null,
      locale: 'zh-cn',
      initializationOptions: this.options.initializationOptions,
      capabilities: this.options.capabilities ?? {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, applyEdit: true },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: { resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          synchronization: { didSave: true },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends edits and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async diagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  /** A full report, retrying while the server says a newer version superseded the pull. */
  async fullDiagnostics(uri: string): Promise<FullDocumentDiagnosticReport> {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        const report = await this.diagnostics(uri);
        if (report.kind === 'full') return report;
      } catch (error) {
        if ((error as { code?: number }).code !== -32802) throw error;
      }
    }
    throw new Error('no full diagnostic report');
  }

  async configurationChanged(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { gongwen: settings } });
  }

  async watchedFileChanged(uri: string, type: 1 | 2 | 3 = 2): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
  }

  /**
   * The CPU time (user + system, ms) the server process has used so far, from /proc: unlike wall
   * time it does not grow when other processes keep the machine busy. Linux only.
   */
  cpuMs(): number {
    const stat = fs.readFileSync(`/proc/${this.process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ")": utime and stime are
    // the 14th and 15th fields of the line, in clock ticks of 10 ms.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(2000)]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone (the tests that kill it).
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await Promise.race([new Promise((r) => this.process.once('exit', r)), delay(2000)]);
      if (this.process.exitCode === null) this.process.kill();
    }
  }
}

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Applies LSP text edits (in any order, non-overlapping) to a text, for checking code actions. */
export function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

// Requests about a document's structure rather than its problems: document symbols, folding,
// hovers, and the client's outline tree, status bar and “next placeholder”. Each works on the
// parsed document the linter already built for the same version (see DocumentCache).

import type { Connection } from 'vscode-languageserver';
import type { SourceDocument } from '../core/document';
import type { Finding, Locale } from '../core/types';
import { toRange } from './convert';
import { hoverAt } from './hover';
import { documentSymbols, foldingRanges, outlineTree } from './outlineFeatures';
import { nextPlaceholder } from '../core/placeholders';
import { budgetDiagnostics } from './diagnosticBudget';
import { NEXT_PLACEHOLDER_REQUEST, OUTLINE_REQUEST, STATUS_REQUEST, type DocumentParams, type OutlineResult, type PositionParams, type StatusResult } from './protocol';
import { countWords } from '../core/text/wordCount';

/** An open document as these handlers see it: parsed, or skipped with the reason. */
export type StructureDocument =
  | { version: number; locale: Locale; source: SourceDocument; findings: () => readonly Finding[]; skipped?: undefined }
  | { version: number; locale: Locale; skipped: string; source?: undefined };

export interface StructureDeps {
  /** Undefined when the document is not open, or a newer edit superseded it while typing. */
  documentFor(uri: string): Promise<StructureDocument | undefined>;
}

export function registerStructureHandlers(connection: Connection, deps: StructureDeps): void {
  /** The parsed document, or undefined when it is not open, not checked, or the URI is missing. */
  const parsed = async (uri: unknown) => {
    if (typeof uri !== 'string') return undefined;
    const doc = await deps.documentFor(uri);
    return doc?.source ? doc : undefined;
  };

  connection.onDocumentSymbol(async (params) => {
    const doc = await parsed(params.textDocument?.uri);
    return doc ? documentSymbols(doc.source, doc.locale) : [];
  });

  connection.onFoldingRanges(async (params) => {
    const doc = await parsed(params.textDocument?.uri);
    return doc ? foldingRanges(doc.source) : [];
  });

  connection.onHover(async (params) => {
    const doc = await parsed(params.textDocument?.uri);
    if (!doc || !params.position) return null;
    return hoverAt(doc.source, doc.source.lines.offsetAt(params.position), doc.locale);
  });

  connection.onRequest(OUTLINE_REQUEST, async (params: DocumentParams): Promise<OutlineResult> => {
    const doc = await parsed(params?.uri);
    if (!doc) return { version: -1, items: [] };
    return { version: doc.version, items: outlineTree(doc.source, doc.findings()) };
  });

  connection.onRequest(STATUS_REQUEST, async (params: DocumentParams): Promise<StatusResult | null> => {
    if (typeof params?.uri !== 'string') return null;
    const doc = await deps.documentFor(params.uri);
    if (!doc) return null;
    if (doc.skipped !== undefined) return { version: doc.version, characters: null, problems: 0, errors: 0, warnings: 0, skipped: doc.skipped };
    const findings = doc.findings();
    return {
      version: doc.version,
      characters: countWords(doc.source),
      problems: findings.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      hidden: findings.length - budgetDiagnostics(findings).kept.length,
    };
  });

  connection.onRequest(NEXT_PLACEHOLDER_REQUEST, async (params: PositionParams) => {
    const doc = await parsed(params?.uri);
    if (!doc || !params.position) return null;
    const next = nextPlaceholder(doc.source, doc.source.lines.offsetAt(params.position));
    return next ? toRange(doc.source.lines, next.start, next.end) : null;
  });
}

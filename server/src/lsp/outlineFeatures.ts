// The outline model (core/outline) seen through LSP: document symbols (the Outline view,
// breadcrumbs, Go to Symbol), folding ranges per numbered section, the tree the VS Code client
// shows as “公文大纲”. Renumbering lives in the engine (core/edits/renumber.ts).

import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { SourceDocument } from '../core/document';
import { catalogue } from '../core/catalogue';
import { outlineIndex, type OutlineItem } from '../core/outline/model';
import { firstIndexAtOrAfter } from '../core/text/search';
import type { Finding, Locale } from '../core/types';
import { toRange } from './convert';
import { levelSymbol, type LevelSymbol, type OutlineNode } from './protocol';

/** Symbol kinds give each level its own icon in the Outline view; protocol.ts says which. */
const SYMBOL_KIND: Record<LevelSymbol, SymbolKind> = {
  module: SymbolKind.Module,
  namespace: SymbolKind.Namespace,
  class: SymbolKind.Class,
  field: SymbolKind.Field,
  string: SymbolKind.String,
};
const MAX_NAME = 80;

export function documentSymbols(doc: SourceDocument, locale: Locale): DocumentSymbol[] {
  const outline = doc.get(outlineIndex);
  const symbols: DocumentSymbol[] = [];
  for (const piece of outline.pieces) {
    const roots = piece.roots.map((item) => itemSymbol(doc, item));
    if (piece.title && (roots.length || outline.pieces.length > 1)) {
      const title = piece.title;
      const end = contentEnd(doc.text, title.end, piece.end);
      symbols.push({
        name: clip(doc.text.slice(title.start, title.end)) || catalogue(locale).editor.untitled,
        kind: SymbolKind.File,
        range: toRange(doc.lines, doc.lines.lineStarts[doc.lines.lineOf(title.start)], end),
        selectionRange: toRange(doc.lines, title.start, title.end),
        children: roots,
      });
    } else symbols.push(...roots);
  }
  return symbols;
}

function itemSymbol(doc: SourceDocument, item: OutlineItem): DocumentSymbol {
  const end = contentEnd(doc.text, Math.max(item.titleEnd, item.end), item.sectionEnd);
  return {
    name: itemName(doc, item),
    kind: SYMBOL_KIND[levelSymbol(item.level)],
    range: toRange(doc.lines, Math.min(item.sectionStart, item.start), end),
    selectionRange: toRange(doc.lines, item.start, Math.max(item.titleEnd, item.end)),
    children: item.children.map((child) => itemSymbol(doc, child)),
  };
}

/** “一、总体要求”: the marker as written and the title after it, on one line. */
function itemName(doc: SourceDocument, item: OutlineItem): string {
  const marker = doc.text.slice(item.start, item.end);
  const title = doc.text.slice(item.titleStart, item.titleEnd);
  return clip(`${marker}${title}`.replace(/\s+/g, ' ').trim()) || marker || '·';
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_NAME ? `${line.slice(0, MAX_NAME - 1)}…` : line;
}

/** A section's end without the blank lines before the next section. */
function contentEnd(text: string, min: number, end: number): number {
  let i = end;
  while (i > min && /\s/.test(text[i - 1])) i--;
  return i;
}

export function foldingRanges(doc: SourceDocument): FoldingRange[] {
  const outline = doc.get(outlineIndex);
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    const startLine = doc.lines.lineOf(start);
    const endLine = doc.lines.lineOf(end);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  };
  for (const item of outline.items) add(item.sectionStart, contentEnd(doc.text, Math.max(item.titleEnd, item.end), item.sectionEnd));
  return ranges;
}

/** The tree for the client's 公文大纲 view, with the findings of each item's own text. */
export function outlineTree(doc: SourceDocument, findings: readonly Finding[]): OutlineNode[] {
  const outline = doc.get(outlineIndex);
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const nodes: OutlineNode[] = [];
  for (const piece of outline.pieces) nodes.push(...piece.roots.map((item) => itemNode(doc, item, sorted)));
  return nodes;
}

function itemNode(doc: SourceDocument, item: OutlineItem, findings: readonly Finding[]): OutlineNode {
  // The item's own text runs from its line to its first child; findings there belong to it.
  const ownEnd = item.children.length ? item.children[0].sectionStart : item.sectionEnd;
  const own = findingsIn(findings, Math.min(item.sectionStart, item.start), ownEnd);
  const severity = own.some((f) => f.severity === 'error') ? 'error' : own.some((f) => f.severity === 'warning') ? 'warning' : own.length ? 'info' : undefined;
  return {
    label: doc.text.slice(item.start, item.end).trim(),
    detail: clip(doc.text.slice(item.titleStart, item.titleEnd)),
    level: item.level,
    range: toRange(doc.lines, Math.min(item.sectionStart, item.start), contentEnd(doc.text, Math.max(item.titleEnd, item.end), item.sectionEnd)),
    selectionRange: toRange(doc.lines, item.start, Math.max(item.titleEnd, item.end)),
    problems: own.length,
    severity,
    children: item.children.map((child) => itemNode(doc, child, findings)),
  };
}

/** Findings starting in [start, end), found by binary search in a list sorted by start. */
function findingsIn(sorted: readonly Finding[], start: number, end: number): Finding[] {
  const out: Finding[] = [];
  for (let i = firstIndexAtOrAfter(sorted, start, (f) => f.start); i < sorted.length && sorted[i].start < end; i++) out.push(sorted[i]);
  return out;
}

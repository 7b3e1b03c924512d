// Hovers: on a figure, what the engine read (value, unit, approximation) and the other
// statements of the same indicator; on a 发文字号, its parts (机关代字, 年份, 序号). The hover
// shows the engine's reading, so a writer can see why a rule judged a figure the way it did.

import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { SourceDocument } from '../core/document';
import { docnoIndex, type DocumentNumber } from '../core/docno';
import { figureIndex, type Figure } from '../core/figures/numbers';
import { catalogue } from '../core/catalogue';
import { spanAt } from '../core/text/search';
import type { Locale } from '../core/types';
import { toRange } from './convert';
import { otherStatements } from '../core/figures/indicators';

export function hoverAt(doc: SourceDocument, offset: number, locale: Locale): Hover | null {
  const number = doc.get(docnoIndex).numberAt(offset);
  if (number) return { contents: { kind: MarkupKind.Markdown, value: docnoHover(number, locale) }, range: toRange(doc.lines, number.start, number.end) };
  // End inclusive: the cursor right after a figure is still on it.
  const figure = spanAt(doc.get(figureIndex).figures, offset, true);
  if (figure && !figure.quoted && !figure.fixedPhrase) {
    return { contents: { kind: MarkupKind.Markdown, value: figureHover(doc, figure, locale) }, range: toRange(doc.lines, figure.start, figure.end) };
  }
  return null;
}

function docnoHover(n: DocumentNumber, locale: Locale): string {
  const words = catalogue(locale).hover;
  const rows: [string, string][] = [
    [words.agency, n.agency.text],
    [words.year, `${n.year.text}${n.year.text.length !== 4 ? words.yearShort : ''}`],
    [words.serial, `${n.serial.value}${n.ordinal ? words.ordinal : ''}`],
    [words.brackets, `${n.open?.text ?? words.missing} ${n.close?.text ?? words.missing}`],
  ];
  return [`${words.documentNumber} \`${escapeCode(n.text)}\``, '', ...table(rows, locale)].join('\n');
}

function figureHover(doc: SourceDocument, f: Figure, locale: Locale): string {
  const words = catalogue(locale).hover;
  const rows: [string, string][] = [[words.value, formatValue(f)]];
  if (f.unit) rows.push([words.unit, f.unit.text]);
  if (f.multiplier) rows.push([words.multiplier, `${f.multiplier.text}（×${f.multiplier.factor}）`]);
  if (f.approx.length) rows.push([words.approximate, f.approx.map((a) => a.word).join('、')]);
  if (f.range) rows.push([words.range, escapeCell(doc.text.slice(f.range.start, f.range.end))]);
  const lines = [`${words.figure} \`${escapeCode(doc.text.slice(f.start, f.end))}\``, '', ...table(rows, locale)];
  const others = otherStatements(doc, f);
  if (others.length) {
    lines.push('', words.otherStatements(others.length));
    for (const other of others.slice(0, 8)) {
      const line = doc.lines.lineOf(other.start) + 1;
      lines.push(`- ${words.line(line)}：\`${escapeCode(other.text)}\``);
    }
    if (others.length > 8) lines.push(words.more(others.length - 8));
  }
  return lines.join('\n');
}

function formatValue(f: Figure): string {
  const value = Number.isInteger(f.value) ? String(f.value) : String(Number(f.value.toPrecision(12)));
  if (f.percent === 'percent') return `${value}%`;
  if (f.percent === 'permille') return `${value}‰`;
  return value;
}

function table(rows: [string, string][], locale: Locale): string[] {
  return [catalogue(locale).hover.tableHead, '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`)];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function escapeCode(text: string): string {
  return text.replace(/`/g, 'ˋ').replace(/[\r\n]+/g, ' ');
}

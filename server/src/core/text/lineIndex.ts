// Converts UTF-16 offsets to 0-based line/character positions and back.
// Line breaks are \r\n, \n and a lone \r, the same set the LSP specification and markdown-it use,
// so a position means the same thing in every door of the product.

import { lastNumberAtOrBefore } from './search';

export interface Position {
  line: number;
  character: number;
}

/** \r\n, a lone \r or \n: one line break each. */
const LINE_BREAK = /\r\n?|\n/g;

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    // A global regex finds the breaks: the CLI lints one document per cold process, and a
    // character loop over the whole text would run in the interpreter, several times slower.
    const starts = [0];
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line that contains `offset` (an offset on a line break belongs to the line it ends). */
  lineOf(offset: number): number {
    return lastNumberAtOrBefore(this.lineStarts, offset);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** The offset of a position; a character past the line's end is clamped to the line's end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset just before the line break that ends `line` (or the text's end). */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** The line break the file uses most: `--fix` and inserted lines keep it. */
  dominantEol(): '\n' | '\r\n' | '\r' {
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    for (let i = 1; i < this.lineStarts.length; i++) {
      const s = this.lineStarts[i];
      if (this.text.charCodeAt(s - 1) === 10) {
        if (this.text.charCodeAt(s - 2) === 13) crlf++;
        else lf++;
      } else cr++;
    }
    if (crlf > lf && crlf >= cr) return '\r\n';
    if (cr > lf && cr > crlf) return '\r';
    return '\n';
  }
}

// Makes a bundle pure ASCII and moves its source map to match.
//
// esbuild escapes non-ASCII characters in strings and identifiers but leaves them in regular
// expression literals and comments, and our rules' patterns are full of Chinese characters. A
// bundle with even one of them must be decoded from UTF-8 at every start of the command and is
// held as a two-byte string, twice the memory; a pure ASCII bundle is read as Latin-1, which node
// hands to V8 without decoding or copying (bin/gongwen-lint.js).
//
// Every non-ASCII UTF-16 unit becomes \uXXXX, which means the same character in every place it can
// stand in the output: a string or template (cooked), a comment, and a regular expression, where a
// pair of escaped surrogates is one code point under the u flag just as the raw pair is. A non-ASCII
// character after a backslash would change meaning (\零 is 零, but \\u96f6 is not); esbuild never
// writes one, and the build fails rather than guess if it ever does.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** The values of one source map segment (base64 VLQ, as in the Source Map v3 format). */
export function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = BASE64_VALUE.get(c);
    if (digit === undefined) throw new Error(`not base64 VLQ: ${segment}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export function encodeSegment(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += BASE64[digit];
    } while (rest > 0);
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ESCAPED_WIDTH = 6; // \uXXXX

/** `line` with every non-ASCII unit escaped, and the new column of each old column. */
function escapeLine(line) {
  const columns = new Int32Array(line.length + 1);
  let out = '';
  let shift = 0;
  for (let i = 0; i < line.length; i++) {
    columns[i] = i + shift;
    const code = line.charCodeAt(i);
    if (code < 0x80) {
      out += line[i];
      continue;
    }
    if (line[i - 1] === '\\') throw new Error(`a non-ASCII character after a backslash cannot be escaped safely: ${line.slice(Math.max(0, i - 20), i + 20)}`);
    out += `\\u${code.toString(16).padStart(4, '0')}`;
    shift += ESCAPED_WIDTH - 1;
  }
  columns[line.length] = line.length + shift;
  return { text: out, columns };
}

/**
 * The bundle `code` with only ASCII characters, and its source map `map` (the parsed JSON) with
 * every generated column moved to where its token now stands. Lines are split on \n only: that is
 * what esbuild writes, and what the map's line numbers count.
 */
export function asciiOutput(code, map) {
  const lines = code.split('\n');
  const mappings = map ? map.mappings.split(';') : [];
  for (let l = 0; l < lines.length; l++) {
    if (!NON_ASCII.test(lines[l])) continue;
    const { text, columns } = escapeLine(lines[l]);
    lines[l] = text;
    if (!mappings[l]) continue;
    // Generated columns are relative to the previous segment of the same line: read them as
    // absolute, move them, and write them relative again. The other fields are untouched.
    let oldColumn = 0;
    let newPrevious = 0;
    mappings[l] = mappings[l]
      .split(',')
      .map((segment) => {
        const values = decodeSegment(segment);
        oldColumn += values[0];
        const last = columns.length - 1;
        const moved = oldColumn <= last ? columns[oldColumn] : oldColumn + columns[last] - last;
        values[0] = moved - newPrevious;
        newPrevious = moved;
        return encodeSegment(values);
      })
      .join(',');
  }
  return { code: lines.join('\n'), map: map ? { ...map, mappings: mappings.join(';') } : undefined };
}

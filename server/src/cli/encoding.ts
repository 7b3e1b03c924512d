// Turning file bytes into text and back without garbling anything. Chinese offices still save
// documents as GBK / GB18030, and Windows tools as UTF-16 with a byte order mark. A file that is
// not UTF-8 is never guessed at silently: the user names the encoding with `--encoding`, and the
// text is accepted only if encoding it again gives back exactly the bytes that were read, so
// `--fix` writes the file back in its own encoding, byte for byte outside the fixed characters.

import { isUtf8, transcode } from 'node:buffer';

type IconvLite = typeof import('iconv-lite');
let iconvLite: IconvLite | undefined;

/** iconv-lite with its code tables costs several milliseconds to load; UTF-8 never needs it. */
function iconv(): IconvLite {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (iconvLite ??= require('iconv-lite') as IconvLite);
}

export interface DecodedText {
  /** The text without its byte order mark, so columns match what an editor shows. */
  text: string;
  /** The encoding the bytes were read in, as iconv-lite names it. */
  encoding: string;
  bom: boolean;
}

export type DecodeResult =
  | { ok: true; decoded: DecodedText }
  | { ok: false; reason: 'binary' }
  /** `likely` names the encoding the bytes look like (for the message), when one fits. */
  | { ok: false; reason: 'not-utf8'; likely?: string }
  | { ok: false; reason: 'not-requested'; likely: string }
  | { ok: false; reason: 'invalid-in-requested'; requested: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The encodings `--encoding` accepts, mapped to iconv-lite's names. */
const ENCODING_NAMES: Record<string, string> = {
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'gbk': 'gbk',
  'cp936': 'gbk',
  'gb2312': 'gbk', // GB 2312 is a subset of GBK; decoding as GBK reads it correctly
  'gb18030': 'gb18030',
  'big5': 'big5',
  'utf16': 'utf16',
  'utf-16': 'utf16',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'utf16be': 'utf16be',
  'utf-16be': 'utf16be',
};

export function normalizeEncodingName(name: string): string | undefined {
  return ENCODING_NAMES[name.trim().toLowerCase()];
}

export function encodingLabel(encoding: string): string {
  return { utf8: 'UTF-8', gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE' }[encoding] ?? encoding;
}

/** Decodes `bytes` when they are exactly representable in `encoding` (no lossy round trip). */
function decodeExactly(bytes: Buffer, encoding: string, bom: boolean): DecodedText | undefined {
  const body = bom ? bytes.subarray(encoding === 'utf8' ? 3 : 2) : bytes;
  if (encoding === 'utf8') {
    // Valid UTF-8 is exactly the bytes that decode and encode back unchanged (no overlong forms,
    // no encoded surrogates, nothing cut short), so checking validity is the same test, faster.
    // A second BOM inside the body stays in the text, as with iconv-lite's stripBOM: false.
    return isUtf8(body) ? { text: utf8Text(body), encoding, bom } : undefined;
  }
  const text = iconv().decode(body, encoding, { stripBOM: false });
  if (!encodeText(text, encoding, false).equals(body)) return undefined;
  return { text, encoding, bom };
}

/**
 * The text of bytes already known to be valid UTF-8. ICU's converter (node's `transcode`) turns
 * a megabyte of Chinese into UTF-16 several times faster than `toString('utf8')`, and reading
 * UTF-16 into a string is a copy; for valid input both give the same text. A node built without
 * ICU has no `transcode` (it throws), and then the plain decoder is used.
 */
function utf8Text(bytes: Buffer): string {
  if (bytes.length < 4096) return bytes.toString('utf8');
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8');
  }
}

function utf16Bom(bytes: Buffer): 'utf16le' | 'utf16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

/** Git's test: a NUL byte in the first 8000 bytes means binary (UTF-16 is recognised first). */
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/** What a non-UTF-8 file most likely is, for the error message. */
function guessEncoding(bytes: Buffer): string | undefined {
  const bom16 = utf16Bom(bytes);
  if (bom16) return bom16;
  if (decodeExactly(bytes, 'gbk', false)) return 'gbk';
  if (decodeExactly(bytes, 'gb18030', false)) return 'gb18030';
  return undefined;
}

/**
 * Reads bytes as UTF-8 when they are valid UTF-8 (with or without a BOM); otherwise only in
 * `requested`, the encoding the user named. Valid UTF-8 stays UTF-8 even when `--encoding gbk`
 * is given, so one run over a mixed folder reads every file correctly.
 */
export function decodeBytes(bytes: Buffer, requested?: string): DecodeResult {
  const bom16 = utf16Bom(bytes);
  if (!bom16) {
    const bom8 = startsWith(bytes, UTF8_BOM);
    const utf8 = decodeExactly(bytes, 'utf8', bom8);
    if (utf8 && !looksBinary(bytes)) return { ok: true, decoded: utf8 };
    if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  }
  const likely = guessEncoding(bytes);
  if (!requested || requested === 'utf8') {
    return likely ? { ok: false, reason: 'not-requested', likely } : { ok: false, reason: 'not-utf8' };
  }
  let encoding = requested;
  let bom = false;
  if (requested.startsWith('utf16')) {
    // A UTF-16 file is only accepted with its byte order mark: without one the byte order is a guess.
    if (!bom16 || (requested !== 'utf16' && requested !== bom16)) return { ok: false, reason: 'invalid-in-requested', requested };
    encoding = bom16;
    bom = true;
  }
  const decoded = decodeExactly(bytes, encoding, bom);
  return decoded ? { ok: true, decoded } : { ok: false, reason: 'invalid-in-requested', requested };
}

/** The bytes for `text` in `encoding`, with the byte order mark the file had. */
export function encodeText(text: string, encoding: string, bom: boolean): Buffer {
  const body = encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv().encode(text, encoding, { addBOM: false });
  if (!bom) return body;
  const mark = encoding === 'utf8' ? Buffer.from(UTF8_BOM) : encoding === 'utf16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
  return Buffer.concat([mark, body]);
}

/** True when `text` survives a trip through `encoding` (a fix may insert a character GBK lacks). */
export function canEncode(text: string, encoding: string): boolean {
  if (encoding === 'utf8' || encoding.startsWith('utf16') || encoding === 'gb18030') return true;
  return iconv().decode(iconv().encode(text, encoding), encoding) === text;
}

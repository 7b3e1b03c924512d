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
  /**
   * Not UTF-8, and not read in another encoding because none was named (or the one named was
   * UTF-8). `likely` lists the encodings the bytes can be, best first: empty when none fits, two
   * when the bytes read as Chinese in both GBK and Big5 and the detector cannot tell which.
   */
  | { ok: false; reason: 'not-utf8'; likely: string[] }
  | { ok: false; reason: 'invalid-in-requested'; requested: string }
  /** `--encoding utf-16` for a file without a byte order mark; `likely` is the order it looks like. */
  | { ok: false; reason: 'no-byte-order'; likely?: string };

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

/** Every name `--encoding` accepts, the spellings without a hyphen (utf8, utf16le…) left out. */
export function documentedEncodingNames(): string[] {
  return [...new Set(Object.keys(ENCODING_NAMES).map(encodingOption))];
}

export function normalizeEncodingName(name: string): string | undefined {
  return ENCODING_NAMES[name.trim().toLowerCase()];
}

export function encodingLabel(encoding: string): string {
  return { utf8: 'UTF-8', gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5', utf16: 'UTF-16', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE' }[encoding] ?? encoding;
}

/** How to name `encoding` (an iconv-lite name) on the command line. */
export function encodingOption(encoding: string): string {
  return encoding.replace(/^utf(?=\d)/, 'utf-');
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

/**
 * Control characters other than tab, line feed, vertical tab, form feed and carriage return, and
 * the two noncharacters a swapped byte order mark turns into: never in a text document, always
 * in binary data read as UTF-16.
 */
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * The byte order of UTF-16 without a byte order mark, when the bytes show it: every ASCII
 * character (line breaks, spaces, digits) has a zero high byte, which comes second in UTF-16LE
 * and first in UTF-16BE, while binary data has zeros on both sides. A Han character can have a
 * zero low byte too (一 is U+4E00), so the zeros must lean four to one. A text of Han characters
 * alone, with no line break, shows no order.
 */
function zeroByteOrder(bytes: Buffer): 'utf16le' | 'utf16be' | undefined {
  const sample = bytes.subarray(0, 8000);
  let first = 0;
  let second = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) first++;
    if (sample[i + 1] === 0) second++;
  }
  return second > 4 * first ? 'utf16le' : first > 4 * second ? 'utf16be' : undefined;
}

/** The byte order the bytes show (see zeroByteOrder), when they also decode as text in it. */
function utf16ByteOrder(bytes: Buffer): 'utf16le' | 'utf16be' | undefined {
  const order = zeroByteOrder(bytes);
  return order && decodeUtf16WithoutBom(bytes, order) ? order : undefined;
}

/**
 * UTF-16 without a mark in the byte order the user named: refused when it is not exact text in
 * that order, and when its zero bytes show the other order (which also decodes, into nonsense).
 */
function decodeUtf16WithoutBom(bytes: Buffer, encoding: 'utf16le' | 'utf16be'): DecodedText | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const shown = zeroByteOrder(bytes);
  if (shown && shown !== encoding) return undefined;
  const decoded = decodeExactly(bytes, encoding, false);
  return decoded && !NOT_TEXT.test(decoded.text) ? decoded : undefined;
}

/**
 * Characters that fill Chinese official writing, in simplified and traditional forms. Text read
 * in its own encoding is full of them; GBK bytes read as Big5, or Big5 bytes read as GBK, give
 * characters scattered over the whole Han range (and kana and Cyrillic), which almost never are.
 */
const COMMON_HAN = new Set(
  '的一是在不了有和人中大上以要他到作地出就分成可主年同工也能下子而方多定行法所民得等部度家力如水化高自理起小加量都制本去性好合因由其些然前外天政日社事平形相全表与各重新正心明看原又利比或第向道此只解意建月公系情者最立代已通提程展果位常文次品式活及管特件求基务府市省局知告示函目推落完善服安保障任改革境教育健元百增季半' +
    '这为个国们时来发动过说产种后学经现实两体机当使点从业应开还义间样关内变条没问无题党员总设长领导规划县办报决强组织责单村镇街济环卫医疗万亿进数结资区请议项' +
    '這為個國們時來發動過說產種後學經現實兩體機當使點從業應開還義間樣關內變條沒問無題黨員總設長領導規劃縣辦報決強組織責單村鎮街濟環衛醫療萬億進數結資區請議項',
);

/** The share of Han characters in `text` that are common ones, and how many those are. */
function commonHan(text: string): { share: number; count: number } {
  let han = 0;
  let count = 0;
  for (const c of text) {
    if (c < '\u3400' || c > '\u9fff') continue;
    han++;
    if (COMMON_HAN.has(c)) count++;
  }
  return { share: han ? count / han : 0, count };
}

/**
 * What a file that is not UTF-8 can be, for the error message; best first. What the bytes show
 * for certain: a UTF-16 byte order mark; UTF-16 without one when the text has ASCII characters
 * (see utf16ByteOrder); GB18030 when it has four-byte sequences GBK lacks. GBK (with GB 2312) and
 * Big5 share one byte structure, so valid bytes alone cannot tell them apart; the reading that
 * gives common Chinese characters is named, and both are when neither stands out (a short text).
 */
function guessEncoding(bytes: Buffer): string[] {
  const bom16 = utf16Bom(bytes);
  if (bom16) return [bom16];
  if (looksBinary(bytes)) {
    const order = utf16ByteOrder(bytes);
    return order ? [order] : [];
  }
  const gbk = decodeExactly(bytes, 'gbk', false);
  const big5 = decodeExactly(bytes, 'big5', false);
  if (gbk && big5) {
    const g = commonHan(gbk.text);
    const b = commonHan(big5.text);
    if (g.count >= 3 && g.share >= 3 * b.share) return ['gbk'];
    if (b.count >= 3 && b.share >= 3 * g.share) return ['big5'];
    return ['gbk', 'big5'];
  }
  if (gbk) return ['gbk'];
  if (decodeExactly(bytes, 'gb18030', false)) return ['gb18030'];
  if (big5) return ['big5'];
  return [];
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
    // Named with its byte order, UTF-16 needs no mark (and holds NUL bytes, so test it first).
    if (requested === 'utf16le' || requested === 'utf16be') {
      const decoded = decodeUtf16WithoutBom(bytes, requested);
      if (decoded) return { ok: true, decoded };
      // Binary data in a folder read with --encoding utf-16le is skipped, as without it.
      if (looksBinary(bytes) && !zeroByteOrder(bytes)) return { ok: false, reason: 'binary' };
      return { ok: false, reason: 'invalid-in-requested', requested };
    }
    if (requested === 'utf16') return { ok: false, reason: 'no-byte-order', likely: utf16ByteOrder(bytes) };
  }
  const likely = guessEncoding(bytes);
  if (!bom16 && looksBinary(bytes)) return likely.length ? { ok: false, reason: 'not-utf8', likely } : { ok: false, reason: 'binary' };
  if (!requested || requested === 'utf8') return { ok: false, reason: 'not-utf8', likely };
  let encoding = requested;
  let bom = false;
  if (requested.startsWith('utf16')) {
    if (requested !== 'utf16' && requested !== bom16) return { ok: false, reason: 'invalid-in-requested', requested };
    encoding = bom16 as string;
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

// Outline markers after a count: 以下三个方面：一是……二是……, 我讲四个方面。一、……二、…….
// The numbered items that follow are the list; this module counts them, stopping where the
// sequence ends (a restart, a higher outline level, a new piece) and giving up where it is
// broken (a skip or a repeat), since a broken sequence is outline/sequence's finding, not a count.

import { parseChineseNumeral } from '../text/numerals';
import { firstIndexAfter } from '../text/search';
import type { BlockLike, CountedList, ListItem, Span } from './lists';

type MarkerStyle = 'dun' | 'paren' | 'arabic' | 'arabic-paren' | 'shi' | 'yao' | 'di';

/** Outline level of each style; a marker of a smaller level ends a sequence of a larger one. */
const LEVEL: Record<MarkerStyle, number> = { dun: 1, paren: 2, arabic: 3, 'arabic-paren': 4, shi: 5, yao: 5, di: 5 };

interface Marker extends Span {
  style: MarkerStyle;
  value: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
/** Markers at a boundary: the start of prose, after sentence punctuation or markup. */
const MARKER = new RegExp(
  `(?<=^|[。；：！？:;!?\\n\\r\\u0000 \\u3000])(?:(${CN})、|[（(](${CN})[）)]|（(\\d{1,2})）|(\\d{1,2})[.．、](?![\\d.．])|第(${CN})[，,、：:]|(${CN})(是|要)(?![否非素求]))|(?<=[，,])(${CN})(是|要)(?![否非素求])`,
  'g',
);

function* markersFrom(masked: string, from: number): Generator<Marker> {
  MARKER.lastIndex = from;
  for (;;) {
    const m = MARKER.exec(masked);
    if (!m) return;
    const start = m.index;
    const end = start + m[0].length;
    let style: MarkerStyle;
    let raw: string;
    if (m[1]) [style, raw] = ['dun', m[1]];
    else if (m[2]) [style, raw] = ['paren', m[2]];
    else if (m[3]) [style, raw] = ['arabic-paren', m[3]];
    else if (m[4]) [style, raw] = ['arabic', m[4]];
    else if (m[5]) [style, raw] = ['di', m[5]];
    else if (m[6]) [style, raw] = [m[7] === '是' ? 'shi' : 'yao', m[6]];
    else [style, raw] = [m[9] === '是' ? 'shi' : 'yao', m[8]];
    const value = /\d/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (value !== undefined) yield { start, end, style, value };
  }
}

/**
 * Counts the numbered sequence that starts right at `from` (after spaces and markup): the count
 * is the last number of an unbroken run 1, 2, 3…; it stops at a restart, at a marker of a
 * higher outline level, or at a level-one heading. A skip or a repeat makes the count unknown.
 */
export function countMarkers(masked: string, blocks: readonly BlockLike[], from: number): CountedList | undefined {
  let at = from;
  while (at < masked.length && /[\s\u0000\u3000]/.test(masked[at])) at++;
  // Cheap test first: a marker must start right here, or the scan below is not worth starting.
  if (!/^(?:[一二三四五六七八九十]|[（(][一二三四五六七八九十1]|第一|1)/.test(masked.slice(at, at + 2))) return undefined;
  const iterator = markersFrom(masked, at);
  const first = iterator.next();
  if (first.done || first.value.start !== at || first.value.value !== 1) return undefined;
  const style = first.value.style;
  const stopAt = nextTitle(blocks, at) ?? masked.length;
  const items: ListItem[] = [markerItem(masked, first.value)];
  for (const marker of iterator) {
    // A sequence whose next number is this far away has ended.
    if (marker.start >= stopAt || marker.start - items[items.length - 1].end > MAX_GAP) break;
    if (LEVEL[marker.style] < LEVEL[style]) break;
    if (marker.style !== style) continue;
    if (marker.value === 1) break;
    if (marker.value !== items.length + 1 || items.length >= MAX_MARKERS) return undefined;
    items.push(markerItem(masked, marker));
  }
  if (items.length < 2) return undefined;
  return { kind: 'markers', start: items[0].start, end: items[items.length - 1].end, items, min: items.length, max: items.length, open: false };
}

/** Most markers counted and the longest gap between two: bound the work per phrase. */
const MAX_MARKERS = 30;
const MAX_GAP = 20000;

const titleCache = new WeakMap<readonly BlockLike[], number[]>();

/** The start of the first level-one heading (a new piece in a collection) after `at`. */
function nextTitle(blocks: readonly BlockLike[], at: number): number | undefined {
  let starts = titleCache.get(blocks);
  if (!starts) {
    starts = blocks.filter((b) => b.kind === 'heading' && b.headingLevel === 1).map((b) => b.start);
    titleCache.set(blocks, starts);
  }
  return starts[firstIndexAfter(starts, at, (start) => start)];
}

/** A numbered item: its marker and the first words after it (一是抓党建), for messages. */
function markerItem(masked: string, marker: Marker): ListItem {
  const words = /^[^。；：，！？;:,!?\n\r\u0000]{0,8}/.exec(masked.slice(marker.end, marker.end + 8))![0];
  return { start: marker.start, end: marker.end, text: masked.slice(marker.start, marker.end) + words };
}

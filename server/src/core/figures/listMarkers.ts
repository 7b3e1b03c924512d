// Outline markers after a count: 以下三个方面：一是……二是……, 我讲四个方面。一、……二、…….
// The numbered items that follow are the list; this module counts them, stopping where the
// sequence ends (a restart, a higher outline level, a new piece) and giving up where it is
// broken (a skip or a repeat), since a broken sequence is outline/sequence's finding, not a count.
// What a marker is, the outline model decides (outline/markers.ts for 一、（一）1.（1）,
// outline/enumerations.ts for 一是 一要 第一，); this module only walks the prose after the count.

import { enumerationMarkerAt, parseMarker } from '../outline';
import type { Segmenter } from '../segment/segmenter';
import { firstIndexAfter } from '../text/search';
import type { BlockLike, CountedList, ListItem, Span } from './lists';

type MarkerStyle = 'dun' | 'paren' | 'arabic' | 'arabic-paren' | 'shi' | 'yao' | 'di';

/** Outline level of each style; a marker of a smaller level ends a sequence of a larger one. */
const LEVEL: Record<MarkerStyle, number> = { dun: 1, paren: 2, arabic: 3, 'arabic-paren': 4, shi: 5, yao: 5, di: 5 };
/** The style of an outline number, by its outline level (1 = 一、 … 4 = （1）). */
const LEVEL_STYLE: readonly MarkerStyle[] = ['dun', 'paren', 'arabic', 'arabic-paren'];
const ENUMERATION_STYLE: Record<string, MarkerStyle | undefined> = { 是: 'shi', 要: 'yao', 第: 'di' };

interface Marker extends Span {
  style: MarkerStyle;
  value: number;
}

/** Characters a marker can start with. */
const MARKER_START = /[一二三四五六七八九十第（(0-9]/g;
/**
 * Where an outline number may stand inside prose: at its start, after sentence punctuation, or
 * after markup or a space (**一、** or a line of its own). Enumeration markers (一是, 第一，)
 * follow the enumeration scanner's own rule: they open a clause.
 */
const NUMBER_BOUNDARY = new Set([...'。；：！？:;!?\n\r\u0000 \u3000']);

/**
 * The markers from `from` on, in order, up to `stopAt` and no further than MAX_GAP past the last
 * one (countMarkers stops there anyway, so the scan does not run on to the end of the document).
 */
function* markersFrom(masked: string, from: number, stopAt: number, segmenter?: () => Segmenter): Generator<Marker> {
  const starts = new RegExp(MARKER_START.source, 'g');
  starts.lastIndex = from;
  let lastEnd = from;
  for (let m = starts.exec(masked); m && m.index < stopAt && m.index - lastEnd <= MAX_GAP; m = starts.exec(masked)) {
    const marker = markerAt(masked, m.index, segmenter);
    if (!marker) continue;
    yield marker;
    lastEnd = marker.end;
    starts.lastIndex = marker.end;
  }
}

function markerAt(masked: string, at: number, segmenter?: () => Segmenter): Marker | undefined {
  const enumeration = masked[at] === '(' || masked[at] === '（' ? undefined : enumerationMarkerAt(masked, at, { segmenter });
  const style = enumeration && ENUMERATION_STYLE[enumeration.kind];
  // 第一， is counted with its comma, as 一、 is with its 、: the item's words follow it.
  if (enumeration && style) return { start: enumeration.start, end: enumeration.end + (style === 'di' ? 1 : 0), style, value: enumeration.value };
  if (at > 0 && !NUMBER_BOUNDARY.has(masked[at - 1])) return undefined;
  // The wrong forms (1． （一）、) number the items as well as the right ones do.
  const form = parseMarker(masked, at);
  return form && { start: form.start, end: form.end, style: LEVEL_STYLE[form.level - 1], value: form.value };
}

/**
 * Counts the numbered sequence that starts right at `from` (after spaces and markup): the count
 * is the last number of an unbroken run 1, 2, 3…; it stops at a restart, at a marker of a
 * higher outline level, or at a level-one heading. A skip or a repeat makes the count unknown.
 * `segmenter` settles a marker such as 一要求 that characters cannot (the process-wide one by default).
 */
export function countMarkers(masked: string, blocks: readonly BlockLike[], from: number, segmenter?: () => Segmenter): CountedList | undefined {
  let at = from;
  while (at < masked.length && /[\s\u0000\u3000]/.test(masked[at])) at++;
  // Cheap test first: a marker must start right here, or the scan below is not worth starting.
  if (!/^(?:[一二三四五六七八九十]|[（(][一二三四五六七八九十1]|第一|1)/.test(masked.slice(at, at + 2))) return undefined;
  const stopAt = nextTitle(blocks, at) ?? masked.length;
  const iterator = markersFrom(masked, at, stopAt, segmenter);
  const first = iterator.next();
  if (first.done || first.value.start !== at || first.value.value !== 1) return undefined;
  const style = first.value.style;
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

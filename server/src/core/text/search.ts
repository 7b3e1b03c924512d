// Binary search over items sorted by their start offset, shared by the line index, the outline
// model and the metric sections, which all ask "which one holds this offset?"; and over a range of
// whole numbers, for the largest that still fits a budget. The one place these searches are written.

/** The index of the last item whose key is ≤ `value` (0 when every key is greater). */
export function lastIndexAtOrBefore<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  return largestWhere(0, items.length - 1, (i) => keyOf(items[i]) <= value);
}

/**
 * lastIndexAtOrBefore over the numbers themselves, without a key callback per step: the line
 * index asks this for every block and finding, and a call per step is what the cold CLI pays for.
 */
export function lastNumberAtOrBefore(numbers: readonly number[], value: number): number {
  let lo = 0;
  let hi = numbers.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (numbers[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The largest whole number n in [low, high] for which `holds(n)` is true, when `holds` is true
 * up to some point and false after it and `holds(low)` is true.
 */
export function largestWhere(low: number, high: number, holds: (n: number) => boolean): number {
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (holds(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The index of the first item whose key is ≥ `value` (`items.length` when none is). */
export function firstIndexAtOrAfter<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item whose key is > `value` (`items.length` when none is). */
export function firstIndexAfter<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Among spans sorted by start that do not overlap, the one holding `offset`: start ≤ offset < end,
 * or ≤ end with `endInclusive` (a cursor right after a figure is still on it). Reads `start` and
 * `end` directly: it runs once per marker or hover, where a key callback per step would show.
 */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number, endInclusive = false): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid];
    if (offset < span.start) hi = mid - 1;
    else if (endInclusive ? offset > span.end : offset >= span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}

// Binary search over items sorted by their start offset, shared by the line index, the outline
// model and the metric sections, which all ask "which one holds this offset?".

/** The index of the last item whose key is ≤ `value` (0 when every key is greater). */
export function lastIndexAtOrBefore<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyOf(items[mid]) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

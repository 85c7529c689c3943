/**
 * The first index in a sorted array whose item is not `isBefore` the position sought
 * (`items.length` if every item is). The detectors' lookups by position are all this search.
 */
export function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}

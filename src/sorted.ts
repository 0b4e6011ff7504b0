/**
 * Binary search: the index of the first item of `items` for which `reached` holds, where
 * `reached` is false up to some index and true from there on (tokens, sentences or mentions
 * in document order). `items.length` when it never holds.
 */
export function firstIndexWhere<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

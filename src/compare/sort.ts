// Sorting the short arrays the stage sorts by the thousand (a claim's tokens, a fact's members, a finding's
// values). Array.prototype.sort allocates its merge state, over a kilobyte, on every call; an insertion sort
// allocates nothing. Both are stable, so with the same comparator they give the same order.
const SHORT = 24;

/** Sorts `xs` in place, stably; returns it. */
export function sortSmall<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  if (xs.length > SHORT) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(xs[j] as T, v) > 0) {
      xs[j + 1] = xs[j] as T;
      j--;
    }
    xs[j + 1] = v;
  }
  return xs;
}

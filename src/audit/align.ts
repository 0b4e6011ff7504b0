// Word alignment of a claim with its source, bounded. jsdiff's Myers diff costs
// O((N + M) · D): two unrelated 8,000-word texts took 38 s. Inputs up to EXACT_BUDGET
// (N · M) are diffed exactly as before; larger ones are aligned by patience diff (words that
// occur once on each side anchor the alignment, the longest increasing run of anchors is kept,
// O(n log n)), and only the stretches between anchors small enough for the budget are diffed
// with at most STRETCH_EDITS edits each. Stretches beyond that stay unaligned: an audit needs
// the long runs of shared words, which anchors and small stretches find.
import { diffArrays } from 'diff';

/** Word pairs (N · M) diffed exactly; beyond this, anchored by patience diff first. */
export const EXACT_BUDGET = 250_000;

export type Pair = [number, number];

/** Edits allowed in a stretch between two anchors: beyond it the stretch stays unaligned. */
const STRETCH_EDITS = 64;

function exactPairs(a: readonly string[], b: readonly string[], aFrom: number, bFrom: number, out: Pair[], maxEditLength?: number): void {
  let i = aFrom;
  let j = bFrom;
  // With maxEditLength, Myers' diff costs O((N + M) · maxEditLength) and gives up beyond it.
  const parts = maxEditLength === undefined ? diffArrays(a as string[], b as string[]) : diffArrays(a as string[], b as string[], { maxEditLength });
  if (!parts) return;
  for (const part of parts) {
    if (part.added) j += part.count;
    else if (part.removed) i += part.count;
    else {
      for (let k = 0; k < part.count; k++) out.push([i + k, j + k]);
      i += part.count;
      j += part.count;
    }
  }
}

/** Longest strictly increasing subsequence of `js` (by value), as indexes into `js`. O(n log n). */
function longestIncreasing(js: readonly number[]): number[] {
  const tails: number[] = []; // index into js of the smallest tail of each length
  const prev = new Array<number>(js.length).fill(-1);
  for (let k = 0; k < js.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (js[tails[mid]!]! < js[k]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k !== -1; k = prev[k]!) out.push(k);
  return out.reverse();
}

type Task = { emit: Pair[] } | { a0: number; a1: number; b0: number; b1: number };

/** Pairs of equal words of `a` and `b`, in order on both sides (a common subsequence). */
export function alignPairs(a: readonly string[], b: readonly string[]): Pair[] {
  const out: Pair[] = [];
  if (a.length * b.length <= EXACT_BUDGET) {
    exactPairs(a, b, 0, 0, out);
    return out;
  }
  // An explicit stack (no recursion): ranges to align and pairs to emit, popped in order.
  const todo: Task[] = [{ a0: 0, a1: a.length, b0: 0, b1: b.length }];
  while (todo.length > 0) {
    const task = todo.pop()!;
    if ('emit' in task) {
      for (const p of task.emit) out.push(p);
      continue;
    }
    let { a0, a1, b0, b1 } = task;
    // Equal words at both ends align with each other.
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
    const tail: Pair[] = [];
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) tail.push([--a1, --b1]);
    tail.reverse();
    if (a0 < a1 && b0 < b1) {
      if ((a1 - a0) * (b1 - b0) <= EXACT_BUDGET) {
        exactPairs(a.slice(a0, a1), b.slice(b0, b1), a0, b0, out, STRETCH_EDITS);
      } else {
        const countA = new Map<string, number>();
        const countB = new Map<string, number>();
        const posB = new Map<string, number>();
        for (let i = a0; i < a1; i++) countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
        for (let j = b0; j < b1; j++) {
          countB.set(b[j]!, (countB.get(b[j]!) ?? 0) + 1);
          posB.set(b[j]!, j);
        }
        const anchors: Pair[] = [];
        for (let i = a0; i < a1; i++) if (countA.get(a[i]!) === 1 && countB.get(a[i]!) === 1) anchors.push([i, posB.get(a[i]!)!]);
        const kept = longestIncreasing(anchors.map((p) => p[1])).map((k) => anchors[k]!);
        if (kept.length > 0) {
          // In order: the stretch before each anchor, the anchor, …, the stretch after the last, the tail.
          const tasks: Task[] = [];
          let pa = a0;
          let pb = b0;
          for (const [i, j] of kept) {
            tasks.push({ a0: pa, a1: i, b0: pb, b1: j }, { emit: [[i, j]] });
            pa = i + 1;
            pb = j + 1;
          }
          tasks.push({ a0: pa, a1, b0: pb, b1 }, { emit: tail });
          for (let k = tasks.length - 1; k >= 0; k--) todo.push(tasks[k]!);
          continue;
        }
        // No anchor: this stretch stays unaligned.
      }
    }
    for (const p of tail) out.push(p);
  }
  return out;
}

/**
 * The diff of `a` to `b` as jsdiff's parts (equal, removed, added), from `alignPairs`: the same
 * as jsdiff's for inputs within the budget, bounded for larger ones.
 */
export function diffWords(a: readonly string[], b: readonly string[]): { value: string[]; added: boolean; removed: boolean; count: number }[] {
  if (a.length * b.length <= EXACT_BUDGET) return diffArrays(a as string[], b as string[]).map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed), count: p.count }));
  const parts: { value: string[]; added: boolean; removed: boolean; count: number }[] = [];
  const push = (value: string[], added: boolean, removed: boolean): void => {
    if (value.length === 0) return;
    const last = parts.at(-1);
    if (last && last.added === added && last.removed === removed) {
      last.value.push(...value);
      last.count += value.length;
    } else parts.push({ value, added, removed, count: value.length });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of alignPairs(a, b)) {
    push(a.slice(i, pi), false, true);
    push(b.slice(j, pj), true, false);
    push([a[pi]!], false, false);
    i = pi + 1;
    j = pj + 1;
  }
  push(a.slice(i), false, true);
  push(b.slice(j), true, false);
  return parts;
}

// Memory samples for the soak, and the rule that decides whether memory stayed flat.

export interface MemorySample {
  at: string;
  lines: number;
  rssMb: number;
  heapMb: number;
}

/**
 * The end heap may exceed the middle heap by at most this fraction. Both are
 * taken right after a full collection, so what is left is what the process
 * holds on to; 10% leaves room for V8's own bookkeeping (code caches, feedback
 * vectors) without letting a per-question leak through: one kept answer per
 * question would add tens of MB over the second half of 100,000.
 */
export const HEAP_GROWTH_MARGIN = 0.1;

const MB = 1024 * 1024;

/** Collects garbage first when the process runs with --expose-gc, so the heap is what is retained. */
export function sample(at: string, lines: number): MemorySample {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const m = process.memoryUsage();
  return { at, lines, rssMb: round(m.rss / MB), heapMb: round(m.heapUsed / MB) };
}

export interface Verdict {
  flat: boolean;
  /** The end heap over the middle heap, as a fraction (0.05 = 5% more). */
  growth: number;
}

export function heapVerdict(middle: MemorySample, end: MemorySample, margin = HEAP_GROWTH_MARGIN): Verdict {
  const growth = middle.heapMb > 0 ? end.heapMb / middle.heapMb - 1 : 0;
  // Compared as a difference, so exactly the margin (110 MB over 100) counts as flat despite rounding.
  return { flat: end.heapMb - middle.heapMb <= middle.heapMb * margin, growth };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

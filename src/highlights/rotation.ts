// The order a channel meets the commitments in: a seeded shuffle in which no two
// consecutive days share a topic, across the seam between cycles too. Orders are
// stored once made, so a later change to this algorithm reorders nothing.

export interface RotationItem {
  id: string;
  /** Items without a topic count as one topic of their own. */
  topic: string | undefined;
}

/** A stable 32-bit seed for a channel: the same channel gets the same order on any machine. */
export function seedFor(text: string): number {
  // FNV-1a
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NO_TOPIC = '\u0000none';
const topicOf = (item: RotationItem): string => item.topic ?? NO_TOPIC;

/**
 * Whether `counts` (topic → items left) can be laid out with no two neighbours
 * of one topic, the first differing from `previous`.
 */
function feasible(counts: ReadonlyMap<string, number>, previous: string | undefined): boolean {
  let total = 0;
  for (const c of counts.values()) total += c;
  for (const [topic, c] of counts) {
    const limit = topic === previous ? Math.floor(total / 2) : Math.floor((total + 1) / 2);
    if (c > limit) return false;
  }
  return true;
}

/**
 * One cycle's order of `items` for this seed and cycle number. `previousTopic`
 * is the topic of the day before the cycle starts (the last of the previous
 * cycle). When the topics are too lopsided for a perfect order, it keeps as
 * many neighbours apart as it can.
 */
export function orderCycle(items: readonly RotationItem[], seed: number, cycle: number, previousTopic: string | undefined): string[] {
  const random = mulberry32(seedFor(`${seed}:${cycle}`));
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as RotationItem, pool[i] as RotationItem];
  }
  const counts = new Map<string, number>();
  for (const item of pool) counts.set(topicOf(item), (counts.get(topicOf(item)) ?? 0) + 1);

  const order: string[] = [];
  let previous = previousTopic ?? undefined;
  while (pool.length > 0) {
    const index = pickIndex(pool, counts, previous);
    const [item] = pool.splice(index, 1);
    if (item === undefined) break;
    const topic = topicOf(item);
    counts.set(topic, (counts.get(topic) ?? 1) - 1);
    order.push(item.id);
    previous = topic;
  }
  return order;
}

function pickIndex(pool: readonly RotationItem[], counts: Map<string, number>, previous: string | undefined): number {
  let fallback = -1;
  for (let i = 0; i < pool.length; i++) {
    const item = pool[i] as RotationItem;
    const topic = topicOf(item);
    if (topic === previous) continue;
    if (fallback < 0) fallback = i;
    counts.set(topic, (counts.get(topic) ?? 1) - 1);
    const ok = feasible(counts, topic);
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
    if (ok) return i;
  }
  if (fallback >= 0) return fallback;
  return 0;
}

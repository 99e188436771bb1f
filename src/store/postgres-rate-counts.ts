// Rate-limit counts for a batch of countQuestion calls (see
// postgres-shared.ts): one upsert per batch, each user's calls counted
// together, each call given its own count, as if made one after the other.
//
// A window starts at a user's first question and lasts `windowMs`. A user's
// calls in a batch form a group when they share the window length, their times
// do not go back, and all fall within one window length of the first: then the
// window can start again at most once among them. When it starts again at the
// group's first call (or not at all) the statement counts the group at once;
// when the stored window would run out in the middle of the group, the row is
// left alone and those calls are counted one by one. Calls that do not fit a
// group go in a later round, in order.

import type { Pool } from 'pg';
import type { RateDecision } from './store.js';

export interface RateCall {
  user: string;
  now: number;
  windowMs: number;
  limit: number;
}

interface Group {
  user: string;
  firstNow: number;
  lastNow: number;
  windowMs: number;
  /** Indexes of the calls, in order. */
  calls: number[];
}

/** The calls as rounds of groups, at most one group per user in a round. */
export function rateRounds(calls: readonly RateCall[]): Group[][] {
  const open = new Map<string, { group: Group; round: number }>();
  const rounds: Group[][] = [];
  calls.forEach((call, i) => {
    const last = open.get(call.user);
    const g = last?.group;
    if (g !== undefined && call.windowMs === g.windowMs && call.now >= g.lastNow && call.now - g.firstNow < g.windowMs) {
      g.calls.push(i);
      g.lastNow = call.now;
      return;
    }
    const round = last === undefined ? 0 : last.round + 1;
    const group: Group = { user: call.user, firstNow: call.now, lastNow: call.now, windowMs: call.windowMs, calls: [i] };
    open.set(call.user, { group, round });
    while (rounds.length <= round) rounds.push([]);
    rounds[round]?.push(group);
  });
  return rounds;
}

// The group's figures are read back from the parameters (the conflicting row
// carries only the first call's time and the number of calls). Sorted, so
// instances lock users in one order.
const COUNT_GROUPS = `WITH g (user_key, first_now, last_now, window_ms, calls) AS (SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::int[]))
  INSERT INTO rate_windows AS w (user_key, started_at, count) SELECT user_key, first_now, calls FROM g ORDER BY user_key
  ON CONFLICT (user_key) DO UPDATE SET (started_at, count) = (
    SELECT CASE WHEN w.started_at <= g.first_now - g.window_ms THEN g.first_now ELSE w.started_at END,
           CASE WHEN w.started_at <= g.first_now - g.window_ms THEN g.calls ELSE w.count + g.calls END
    FROM g WHERE g.user_key = excluded.user_key)
  WHERE EXISTS (SELECT 1 FROM g WHERE g.user_key = excluded.user_key AND (w.started_at <= g.first_now - g.window_ms OR w.started_at > g.last_now - g.window_ms))
  RETURNING user_key, count`;

/** One call alone: the window starts again when it has run out. */
const COUNT_ONE = `INSERT INTO rate_windows (user_key, started_at, count) VALUES ($1, $2, 1)
  ON CONFLICT (user_key) DO UPDATE SET
    started_at = CASE WHEN rate_windows.started_at <= $2 - $3 THEN $2 ELSE rate_windows.started_at END,
    count = CASE WHEN rate_windows.started_at <= $2 - $3 THEN 1 ELSE rate_windows.count + 1 END
  RETURNING count`;

export function decision(count: number, limit: number): RateDecision {
  if (count <= limit) return 'allow';
  return count === limit + 1 ? 'refuse-and-tell' : 'refuse-quietly';
}

/** Counts one round; fills `counts` (by call index). */
async function countRound(pool: Pool, calls: readonly RateCall[], round: readonly Group[], counts: number[]): Promise<void> {
  const groups = [...round].sort((a, b) => (a.user < b.user ? -1 : 1));
  const { rows } = await pool.query<{ user_key: string; count: number }>(COUNT_GROUPS, [
    groups.map((g) => g.user),
    groups.map((g) => g.firstNow),
    groups.map((g) => g.lastNow),
    groups.map((g) => g.windowMs),
    groups.map((g) => g.calls.length),
  ]);
  const after = new Map(rows.map((r) => [r.user_key, Number(r.count)]));
  for (const g of groups) {
    const final = after.get(g.user);
    if (final !== undefined) {
      g.calls.forEach((callIndex, k) => {
        counts[callIndex] = final - g.calls.length + 1 + k;
      });
      continue;
    }
    // The stored window runs out within the group: one call at a time.
    for (const callIndex of g.calls) {
      const call = calls[callIndex];
      if (call === undefined) continue;
      const { rows: one } = await pool.query<{ count: number }>(COUNT_ONE, [call.user, call.now, call.windowMs]);
      counts[callIndex] = Number(one[0]?.count ?? 1);
    }
  }
}

/** Each call's decision, counted as if the calls had come one after the other in this order. */
export async function countQuestions(pool: Pool, calls: readonly RateCall[]): Promise<RateDecision[]> {
  const counts: number[] = new Array<number>(calls.length).fill(1);
  for (const round of rateRounds(calls)) await countRound(pool, calls, round, counts);
  return calls.map((c, i) => decision(counts[i] ?? 1, c.limit));
}

// Delivery de-duplication for a batch of firstDelivery calls (see
// postgres-shared.ts). Each call's keys are claimed together in one statement
// with the other calls', and a call is the first only when every one of its
// keys was fresh. Two calls of one batch that share a key must behave as if
// made one after the other (the first wins), which one upsert cannot do: the
// batch is cut into rounds, no key twice in a round, and the rounds run in
// order, each one statement. Calls sharing keys are rare (one Slack message
// as two events), so a batch is nearly always one round.

import type { Pool } from 'pg';

export interface DeliveryCall {
  keys: readonly string[];
  now: number;
  ttlMs: number;
}

/** The calls as rounds: a call goes in the round after the last one holding any of its keys. */
export function deliveryRounds(calls: readonly DeliveryCall[]): number[][] {
  const lastRound = new Map<string, number>();
  const rounds: number[][] = [];
  calls.forEach((call, i) => {
    const round = Math.max(0, ...call.keys.map((k) => (lastRound.get(k) ?? -1) + 1));
    for (const k of call.keys) lastRound.set(k, round);
    while (rounds.length <= round) rounds.push([]);
    rounds[round]?.push(i);
  });
  return rounds;
}

// A key already remembered is claimed again only once its time has run out at
// the claiming call's `now`, which the conflicting row cannot carry: it is read
// back from the call's parameters. Sorted, so instances lock keys in one order.
const CLAIM = `WITH claims (key, now, expires_at) AS (SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]))
  INSERT INTO deliveries AS d (key, expires_at) SELECT key, expires_at FROM claims ORDER BY key
  ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
  WHERE d.expires_at <= (SELECT c.now FROM claims c WHERE c.key = excluded.key)
  RETURNING key`;

/** One round: no key belongs to two of its calls. */
async function claimRound(pool: Pool, calls: readonly DeliveryCall[]): Promise<boolean[]> {
  const rows = calls.flatMap((c) => c.keys.map((key) => ({ key, now: c.now, expiresAt: c.now + c.ttlMs }))).sort((a, b) => (a.key < b.key ? -1 : 1));
  const { rows: claimed } = await pool.query<{ key: string }>(CLAIM, [rows.map((r) => r.key), rows.map((r) => r.now), rows.map((r) => r.expiresAt)]);
  const fresh = new Set(claimed.map((r) => r.key));
  return calls.map((c) => c.keys.every((k) => fresh.has(k)));
}

/** Each call's answer: true when all its keys were fresh; every key is remembered. Keys must be distinct within a call. */
export async function claimDeliveries(pool: Pool, calls: readonly DeliveryCall[]): Promise<boolean[]> {
  const results: boolean[] = new Array<boolean>(calls.length).fill(false);
  for (const round of deliveryRounds(calls)) {
    const answers = await claimRound(
      pool,
      round.flatMap((i) => calls[i] ?? []),
    );
    round.forEach((callIndex, j) => {
      results[callIndex] = answers[j] ?? false;
    });
  }
  return results;
}

// One contract, two stores: every behaviour the bot relies on, checked against
// SQLite and PostgreSQL alike. "Two instances" are two stores opened on the
// same database (two connections, or two pools).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelKey } from '../../../src/highlights/ports.js';
import { LATEST_VERSION } from '../../../src/store/migrations.js';
import { PostgresStore } from '../../../src/store/postgres-store.js';
import type { NewPost, SubscriptionRow } from '../../../src/store/rows.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import type { AskedRow, Store } from '../../../src/store/store.js';
import { createTestDatabase, postgresServer, type TestDatabase } from '../../support/postgres.js';

interface Backend {
  name: string;
  available: boolean;
  /** A new, empty database; returns how to open a store on it. */
  fresh(): Promise<() => Promise<Store>>;
  /** Runs raw SQL on the current database (to plant a bad row). */
  raw(sql: string): Promise<void>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dirs: string[] = [];
  let file = '';
  return {
    name: 'SQLite',
    available: true,
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'astana-store-'));
      dirs.push(dir);
      file = join(dir, 'bot.sqlite');
      return async () => new SqliteStore(file);
    },
    async raw(sql) {
      const db = new Database(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    async cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(): Backend {
  const server = postgresServer();
  const databases: TestDatabase[] = [];
  let url = '';
  return {
    name: 'PostgreSQL',
    available: server !== undefined,
    async fresh() {
      if (server === undefined) throw new Error('no PostgreSQL server');
      const db = await createTestDatabase(server);
      databases.push(db);
      url = db.url;
      return () => PostgresStore.open({ url: db.url, poolSize: 4 });
    },
    async raw(sql) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    async cleanup() {
      for (const db of databases.splice(0)) await db.drop();
    },
  };
}

const C1: ChannelKey = { platform: 'slack', channelId: 'C1' };
const C2: ChannelKey = { platform: 'discord', channelId: 'D2' };
const MINUTE = 60_000;

function subscriptionOf(channel: ChannelKey, changes: Partial<SubscriptionRow> = {}): SubscriptionRow {
  return { ...channel, status: 'active', time: '09:00', timeZone: 'UTC', seed: 42, activeFrom: 1000, pausedReason: undefined, language: 'en', ...changes };
}

function postOf(localDate: string, changes: Partial<NewPost> = {}): NewPost {
  return { localDate, item: 'astana-declaration-2024#19', cycle: 0, position: 1, cycleLength: 40, key: `k${localDate}`, ...changes };
}

const claim = (owner: string, until: number) => ({ owner, until });

function askedOf(id: string, at: number, changes: Partial<AskedRow> = {}): AskedRow {
  return {
    id,
    at,
    platform: 'slack',
    scope: 'T1',
    channelId: 'C1',
    language: 'zh',
    questionKey: `key-${id}`,
    text: undefined,
    outcome: 'answered',
    topics: [],
    paragraphs: [],
    absent: [],
    missing: undefined,
    ...changes,
  };
}

for (const backend of [sqliteBackend(), postgresBackend()]) {
  describe.skipIf(!backend.available)(`the store contract on ${backend.name}`, () => {
    const open: Store[] = [];
    let openStore: () => Promise<Store>;

    async function store(): Promise<Store> {
      const s = await openStore();
      open.push(s);
      return s;
    }

    beforeAll(async () => {
      openStore = await backend.fresh();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
      openStore = await backend.fresh();
    });
    afterAll(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
      await backend.cleanup();
    });

    describe('migrations', () => {
      it('brings a new database to the latest version, and opening it again changes nothing', async () => {
        const first = await store();
        expect(await first.schemaVersion()).toBe(LATEST_VERSION);
        await first.highlights.saveSubscription(subscriptionOf(C1), 1);
        const second = await store();
        expect(await second.schemaVersion()).toBe(LATEST_VERSION);
        expect(await second.highlights.subscription(C1)).toEqual(subscriptionOf(C1));
      });

      it('refuses a database written by a newer version of the bot, naming the versions', async () => {
        await (await store()).close();
        await backend.raw("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
        await expect(openStore()).rejects.toThrow(/schema version 999, newer than this program's \d+; upgrade the bot/u);
      });

      it('answers ping', async () => {
        await expect((await store()).ping()).resolves.toBeUndefined();
      });
    });

    describe('subscriptions', () => {
      it('saves, updates and lists the active ones in order', async () => {
        const s = (await store()).highlights;
        await s.saveSubscription(subscriptionOf(C1), 1);
        await s.saveSubscription(subscriptionOf(C2, { time: '07:30', timeZone: 'Asia/Almaty', language: 'zh' }), 1);
        await s.saveSubscription(subscriptionOf(C1, { status: 'paused', pausedReason: 'channel archived' }), 2);
        expect(await s.subscription(C1)).toEqual(subscriptionOf(C1, { status: 'paused', pausedReason: 'channel archived' }));
        expect(await s.activeSubscriptions()).toEqual([subscriptionOf(C2, { time: '07:30', timeZone: 'Asia/Almaty', language: 'zh' })]);
        expect(await s.subscription({ platform: 'slack', channelId: 'nobody' })).toBeUndefined();
      });

      it('keeps an active subscription’s start when the same settings are saved again, and restarts it when they change', async () => {
        const s = (await store()).highlights;
        await s.saveSubscription(subscriptionOf(C1, { activeFrom: 1000 }), 1);
        await s.saveSubscription(subscriptionOf(C1, { activeFrom: 2000 }), 2);
        expect((await s.subscription(C1))?.activeFrom).toBe(1000);
        await s.saveSubscription(subscriptionOf(C1, { activeFrom: 3000, time: '10:00' }), 3);
        expect((await s.subscription(C1))?.activeFrom).toBe(3000);
        await s.saveSubscription(subscriptionOf(C1, { activeFrom: 4000, status: 'paused', time: '10:00' }), 4);
        await s.saveSubscription(subscriptionOf(C1, { activeFrom: 5000, time: '10:00' }), 5);
        expect((await s.subscription(C1))?.activeFrom).toBe(5000);
      });

      it('keeps epoch milliseconds and seeds exact', async () => {
        const s = (await store()).highlights;
        const row = subscriptionOf(C1, { activeFrom: 1_767_225_600_123, seed: 4_294_967_295 });
        await s.saveSubscription(row, 1_767_225_600_123);
        expect(await s.subscription(C1)).toEqual(row);
      });
    });

    describe('rotations', () => {
      it('keeps the first order stored for a cycle', async () => {
        const s = (await store()).highlights;
        await s.saveRotation(C1, 0, ['a', 'b'], 1);
        await s.saveRotation(C1, 0, ['b', 'a'], 2);
        expect(await s.rotation(C1, 0)).toEqual(['a', 'b']);
        expect(await s.rotation(C1, 1)).toBeUndefined();
      });

      it('names the channel and cycle of a damaged rotation', async () => {
        const s = (await store()).highlights;
        await s.saveRotation(C1, 3, ['a'], 1);
        await backend.raw("UPDATE rotations SET items = 'not json' WHERE cycle = 3");
        await expect(s.rotation(C1, 3)).rejects.toThrow('store: rotation 3 of slack:C1 is not JSON');
      });
    });

    describe('the post ledger', () => {
      it('records one intent per channel and local day', async () => {
        const s = (await store()).highlights;
        expect(await s.insertPending(C1, postOf('2024-07-08'), 5, claim('a', 10))).toBe(true);
        expect(await s.insertPending(C1, postOf('2024-07-08', { key: 'other' }), 6, claim('b', 10))).toBe(false);
        expect(await s.insertPending(C2, postOf('2024-07-08'), 6, claim('b', 10))).toBe(true);
        expect(await s.post(C1, '2024-07-08')).toMatchObject({ key: 'k2024-07-08', state: 'pending', attempts: 0, createdAt: 5 });
      });

      it('moves a post through retry, sent and failed, and counts only pending and sent days', async () => {
        const s = (await store()).highlights;
        await s.insertPending(C1, postOf('2024-07-08', { position: 1 }), 1, claim('a', 10));
        await s.insertPending(C1, postOf('2024-07-09', { position: 2 }), 2, claim('a', 10));
        await s.scheduleRetry(C1, '2024-07-08', 500, 'HTTP 500');
        expect(await s.post(C1, '2024-07-08')).toMatchObject({ attempts: 1, nextAttemptAt: 500, lastError: 'HTTP 500', state: 'pending' });
        await s.markSent(C1, '2024-07-08', 600);
        await s.markFailed(C1, '2024-07-09', 'the day ended');
        expect((await s.posts(C1)).map((p) => [p.localDate, p.state, p.nextAttemptAt])).toEqual([
          ['2024-07-08', 'sent', undefined],
          ['2024-07-09', 'failed', undefined],
        ]);
        expect((await s.lastCountedPost(C1))?.localDate).toBe('2024-07-08');
        expect(await s.pendingPosts(C1)).toEqual([]);
      });

      it('pauses a channel and forgets its unsent day in one step', async () => {
        const s = (await store()).highlights;
        await s.saveSubscription(subscriptionOf(C1), 1);
        await s.insertPending(C1, postOf('2024-07-08'), 1, claim('a', 10));
        await s.pauseChannel(C1, '2024-07-08', 'channel_not_found', 2);
        expect(await s.post(C1, '2024-07-08')).toBeUndefined();
        expect(await s.subscription(C1)).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
      });
    });

    describe('claims', () => {
      it('keeps a claimed post from everyone else until the claim expires', async () => {
        const s = (await store()).highlights;
        await s.insertPending(C1, postOf('2024-07-08'), 0, claim('a', 100));
        expect(await s.claimPost(C1, '2024-07-08', 50, claim('b', 150))).toBe(false);
        expect(await s.claimPost(C1, '2024-07-08', 100, claim('b', 200))).toBe(true);
        expect(await s.claimPost(C1, '2024-07-08', 150, claim('c', 250))).toBe(false);
      });

      it('frees a post for retry, and never hands out a post that is no longer pending', async () => {
        const s = (await store()).highlights;
        await s.insertPending(C1, postOf('2024-07-08'), 0, claim('a', 100));
        await s.scheduleRetry(C1, '2024-07-08', 60, 'HTTP 502');
        expect(await s.claimPost(C1, '2024-07-08', 10, claim('b', 100))).toBe(true);
        await s.markSent(C1, '2024-07-08', 20);
        expect(await s.claimPost(C1, '2024-07-08', 1000, claim('c', 2000))).toBe(false);
      });

      it('gives a post to exactly one of several instances claiming it at once', async () => {
        const instances = await Promise.all([store(), store(), store()]);
        await instances[0]?.highlights.insertPending(C1, postOf('2024-07-08'), 0, claim('a', 0));
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) => instances[i % 3]?.highlights.claimPost(C1, '2024-07-08', 10, claim(`i${i}`, 1000))),
        );
        expect(results.filter((r) => r === true)).toHaveLength(1);
      });
    });

    describe('Slack installations', () => {
      it('keeps one per workspace for every instance, replaced on reinstall, gone when deleted', async () => {
        const [a, b] = [await store(), await store()];
        await a.installations.save('T1', '{"bot":{"token":"xoxb-1"}}', 1);
        await a.installations.save('T1', '{"bot":{"token":"xoxb-2"}}', 2);
        expect([await b.installations.fetch('T1'), await b.installations.fetch('T2')]).toEqual(['{"bot":{"token":"xoxb-2"}}', undefined]);
        await b.installations.delete('T1');
        expect(await a.installations.fetch('T1')).toBeUndefined();
      });
    });

    describe('insights', () => {
      it('makes one salt, the same for every instance, kept across restarts', async () => {
        const [a, b] = [await store(), await store()];
        const salts = await Promise.all([a.insights.salt(), b.insights.salt(), a.insights.salt()]);
        expect(new Set(salts).size).toBe(1);
        expect(salts[0]).toMatch(/^[A-Za-z0-9_-]{43}$/u);
        await a.close();
        expect(await (await store()).insights.salt()).toBe(salts[0]);
      });

      it('keeps a question for every instance, with its lists and missing detail exact', async () => {
        const [a, b] = [await store(), await store()];
        const row = askedOf('q1', 1_700_000_000_123, {
          text: '上合组织对阿富汗问题的立场',
          topics: ['security', 'afghanistan'],
          paragraphs: [27, 28],
          absent: ['乌克兰'],
          missing: 'amount',
        });
        await a.insights.recordQuestion(row);
        await a.insights.recordQuestion({ ...row, outcome: 'error' });
        expect(await b.insights.question('q1')).toEqual(row);
        expect(await b.insights.question('nope')).toBeUndefined();
      });

      it('records several questions in one call, a row it already has left as it was', async () => {
        const s = (await store()).insights;
        await s.recordQuestion(askedOf('m1', 100, { text: 'first' }));
        await s.recordQuestions([askedOf('m2', 200), askedOf('m1', 150, { text: 'again' }), askedOf('m3', 300, { missing: 'date' })]);
        await s.recordQuestions([]);
        const rows = await s.questions({ since: 0, until: 1000 });
        expect(rows.map((q) => [q.id, q.at, q.missing ?? null])).toEqual([
          ['m1', 100, null],
          ['m2', 200, null],
          ['m3', 300, 'date'],
        ]);
      });

      it('lists the questions of a period, oldest first, since included and until excluded', async () => {
        const s = (await store()).insights;
        for (const [id, at] of [
          ['q3', 300],
          ['q1', 100],
          ['q2', 200],
          ['q4', 400],
        ] as const)
          await s.recordQuestion(askedOf(id, at));
        expect((await s.questions({ since: 100, until: 400 })).map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
      });

      it('lists only the questions and ratings of one platform’s workspace or server when asked', async () => {
        const s = (await store()).insights;
        await s.recordQuestion(askedOf('s1', 1, { scope: 'T1' }));
        await s.recordQuestion(askedOf('s2', 2, { scope: 'T2' }));
        await s.recordQuestion(askedOf('d1', 3, { platform: 'discord', scope: 'T1' }));
        for (const id of ['s1', 's2', 'd1']) await s.rate(id, 'r1', 'helpful', 5);
        const ids = async (q: { platform?: string; scope?: string }) => [
          (await s.questions({ since: 0, until: 10, ...q })).map((r) => r.id),
          (await s.ratings({ since: 0, until: 10, ...q })).map((r) => r.answerId),
        ];
        expect(await ids({ platform: 'slack', scope: 'T1' })).toEqual([['s1'], ['s1']]);
        expect(await ids({ platform: 'slack' })).toEqual([
          ['s1', 's2'],
          ['s1', 's2'],
        ]);
        expect(await ids({})).toEqual([
          ['s1', 's2', 'd1'],
          ['s1', 's2', 'd1'],
        ]);
      });

      it('keeps one rating per person and answer: a second click changes it, the looking-for line stays', async () => {
        const [a, b] = [await store(), await store()];
        await a.insights.recordQuestion(askedOf('q1', 100));
        await a.insights.rate('q1', 'r1', 'not-helpful', 200);
        await b.insights.lookingFor('q1', 'r1', 'the investment fund’s size', 210);
        await b.insights.rate('q1', 'r1', 'helpful', 220);
        await a.insights.rate('q1', 'r2', 'not-helpful', 230);
        const rated = await b.insights.ratings({ since: 0, until: 1000 });
        expect(rated.map((r) => [r.rater, r.rating, r.lookingFor, r.answer?.id])).toEqual([
          ['r1', 'helpful', 'the investment fund’s size', 'q1'],
          ['r2', 'not-helpful', undefined, 'q1'],
        ]);
      });

      it('records a looking-for line sent before any rating as not helpful', async () => {
        const s = (await store()).insights;
        await s.lookingFor('q9', 'r1', 'drug names', 5);
        expect(await s.rating('q9', 'r1')).toEqual({ answerId: 'q9', rater: 'r1', rating: 'not-helpful', lookingFor: 'drug names', at: 5 });
      });

      it('gives each of many concurrent clicks by one person one rating', async () => {
        const all = [await store(), await store(), await store()];
        await Promise.all(Array.from({ length: 12 }, (_, i) => all[i % 3]?.insights.rate('q1', 'r1', i % 2 === 0 ? 'helpful' : 'not-helpful', i)));
        expect(await all[0]?.insights.ratings({ since: 0, until: 100 })).toHaveLength(1);
      });

      it('forgets text older than the retention and keeps the counts', async () => {
        const s = (await store()).insights;
        await s.recordQuestion(askedOf('old', 100, { text: 'old question' }));
        await s.recordQuestion(askedOf('new', 900, { text: 'new question' }));
        await s.lookingFor('old', 'r1', 'old line', 100);
        await s.lookingFor('new', 'r1', 'new line', 900);
        expect(await s.forgetTextBefore(500)).toBe(2);
        expect((await s.questions({ since: 0, until: 1000 })).map((q) => [q.id, q.text])).toEqual([
          ['old', undefined],
          ['new', 'new question'],
        ]);
        expect((await s.ratings({ since: 0, until: 1000 })).map((r) => [r.answerId, r.rating, r.lookingFor])).toEqual([
          ['old', 'not-helpful', undefined],
          ['new', 'not-helpful', 'new line'],
        ]);
      });

      it('deletes everything kept for one channel and nothing of another', async () => {
        const s = (await store()).insights;
        await s.recordQuestion(askedOf('a', 1, { channelId: 'C1' }));
        await s.recordQuestion(askedOf('b', 2, { channelId: 'C1' }));
        await s.recordQuestion(askedOf('c', 3, { channelId: 'C2' }));
        await s.rate('a', 'r1', 'helpful', 4);
        await s.rate('c', 'r1', 'helpful', 5);
        expect(await s.deleteChannel('slack', 'C1')).toBe(2);
        expect((await s.questions({ since: 0, until: 10 })).map((q) => q.id)).toEqual(['c']);
        expect((await s.ratings({ since: 0, until: 10 })).map((r) => r.answerId)).toEqual(['c']);
      });
    });

    describe('the weekly digest’s ledger', () => {
      it('is apart from the highlights’: same channel and day, one intent in each', async () => {
        const s = await store();
        await s.digests.saveSubscription(subscriptionOf(C1, { time: 'Mon 09:00' }), 1);
        expect(await s.highlights.subscription(C1)).toBeUndefined();
        expect((await s.digests.subscription(C1))?.time).toBe('Mon 09:00');
        expect(await s.digests.insertPending(C1, postOf('2024-07-08'), 0, claim('a', 10))).toBe(true);
        expect(await s.highlights.insertPending(C1, postOf('2024-07-08'), 0, claim('a', 10))).toBe(true);
        expect(await s.digests.insertPending(C1, postOf('2024-07-08'), 0, claim('b', 10))).toBe(false);
        await s.digests.markSent(C1, '2024-07-08', 5);
        expect([(await s.digests.post(C1, '2024-07-08'))?.state, (await s.highlights.post(C1, '2024-07-08'))?.state]).toEqual(['sent', 'pending']);
      });

      it('gives a digest post to exactly one of several instances claiming it at once', async () => {
        const instances = await Promise.all([store(), store(), store()]);
        await instances[0]?.digests.insertPending(C2, postOf('2024-07-08'), 0, claim('a', 0));
        const results = await Promise.all(Array.from({ length: 9 }, (_, i) => instances[i % 3]?.digests.claimPost(C2, '2024-07-08', 10, claim(`i${i}`, 1000))));
        expect(results.filter((r) => r === true)).toHaveLength(1);
      });
    });

    describe('shared state of the adapters', () => {
      it('keeps a button’s question for any instance', async () => {
        const [a, b] = [await store(), await store()];
        await a.shared.saveQuery('k1', '上合组织对阿富汗问题的立场', 1);
        expect(await b.shared.query('k1')).toBe(backend.name === 'SQLite' ? undefined : '上合组织对阿富汗问题的立场');
        expect(await a.shared.query('k1')).toBe('上合组织对阿富汗问题的立场');
        expect(await a.shared.query('unknown')).toBeUndefined();
      });

      it('answers a delivery once within its time to live, and again after', async () => {
        const s = (await store()).shared;
        expect(await s.firstDelivery(['e1', 'm1'], 0, MINUTE)).toBe(true);
        expect(await s.firstDelivery(['e2', 'm1'], 10, MINUTE)).toBe(false);
        expect(await s.firstDelivery(['e2'], 20, MINUTE)).toBe(false);
        expect(await s.firstDelivery(['e1'], MINUTE + 1, MINUTE)).toBe(true);
      });

      it('answers a delivery once when it reaches several callers at the same moment', async () => {
        const s = await store();
        const others = backend.name === 'SQLite' ? [s, s] : [await store(), await store()];
        const all = [s, ...others];
        const results = await Promise.all(Array.from({ length: 9 }, (_, i) => all[i % 3]?.shared.firstDelivery(['env-1', `copy-${i}`], 5, MINUTE)));
        expect(results.filter((r) => r === true)).toHaveLength(1);
      });

      it('allows a user `limit` questions in a window, tells them once, then refuses quietly until the window has passed', async () => {
        const s = (await store()).shared;
        const decisions = [];
        for (let i = 0; i < 5; i++) decisions.push(await s.countQuestion('U1', 1000 + i, MINUTE, 3));
        expect(decisions).toEqual(['allow', 'allow', 'allow', 'refuse-and-tell', 'refuse-quietly']);
        expect(await s.countQuestion('U2', 1010, MINUTE, 3)).toBe('allow');
        expect(await s.countQuestion('U1', 1000 + MINUTE + 10, MINUTE, 3)).toBe('allow');
      });

      it('gives each key set to exactly one of many concurrent callers on two instances, never a key to two winners', async () => {
        const a = await store();
        const b = backend.name === 'SQLite' ? a : await store();
        // 60 calls: 10 key sets each sought by 6 callers, and chains whose neighbours share a key.
        const calls = Array.from({ length: 60 }, (_, i) => [`set-${i % 10}`, `chain-${i % 30}`, `chain-${(i % 30) + 1}`]);
        const results = await Promise.all(calls.map((keys, i) => (i % 2 === 0 ? a : b).shared.firstDelivery(keys, 5, MINUTE)));
        const winners = calls.filter((_, i) => results[i] === true);
        const claimed = winners.flat();
        expect(new Set(claimed).size).toBe(claimed.length);
        for (let set = 0; set < 10; set++) expect(winners.filter((keys) => keys[0] === `set-${set}`).length).toBeLessThanOrEqual(1);
        expect(winners.length).toBeGreaterThan(0);
        // Every key was remembered, the losers' too.
        for (const keys of calls) expect(await a.shared.firstDelivery([keys[1] ?? ''], 10, MINUTE)).toBe(false);
      });

      it('lets the first of one instance’s concurrent callers sharing a key win, and remembers the loser’s other keys', async () => {
        const s = (await store()).shared;
        const results = await Promise.all([
          s.firstDelivery(['k1', 'k2'], 5, MINUTE),
          s.firstDelivery(['k2', 'k3'], 5, MINUTE),
          s.firstDelivery(['k3'], 5, MINUTE),
          s.firstDelivery(['k4'], 5, MINUTE),
        ]);
        expect(results).toEqual([true, false, false, true]);
      });

      it('claims a key again within one moment’s callers once its time to live has run out between them', async () => {
        const s = (await store()).shared;
        const results = await Promise.all([s.firstDelivery(['t1'], 0, 10), s.firstDelivery(['t1'], 5, 10), s.firstDelivery(['t1'], 20, 10)]);
        expect(results).toEqual([true, false, true]);
      });

      it('counts one user’s concurrent questions on two instances one after another: the limit allowed, told exactly once', async () => {
        const a = await store();
        const b = backend.name === 'SQLite' ? a : await store();
        const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).shared.countQuestion('U7', 7000 + (i % 3), MINUTE, 10)));
        expect({
          allow: decisions.filter((d) => d === 'allow').length,
          tell: decisions.filter((d) => d === 'refuse-and-tell').length,
          quiet: decisions.filter((d) => d === 'refuse-quietly').length,
        }).toEqual({ allow: 10, tell: 1, quiet: 19 });
        // PostgreSQL counts every question, refused or not: 30 so far, none lost or counted twice.
        if (backend.name !== 'SQLite') expect(await b.shared.countQuestion('U7', 7005, MINUTE, 30)).toBe('refuse-and-tell');
      });

      it('starts a new window within one moment’s questions when the old one runs out among them', async () => {
        const s = (await store()).shared;
        expect(await s.countQuestion('U8', 0, MINUTE, 2)).toBe('allow');
        const decisions = await Promise.all([MINUTE - 2, MINUTE - 1, MINUTE, MINUTE + 1, MINUTE + 2].map((at) => s.countQuestion('U8', at, MINUTE, 2)));
        // In memory the window slides (a question leaves it a minute after it was asked); in PostgreSQL it starts again.
        const expected =
          backend.name === 'SQLite'
            ? ['allow', 'refuse-and-tell', 'allow', 'refuse-quietly', 'refuse-quietly']
            : ['allow', 'refuse-and-tell', 'allow', 'allow', 'refuse-and-tell'];
        expect(decisions).toEqual(expected);
      });

      it('counts concurrent questions exactly', async () => {
        const s = (await store()).shared;
        const decisions = await Promise.all(Array.from({ length: 20 }, () => s.countQuestion('U9', 5000, MINUTE, 5)));
        expect({
          allow: decisions.filter((d) => d === 'allow').length,
          tell: decisions.filter((d) => d === 'refuse-and-tell').length,
        }).toEqual({ allow: 5, tell: 1 });
      });

      // Statements batched and refused, and closing with calls still gathering: PostgreSQL's alone (SQLite's records are in memory).
      if (backend.name !== 'SQLite') {
        it('rejects every caller of a batch the database refuses, and not the next batch’s', async () => {
          const s = (await store()).shared;
          await backend.raw("ALTER TABLE deliveries ADD CONSTRAINT no_poison CHECK (key <> 'poison')");
          const batch = await Promise.allSettled([
            s.firstDelivery(['fine-1'], 5, MINUTE),
            s.firstDelivery(['poison'], 5, MINUTE),
            s.firstDelivery(['fine-2'], 5, MINUTE),
          ]);
          expect(batch.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
          // Nothing of the refused statement was kept.
          expect(await s.firstDelivery(['fine-1', 'fine-2'], 6, MINUTE)).toBe(true);
        });

        it('writes the counts still gathering for a statement when the store closes', async () => {
          const first = await openStore();
          const pending = [1, 2, 3].map((i) => first.shared.countQuestion('U5', 100 + i, MINUTE, 3));
          await first.close();
          expect(await Promise.all(pending)).toEqual(['allow', 'allow', 'allow']);
          expect(await (await store()).shared.countQuestion('U5', 110, MINUTE, 3)).toBe('refuse-and-tell');
        });
      }
    });
  });
}

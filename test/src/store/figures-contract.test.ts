// The report's figures (InsightFigures, counted by the database), on SQLite
// and PostgreSQL alike: each figure on a few rows.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { weekBounds } from '../../../src/insights/report.js';
import { PostgresStore } from '../../../src/store/postgres-store.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import type { AskedRow, Store } from '../../../src/store/store.js';
import { createTestDatabase, postgresServer, type TestDatabase } from '../../support/postgres.js';
import { asked, DAY, MONDAY } from '../insights/rows.js';

interface Backend {
  name: string;
  available: boolean;
  /** A store on a new, empty database. */
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'astana-figures-'));
  let n = 0;
  return {
    name: 'SQLite',
    available: true,
    open: async () => new SqliteStore(join(dir, `bot-${n++}.sqlite`)),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(): Backend {
  const server = postgresServer();
  const databases: TestDatabase[] = [];
  return {
    name: 'PostgreSQL',
    available: server !== undefined,
    async open() {
      if (server === undefined) throw new Error('no PostgreSQL server');
      const db = await createTestDatabase(server);
      databases.push(db);
      return PostgresStore.open({ url: db.url, poolSize: 4 });
    },
    async cleanup() {
      for (const db of databases.splice(0)) await db.drop();
    },
  };
}

const WEEK = { since: MONDAY, until: MONDAY + 7 * DAY };
const refused = (id: string, at: number, changes: Partial<AskedRow> = {}) => asked(id, at, { outcome: 'not-covered', ...changes });

for (const backend of [sqliteBackend(), postgresBackend()]) {
  describe.skipIf(!backend.available)(`the report's figures on ${backend.name}`, () => {
    const open: Store[] = [];
    async function store(rows: readonly AskedRow[] = []): Promise<Store> {
      const s = await backend.open();
      open.push(s);
      for (const row of rows) await s.insights.recordQuestion(row);
      return s;
    }
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });
    afterAll(() => backend.cleanup());

    it('counts the outcomes of the period, since included and until excluded, of one platform and scope when asked', async () => {
      const f = (
        await store([
          asked('before', WEEK.since - 1),
          asked('first', WEEK.since),
          refused('refused', WEEK.since + DAY),
          asked('failed', WEEK.since + 2 * DAY, { outcome: 'error', platform: 'discord' }),
          asked('last', WEEK.until - 1, { scope: 'T2' }),
          asked('after', WEEK.until),
        ])
      ).insights;
      expect(await f.outcomeCounts(WEEK)).toEqual({ asked: 4, answered: 2, notCovered: 1, errors: 1 });
      expect(await f.outcomeCounts({ ...WEEK, platform: 'slack', scope: 'T1' })).toEqual({ asked: 2, answered: 1, notCovered: 1, errors: 0 });
      expect(await f.outcomeCounts({ ...WEEK, platform: 'console' })).toEqual({ asked: 0, answered: 0, notCovered: 0, errors: 0 });
    });

    it('counts a question once under each topic it names, whatever the order', async () => {
      const f = (
        await store([
          asked('a', MONDAY, { topics: ['drugs', 'drugs', 'afghanistan'] }),
          asked('b', MONDAY + 1, { topics: ['afghanistan'] }),
          asked('c', MONDAY + 2, { topics: ['gone-topic', 'drugs', 'gone-topic'] }),
        ])
      ).insights;
      const counts = await f.topicCounts(WEEK);
      expect(counts.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        { id: 'afghanistan', count: 2 },
        { id: 'drugs', count: 2 },
        { id: 'gone-topic', count: 1 },
      ]);
    });

    it('groups the refused questions by key, most asked first, with the latest text and detail and the absent terms in the order first reported', async () => {
      const f = (
        await store([
          refused('w3', MONDAY + 3, { questionKey: 'worldcup', absent: ['FIFA', 'World Cup'], missing: 'place' }),
          refused('w1', MONDAY, { questionKey: 'worldcup', absent: ['World Cup', 'Qatar', 'World Cup'], text: 'World cup?', missing: 'date' }),
          refused('b1', MONDAY + 1, { questionKey: 'bitcoin', absent: ['Bitcoin'], text: 'bitcoin?' }),
          refused('w2', MONDAY + 2, { questionKey: 'worldcup', text: 'Who hosts the  World Cup?' }),
          refused('n1', MONDAY + 4, { questionKey: 'nato', platform: 'discord' }),
          asked('answered', MONDAY + 5, { questionKey: 'worldcup', text: 'answered text' }),
        ])
      ).insights;
      expect(await f.unanswered(WEEK, 2)).toEqual({
        top: [
          {
            questionKey: 'worldcup',
            count: 3,
            text: 'Who hosts the  World Cup?',
            absent: ['World Cup', 'Qatar', 'FIFA'],
            missing: 'place',
            lastAskedAt: MONDAY + 3,
          },
          { questionKey: 'nato', count: 1, text: undefined, absent: [], missing: undefined, lastAskedAt: MONDAY + 4 },
        ],
        total: 3,
      });
      expect((await f.unanswered({ ...WEEK, platform: 'slack' }, 10)).top.map((u) => u.questionKey)).toEqual(['worldcup', 'bitcoin']);
      expect(await f.unanswered({ ...WEEK, since: MONDAY + 10 }, 10)).toEqual({ top: [], total: 0 });
    });

    it('counts the ratings of the period by their answer’s platform and scope; one whose answer is gone counts only without them', async () => {
      const s = await store([asked('mine', MONDAY), asked('theirs', MONDAY, { scope: 'T2' }), asked('discord', MONDAY, { platform: 'discord' })]);
      for (const id of ['mine', 'theirs', 'discord', 'gone']) await s.insights.rate(id, 'r1', 'helpful', MONDAY + 1);
      await s.insights.rate('mine', 'r2', 'not-helpful', MONDAY + 2);
      await s.insights.rate('mine', 'r3', 'not-helpful', WEEK.until);
      expect(await s.insights.ratingCounts(WEEK)).toEqual({ helpful: 4, notHelpful: 1 });
      expect(await s.insights.ratingCounts({ ...WEEK, platform: 'slack', scope: 'T1' })).toEqual({ helpful: 1, notHelpful: 1 });
      expect(await s.insights.ratingCounts({ ...WEEK, scope: 'T2' })).toEqual({ helpful: 1, notHelpful: 0 });
    });

    it('lists the not-helpful ratings newest first, at most the limit, each with its answer', async () => {
      const s = await store([asked('a', MONDAY, { text: 'sanctions?', paragraphs: [44, 45] })]);
      await s.insights.rate('a', 'r1', 'not-helpful', MONDAY + 1);
      await s.insights.lookingFor('a', 'r2', 'the EU position', MONDAY + 2);
      await s.insights.rate('a', 'r3', 'helpful', MONDAY + 3);
      await s.insights.rate('gone', 'r1', 'not-helpful', MONDAY + 4);
      const lines = await s.insights.notHelpful(WEEK, 2);
      expect(lines.map((r) => [r.answerId, r.rater, r.lookingFor, r.answer?.paragraphs])).toEqual([
        ['gone', 'r1', undefined, undefined],
        ['a', 'r2', 'the EU position', [44, 45]],
      ]);
      expect((await s.insights.notHelpful({ ...WEEK, platform: 'slack' }, 5)).map((r) => r.rater)).toEqual(['r2', 'r1']);
    });

    it('counts the questions between bounds of any length, each week’s topics in the order first named', async () => {
      // Kathmandu is UTC+5:45: its Mondays start at 18:15 UTC, inside an hour.
      const { instants } = weekBounds(MONDAY + 8 * DAY, 2, 'Asia/Kathmandu');
      const [first = 0, second = 0] = instants;
      const f = (
        await store([
          asked('too-early', first - 1, { topics: ['drugs'] }),
          asked('first', first, { topics: ['economy', 'drugs'] }),
          asked('later', first + DAY, { topics: ['drugs'] }),
          asked('other', first + DAY, { topics: ['afghanistan'], platform: 'discord' }),
          asked('week-2-last', second + 2 * DAY, { topics: ['afghanistan'] }),
          asked('week-2', second - 1 + 1, { topics: ['drugs', 'afghanistan', 'drugs'] }),
          asked('untopiced', second + DAY),
          asked('at-until', second + 3 * DAY, { topics: ['economy'] }),
        ])
      ).insights;
      const weeks = await f.weekCounts({ since: first, until: second + 3 * DAY, platform: 'slack' }, instants);
      expect(weeks).toEqual([
        { total: 2, byTopic: { economy: 1, drugs: 2 } },
        { total: 3, byTopic: { drugs: 1, afghanistan: 2 } },
      ]);
      expect(weeks.map((w) => Object.keys(w.byTopic))).toEqual([
        ['economy', 'drugs'],
        ['drugs', 'afghanistan'],
      ]);
    });

    it('groups the refused questions by kept text and absent terms', async () => {
      const f = (
        await store([
          refused('1', MONDAY, { text: 'bitcoin mining', absent: ['Bitcoin'] }),
          refused('2', MONDAY + 1, { text: 'bitcoin mining', absent: ['Bitcoin'] }),
          refused('3', MONDAY + 2, { absent: ['World Cup'] }),
          refused('4', MONDAY + 3),
          asked('5', MONDAY + 4, { text: 'ukraine', absent: ['Ukraine'] }),
        ])
      ).insights;
      const wordings = await f.refusedWordings(WEEK);
      expect(wordings.sort((a, b) => b.count - a.count)).toEqual([
        { text: 'bitcoin mining', absent: ['Bitcoin'], count: 2 },
        { text: undefined, absent: ['World Cup'], count: 1 },
      ]);
    });
  });
}

// The report's figures (InsightFigures, counted by the database), on SQLite
// and PostgreSQL alike: each figure on a few rows, then the whole report made
// of the figures against the report buildReport makes of the rows themselves
// (what the report means), on random weeks of questions and ratings, for
// several periods, filters, limits and time zones.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildReport, weekBounds } from '../../../src/insights/report.js';
import { reportFromFigures } from '../../../src/insights/report-figures.js';
import { PostgresStore } from '../../../src/store/postgres-store.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import type { AskedRow, InsightQuery, Store } from '../../../src/store/store.js';
import { createTestDatabase, postgresServer, type TestDatabase } from '../../support/postgres.js';
import { asked, DAY, MONDAY, TOPICS } from '../insights/rows.js';

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

/** A deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

/** `count` questions from `start`, each at its own instant (ties would leave the order of rows read open), written in shuffled order. */
function randomRows(rnd: () => number, start: number, span: number, count: number): AskedRow[] {
  const step = Math.floor(span / count);
  const rows = Array.from({ length: count }, (_, i): AskedRow => {
    const outcome = pick(rnd, ['answered', 'answered', 'not-covered', 'not-covered', 'error'] as const);
    const list = (pool: readonly string[]) => Array.from({ length: Math.floor(rnd() * 3) }, () => pick(rnd, pool));
    return asked(`q${i}`, start + i * step + Math.floor(rnd() * (step - 10)), {
      outcome,
      platform: pick(rnd, ['slack', 'slack', 'discord', 'console'] as const),
      scope: pick(rnd, ['T1', 'T2', '']),
      questionKey: `key-${Math.floor(rnd() ** 2 * 12)}`,
      text: rnd() < 0.5 ? pick(rnd, ['Bitcoin mining?', '世界杯 在哪里', 'NATO and the SCO', ' Olympics ']) : undefined,
      topics: outcome === 'error' ? [] : list(['drugs', 'afghanistan', 'economy', 'gone-topic']),
      paragraphs: outcome === 'answered' ? [1 + i, 2 + i] : [],
      absent: outcome === 'answered' ? [] : list(['Bitcoin', 'NATO', '奥运会', 'FIFA']),
      missing: rnd() < 0.2 ? pick(rnd, ['amount', 'date']) : undefined,
    });
  });
  return rows.sort(() => rnd() - 0.5);
}

async function writeRandom(store: Store, rnd: () => number, rows: readonly AskedRow[]): Promise<void> {
  for (const row of rows) {
    await store.insights.recordQuestion(row);
    // Each rating at an instant of its own: the question's instant and the rater's number.
    for (let r = 0; r < Math.floor(rnd() * 3); r++) {
      const rating = rnd() < 0.5 ? 'helpful' : 'not-helpful';
      await store.insights.rate(row.id, `r${r}`, rating, row.at + 1 + r);
      if (rating === 'not-helpful' && rnd() < 0.5) await store.insights.lookingFor(row.id, `r${r}`, `looking for ${row.id}`, row.at + 1 + r);
    }
  }
  await store.insights.rate('gone', 'r9', 'not-helpful', (rows[0]?.at ?? 0) + 5);
}

const unknownWords = (text: string) => text.split(' ').filter((w) => w !== 'and');

/** The report as the CLI made it before: every row of the period and of the chart's weeks read, then counted in JavaScript. */
async function rowByRow(store: Store, query: InsightQuery, weeks: { count: number; timeZone: string }, limit: number) {
  const weeksStart = weekBounds(query.until, weeks.count, weeks.timeZone).instants[0] ?? query.since;
  const questions = await store.insights.questions({ ...query, since: Math.min(query.since, weeksStart) });
  const ratings = await store.insights.ratings(query);
  return buildReport({ query, questions, ratings, topics: TOPICS, weeks, limit, unknownWords });
}

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

    it('makes the report buildReport makes of the rows, for any period, filter, limit and time zone', async () => {
      const rnd = random(13);
      // Late February to late April 2024: New York's clocks go forward on 10 March, Lord Howe's back by half an hour on 7 April.
      const start = Date.UTC(2024, 1, 19);
      const s = await store();
      await writeRandom(s, rnd, randomRows(rnd, start, 63 * DAY, 400));
      const cases: [Partial<InsightQuery>, string, number, number][] = [
        [{}, 'UTC', 8, 10],
        [{ platform: 'slack' }, 'America/New_York', 9, 3],
        [{ platform: 'slack', scope: 'T1' }, 'Australia/Lord_Howe', 10, 1],
        [{ scope: '' }, 'Asia/Kathmandu', 4, 1000],
        [{ platform: 'discord', scope: 'T2' }, 'Asia/Almaty', 2, 2],
      ];
      for (const [filter, timeZone, count, limit] of cases) {
        for (const period of [
          { since: start, until: start + 63 * DAY },
          { since: start + 17 * DAY + 3_600_000, until: start + 50 * DAY - 1 },
        ]) {
          const query = { ...period, ...filter };
          const weeks = { count, timeZone };
          const figures = await reportFromFigures(s.insights, { query, topics: TOPICS, weeks, limit, unknownWords });
          // As text, so the order of every list and of each week's topics counts too.
          expect(JSON.stringify(figures), `${JSON.stringify(query)} ${timeZone}`).toBe(JSON.stringify(await rowByRow(s, query, weeks, limit)));
        }
      }
    });
  });
}

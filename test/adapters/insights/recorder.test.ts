// The insights recorder on the real core and a real SQLite store: what is
// counted and how, what text is kept and for how long (a fake clock), and
// that a database refusing writes delays counts without losing them.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InsightsRecorder, type InsightsSettings } from '../../../adapters/insights/recorder.js';
import { WriteBehind } from '../../../adapters/insights/write-behind.js';
import { createLogger } from '../../../adapters/logger.js';
import type { Core } from '../../../src/core.js';
import { createCore } from '../../../src/create-core.js';
import { questionForm } from '../../../src/insights/question-key.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import type { AskedRow } from '../../../src/store/store.js';

const DAY = 24 * 60 * 60_000;
const where = { platform: 'slack' as const, scope: 'T1', channelId: 'C1' };
const silent = createLogger('silent');

let core: Core;
beforeAll(() => {
  core = createCore();
});

const stores: SqliteStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

async function recorderWith(settings: Partial<InsightsSettings> = {}, clock = { now: 1_750_000_000_000 }) {
  const store = new SqliteStore(':memory:');
  stores.push(store);
  const recorder = new InsightsRecorder(store.insights, { enabled: true, keepQuestions: false, retentionDays: 90, ...settings }, silent, () => clock.now);
  await recorder.start();
  return { store, recorder, clock };
}

async function rowsOf(store: SqliteStore): Promise<AskedRow[]> {
  return store.insights.questions({ since: 0, until: Number.MAX_SAFE_INTEGER });
}

describe('counting questions', () => {
  it('counts an answer, a refusal with its absent name, and a missing detail; help and an empty message are not questions', async () => {
    const { store, recorder } = await recorderWith();
    const asked = ['上合组织对阿富汗问题怎么看', 'What does the declaration say about Ukraine?', '上合开发银行注资多少？', 'help', ''];
    const ids = asked.map((q) => recorder.record(core.ask(q), q, where));
    await recorder.stop();
    expect(ids.map((id) => id !== undefined)).toEqual([true, true, true, false, false]);
    const rows = await rowsOf(store);
    expect(rows.map((r) => [r.outcome, r.absent, r.missing])).toEqual([
      ['answered', [], undefined],
      ['not-covered', ['Ukraine'], undefined],
      ['not-covered', [], 'amount'],
    ]);
    expect(rows[0]?.paragraphs.length).toBeGreaterThan(0);
    expect(rows[0]?.topics.length).toBeGreaterThan(0);
  });

  it('keeps the text only when keeping questions is on', async () => {
    const off = await recorderWith();
    const on = await recorderWith({ keepQuestions: true });
    for (const { recorder } of [off, on]) recorder.record(core.ask('禁毒'), '禁毒', where);
    await Promise.all([off.recorder.stop(), on.recorder.stop()]);
    expect([(await rowsOf(off.store))[0]?.text, (await rowsOf(on.store))[0]?.text]).toEqual([undefined, '禁毒']);
  });

  it('counts the same question respaced, re-punctuated or in traditional characters as the same question', async () => {
    const { store, recorder } = await recorderWith();
    for (const q of ['上合组织对阿富汗问题怎么看？', '上合組織 對阿富汗問題 怎麼看', 'What about Afghanistan?', 'what about  AFGHANISTAN']) {
      recorder.record(core.ask(q), q, where);
    }
    await recorder.stop();
    const keys = (await rowsOf(store)).map((r) => r.questionKey);
    expect([keys[0] === keys[1], keys[2] === keys[3], keys[0] === keys[2]]).toEqual([true, true, false]);
    expect(keys[0]).not.toContain(questionForm('上合组织对阿富汗问题怎么看'));
  });

  it('records nothing when the insights are off', async () => {
    const { store, recorder } = await recorderWith({ enabled: false });
    expect(recorder.record(core.ask('禁毒'), '禁毒', where)).toBeUndefined();
    await recorder.stop();
    expect(await rowsOf(store)).toEqual([]);
  });
});

describe('retention', () => {
  it('deletes question text and looking-for lines past the retention and keeps the counts (a fake clock)', async () => {
    const { store, recorder, clock } = await recorderWith({ keepQuestions: true, retentionDays: 90 });
    const id = recorder.record(core.ask('禁毒'), '禁毒', where) ?? '';
    await recorder.stop();
    await recorder.lookingFor(id, { ...where, userId: 'U1' }, 'drug names');
    clock.now += 89 * DAY;
    expect(await recorder.sweep()).toBe(0);
    clock.now += 2 * DAY;
    expect(await recorder.sweep()).toBe(2);
    const [row] = await rowsOf(store);
    const [rated] = await store.insights.ratings({ since: 0, until: Number.MAX_SAFE_INTEGER });
    expect([row?.text, row?.outcome, rated?.rating, rated?.lookingFor]).toEqual([undefined, 'answered', 'not-helpful', undefined]);
  });
});

describe('writing behind the answer', () => {
  it('tries again while the database refuses, in order, and loses nothing', async () => {
    const written: number[] = [];
    let refusals = 3;
    const queue = new WriteBehind<number>(
      async (rows) => {
        if (refusals-- > 0) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
        written.push(...rows);
      },
      silent,
      { maxQueued: 100, firstPauseMs: 1, maxPauseMs: 4 },
    );
    for (let n = 0; n < 5; n++) queue.push(n);
    await queue.drain();
    expect(written).toEqual([0, 1, 2, 3, 4]);
  });

  it('writes what waits together, at most maxBatch rows a statement, a refused batch again whole and in order', async () => {
    const batches: number[][] = [];
    let refusals = 1;
    const queue = new WriteBehind<number>(
      async (rows) => {
        if (refusals-- > 0) throw new Error('connection refused');
        batches.push([...rows]);
      },
      silent,
      { maxQueued: 100, maxBatch: 3, firstPauseMs: 1, maxPauseMs: 2 },
    );
    for (let n = 0; n < 7; n++) queue.push(n);
    await queue.drain();
    expect(batches).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('keeps at most its bound while the database stays away, dropping the oldest', async () => {
    let open = false;
    const written: number[] = [];
    const queue = new WriteBehind<number>(
      async (rows) => {
        if (!open) throw new Error('connection refused');
        written.push(...rows);
      },
      silent,
      { maxQueued: 3, firstPauseMs: 1, maxPauseMs: 2 },
    );
    for (let n = 0; n < 6; n++) queue.push(n);
    expect(queue.size).toBe(3);
    open = true;
    await queue.drain();
    expect(written).toEqual([3, 4, 5]);
  });

  it('gives up waiting for a database that never comes back, so a stopping process can exit', async () => {
    const queue = new WriteBehind<number>(
      async () => {
        throw new Error('connection refused');
      },
      silent,
      { maxQueued: 10, firstPauseMs: 1, maxPauseMs: 2 },
    );
    queue.push(1);
    expect(await queue.drain(30)).toBe(false);
    expect(queue.size).toBe(1);
  });
});

// Another process holding the database's write lock must not freeze the bot:
// questions (which need no database) are answered meanwhile, and a highlight
// command that cannot write in time says "busy, try again" instead of waiting.

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_BUSY_TEXT } from '../../../adapters/database-retry.js';
import { createLogger } from '../../../adapters/logger.js';
import { createHighlights, type Highlights } from '../../../src/highlights/create.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { core, startHarness, type Harness } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'astana-locked-'));
const file = join(dir, 'bot.sqlite');
let h: Harness;
let highlights: Highlights;
beforeAll(async () => {
  highlights = createHighlights({ db: file, core: core(), logger: createLogger('silent'), posters: [], defaults: { time: '09:00', timeZone: 'UTC' } });
  h = await startHarness({ highlights: highlights.service, logLevel: 'warn' });
});
afterAll(async () => {
  await h.close();
  await highlights.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Slack with the database write-locked by another connection', () => {
  it('answers a question sent after a highlight command first, and the command with busy, try again', async () => {
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const order: string[] = [];
    try {
      const subscribe = h.double.sendSlashCommand({ text: 'highlights subscribe 08:00 UTC', channelId: 'C0LOCKED1', userId: 'U0LOCKED1' });
      const question = h.double.sendSlashCommand({ text: '§1', channelId: 'C0LOCKED2', userId: 'U0LOCKED2' });
      const answered = (id: string | undefined, name: string): Promise<Record<string, unknown>> =>
        waitFor(name, () => h.double.responsesTo(id ?? '')[0]).then((r) => {
          order.push(name);
          return r.body;
        });
      const [busy] = await Promise.all([answered(subscribe.responseId, 'subscribe'), answered(question.responseId, 'question')]);
      // The question travels in its acknowledgement; the command waiting for the database is acknowledged without it.
      const acks = await Promise.all([subscribe.ack, question.ack]);
      expect({ order, text: busy.text, acks: acks.map((a) => 'text' in a.payload) }).toEqual({
        order: ['question', 'subscribe'],
        text: DATABASE_BUSY_TEXT.en,
        acks: [false, true],
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('subscribes once the lock is gone', async () => {
    const delivery = h.double.sendSlashCommand({ text: 'highlights subscribe 08:00 UTC', channelId: 'C0LOCKED1', userId: 'U0LOCKED1' });
    const body = (await waitFor('the answer', () => h.double.responsesTo(delivery.responseId)[0])).body;
    expect(body.text).toMatch(/^This channel gets a daily highlight at /u);
  });
});

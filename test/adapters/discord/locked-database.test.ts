// Another process holding the database's write lock must not freeze the bot:
// a question sent after a highlight command is answered first, and the command
// is deferred and then answered "busy, try again", inside Discord's deadline.

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_BUSY_TEXT } from '../../../adapters/database-retry.js';
import { BASIC_PERMISSIONS, MANAGE_CHANNELS } from '../../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { startHarness, type Harness } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'astana-locked-'));
const file = join(dir, 'bot.sqlite');
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ db: file });
});
afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Discord with the database write-locked by another connection', () => {
  it('answers a later question first, and defers the highlight command, then answers busy, try again', async () => {
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const order: string[] = [];
    try {
      const subscribe = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana-highlights', 'subscribe', { time: '08:00' }), {
        user: h.discord.admin,
        permissions: BASIC_PERMISSIONS | MANAGE_CHANNELS,
      });
      const question = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question: '§1' }));
      // An error is told privately: a follow-up, once the public placeholder is removed.
      const busyAnswer = h.discord
        .waitFor(() => subscribe.followups[0], 'the busy answer')
        .then((m) => {
          order.push('subscribe answered');
          return m;
        });
      const asked = h.discord
        .waitFor(() => question.callback, 'the question')
        .then((c) => {
          order.push('question answered');
          return c;
        });
      const [busy, answer] = await Promise.all([busyAnswer, asked]);
      expect({ order, deferred: subscribe.callback?.type, content: busy.content, question: answer.type }).toEqual({
        order: ['question answered', 'subscribe answered'],
        deferred: 5,
        content: DATABASE_BUSY_TEXT.en,
        question: 4,
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

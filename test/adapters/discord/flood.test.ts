import { say } from '../../../src/present/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { isEphemeral, startHarness, type Harness } from './harness.js';

// The catalogue's words the assertions below look for.
const RATE_LIMITED_TEXT = say('error.rateLimited', 'en');

// RATE_LIMIT_PER_MINUTE=3: the fourth request in a minute is refused.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ rateLimitPerMinute: 3 });
});
afterAll(async () => {
  await h?.stop();
});

const repliesTo = (message: Json): Json[] =>
  h.discord.channelMessages(h.discord.channel.id).filter((m) => (m.message_reference as Json | undefined)?.message_id === message.id);

describe('a user who floods the bot', () => {
  it('gets an ephemeral rate-limit reply to the fourth command in a minute', async () => {
    const user = h.discord.alice;
    const records = [1, 2, 3, 4].map((n) =>
      h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'paragraph', { number: String(n) }), { user }),
    );
    const callbacks = await h.discord.waitFor(() => records.every((r) => r.callback !== undefined) && records.map((r) => r.callback), 'four callbacks');
    expect(callbacks.map((c) => (isEphemeral(c?.data) ? c?.data?.content : 'answered'))).toEqual(['answered', 'answered', 'answered', RATE_LIMITED_TEXT]);
  });

  it('does not slow down anyone else', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'paragraph', { number: '5' }), { user: h.discord.admin });
    const cb = await h.discord.waitFor(() => i.callback, 'the callback');
    expect(isEphemeral(cb.data)).toBe(false);
  });

  it('is told once, then ignored, when flooding with mentions', async () => {
    const author = { ...h.discord.alice, id: '333333333333333333', username: 'mallory' };
    const sent = [1, 2, 3, 4, 5, 6].map((n) => h.discord.dispatchMessage({ content: `§${n}`, author, mentionsBot: true }));
    const marker = h.discord.dispatchMessage({ content: '§9', author: h.discord.admin, mentionsBot: true });
    await h.discord.waitFor(() => repliesTo(marker).length > 0, 'the reply to the marker');
    expect(
      sent.map((m) =>
        repliesTo(m)
          .map((r) => (r.content === RATE_LIMITED_TEXT ? 'limited' : 'answered'))
          .join(),
      ),
    ).toEqual(['answered', 'answered', 'answered', 'limited', '', '']);
  });
});

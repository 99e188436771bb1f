import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitMark } from '../../../adapters/discord/buttons.js';
import { nonceFor } from '../../../adapters/discord/poster.js';
import { ChannelGoneError, PostRateLimitedError } from '../../../src/highlights/ports.js';
import type { AnswerOf } from '../../../src/model.js';
import type { Json } from '../../doubles/discord/double.js';
import { buttonsOf, realCore, startHarness, visibleText, type Harness } from './harness.js';

// The HighlightPoster the scheduler uses, against the double's channel endpoints.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

function highlight(): AnswerOf<'highlight'> {
  const document = realCore().documents[0] ?? { id: 'x', title: 'x' };
  return {
    kind: 'highlight',
    language: 'en',
    highlight: {
      document,
      paragraph: 45,
      topic: undefined,
      quote: [{ text: '成员国将共同倡议维护现行国际禁毒体制。', emphasis: false }],
      english: 'The Member States will jointly advocate upholding the international drug control regime.',
      position: 3,
      cycleLength: 40,
      date: '2024-07-05',
    },
  };
}

describe('posting a highlight', () => {
  it('sends it to the channel with the key as nonce, enforced', async () => {
    await h.adapter.post(h.discord.channel.id, highlight(), 'discord:general:2024-07-05');
    const posted = h.discord.channelMessages(h.discord.channel.id).at(-1);
    expect({ nonce: posted?.nonce, text: visibleText(posted) }).toEqual({
      nonce: nonceFor('discord:general:2024-07-05'),
      text: expect.stringContaining('**§45**'),
    });
  });

  it('sends it with allowed_mentions that parse nothing', async () => {
    await h.adapter.post(h.discord.channel.id, highlight(), 'mentions-check');
    expect(h.discord.channelMessages(h.discord.channel.id).at(-1)?.allowed_mentions).toEqual({ parse: [] });
  });

  it('finds a posted highlight by its key', async () => {
    await h.adapter.post(h.discord.otherChannel.id, highlight(), 'discord:news:2024-07-06');
    expect(await h.adapter.findPosted(h.discord.otherChannel.id, 'discord:news:2024-07-06')).toBe(true);
  });

  it("carries the key's digest in the whole-paragraph button", async () => {
    await h.adapter.post(h.discord.channel.id, highlight(), 'digest-check');
    const ids = buttonsOf(h.discord.channelMessages(h.discord.channel.id).at(-1)).map((b) => splitMark(b.custom_id));
    expect(ids).toContainEqual({ id: `para:${highlight().highlight.document.id}:45:45:en`, mark: nonceFor('digest-check') });
  });

  it('finds a posted highlight by its button, though Discord lists messages without their nonce', async () => {
    await h.adapter.post(h.discord.otherChannel.id, highlight(), 'no-nonce-listed');
    const response = await fetch(`${h.discord.apiUrl}/v10/channels/${h.discord.otherChannel.id}/messages?limit=50`, {
      headers: { authorization: `Bot ${h.discord.token}` },
    });
    const listed = (await response.json()) as Json[];
    expect({
      nonces: listed.filter((m) => m.nonce !== undefined).length,
      found: await h.adapter.findPosted(h.discord.otherChannel.id, 'no-nonce-listed'),
    }).toEqual({ nonces: 0, found: true });
  });

  it("does not take another day's post in the channel for this one", async () => {
    await h.adapter.post(h.discord.otherChannel.id, highlight(), 'discord:news:2024-07-07');
    expect(await h.adapter.findPosted(h.discord.otherChannel.id, 'discord:news:2024-07-08')).toBe(false);
  });

  it('finds its post after a crash though more than 100 messages came after it, reading from the intent on', async () => {
    const channel = h.discord.otherChannel.id;
    const intent = new Date(Date.now() - 1000);
    await h.adapter.post(channel, highlight(), 'discord:news:busy-day');
    for (let i = 0; i < 250; i++) h.discord.newMessage(channel, { content: `chatter ${i}` }, { author: { id: '999999999999999999', username: 'chatty' } });
    expect(await h.adapter.findPosted(channel, 'discord:news:busy-day', intent)).toBe(true);
  });

  it('does not find a key that was never posted', async () => {
    expect(await h.adapter.findPosted(h.discord.otherChannel.id, 'discord:news:1999-01-01')).toBe(false);
  });

  it('posts once when the same key is sent twice (enforce_nonce)', async () => {
    await h.adapter.post(h.discord.otherChannel.id, highlight(), 'twice');
    await h.adapter.post(h.discord.otherChannel.id, highlight(), 'twice');
    expect(h.discord.channelMessages(h.discord.otherChannel.id).filter((m: Json) => m.nonce === nonceFor('twice')).length).toBe(1);
  });

  it('reports an unknown channel as gone', async () => {
    await expect(h.adapter.post('999999999999999999', highlight(), 'k1')).rejects.toBeInstanceOf(ChannelGoneError);
  });

  it('reports Missing Access as gone', async () => {
    h.discord.inaccessible.set(h.discord.otherChannel.id, { status: 403, code: 50001, message: 'Missing Access' });
    try {
      await expect(h.adapter.post(h.discord.otherChannel.id, highlight(), 'k2')).rejects.toBeInstanceOf(ChannelGoneError);
    } finally {
      h.discord.inaccessible.delete(h.discord.otherChannel.id);
    }
  });

  it('reports Missing Permissions as gone when looking for a post', async () => {
    h.discord.inaccessible.set(h.discord.otherChannel.id, { status: 403, code: 50013, message: 'Missing Permissions' });
    try {
      await expect(h.adapter.findPosted(h.discord.otherChannel.id, 'k3')).rejects.toBeInstanceOf(ChannelGoneError);
    } finally {
      h.discord.inaccessible.delete(h.discord.otherChannel.id);
    }
  });

  it("hands Discord's 429 to the scheduler with the wait it asked for", async () => {
    h.discord.rateLimitNext('POST', new RegExp(`/channels/${h.discord.channel.id}/messages$`), 2);
    const error = await h.adapter.post(h.discord.channel.id, highlight(), 'k4').catch((e: unknown) => e);
    expect({ type: error instanceof PostRateLimitedError, wait: (error as PostRateLimitedError).retryAfterMs >= 2000 }).toEqual({ type: true, wait: true });
  });
});

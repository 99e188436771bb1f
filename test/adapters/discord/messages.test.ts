import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../doubles/discord/double.js';
import { say } from '../../../src/present/catalogue.js';
import { startHarness, visibleText, type Harness } from './harness.js';

// Mentions, direct messages and the gateway session itself, with the Message
// Content intent off (the default).

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ double: { heartbeatIntervalMs: 100 } });
});
afterAll(async () => {
  await h?.stop();
});

const repliesTo = (channelId: string, message: Json): Json[] =>
  h.discord.channelMessages(channelId).filter((m) => (m.message_reference as Json | undefined)?.message_id === message.id);

describe('the gateway session', () => {
  it('identifies with the guilds, guild messages and direct messages intents only', () => {
    expect(h.discord.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
  });

  it('is ready once READY and the GUILD_CREATE of its one server have arrived', () => {
    expect(h.logs.find((l) => l.msg === 'discord: connected')).toMatchObject({ guilds: 1, user: h.discord.bot.id, application: h.discord.applicationId });
  });

  it('keeps heartbeating after READY and GUILD_CREATE', async () => {
    await h.discord.waitFor(() => h.discord.heartbeats >= 3, 'three heartbeats');
    expect(h.discord.connected).toBe(true);
  });
});

describe('messages', () => {
  it("answers '@bot question' in a channel as a reply to that message", async () => {
    const asked = h.discord.dispatchMessage({ content: '禁毒', author: h.discord.alice, mentionsBot: true });
    const [reply] = await h.discord.waitFor(() => repliesTo(h.discord.channel.id, asked).length > 0 && repliesTo(h.discord.channel.id, asked), 'the reply');
    expect(visibleText(reply)).toMatch(/§4[4-7]/);
  });

  it("reads '@bot topic drugs' and '@bot para 42' as Slack reads them, not as questions", async () => {
    const topic = h.discord.dispatchMessage({ content: 'topic drugs', author: h.discord.alice, mentionsBot: true });
    const para = h.discord.dispatchMessage({ content: 'para 42', author: h.discord.alice, mentionsBot: true });
    const [topicReply] = await h.discord.waitFor(
      () => repliesTo(h.discord.channel.id, topic).length > 0 && repliesTo(h.discord.channel.id, topic),
      'the topic',
    );
    const [paraReply] = await h.discord.waitFor(
      () => repliesTo(h.discord.channel.id, para).length > 0 && repliesTo(h.discord.channel.id, para),
      'the paragraph',
    );
    expect([visibleText(topicReply).match(/§\d+/g)?.length ?? 0, visibleText(paraReply)]).toEqual([expect.any(Number), expect.stringMatching(/^§42 · /m)]);
    expect(visibleText(topicReply)).toContain('§45');
  });

  it('points channel settings typed in a message to the slash commands, which check permissions', async () => {
    const asked = h.discord.dispatchMessage({ content: 'highlights subscribe 08:00', author: h.discord.alice, mentionsBot: true });
    const [reply] = await h.discord.waitFor(() => repliesTo(h.discord.channel.id, asked).length > 0 && repliesTo(h.discord.channel.id, asked), 'the reply');
    expect(visibleText(reply)).toContain(say('error.settingsBySlash', 'en'));
  });

  it('answers a direct message', async () => {
    const dm = h.discord.dmChannelOf(h.discord.alice);
    const asked = h.discord.dispatchMessage({ content: '§42', author: h.discord.alice, dm: true });
    const [reply] = await h.discord.waitFor(() => repliesTo(dm, asked).length > 0 && repliesTo(dm, asked), 'the DM reply');
    expect(visibleText(reply)).toMatch(/^§42 · /m);
  });

  it("answers a bare '@bot' with the help", async () => {
    const asked = h.discord.dispatchMessage({ content: '', author: h.discord.alice, mentionsBot: true });
    const [reply] = await h.discord.waitFor(() => repliesTo(h.discord.channel.id, asked).length > 0 && repliesTo(h.discord.channel.id, asked), 'the reply');
    expect(visibleText(reply)).toContain('/astana ask');
  });

  it("leaves '§42' in a message that does not mention the bot alone without the Message Content intent", async () => {
    const ignored = h.discord.dispatchMessage({ content: 'see §42', author: h.discord.alice });
    // A mention sent after it is answered; by then the first message has been handled too (one gateway, in order).
    const marker = h.discord.dispatchMessage({ content: '§43', author: h.discord.alice, mentionsBot: true });
    await h.discord.waitFor(() => repliesTo(h.discord.channel.id, marker).length > 0, 'the reply to the marker');
    expect(repliesTo(h.discord.channel.id, ignored)).toEqual([]);
  });

  it('ignores messages from bots', async () => {
    const ignored = h.discord.dispatchMessage({ content: '§1', author: { ...h.discord.admin, bot: true }, mentionsBot: true });
    const marker = h.discord.dispatchMessage({ content: '§2', author: h.discord.alice, mentionsBot: true });
    await h.discord.waitFor(() => repliesTo(h.discord.channel.id, marker).length > 0, 'the reply to the marker');
    expect(repliesTo(h.discord.channel.id, ignored)).toEqual([]);
  });
});

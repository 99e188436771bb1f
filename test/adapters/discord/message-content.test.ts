import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../doubles/discord/double.js';
import { startHarness, visibleText, type Harness } from './harness.js';

// DISCORD_MESSAGE_CONTENT=true: the privileged intent is asked for, and '§42'
// in any message is answered.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { messageContent: true } });
});
afterAll(async () => {
  await h?.stop();
});

const repliesTo = (message: Json): Json[] =>
  h.discord.channelMessages(h.discord.channel.id).filter((m) => (m.message_reference as Json | undefined)?.message_id === message.id);

describe('with the Message Content intent', () => {
  it('asks for the intent when identifying', () => {
    expect((h.discord.identifies[0]?.intents ?? 0) & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
  });

  it("answers '§42' in a message that does not mention the bot", async () => {
    const asked = h.discord.dispatchMessage({ content: 'what about §42?', author: h.discord.alice });
    const [reply] = await h.discord.waitFor(() => repliesTo(asked).length > 0 && repliesTo(asked), 'the reply');
    expect(visibleText(reply)).toMatch(/^§42 · /m);
  });

  it('stays quiet on ordinary messages without a paragraph reference', async () => {
    const ignored = h.discord.dispatchMessage({ content: 'lunch at noon?', author: h.discord.alice });
    const marker = h.discord.dispatchMessage({ content: 'see §3', author: h.discord.alice });
    await h.discord.waitFor(() => repliesTo(marker).length > 0, 'the reply to the marker');
    expect(repliesTo(ignored)).toEqual([]);
  });
});

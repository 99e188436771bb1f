// Discord's 401s, told apart. A 401 on a route sent with the bot token means
// the token was reset: Discord stops, and the log names DISCORD_TOKEN. A 401
// on an interaction's own route means that interaction's token expired: the
// bot goes on serving everyone else.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRevoked } from '../../../adapters/token-revoked.js';
import type { Json } from '../../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
const notices: TokenRevoked[] = [];
beforeAll(async () => {
  h = await startHarness({ onTokenRevoked: (n) => void notices.push(n) });
});
afterAll(async () => {
  await h?.stop();
});

const repliesTo = (message: Json): Json[] =>
  h.discord.channelMessages(h.discord.channel.id).filter((m) => (m.message_reference as Json | undefined)?.message_id === message.id);

describe("Discord's 401 answers", () => {
  it('on an interaction whose token expired: that one fails, everyone else is still answered', async () => {
    h.discord.failNext('POST', /\/interactions\/\d+\/[^/]+\/callback$/, 401, { message: 'Invalid Webhook Token', code: 50027 });
    h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'paragraph', { number: '3' }));
    await h.discord.waitFor(() => h.discord.requests.some((r) => r.status === 401), 'the refused callback');
    const asked = h.discord.dispatchMessage({ content: '§4', author: h.discord.alice, mentionsBot: true });
    await h.discord.waitFor(() => repliesTo(asked).length > 0, 'the reply to a later mention');
    expect({ notices, named: h.logs.filter((l) => l.variable === 'DISCORD_TOKEN').length }).toEqual({ notices: [], named: 0 });
  });

  it('on a route sent with the bot token: Discord stops and the log names DISCORD_TOKEN', async () => {
    h.discord.failNext('POST', new RegExp(`/channels/${h.discord.channel.id}/messages$`), 401, { message: '401: Unauthorized', code: 0 });
    h.discord.dispatchMessage({ content: '§5', author: h.discord.alice, mentionsBot: true });
    await h.discord.waitFor(() => notices.length > 0, 'the adapter to stop');
    expect({ notices, levels: h.logs.filter((l) => l.variable === 'DISCORD_TOKEN').map((l) => l.level), connected: h.discord.connected }).toEqual({
      notices: [{ platform: 'discord', variable: 'DISCORD_TOKEN', reason: '401 Unauthorized' }],
      levels: [50],
      connected: false,
    });
  });
});

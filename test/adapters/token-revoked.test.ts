// Fault: a token revoked while the bot serves Slack and Discord together. What
// users see: the platform whose token went stops answering, and says why in
// the operator's log, naming the setting to replace; people on the other
// platform go on getting answers. With no platform left the process exits 1.
// (The decision is in adapters/token-revoked.ts.)

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { superviseRevocations } from '../../adapters/token-revoked.js';
import type { Json } from '../doubles/discord/double.js';
import { waitFor } from '../doubles/slack/wait.js';
import { startHarness as startDiscord, type Harness as DiscordHarness } from './discord/harness.js';
import { BOT_TOKEN, startHarness as startSlack, type Harness as SlackHarness } from './slack/harness.js';

let slack: SlackHarness;
let discord: DiscordHarness;
const exits: number[] = [];
const supervisorLog: Record<string, unknown>[] = [];
const supervise = superviseRevocations({
  platforms: ['slack', 'discord'],
  logger: createLogger('info', { write: (line: string) => void supervisorLog.push(JSON.parse(line) as Record<string, unknown>) }),
  exit: (code) => void exits.push(code),
});

beforeAll(async () => {
  slack = await startSlack({ logLevel: 'info', onTokenRevoked: supervise });
  discord = await startDiscord({ onTokenRevoked: supervise });
});
afterAll(async () => {
  await slack?.close();
  await discord?.stop();
});

const askDiscord = async (text: string): Promise<Json | undefined> => {
  const asked = discord.discord.dispatchMessage({ content: text, author: discord.discord.alice, mentionsBot: true });
  const replies = (): Json[] =>
    discord.discord.channelMessages(discord.discord.channel.id).filter((m) => (m.message_reference as Json | undefined)?.message_id === asked.id);
  return (await discord.discord.waitFor(() => replies().length > 0 && replies(), 'a Discord reply'))[0];
};

describe('tokens revoked while serving Slack and Discord', () => {
  it('Slack bot token revoked: the log names SLACK_BOT_TOKEN, Slack stops, Discord users keep getting answers', async () => {
    slack.double.revokeBotToken();
    slack.double.sendEvent(slack.double.userMessage({ type: 'app_mention', text: `<@${slack.double.botUserId}> §42`, channelId: 'C0REVOKE1' }));
    const said = await waitFor('the log line naming the token', () => slack.logs.find((l) => l.variable === 'SLACK_BOT_TOKEN'), 10_000);
    await waitFor('Slack to stop', () => slack.double.connectedSockets === 0, 10_000);
    const reply = await askDiscord('§42');
    expect({
      level: said.level,
      reason: said.reason,
      tokenInLog: slack.logText().includes(BOT_TOKEN),
      discordAnswered: typeof reply?.id,
      exits: [...exits],
      supervisor: supervisorLog.map((l) => l.msg),
    }).toEqual({
      level: 50,
      reason: 'token_revoked',
      tokenInLog: false,
      discordAnswered: 'string',
      exits: [],
      supervisor: ['slack stopped for its token; still serving discord'],
    });
  });

  it('then the Discord token reset too: the log names DISCORD_TOKEN and, no platform left, the process exits 1', async () => {
    discord.discord.revokeToken();
    const said = await discord.discord.waitFor(() => discord.logs.find((l) => l.variable === 'DISCORD_TOKEN'), 'the log line naming the token');
    await waitFor('the exit', () => exits.length > 0, 10_000);
    expect({
      level: said.level,
      tokenInLog: discord.rawLogs.some((l) => l.includes(discord.discord.token)),
      exits,
      last: supervisorLog.at(-1)?.msg,
    }).toEqual({ level: 50, tokenInLog: false, exits: [1], last: 'discord stopped for its token and no platform is left; exiting' });
  });
});

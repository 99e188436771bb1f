// At trace level Bolt logs whole requests and envelopes. None of the secrets
// they carry may reach the log: the bot and app tokens, the signing secret,
// Slack's per-request verification `token` and the `response_url` (anyone
// holding it can post as the app in that channel for 30 minutes).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../doubles/slack/wait.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, startHarness, type Harness } from './harness.js';

const VERIFICATION_TOKEN = 'legacy-verification-token';

function secretsIn(log: string, responseIds: (string | undefined)[]): Record<string, boolean> {
  return {
    botToken: log.includes(BOT_TOKEN),
    appToken: log.includes(APP_TOKEN),
    signingSecret: log.includes(SIGNING_SECRET),
    verificationToken: log.includes(VERIFICATION_TOKEN),
    responseUrl: responseIds.some((id) => id !== undefined && log.includes(id)) || log.includes('/respond/'),
  };
}
const NONE = { botToken: false, appToken: false, signingSecret: false, verificationToken: false, responseUrl: false };

describe('the Slack log at trace level, Socket Mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ logLevel: 'trace' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('holds no token, verification token or response URL after a command, a click and a mention', async () => {
    const command = h.double.sendSlashCommand({ text: 'ask 禁毒', userId: 'U0LOGSEC1' });
    const answer = await waitFor('the answer', () => h.double.responsesTo(command.responseId)[0]);
    expect(answer.body).toBeDefined();
    const click = h.double.sendBlockAction({ actionId: 'astana:paragraph:0', value: 'para:astana-declaration-2024:44:44:en', userId: 'U0LOGSEC1' });
    await click.ack;
    h.double.sendEvent(h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> §1`, channelId: 'C0LOGSEC1' }));
    await waitFor('the mention answer', () => h.double.calledWith('chat.postMessage').find((c) => c.args.channel === 'C0LOGSEC1'));
    const log = h.logText();
    // The envelopes were logged (so this test looks at the lines that could leak)...
    expect(log).toContain('slash_commands');
    // ...and nothing secret in them survived.
    expect(secretsIn(log, [command.responseId, click.responseId])).toEqual(NONE);
  });
});

describe('the Slack log at trace level, HTTP mode', () => {
  let h: Harness;
  let url: string;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http', logLevel: 'trace' });
    url = `http://127.0.0.1:${h.adapter.httpAddress()?.port ?? 0}/slack/events`;
  });
  afterAll(async () => {
    await h.close();
  });

  it('holds no token, signing secret, verification token or response URL after a signed and a forged command', async () => {
    const forged = await h.double.postSlashCommand(url, 'not-the-signing-secret', { text: '§42' });
    const sent = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: 'ask 禁毒' });
    await waitFor('the answer', () => h.double.responsesTo(sent.responseId)[0]);
    const log = h.logText();
    expect(log).toContain('Failed to verify authenticity');
    expect(secretsIn(log, [forged.responseId, sent.responseId])).toEqual(NONE);
  });
});

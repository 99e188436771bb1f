// Slack's own notice that tokens were revoked. What users see: nothing more
// from the bot on Slack, whose log names SLACK_BOT_TOKEN; a notice about user
// tokens alone changes nothing, since the bot's token still works.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRevoked } from '../../../adapters/token-revoked.js';
import { settle, waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
const notices: TokenRevoked[] = [];
beforeAll(async () => {
  h = await startHarness({ logLevel: 'warn', onTokenRevoked: (n) => void notices.push(n) });
});
afterAll(async () => {
  await h.close();
});

const revoked = (tokens: Record<string, string[]>): Record<string, unknown> => ({ type: 'tokens_revoked', tokens, event_ts: '1700000000.000100' });

describe("Slack's tokens_revoked event", () => {
  it('about user tokens only: the bot goes on answering', async () => {
    await h.double.sendEvent(revoked({ oauth: ['U0SOMEONE'] })).ack;
    await settle();
    const delivery = h.double.sendSlashCommand({ text: '§1' });
    await waitFor('the answer', () => h.double.responsesTo(delivery.responseId)[0]);
    expect(notices).toEqual([]);
  });

  it('about the bot token: Slack stops and the log names SLACK_BOT_TOKEN', async () => {
    await h.double.sendEvent(revoked({ bot: [h.double.botUserId] })).ack;
    await waitFor('Slack to stop', () => h.double.connectedSockets === 0, 10_000);
    expect({ notices, logged: h.logs.filter((l) => l.variable === 'SLACK_BOT_TOKEN').length }).toEqual({
      notices: [{ platform: 'slack', variable: 'SLACK_BOT_TOKEN', reason: 'tokens_revoked' }],
      logged: 1,
    });
  });
});

// Fault: the app's token goes (revoked, or the app removed) and the bot's next answer (to a
// button) goes to its response_url, which Slack then refuses with 403 invalid_token
// (response_urls are webhooks: they refuse by HTTP status, not with ok: false). The bot asks
// the Web API (auth.test) whether its token went. What users see: nothing more from the bot
// on Slack; the operator's log names SLACK_BOT_TOKEN, once, and never the token. A 403 while
// the token works is logged as a failure and stops nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRevoked } from '../../../adapters/token-revoked.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { BOT_TOKEN, startHarness, type Harness } from './harness.js';
import { type ButtonSeen, buttons } from './read.js';

let h: Harness;
const notices: TokenRevoked[] = [];
beforeAll(async () => {
  h = await startHarness({ logLevel: 'info', onTokenRevoked: (n) => void notices.push(n) });
});
afterAll(async () => {
  await h.close();
});

/** A "more results" button on the answer to a slash command. */
async function moreButton(): Promise<ButtonSeen> {
  const asked = h.double.sendSlashCommand({ text: 'ask 禁毒' });
  const answer = await waitFor('the answer', () => h.double.responsesTo(asked.responseId)[0]);
  const more = buttons(answer.body).find((b) => b.action_id.startsWith('astana:more'));
  if (more === undefined) throw new Error('no "more results" button');
  return more;
}

describe('a response_url refused', () => {
  it('while the token works: logged as a failure, and Slack goes on', async () => {
    const more = await moreButton();
    h.double.refuseResponseUrls();
    h.double.sendBlockAction({ actionId: more.action_id, value: more.value });
    const logged = await waitFor('the failure in the log', () => h.logs.find((l) => String(l.msg).includes('response_url was refused')));
    h.double.refuseResponseUrls(false);
    const after = h.double.sendSlashCommand({ text: '§3' });
    await waitFor('the next answer', () => h.double.responsesTo(after.responseId)[0]);
    expect({ level: logged.level, status: (logged.err as { status?: number }).status, notices, sockets: h.double.connectedSockets > 0 }).toEqual({
      level: 50,
      status: 403,
      notices: [],
      sockets: true,
    });
  });

  it('because the token went: stops Slack with one log line naming SLACK_BOT_TOKEN, as the Web API refusing the token does', async () => {
    const more = await moreButton();
    h.double.revokeBotToken();
    // A button's answer always goes to its response_url (a slash command's may ride on its acknowledgement).
    const clicked = h.double.sendBlockAction({ actionId: more.action_id, value: more.value });
    await waitFor('Slack to stop', () => h.double.connectedSockets === 0, 10_000);
    expect({
      notices,
      named: h.logs.filter((l) => l.variable === 'SLACK_BOT_TOKEN').map((l) => [l.level, l.reason]),
      answered: h.double.responsesTo(clicked.responseId).length,
      tokenInLog: h.logText().includes(BOT_TOKEN),
    }).toEqual({
      notices: [{ platform: 'slack', variable: 'SLACK_BOT_TOKEN', reason: 'token_revoked' }],
      named: [[50, 'token_revoked']],
      answered: 0,
      tokenInLog: false,
    });
  });
});

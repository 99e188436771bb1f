// HTTP mode: Slack's requests arrive signed with the signing secret; a forged
// signature, a request more than 5 minutes old or dated more than 5 minutes in
// the future is rejected, and a replayed command or click is answered once.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../doubles/slack/wait.js';
import { BOT_TOKEN, SIGNING_SECRET, startHarness, type Harness } from './harness.js';
import { blockTexts } from './read.js';

let h: Harness;
let url: string;
beforeAll(async () => {
  h = await startHarness({ mode: 'http', logLevel: 'debug' });
  const address = h.adapter.httpAddress();
  if (address === undefined) throw new Error('http-mode test: the adapter reported no address');
  url = `http://127.0.0.1:${address.port}/slack/events`;
});
afterAll(async () => {
  await h.close();
});

/** A signed command sent after the others and answered: anything earlier has been handled. */
async function marker(): Promise<void> {
  const sent = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§1', userId: 'U0MARKER1' });
  await waitFor('the marker answer', () => h.double.responsesTo(sent.responseId)[0]);
}

describe('Slack HTTP mode', () => {
  it('binds loopback only when told to', () => {
    expect(h.adapter.httpAddress()?.host).toBe('127.0.0.1');
  });

  it('acknowledges a signed slash command with 200', async () => {
    const sent = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§42' });
    expect(sent.status).toBe(200);
  });

  it('answers a signed slash command through its response_url', async () => {
    const sent = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§42' });
    const response = await waitFor('the answer', () => h.double.responsesTo(sent.responseId)[0]);
    expect(blockTexts(response.body)[0]).toMatch(/^\*§42\* /);
  });

  it('rejects a forged signature with 401', async () => {
    const sent = await h.double.postSlashCommand(url, 'not-the-signing-secret', { text: '§42' });
    expect(sent.status).toBe(401);
  });

  it('does not answer a forged request', async () => {
    const sent = await h.double.postSlashCommand(url, 'not-the-signing-secret', { text: '§42' });
    await marker();
    expect(h.double.responsesTo(sent.responseId)).toEqual([]);
  });

  it('rejects a correctly signed request more than 5 minutes old with 401', async () => {
    const sent = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§42', timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(sent.status).toBe(401);
  });

  it('does not answer a stale request', async () => {
    const sent = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§42', timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    await marker();
    expect(h.double.responsesTo(sent.responseId)).toEqual([]);
  });

  it('rejects a correctly signed request dated more than 5 minutes in the future with 401, and does not answer it', async () => {
    const sent = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§42', timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    await marker();
    expect({ status: sent.status, answers: h.double.responsesTo(sent.responseId) }).toEqual({ status: 401, answers: [] });
  });

  it('answers a signed slash command sent five times once', async () => {
    const { body, responseId } = h.double.slashCommandForm({ text: '§42', userId: 'U0REPLAY1' });
    const timestamp = Math.floor(Date.now() / 1000);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await h.double.postSigned(url, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', timestamp)).status);
    await marker();
    expect({ statuses, answers: h.double.responsesTo(responseId).length }).toEqual({ statuses: [200, 200, 200, 200, 200], answers: 1 });
  });

  it('answers a signed button click sent three times once', async () => {
    const { body, responseId } = h.double.blockActionForm({
      actionId: 'astana:paragraph:0',
      value: 'para:astana-declaration-2024:44:44:en',
      userId: 'U0REPLAY2',
      channelId: 'C0REPLAY2',
    });
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++) await h.double.postSigned(url, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', timestamp);
    await marker();
    const answers = h.double.responsesTo(responseId).length + h.double.calledWith('chat.postMessage').filter((c) => c.args.channel === 'C0REPLAY2').length;
    expect(answers).toBe(1);
  });

  it('answers two different commands with the same text both', async () => {
    const first = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§43', userId: 'U0REPLAY3' });
    const second = await h.double.postSlashCommand(url, SIGNING_SECRET, { text: '§43', userId: 'U0REPLAY3' });
    await marker();
    expect([h.double.responsesTo(first.responseId).length, h.double.responsesTo(second.responseId).length]).toEqual([1, 1]);
  });

  it('answers a signed @-mention event in its thread', async () => {
    const event = h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> §42`, channelId: 'C0HTTPEVT' });
    const body = JSON.stringify({
      token: 'legacy',
      team_id: h.double.teamId,
      api_app_id: h.double.appId,
      event,
      type: 'event_callback',
      event_id: 'Ev0HTTP001',
      event_time: 1,
    });
    const sent = await h.double.postSigned(url, SIGNING_SECRET, body, 'application/json');
    const call = await waitFor('the answer', () => h.double.calledWith('chat.postMessage').find((c) => c.args.channel === 'C0HTTPEVT'));
    expect({ status: sent.status, thread: call.args.thread_ts }).toEqual({ status: 200, thread: event.ts });
  });

  it('logs neither the bot token nor the signing secret, even at debug level', async () => {
    await h.double.postSlashCommand(url, 'not-the-signing-secret', { text: '§42' });
    await marker();
    const log = h.logText();
    expect({ logged: log.includes('Failed to verify authenticity'), token: log.includes(BOT_TOKEN), secret: log.includes(SIGNING_SECRET) }).toEqual({
      logged: true,
      token: false,
      secret: false,
    });
  });
});

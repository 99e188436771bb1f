// One Slack app installed in many workspaces (SLACK_CLIENT_ID): the OAuth
// install flow through the real Bolt receiver and @slack/oauth against the
// Slack double, the installation kept in the store, questions answered as
// that workspace, highlights posted with its token, and an uninstall that
// forgets the workspace without stopping the bot.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/index.js';
import { createHighlights, type Highlights } from '../../../src/highlights/create.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import { SlackDouble } from '../../doubles/slack/double.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { perMinute, slackConfig } from '../configs.js';
import { core } from './harness.js';

const BOT_TOKEN = 'xoxb-9999-8888-installed-bot-token';
const CLIENT_ID = '1234567890.0987654321';
const CLIENT_SECRET = 'double-client-secret-2f9c';
const STATE_SECRET = 'state-secret-of-at-least-16-characters';
const SIGNING_SECRET = 'double-signing-secret-install';

let double: SlackDouble;
let store: SqliteStore;
let highlights: Highlights;
let adapter: SlackAdapter;
let base: string;

beforeAll(async () => {
  double = await SlackDouble.start({ botToken: BOT_TOKEN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  store = new SqliteStore(':memory:');
  highlights = createHighlights({ db: store, core: core(), logger: createLogger('silent'), posters: [], defaults: { time: '09:00', timeZone: 'UTC' } });
  adapter = createSlackAdapter({
    config: slackConfig({
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: double.apiUrl,
      SLACK_PORT: '0',
      SLACK_HOST: '127.0.0.1',
    }),
    core: core(),
    highlights: highlights.service,
    logger: createLogger('silent'),
    rateLimitPerMinute: perMinute(1000),
    installations: store.installations,
  });
  await adapter.start();
  base = `http://127.0.0.1:${adapter.httpAddress()?.port ?? 0}`;
});
afterAll(async () => {
  await adapter.stop();
  await highlights.close();
  await double.close();
});

/** A person opens the install link, approves on Slack's page, and Slack redirects back with a code. */
async function install(): Promise<{ status: number; body: string }> {
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  const location = new URL(start.headers.get('location') ?? 'missing:');
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect([start.status, location.origin + location.pathname, location.searchParams.get('client_id')]).toEqual([
    302,
    'https://slack.com/oauth/v2/authorize',
    CLIENT_ID,
  ]);
  const state = location.searchParams.get('state') ?? '';
  const back = await fetch(`${base}/slack/oauth_redirect?code=${double.approveInstall()}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
  return { status: back.status, body: await back.text() };
}

describe('a Slack app installed through the OAuth flow', () => {
  it('keeps the workspace’s installation in the store', async () => {
    const done = await install();
    expect(done.status).toBeLessThan(400);
    const kept = JSON.parse((await store.installations.fetch(double.teamId)) ?? '{}') as { bot?: { token?: string } };
    expect(kept.bot?.token).toBe(BOT_TOKEN);
  });

  it('answers a command from that workspace', async () => {
    const sent = await double.postSlashCommand(`${base}/slack/events`, SIGNING_SECRET, { text: '§42', userId: 'U0INSTALL' });
    const answer = await waitFor('the answer', () => double.responsesTo(sent.responseId)[0]);
    expect(JSON.stringify(answer.body)).toContain('§42');
  });

  it('subscribes a channel of that workspace and posts its highlight with the workspace’s token', async () => {
    const sent = await double.postSlashCommand(`${base}/slack/events`, SIGNING_SECRET, { text: 'highlights subscribe 08:00 UTC', channelId: 'C0INSTALL' });
    await waitFor('the subscription answer', () => double.responsesTo(sent.responseId)[0]);
    const channel = { platform: 'slack' as const, channelId: `${double.teamId}/C0INSTALL` };
    expect((await store.highlights.subscription(channel))?.status).toBe('active');
    const preview = await highlights.service.preview(channel, 'en');
    if (preview.kind !== 'highlight') throw new Error('no highlight');
    await adapter.post(channel.channelId, preview, 'hl-install-key');
    const posted = double.calledWith('chat.postMessage').filter((c) => c.args.channel === 'C0INSTALL');
    expect(posted.map((c) => c.token)).toEqual([BOT_TOKEN]);
  });

  it('forgets a workspace that uninstalls the app, keeps running, and treats its channels as gone', async () => {
    const event = { type: 'app_uninstalled' };
    const body = JSON.stringify({
      token: 'legacy',
      team_id: double.teamId,
      api_app_id: 'A0DOUBLE1',
      event,
      type: 'event_callback',
      event_id: 'Ev0UNINSTALL',
      event_time: 1,
    });
    const sent = await double.postSigned(`${base}/slack/events`, SIGNING_SECRET, body, 'application/json');
    expect(sent.status).toBe(200);
    // The event is acknowledged before its listener runs: look until the installation is gone (bounded).
    for (let i = 0; i < 250 && (await store.installations.fetch(double.teamId)) !== undefined; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await store.installations.fetch(double.teamId)).toBeUndefined();
    const preview = await highlights.service.preview({ platform: 'slack', channelId: `${double.teamId}/C0INSTALL` }, 'en');
    if (preview.kind !== 'highlight') throw new Error('no highlight');
    await expect(adapter.post(`${double.teamId}/C0INSTALL`, preview, 'hl-after')).rejects.toMatchObject({ name: 'ChannelGoneError' });
    expect(adapter.ready?.()).toBe(true);
  });
});

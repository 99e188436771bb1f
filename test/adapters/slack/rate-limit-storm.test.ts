// Fault: Slack answers a burst of 429s with Retry-After while the bot is under
// load. What users see: every answer, some late, none twice. The Web API client
// waits as long as Retry-After asks before it sends the refused call again.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';

const ASKERS = 30;
const REFUSALS = 4;
const RETRY_AFTER_S = 1;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logLevel: 'warn' });
});
afterAll(async () => {
  await h.close();
});

describe('a 429 storm from Slack during load', () => {
  it('delays some answers by the Retry-After asked and loses or doubles none', async () => {
    const channels = Array.from({ length: ASKERS }, (_, i) => `C0STORM${String(i).padStart(2, '0')}`);
    for (let i = 0; i < REFUSALS; i += 1) h.double.rateLimitNext('chat.postMessage', RETRY_AFTER_S);
    const deliveries = channels.map((channelId, i) =>
      h.double.sendEvent(
        h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> §${i + 1}`, channelId, userId: `U0STORM${String(i).padStart(2, '0')}` }),
      ),
    );
    await Promise.all(deliveries.map((d) => d.ack));
    const posted = (channel: string): number => h.double.messages.filter((m) => m.channel === channel).length;
    await waitFor('an answer in every channel', () => channels.every((c) => posted(c) >= 1), 20_000);

    // Only 429s are queued, so every call but a channel's last was refused; each
    // call after a refusal must come at least Retry-After later.
    const calls = channels.map((c) => h.double.calledWith('chat.postMessage').filter((call) => call.args.channel === c));
    expect({
      answeredOnce: channels.filter((c) => posted(c) === 1).length,
      refusals: calls.reduce((n, c) => n + c.length - 1, 0),
      waitedAsAsked: calls.every((c) => c.slice(1).every((call, i) => call.at - (c[i]?.at ?? Infinity) >= RETRY_AFTER_S * 1000)),
    }).toEqual({ answeredOnce: ASKERS, refusals: REFUSALS, waitedAsAsked: true });
  });
});

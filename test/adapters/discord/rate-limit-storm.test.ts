// Fault: Discord answers a burst of 429s with Retry-After while the bot is under
// load. What users see: every reply, some late, none twice. discord.js waits as
// long as the 429 asks before it sends the refused request again.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, RecordedRequest } from '../../doubles/discord/double.js';
import { startHarness, type Harness } from './harness.js';

const ASKS = 20;
const REFUSALS = 4;
const RETRY_AFTER_S = 1;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const replyTo = (r: RecordedRequest): unknown => ((r.body as Json | undefined)?.message_reference as Json | undefined)?.message_id;

describe('a 429 storm from Discord during load', () => {
  it('delays some replies by the Retry-After asked and loses or doubles none', async () => {
    const channel = h.discord.channel.id;
    for (let i = 0; i < REFUSALS; i += 1) h.discord.rateLimitNext('POST', new RegExp(`/channels/${channel}/messages$`), RETRY_AFTER_S);
    const asked = Array.from({ length: ASKS }, (_, i) => h.discord.dispatchMessage({ content: `§${i + 1}`, author: h.discord.alice, mentionsBot: true }));
    const replies = (m: Json): Json[] => h.discord.channelMessages(channel).filter((r) => (r.message_reference as Json | undefined)?.message_id === m.id);
    await h.discord.waitFor(() => asked.every((m) => replies(m).length > 0), 'a reply to every mention', 20_000);

    // discord.js sends one route's requests in order, so one reply may be refused several times running.
    const attempts = asked.map((m) => h.discord.requests.filter((r) => r.method === 'POST' && replyTo(r) === m.id));
    const retried = attempts.filter((a) => a.some((r) => r.status === 429));
    expect({
      answeredOnce: asked.filter((m) => replies(m).length === 1).length,
      refusals: attempts.flat().filter((r) => r.status === 429).length,
      refusedThenSent: retried.every((a) => a.at(-1)?.status === 200 && a.slice(0, -1).every((r) => r.status === 429)),
      waitedAsAsked: retried.every((a) => a.slice(1).every((r, i) => r.at - (a[i]?.at ?? Infinity) >= RETRY_AFTER_S * 1000)),
    }).toEqual({ answeredOnce: ASKS, refusals: REFUSALS, refusedThenSent: true, waitedAsAsked: true });
  });
});

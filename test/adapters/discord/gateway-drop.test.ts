// Issue 11's fault suite: the gateway connection dropped in the middle of a
// load. discord.js notices (no heartbeat acknowledgement, or the closed socket),
// connects again and identifies anew (the double, like Discord after a long
// gap, refuses to resume); every interaction Discord delivers before or after
// the drop is answered once.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { startHarness, visibleText, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function askParagraphs(from: number, count: number): Promise<string[]> {
  const records = Array.from({ length: count }, (_, i) =>
    h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'paragraph', { number: String(from + i) })),
  );
  return Promise.all(records.map((r, i) => h.discord.waitFor(() => r.callback, `the answer to §${from + i}`, 20_000).then((cb) => visibleText(cb.data))));
}

describe('the Discord gateway dropped mid-load', () => {
  it('is connected again, and every interaction before and after is answered once', { timeout: 60_000 }, async () => {
    const before = await askParagraphs(1, 20);
    const identifies = h.discord.identifies.length;
    h.discord.dropGateway();
    await h.discord.waitFor(() => !h.discord.connected || undefined, 'the drop to be noticed', 5_000).catch(() => undefined);
    await h.discord.waitFor(() => (h.discord.connected && h.discord.identifies.length > identifies) || undefined, 'discord.js to identify again', 40_000);
    const after = await askParagraphs(21, 20);
    expect({
      before: before.every((text, i) => text.includes(`§${1 + i}`)),
      after: after.every((text, i) => text.includes(`§${21 + i}`)),
      identifiedAgain: h.discord.identifies.length > identifies,
    }).toEqual({ before: true, after: true, identifiedAgain: true });
  });
});

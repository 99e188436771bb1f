// A question echoed back in a "not covered" reply can neither ping, link,
// preview nor format, and its echo is bounded after escaping.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { startHarness, visibleText, type Harness } from './harness.js';

const SUPPRESS_EMBEDS = 1 << 2;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function ask(question: string): Promise<Json | undefined> {
  const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question }));
  return (await h.discord.waitFor(() => i.callback, 'the ask callback')).data;
}

describe('a question echoed in Discord', () => {
  it('makes no link or preview of a URL the user typed, bare or masked', async () => {
    const data = await ask('bitcoin [click](http://evil.example) https://evil.example/x');
    const content = String(data?.content);
    expect(content).toContain('bitcoin');
    expect({ liveUrl: /https?:\/\//.test(visibleText(data)), masked: /(^|[^\\])\[click(\\)?\]\(/.test(content) }).toEqual({ liveUrl: false, masked: false });
  });

  it('suppresses link previews on a reply that has no embeds of its own', async () => {
    // Punctuation alone is refused with a message and no embeds.
    const data = await ask('??? ://');
    const embeds = Array.isArray(data?.embeds) ? data.embeds : [];
    const flags = typeof data?.flags === 'number' ? data.flags : 0;
    expect({ embeds: embeds.length, suppressed: (flags & SUPPRESS_EMBEDS) !== 0 }).toEqual({ embeds: 0, suppressed: true });
  });

  it('bounds the echo after escaping: a question of 990 "*" is echoed, shortened, in the reply itself', async () => {
    // Escaped in full ('\\*' each), the echo spilled into a second message.
    const content = String((await ask(`bitcoin ${'*'.repeat(990)}`))?.content);
    expect({ echoed: content.includes('bitcoin'), short: content.length <= 400 }).toEqual({ echoed: true, short: true });
  });
});

import { say } from '../../../src/present/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core.js';
import type { Json } from '../../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { isEphemeral, realCore, startHarness, type Harness } from './harness.js';

// The catalogue's words the assertions below look for.
const APOLOGY_TEXT = say('error.internal', 'en');

// The real core, made to fail on one question, as a bug or a broken index would.

const failing: Core = {
  get documents() {
    return realCore().documents;
  },
  ask(input, options) {
    if (input.includes('explode')) throw new Error('core: simulated failure');
    return realCore().ask(input, options);
  },
  paragraphs: (ranges, options) => realCore().paragraphs(ranges, options),
  topics: (options) => realCore().topics(options),
  topic: (id, options) => realCore().topic(id, options),
  context: (documentId, paragraph, options) => realCore().context(documentId, paragraph, options),
  about: () => realCore().about(),
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ core: failing });
});
afterAll(async () => {
  await h?.stop();
});

const repliesTo = (message: Json): Json[] =>
  h.discord.channelMessages(h.discord.channel.id).filter((m) => (m.message_reference as Json | undefined)?.message_id === message.id);

describe('when the core throws', () => {
  it('a slash command gets a short ephemeral apology', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question: 'explode' }));
    const cb = await h.discord.waitFor(() => i.callback, 'the callback');
    expect({ ephemeral: isEphemeral(cb.data), content: cb.data?.content }).toEqual({ ephemeral: true, content: APOLOGY_TEXT });
  });

  it('a mention gets the apology as a reply', async () => {
    const asked = h.discord.dispatchMessage({ content: 'explode', author: h.discord.alice, mentionsBot: true });
    const [reply] = await h.discord.waitFor(() => repliesTo(asked).length > 0 && repliesTo(asked), 'the reply');
    expect(reply?.content).toBe(APOLOGY_TEXT);
  });

  it('each failure is logged once, as an error naming what failed', async () => {
    const before = h.logs.length;
    const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question: 'explode again' }));
    await h.discord.waitFor(() => i.callback, 'the callback');
    const errors = (): Json[] => h.logs.slice(before).filter((l) => l.level >= 50);
    await h.discord.waitFor(() => errors().length > 0, 'the error line');
    expect(errors().map((l) => [l.msg, (l.err as Json).message])).toEqual([['discord: could not answer an interaction', 'core: simulated failure']]);
  });
});

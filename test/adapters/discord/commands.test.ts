import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackType, InteractionType, autocomplete, slashCommand } from '../../doubles/discord/interactions.js';
import { buttonsOf, isEphemeral, startHarness, visibleText, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('discord slash commands, end to end', () => {
  it('answers /astana ask with the quoted sentences, citation and bold matches', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question: 'drug trafficking' }));
    const cb = await h.discord.waitFor(() => i.callback, 'the ask callback');
    expect(cb.type).toBe(CallbackType.Message);
    const text = visibleText(cb.data);
    expect(text).toMatch(/§4[4-7]/);
    expect(text).toContain('**');
  });
});

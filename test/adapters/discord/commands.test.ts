import { say } from '../../../src/present/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../doubles/discord/double.js';
import { CallbackType, InteractionType, autocomplete, buttonPress, slashCommand } from '../../doubles/discord/interactions.js';
import { buttonsOf, isEphemeral, startHarness, visibleText, type Harness } from './harness.js';

// The catalogue's words the assertions below look for.
const UNOFFICIAL_LABEL = { en: say('label.english', 'en') };
const EXPIRED_BUTTON_TEXT = say('error.expiredButton', 'en');
const LABEL_MORE_RESULTS = say('action.more', 'en');
const LABEL_TOPICS = say('label.topics', 'en');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function command(sub: string, options: Record<string, string> = {}, locale = 'en-US'): Promise<{ type: number; data: Json | undefined }> {
  const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', sub, options), { locale });
  return h.discord.waitFor(() => i.callback, `the callback of /astana ${sub}`);
}

async function press(customId: string, message: Json | undefined): Promise<{ type: number; data: Json | undefined }> {
  const i = h.discord.dispatchInteraction(InteractionType.Component, buttonPress(customId), {
    message: { ...message, id: String(message?.id ?? '1'), channel_id: h.discord.channel.id },
  });
  return h.discord.waitFor(() => i.callback, `the callback of button ${customId}`);
}

// A context view marks the paragraph it was opened around with '▶'.
const paragraphsShown = (data: Json | undefined): number[] => [...visibleText(data).matchAll(/^(?:▶ )?§(\d+)/gm)].map((m) => Number(m[1]));

describe('/astana ask', () => {
  it('answers with the quoted sentences, their citation and the matched words in bold', async () => {
    const cb = await command('ask', { question: '禁毒' });
    expect(cb.type).toBe(CallbackType.Message);
    expect(visibleText(cb.data)).toMatch(/^§4[4-7] · 禁毒\n[^\n]*\*\*[^*]*毒[^*]*\*\*/mu);
  });

  it('puts the English rendering under the quote for an English question', async () => {
    const cb = await command('ask', { question: 'drug trafficking' });
    const description = String(((cb.data?.embeds ?? []) as Json[])[0]?.description);
    expect(description.indexOf(UNOFFICIAL_LABEL.en)).toBeGreaterThan(0);
  });

  it('leaves the English rendering out for a Chinese question', async () => {
    const cb = await command('ask', { question: '恐怖主义融资' });
    expect(visibleText(cb.data)).not.toContain(UNOFFICIAL_LABEL.en);
  });

  it('shows at most 3 passages', async () => {
    const cb = await command('ask', { question: 'terrorism' });
    expect(((cb.data?.embeds ?? []) as Json[]).length).toBe(3);
  });

  it('says what is not covered and suggests topics', async () => {
    const cb = await command('ask', { question: 'quantum chromodynamics recipes' });
    expect(visibleText(cb.data)).toContain(say('refusal.absent', 'en', { names: 'quantum chromodynamics recipes' }));
  });
});

describe('/astana in a direct message', () => {
  it('answers there too', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'paragraph', { number: '120' }), { dm: true });
    const cb = await h.discord.waitFor(() => i.callback, 'the DM command callback');
    expect(paragraphsShown(cb.data)).toEqual([120]);
  });
});

describe('/astana paragraph', () => {
  it('shows the paragraph asked for by number', async () => {
    const cb = await command('paragraph', { number: '42' });
    expect(paragraphsShown(cb.data)).toEqual([42]);
  });

  it('shows a range of paragraphs', async () => {
    const cb = await command('paragraph', { number: '12-14' });
    expect(paragraphsShown(cb.data)).toEqual([12, 13, 14]);
  });

  it('offers paragraphs of a matching topic, with their opening words, as autocomplete choices', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Autocomplete, autocomplete('astana', 'paragraph', 'number', 'drug'));
    const cb = await h.discord.waitFor(() => i.callback, 'the autocomplete callback');
    expect(cb.data?.choices).toEqual(
      [44, 45, 46, 47].map((n) => ({ name: expect.stringMatching(new RegExp(`^§${n} · 禁毒 Drugs · 成员国`)), value: String(n) })),
    );
  });

  it('offers at most 25 paragraph numbers for a typed digit', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Autocomplete, autocomplete('astana', 'paragraph', 'number', '1'));
    const cb = await h.discord.waitFor(() => i.callback, 'the autocomplete callback');
    const values = ((cb.data?.choices ?? []) as Json[]).map((c) => String(c.value));
    expect({ count: values.length, allStartWith1: values.every((v) => v.startsWith('1')) }).toEqual({ count: 25, allStartWith1: true });
  });
});

describe('/astana topics', () => {
  it('lists the topics', async () => {
    const cb = await command('topics');
    expect(visibleText(cb.data)).toContain(LABEL_TOPICS);
  });

  it("lists one topic's paragraphs", async () => {
    const cb = await command('topics', { topic: 'drugs' });
    expect(visibleText(cb.data)).toMatch(/\*\*§44\*\*[\s\S]*\*\*§47\*\*/);
  });
});

describe('the buttons under an answer', () => {
  it('"More results" answers with the next passages of the same question', async () => {
    const first = await command('ask', { question: 'terrorism' });
    const more = buttonsOf(first.data).find((b) => b.label === LABEL_MORE_RESULTS);
    const next = await press(more?.custom_id ?? 'missing', first.data);
    expect(visibleText(next.data)).toMatch(/Showing 4–6 of \d+/);
  });

  it('"Show in context" answers with the paragraph and the ones before and after it', async () => {
    const first = await command('ask', { question: 'terrorism financing' });
    const context = buttonsOf(first.data).find((b) => b.custom_id.startsWith('ctx:'));
    const cited = Number(context?.custom_id.split(':')[2]);
    const next = await press(context?.custom_id ?? 'missing', first.data);
    expect(paragraphsShown(next.data)).toEqual([cited - 1, cited, cited + 1]);
  });

  it('"Later paragraphs" replaces the view with the paragraphs after it', async () => {
    const first = await command('paragraph', { number: '40-42' });
    const later = buttonsOf(first.data).find((b) => b.custom_id.startsWith('next:'));
    const next = await press(later?.custom_id ?? 'missing', first.data);
    expect({ type: next.type, shown: paragraphsShown(next.data) }).toEqual({ type: CallbackType.Update, shown: [43, 44, 45] });
  });

  it('a "More results" button whose question was forgotten says so privately', async () => {
    const next = await press('more:3:en:k=00000000000000ff', undefined);
    expect({ ephemeral: isEphemeral(next.data), content: next.data?.content }).toEqual({ ephemeral: true, content: EXPIRED_BUTTON_TEXT });
  });
});

describe('the asker’s language', () => {
  /** What the bot wrote around the quotes: content, embed titles, headings inside descriptions, button labels. */
  const chrome = (data: Json | undefined): string[] => {
    const embeds = Array.isArray(data?.embeds) ? (data.embeds as Json[]) : [];
    const headings = embeds.flatMap((e) =>
      String(e.description ?? '')
        .split('\n')
        .filter((l) => /^\*[^*]/u.test(l)),
    );
    return [String(data?.content ?? ''), ...embeds.map((e) => String(e.title ?? '')), ...headings, ...buttonsOf(data).map((b) => b.label)].filter(
      (t) => t !== '',
    );
  };

  it('gives a Chinese question no English label, button or heading, and no English rendering', async () => {
    const cb = await command('ask', { question: '禁毒合作' });
    expect({ latin: chrome(cb.data).filter((t) => /[A-Za-z]{2,}/u.test(t)), english: visibleText(cb.data).includes(UNOFFICIAL_LABEL.en) }).toEqual({
      latin: [],
      english: false,
    });
  });

  it('gives an English question no Chinese chrome', async () => {
    const cb = await command('ask', { question: 'drug trafficking' });
    expect(chrome(cb.data).filter((t) => /\p{Script=Han}/u.test(t))).toEqual([]);
  });

  it('reads a paragraph number in the user’s Discord locale', async () => {
    const [zh, en] = [await command('paragraph', { number: '42' }, 'zh-CN'), await command('paragraph', { number: '42' }, 'en-GB')];
    expect([buttonsOf(zh.data).map((b) => b.label), buttonsOf(en.data).map((b) => b.label)]).toEqual([
      [say('action.context', 'zh')],
      [say('action.context', 'en')],
    ]);
  });
});

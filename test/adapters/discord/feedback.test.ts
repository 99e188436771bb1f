// Feedback on answers through the real discord.js client and the Discord
// double, on the real SQLite file: the buttons under every answer, a rating
// stored once and changed by a second click, 'not helpful' opening the form
// and its line stored, all thanked privately.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsightsRecorder } from '../../../adapters/insights/recorder.js';
import { createLogger } from '../../../adapters/logger.js';
import { say } from '../../../src/present/catalogue.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import type { Json } from '../../doubles/discord/double.js';
import { buttonPress, CallbackType, InteractionType, modalSubmit, slashCommand } from '../../doubles/discord/interactions.js';
import { buttonsOf, isEphemeral, startHarness, type Harness } from './harness.js';

let dir: string;
let store: SqliteStore;
let recorder: InsightsRecorder;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'astana-discord-feedback-'));
  store = new SqliteStore(join(dir, 'bot.sqlite'));
  recorder = new InsightsRecorder(store.insights, { enabled: true, keepQuestions: true, retentionDays: 90 }, createLogger('silent'));
  await recorder.start();
  h = await startHarness({ insights: recorder });
});
afterAll(async () => {
  await h?.stop();
  await recorder.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(question: string, locale = 'en-US'): Promise<Json | undefined> {
  const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question }), { locale });
  return (await h.discord.waitFor(() => i.callback, `the answer to ${question}`)).data;
}

async function press(customId: string, message: Json | undefined): Promise<{ type: number; data: Json | undefined }> {
  const i = h.discord.dispatchInteraction(InteractionType.Component, buttonPress(customId), {
    message: { ...message, id: String(message?.id ?? '1'), channel_id: h.discord.channel.id },
  });
  return h.discord.waitFor(() => i.callback, `the callback of button ${customId}`);
}

function rating(message: Json | undefined): { helpful: string; notHelpful: string; labels: string[]; answerId: string } {
  const rate = buttonsOf(message).filter((b) => b.custom_id.startsWith('rate:'));
  const helpful = rate.find((b) => b.custom_id.startsWith('rate:h:'));
  const notHelpful = rate.find((b) => b.custom_id.startsWith('rate:n:'));
  if (helpful === undefined || notHelpful === undefined) throw new Error(`no rating buttons: ${JSON.stringify(buttonsOf(message))}`);
  return { helpful: helpful.custom_id, notHelpful: notHelpful.custom_id, labels: [helpful.label, notHelpful.label], answerId: helpful.custom_id.slice(-12) };
}

const ratingsOf = async (answerId: string) => (await store.insights.ratings({ since: 0, until: Date.now() + 1000 })).filter((r) => r.answerId === answerId);

describe('rating an answer on Discord', () => {
  it('puts the two buttons under an answer, labelled in the asker’s language', async () => {
    expect(rating(await ask('上合组织对阿富汗问题怎么看', 'zh-CN')).labels).toEqual([say('action.helpful', 'zh'), say('action.notHelpful', 'zh')]);
  });

  it('stores "helpful" before answering, thanks the rater alone, and a second click changes the rating', async () => {
    const answer = await ask('What does the declaration say about drug trafficking?');
    const { helpful, notHelpful, answerId } = rating(answer);
    const first = await press(helpful, answer);
    expect([first.type, isEphemeral(first.data), first.data?.content]).toEqual([CallbackType.Message, true, say('feedback.thanksHelpful', 'en')]);
    expect((await ratingsOf(answerId)).map((r) => r.rating)).toEqual(['helpful']);
    await press(notHelpful, answer);
    expect((await ratingsOf(answerId)).map((r) => r.rating)).toEqual(['not-helpful']);
  });

  it('keeps the rating buttons of the answer on the page "more results" opens', async () => {
    const answer = await ask('禁毒', 'zh-CN');
    const more = buttonsOf(answer).find((b) => b.custom_id.includes('more:'));
    if (more === undefined) throw new Error('no more-results button');
    const page = await press(more.custom_id, answer);
    expect(rating(page.data).answerId).toBe(rating(answer).answerId);
  });

  it('opens the form on "not helpful", stores its line with the question kept, and thanks the rater alone', async () => {
    const answer = await ask('How big is the SCO development bank’s capital?');
    const { notHelpful, answerId } = rating(answer);
    const click = await press(notHelpful, answer);
    expect([click.type, click.data?.title]).toEqual([CallbackType.Modal, say('feedback.formTitle', 'en')]);
    const form = h.discord.dispatchInteraction(InteractionType.ModalSubmit, modalSubmit(String(click.data?.custom_id), { looking_for: 'its capital' }));
    const thanks = await h.discord.waitFor(() => form.callback, 'the thanks for the form');
    expect([isEphemeral(thanks.data), String(thanks.data?.content)]).toEqual([true, expect.stringContaining(say('feedback.formThanks', 'en'))]);
    const [stored] = await ratingsOf(answerId);
    expect(stored).toMatchObject({
      rating: 'not-helpful',
      lookingFor: 'its capital',
      answer: { text: 'How big is the SCO development bank’s capital?', platform: 'discord' },
    });
  });
});

// Feedback on answers over Socket Mode, through the real Bolt app and the real
// SQLite file: the buttons under every answer, a rating stored once and
// changed by a second click, the 'not helpful' form opened and its line
// stored, a refused question counted, and the rater kept only as a hash.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { InsightsRecorder } from '../../../adapters/insights/recorder.js';
import { say } from '../../../src/present/catalogue.js';
import { SqliteStore } from '../../../src/store/sqlite-store.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';
import { buttons, visibleText, type ButtonSeen } from './read.js';

const USER = 'U0RATER01';
let dir: string;
let file: string;
let store: SqliteStore;
let recorder: InsightsRecorder;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'astana-feedback-'));
  file = join(dir, 'bot.sqlite');
  store = new SqliteStore(file);
  recorder = new InsightsRecorder(store.insights, { enabled: true, keepQuestions: false, retentionDays: 90 }, createLogger('silent'));
  await recorder.start();
  h = await startHarness({ logLevel: 'warn', insights: recorder });
});
afterAll(async () => {
  await h.close();
  await recorder.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Questions are written behind their answer: poll the store, bounded. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function ask(text: string): Promise<Record<string, unknown>> {
  const delivery = h.double.sendSlashCommand({ text, userId: USER });
  await delivery.ack;
  return (await waitFor(`an answer to '${text}'`, () => h.double.responsesTo(delivery.responseId)[0])).body;
}

function ratingButtons(message: Record<string, unknown>): { helpful: ButtonSeen; notHelpful: ButtonSeen; answerId: string } {
  const rate = buttons(message).filter((b) => b.value.startsWith('rate:'));
  const [helpful, notHelpful] = [rate.find((b) => b.value.startsWith('rate:h:')), rate.find((b) => b.value.startsWith('rate:n:'))];
  if (helpful === undefined || notHelpful === undefined) throw new Error(`no rating buttons in ${JSON.stringify(buttons(message))}`);
  return { helpful, notHelpful, answerId: helpful.value.slice(-12) };
}

async function click(button: ButtonSeen): Promise<{ ack: Record<string, unknown>; reply: Record<string, unknown> }> {
  const delivery = h.double.sendBlockAction({ actionId: button.action_id, value: button.value, userId: USER });
  const ack = (await delivery.ack).payload;
  const reply = (await waitFor(`the reply to ${button.value}`, () => h.double.responsesTo(delivery.responseId)[0])).body;
  return { ack, reply };
}

describe('rating an answer on Slack', () => {
  it('puts helpful and not-helpful buttons, in the asker’s language, under an answer, and counts the question', async () => {
    const answer = await ask('上合组织对阿富汗问题怎么看');
    const { helpful, notHelpful, answerId } = ratingButtons(answer);
    expect([helpful.text, notHelpful.text]).toEqual([say('action.helpful', 'zh'), say('action.notHelpful', 'zh')]);
    const row = await eventually('the question’s row', () => store.insights.question(answerId));
    expect(row).toMatchObject({ platform: 'slack', scope: h.double.teamId, channelId: 'C0GENERAL', language: 'zh', outcome: 'answered', text: undefined });
  });

  it('stores a click once, thanks the rater privately, and a second click changes the rating instead of adding one', async () => {
    const { helpful, notHelpful, answerId } = ratingButtons(await ask('What does the declaration say about drug trafficking?'));
    const first = await click(helpful);
    expect([first.reply.response_type, first.reply.replace_original, visibleText(first.reply)]).toEqual([
      'ephemeral',
      false,
      expect.stringContaining(say('feedback.thanksHelpful', 'en')),
    ]);
    await click(helpful);
    await click(notHelpful);
    const rated = (await store.insights.ratings({ since: 0, until: Date.now() + 1000 })).filter((r) => r.answerId === answerId);
    expect(rated.map((r) => r.rating)).toEqual(['not-helpful']);
    expect(rated[0]?.rater).not.toContain(USER);
  });

  it('has the rating in the database by the time the click is acknowledged (a restart after the acknowledgement loses nothing)', async () => {
    const { helpful, answerId } = ratingButtons(await ask('阿斯塔纳峰会是哪天开的'));
    const delivery = h.double.sendBlockAction({ actionId: helpful.action_id, value: helpful.value, userId: 'U0OTHER77' });
    await delivery.ack;
    const reopened = new SqliteStore(file);
    try {
      expect((await reopened.insights.ratings({ since: 0, until: Date.now() + 1000 })).filter((r) => r.answerId === answerId)).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });

  it('opens the one-line form on "not helpful" and stores what the rater was looking for', async () => {
    const { notHelpful, answerId } = ratingButtons(await ask('How big is the SCO development bank’s capital?'));
    const opened = h.double.views.length;
    await click(notHelpful);
    const view = await waitFor('the feedback form', () => h.double.views[opened]);
    expect(view.view).toMatchObject({ type: 'modal', title: { text: say('feedback.formTitle', 'en') } });
    const submitted = h.double.sendViewSubmission({ viewId: view.id, userId: USER, values: { looking_for: { text: 'the bank’s capital in dollars' } } });
    expect((await submitted.ack).payload).toEqual({});
    const [rating] = (await store.insights.ratings({ since: 0, until: Date.now() + 1000 })).filter((r) => r.answerId === answerId);
    expect(rating).toMatchObject({ rating: 'not-helpful', lookingFor: 'the bank’s capital in dollars' });
  });

  it('keeps the rating buttons of the answer on the pages its buttons open', async () => {
    const first = await ask('禁毒');
    const { answerId } = ratingButtons(first);
    const more = buttons(first).find((b) => b.value.includes('more:'));
    if (more === undefined) throw new Error('no more-results button');
    const page = (await click(more)).reply;
    expect(ratingButtons(page).answerId).toBe(answerId);
  });

  it('counts a refused question with the term the declaration never mentions', async () => {
    const answer = await ask('What does the declaration say about Ukraine?');
    const { answerId } = ratingButtons(answer);
    const row = await eventually('the refusal’s row', () => store.insights.question(answerId));
    expect(row).toMatchObject({ outcome: 'not-covered', absent: ['Ukraine'], language: 'en' });
  });

  it('keeps no user id, and no question text while keeping questions is off, in the database file', async () => {
    await recorder.stop();
    const bytes = readFileSync(file).toString('latin1') + readFileSync(`${file}-wal`, { flag: 'a+' }).toString('latin1');
    expect([bytes.includes(USER), bytes.includes('Ukraine?')]).toEqual([false, false]);
  });
});

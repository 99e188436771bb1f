// The buttons over Socket Mode: "more results", "show in context" and paging,
// each acknowledged, answered through its response_url, and carrying the
// card's whole target (so the pages are the card's, not the adapter's).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../../src/present/catalogue.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';
import { blockTexts, buttons, type ButtonSeen } from './read.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logLevel: 'warn' });
});
afterAll(async () => {
  await h.close();
});

async function command(text: string): Promise<Record<string, unknown>> {
  const delivery = h.double.sendSlashCommand({ text, userId: 'U0BUTTON1' });
  await delivery.ack;
  return (await waitFor(`an answer to '${text}'`, () => h.double.responsesTo(delivery.responseId)[0])).body;
}

async function click(button: ButtonSeen, threadTs?: string): Promise<Record<string, unknown>> {
  const delivery = h.double.sendBlockAction({
    actionId: button.action_id,
    value: button.value,
    userId: 'U0BUTTON1',
    ...(threadTs === undefined ? {} : { threadTs }),
  });
  await delivery.ack;
  return (await waitFor(`the answer to ${button.action_id}`, () => h.double.responsesTo(delivery.responseId)[0])).body;
}

/** The button whose action id or value starts with `prefix`. */
function find(message: Record<string, unknown>, prefix: string): ButtonSeen {
  const found = buttons(message).find((b) => b.action_id.startsWith(prefix) || b.value.startsWith(prefix));
  if (found === undefined) throw new Error(`no ${prefix} button in ${JSON.stringify(buttons(message))}`);
  return found;
}

const citations = (message: Record<string, unknown>): string[] => blockTexts(message).flatMap((t) => t.match(/(?<=\*(?:▶ )?)§\d+(?=\*)/g) ?? []);

describe('Slack "more results" button', () => {
  it('is acknowledged at once with an empty payload', async () => {
    const more = find(await command('ask 禁毒'), 'astana:more');
    const delivery = h.double.sendBlockAction({ actionId: more.action_id, value: more.value, userId: 'U0BUTTON1' });
    expect((await delivery.ack).payload).toEqual({});
  });

  it('posts the next passages as a new message in the channel', async () => {
    const first = await command('ask 禁毒');
    const next = await click(find(first, 'astana:more'));
    expect({ replace: next.replace_original, type: next.response_type, overlap: citations(next).filter((c) => citations(first).includes(c)) }).toEqual({
      replace: false,
      type: 'in_channel',
      overlap: [],
    });
  });

  it('answers in the thread of the clicked message', async () => {
    const next = await click(find(await command('ask 禁毒'), 'astana:more'), '1700000000.000777');
    expect(next.thread_ts).toBe('1700000000.000777');
  });

  it('says so when the stored question has been forgotten', async () => {
    const body = await click({ action_id: 'astana:more:0', value: 'more:3:zh:k=0123456789abcdef', text: '' });
    expect({ type: body.response_type, text: body.text }).toEqual({ type: 'ephemeral', text: say('error.expiredButton', 'zh') });
  });

  it('says the action is no longer available for a value that is not one of ours', async () => {
    const body = await click({ action_id: 'astana:more:0', value: '{"q":42}', text: '' });
    expect({ type: body.response_type, text: body.text }).toEqual({ type: 'ephemeral', text: say('error.unknownAction', 'en') });
  });

  it('says the action is no longer available for a button posted before the card encoding', async () => {
    const body = await click({ action_id: 'astana_more:3', value: '{"q":"禁毒","o":3}', text: '' });
    expect({ type: body.response_type, text: body.text }).toEqual({ type: 'ephemeral', text: say('error.unknownAction', 'en') });
  });
});

describe('Slack "show in context" button', () => {
  it('shows the paragraphs before and after, the passage marked', async () => {
    const body = await click(find(await command('ask 禁毒'), 'ctx:astana-declaration-2024:46:'));
    expect({
      citations: citations(body),
      centre: blockTexts(body)
        .filter((t) => t.startsWith('▶ '))
        .map((t) => t.slice(0, 7)),
    }).toEqual({
      citations: ['§45', '§46', '§47'],
      centre: ['▶ *§46*'],
    });
  });

  it('opens a cited paragraph in context', async () => {
    const body = await click(find(await command('§42'), 'ctx:astana-declaration-2024:42:'));
    expect(citations(body)).toEqual(['§41', '§42', '§43']);
  });
});

describe('Slack paging buttons', () => {
  it('replace the listing with the later paragraphs', async () => {
    const listing = await click(find(await command('§42'), 'ctx:astana-declaration-2024:42:'));
    const later = await click(find(listing, 'astana:later'));
    expect({ replace: later.replace_original, citations: citations(later) }).toEqual({ replace: true, citations: ['§44', '§45', '§46'] });
  });

  it('replace the listing with the earlier paragraphs', async () => {
    const listing = await click(find(await command('§42'), 'ctx:astana-declaration-2024:42:'));
    const earlier = await click(find(listing, 'astana:earlier'));
    expect({ replace: earlier.replace_original, citations: citations(earlier) }).toEqual({ replace: true, citations: ['§38', '§39', '§40'] });
  });

  it('page on from a capped range', async () => {
    const range = await command('§1-60');
    const later = await click(find(range, 'astana:later'));
    expect(citations(later)).toEqual(['§6', '§7', '§8', '§9', '§10']);
  });
});

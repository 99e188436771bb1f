// Daily highlights in Slack: the sub-commands of the slash command against the
// real highlight service, and the adapter as the scheduler's poster (message
// metadata, history look-up, Slack's errors as the scheduler's).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { HIGHLIGHT_EVENT_TYPE } from '../../../adapters/slack/poster.js';
import { createHighlights, type Highlights } from '../../../src/highlights/create.js';
import { ChannelGoneError, PostRateLimitedError } from '../../../src/highlights/ports.js';
import { say } from '../../../src/present/catalogue.js';
import type { AnswerOf } from '../../../src/model.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { core, startHarness, type Harness } from './harness.js';
import { blockTexts, buttons, visibleText } from './read.js';

let h: Harness;
let highlights: Highlights;
beforeAll(async () => {
  highlights = createHighlights({ db: ':memory:', core: core(), logger: createLogger('silent'), posters: [], defaults: { time: '09:00', timeZone: 'UTC' } });
  h = await startHarness({ highlights: highlights.service, logLevel: 'warn' });
});
afterAll(async () => {
  await h.close();
  await highlights.close();
});

async function command(text: string, channelId: string): Promise<Record<string, unknown>> {
  const delivery = h.double.sendSlashCommand({ text, channelId, userId: 'U0HILITE1' });
  return (await waitFor(`an answer to '${text}'`, () => h.double.responsesTo(delivery.responseId)[0])).body;
}

async function highlightFor(channelId: string): Promise<AnswerOf<'highlight'>> {
  const answer = await highlights.service.preview({ platform: 'slack', channelId }, 'en');
  if (answer.kind !== 'highlight') throw new Error(`highlights test: preview answered ${answer.kind}`);
  return answer;
}

describe('Slack highlight commands', () => {
  it('subscribe the channel at a time and zone, telling the channel', async () => {
    const body = await command('highlights subscribe 08:30 Asia/Almaty', 'C0HLSUB01');
    expect({ type: body.response_type, text: visibleText(body) }).toEqual({
      type: 'in_channel',
      text: expect.stringMatching(/^This channel gets a daily highlight at 08:30 \(Asia\/Almaty\)\.[\s\S]*\nNext: /u),
    });
  });

  it('show the status to the asker alone', async () => {
    await command('highlights subscribe', 'C0HLSTAT1');
    const body = await command('highlights status', 'C0HLSTAT1');
    expect({ type: body.response_type, text: body.text }).toEqual({ type: 'ephemeral', text: expect.stringContaining('09:00 (UTC)') });
  });

  it('change the time', async () => {
    await command('highlights subscribe', 'C0HLTIME1');
    const body = await command('highlights time 18:45', 'C0HLTIME1');
    expect(body.text).toContain('18:45 (UTC)');
  });

  it('change the time zone', async () => {
    await command('highlights subscribe', 'C0HLZONE1');
    const body = await command('highlights timezone Europe/Moscow', 'C0HLZONE1');
    expect(body.text).toContain('09:00 (Europe/Moscow)');
  });

  it('unsubscribe the channel', async () => {
    await command('highlights subscribe', 'C0HLUNSB1');
    const body = await command('highlights unsubscribe', 'C0HLUNSB1');
    expect(body.text).toBe(say('subscription.unsubscribed', 'en'));
  });

  it('report a channel that is not subscribed', async () => {
    const body = await command('highlights status', 'C0HLNONE1');
    expect(body.text).toBe(say('subscription.none', 'en'));
  });

  it('preview today’s highlight with its citation', async () => {
    const body = await command('highlights preview', 'C0HLPREV1');
    expect(visibleText(body)).toMatch(/\*Daily highlight · \d{4}-\d{2}-\d{2} · commitment \d+ of \d+\*[\s\S]*\n— \*§\d+\*/u);
  });

  it('show the whole paragraph of a highlight, with its unofficial English, to the clicker alone', async () => {
    const preview = await command('highlights preview', 'C0HLPARA1');
    const whole = buttons(preview).find((b) => b.action_id.startsWith('astana:paragraph'));
    if (whole === undefined) throw new Error(`no whole-paragraph button in ${JSON.stringify(buttons(preview))}`);
    const delivery = h.double.sendBlockAction({ actionId: whole.action_id, value: whole.value, userId: 'U0HILITE1', channelId: 'C0HLPARA1' });
    const body = (await waitFor('the whole paragraph', () => h.double.responsesTo(delivery.responseId)[0])).body;
    const texts = blockTexts(body);
    expect({
      type: body.response_type,
      replace: body.replace_original,
      cited: texts.flatMap((t) => t.match(/(?<=\*(?:▶ )?)§\d+(?=\*)/g) ?? []),
      english: texts.some((t) => t.startsWith('_Unofficial English rendering:_')),
    }).toEqual({ type: 'ephemeral', replace: false, cited: [`§${whole.value.split(':')[2]}`], english: true });
  });

  it('answer a bad time with the service’s error, to the asker alone', async () => {
    const body = await command('highlights subscribe 25:99', 'C0HLBAD01');
    expect({ type: body.response_type, text: body.text }).toEqual({ type: 'ephemeral', text: expect.stringContaining('HH:MM') });
  });

  it('show the usage for an unknown sub-command', async () => {
    const body = await command('highlights sometimes', 'C0HLBAD02');
    expect(body.text).toBe(say('highlights.usage', 'en'));
  });
});

describe('Slack highlight poster', () => {
  it('posts the highlight with its key in the message metadata', async () => {
    await h.adapter.post('C0POST001', await highlightFor('C0POST001'), 'slack:C0POST001:2024-07-05');
    const call = await waitFor('the post', () => h.double.calledWith('chat.postMessage').find((c) => c.args.channel === 'C0POST001'));
    expect(call.args.metadata).toEqual({ event_type: HIGHLIGHT_EVENT_TYPE, event_payload: { key: 'slack:C0POST001:2024-07-05' } });
  });

  it('finds a posted highlight by its key in the channel history', async () => {
    await h.adapter.post('C0POST002', await highlightFor('C0POST002'), 'key-found');
    h.double.addMessage({ channel: 'C0POST002', text: 'later chatter' });
    expect(await h.adapter.findPosted('C0POST002', 'key-found')).toBe(true);
  });

  it('does not find a key that was never posted', async () => {
    await h.adapter.post('C0POST003', await highlightFor('C0POST003'), 'key-posted');
    expect(await h.adapter.findPosted('C0POST003', 'key-other')).toBe(false);
  });

  it('pages through a long history to find an older post', async () => {
    await h.adapter.post('C0POST004', await highlightFor('C0POST004'), 'key-old');
    for (let i = 0; i < 450; i += 1) h.double.addMessage({ channel: 'C0POST004', text: `chatter ${i}` });
    expect(await h.adapter.findPosted('C0POST004', 'key-old')).toBe(true);
  });

  it('finds its post after a crash though more than 1,000 messages came after it, reading back to the intent', async () => {
    const intent = new Date(Date.now() - 1000);
    await h.adapter.post('C0POST005', await highlightFor('C0POST005'), 'key-busy-day');
    for (let i = 0; i < 1_200; i += 1) h.double.addMessage({ channel: 'C0POST005', text: `chatter ${i}` });
    const found = await h.adapter.findPosted('C0POST005', 'key-busy-day', intent);
    const reads = h.double.calledWith('conversations.history').filter((c) => c.args.channel === 'C0POST005');
    expect({ found, oldest: reads.every((c) => Number(c.args.oldest) <= intent.getTime() / 1000) }).toEqual({ found: true, oldest: true });
  });

  it('does not take account_inactive (the token’s account is gone) for a gone channel: the post fails and is retried', async () => {
    h.double.setChannelError('C0INACTIV', 'account_inactive');
    await expect(h.adapter.post('C0INACTIV', await highlightFor('C0INACTIV'), 'k')).rejects.toMatchObject({ data: { error: 'account_inactive' } });
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived'])('reports %s as a channel that is gone', async (reason) => {
    h.double.setChannelError('C0GONE001', reason);
    await expect(h.adapter.post('C0GONE001', await highlightFor('C0GONE001'), 'k')).rejects.toBeInstanceOf(ChannelGoneError);
  });

  it('reports a gone channel when reading its history', async () => {
    h.double.setChannelError('C0GONE002', 'not_in_channel');
    await expect(h.adapter.findPosted('C0GONE002', 'k')).rejects.toBeInstanceOf(ChannelGoneError);
  });

  it('reports a 429 as rate limited with Slack’s Retry-After', async () => {
    h.double.rateLimitNext('chat.postMessage', 7);
    await expect(h.adapter.post('C0LIMIT01', await highlightFor('C0LIMIT01'), 'k')).rejects.toEqual(new PostRateLimitedError(7000));
  });

  it('passes other errors on unchanged', async () => {
    h.double.failNext('chat.postMessage', 'invalid_blocks');
    await expect(h.adapter.post('C0OTHER01', await highlightFor('C0OTHER01'), 'k')).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_BAD_TIME_TEXT, HIGHLIGHT_BAD_TIME_ZONE_TEXT, HIGHLIGHT_NOT_SUBSCRIBED_TEXT } from '../../src/messages.js';
import type { Answer, AnswerOf } from '../../src/model.js';
import { ELLIPSIS } from '../../src/model.js';
import { Harness, core, slackChannel } from './helpers/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

function harness(start = '2024-07-08T00:00:00Z'): Harness {
  h = new Harness(start);
  return h;
}

async function subscription(pending: Answer | Promise<Answer>): Promise<AnswerOf<'subscription'>> {
  const answer = await pending;
  if (answer.kind !== 'subscription') throw new Error(`expected a subscription answer, got ${JSON.stringify(answer)}`);
  return answer;
}

async function error(pending: Answer | Promise<Answer>): Promise<AnswerOf<'error'>> {
  const answer = await pending;
  if (answer.kind !== 'error') throw new Error(`expected an error answer, got ${JSON.stringify(answer)}`);
  return answer;
}

async function highlight(pending: Answer | Promise<Answer>): Promise<AnswerOf<'highlight'>> {
  const answer = await pending;
  if (answer.kind !== 'highlight') throw new Error(`expected a highlight answer, got ${JSON.stringify(answer)}`);
  return answer;
}

const C1 = slackChannel('C1');

describe('subscribe', () => {
  it('subscribes at 09:00 in the default zone when no time or zone is given', async () => {
    const s = await subscription(harness().hl.service.subscribe(C1, {}, 'en'));
    expect(s.action).toBe('subscribed');
    expect(s.subscription).toMatchObject({ channelId: 'C1', subscribed: true, paused: false, time: '09:00', timeZone: 'UTC' });
  });

  it('takes the time and zone given, the zone in its canonical spelling', async () => {
    const s = await subscription(harness().hl.service.subscribe(C1, { time: '8:30', timeZone: 'asia/almaty' }, 'en'));
    expect(s.subscription).toMatchObject({ time: '08:30', timeZone: 'Asia/Almaty' });
  });

  it("tells when the next highlight comes: 'Tue 09:00 Asia/Almaty, commitment 1 of N'", async () => {
    // Monday 8 July 2024, 12:00 in Almaty: today's 09:00 has passed, so the first is Tuesday's.
    const s = await subscription(harness('2024-07-08T07:00:00Z').hl.service.subscribe(C1, { timeZone: 'Asia/Almaty' }, 'en'));
    expect(s.subscription.next).toEqual({ at: '2024-07-09T04:00:00.000Z', localLabel: 'Tue 09:00 Asia/Almaty', position: 1, cycleLength: 40 });
  });

  it('answers a bad time with the badTime error naming the value', async () => {
    const e = await error(harness().hl.service.subscribe(C1, { time: '25:00' }, 'en'));
    expect(e.code).toBe('badTime');
    expect(e.message).toContain(HIGHLIGHT_BAD_TIME_TEXT.en);
    expect(e.message).toContain('25:00');
  });

  it('answers a bad time zone with the badTimeZone error naming the value, in the asker’s language', async () => {
    const e = await error(harness().hl.service.subscribe(C1, { timeZone: 'Mars/Olympus' }, 'zh'));
    expect(e.code).toBe('badTimeZone');
    expect(e.message).toContain(HIGHLIGHT_BAD_TIME_ZONE_TEXT.zh);
    expect(e.message).toContain('Mars/Olympus');
  });

  it('stores nothing when the input is bad', async () => {
    const hl = harness().hl;
    await hl.service.subscribe(C1, { timeZone: 'Nowhere/Land' }, 'en');
    expect((await subscription(hl.service.status(C1, 'en'))).subscription.subscribed).toBe(false);
  });

  it('says updated when an already subscribed channel subscribes again with a new time', async () => {
    const hl = harness().hl;
    await hl.service.subscribe(C1, {}, 'en');
    const s = await subscription(hl.service.subscribe(C1, { time: '10:15' }, 'en'));
    expect(s.action).toBe('updated');
    expect(s.subscription.time).toBe('10:15');
  });
});

describe('unsubscribe, time and time zone', () => {
  it('unsubscribes a subscribed channel', async () => {
    const hl = harness().hl;
    await hl.service.subscribe(C1, {}, 'en');
    const s = await subscription(hl.service.unsubscribe(C1, 'en'));
    expect(s.action).toBe('unsubscribed');
    expect(s.subscription.subscribed).toBe(false);
  });

  it('answers notSubscribed for a channel that is not subscribed', async () => {
    const hl = harness().hl;
    for (const answer of [hl.service.unsubscribe(C1, 'en'), hl.service.setTime(C1, '08:00', 'en'), hl.service.setTimeZone(C1, 'Europe/Moscow', 'en')]) {
      const e = await error(answer);
      expect(e.code).toBe('notSubscribed');
      expect(e.message).toBe(HIGHLIGHT_NOT_SUBSCRIBED_TEXT.en);
    }
  });

  it('changes the time', async () => {
    const hl = harness().hl;
    await hl.service.subscribe(C1, {}, 'en');
    const s = await subscription(hl.service.setTime(C1, '18:45', 'en'));
    expect(s.action).toBe('updated');
    expect(s.subscription.time).toBe('18:45');
    expect(s.subscription.next?.localLabel).toBe('Mon 18:45 UTC');
  });

  it('changes the time zone', async () => {
    const hl = harness().hl;
    await hl.service.subscribe(C1, {}, 'en');
    const s = await subscription(hl.service.setTimeZone(C1, 'Europe/Moscow', 'en'));
    expect(s.subscription.timeZone).toBe('Europe/Moscow');
    expect(s.subscription.next?.localLabel).toBe('Mon 09:00 Europe/Moscow');
  });

  it('refuses a bad time on change and keeps the old one', async () => {
    const hl = harness().hl;
    await hl.service.subscribe(C1, { time: '07:00' }, 'en');
    expect((await error(hl.service.setTime(C1, '7 pm', 'en'))).code).toBe('badTime');
    expect((await subscription(hl.service.status(C1, 'en'))).subscription.time).toBe('07:00');
  });

  it('refuses a bad time zone on change and keeps the old one', async () => {
    const hl = harness().hl;
    await hl.service.subscribe(C1, { timeZone: 'Asia/Almaty' }, 'en');
    expect((await error(hl.service.setTimeZone(C1, 'GMT+5', 'en'))).code).toBe('badTimeZone');
    expect((await subscription(hl.service.status(C1, 'en'))).subscription.timeZone).toBe('Asia/Almaty');
  });
});

describe('status', () => {
  it('reports a channel that never subscribed as not subscribed, with the defaults', async () => {
    const s = await subscription(harness().hl.service.status(C1, 'en'));
    expect(s.action).toBe('status');
    expect(s.subscription).toEqual({ channelId: 'C1', subscribed: false, paused: false, time: '09:00', timeZone: 'UTC', next: undefined });
  });
});

describe('preview', () => {
  it('shows the commitment the channel gets today, quoting the committing sentences verbatim', async () => {
    const hl = harness('2024-07-08T06:00:00Z').hl;
    await hl.service.subscribe(C1, { time: '09:00' }, 'en');
    const p = await highlight(hl.service.preview(C1, 'en'));
    expect(p.highlight.date).toBe('2024-07-08');
    expect(p.highlight.position).toBe(1);
    const paragraph = core().context(p.highlight.document.id, p.highlight.paragraph, { before: 0, after: 0 });
    if (paragraph.kind !== 'paragraphs') throw new Error('no paragraph');
    for (const segment of p.highlight.quote) {
      if (segment.text !== ELLIPSIS) expect(paragraph.paragraphs[0]?.text).toContain(segment.text);
    }
    expect(p.highlight.english).toBe(paragraph.paragraphs[0]?.english);
  });

  it('shows the same commitment the scheduler then posts', async () => {
    const hh = harness('2024-07-08T06:00:00Z');
    await hh.hl.service.subscribe(C1, {}, 'en');
    const p = await highlight(hh.hl.service.preview(C1, 'en'));
    await hh.clock.jumpTo('2024-07-08T09:00:00Z');
    await hh.hl.scheduler.tick();
    expect(hh.slack.to('C1').map((d) => d.answer.highlight.paragraph)).toEqual([p.highlight.paragraph]);
  });

  it('shows the first of the channel’s own rotation when it is not subscribed, and subscribing keeps that order', async () => {
    const hl = harness('2024-07-08T06:00:00Z').hl;
    const before = await highlight(hl.service.preview(C1, 'en'));
    expect(before.highlight.position).toBe(1);
    await hl.service.subscribe(C1, {}, 'en');
    expect((await highlight(hl.service.preview(C1, 'en'))).highlight.paragraph).toBe(before.highlight.paragraph);
  });
});

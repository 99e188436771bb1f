// Safety over Socket Mode: no mention ever leaves the bot, floods are limited
// politely, retried and doubled deliveries are answered once, Slack's 429 is
// honoured, failures become apologies, and tokens stay out of the log.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../../src/present/catalogue.js';

const APOLOGY_TEXT = say('error.internal', 'en');
// The floods below ask in Chinese, so they are told in Chinese.
const RATE_LIMITED_TEXT = say('error.rateLimited', 'zh');
import { waitFor } from '../../doubles/slack/wait.js';
import { APP_TOKEN, BOT_TOKEN, startHarness, type Harness } from './harness.js';
import { visibleText } from './read.js';

const LIMIT = 3;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ rateLimitPerMinute: LIMIT });
});
afterAll(async () => {
  await h.close();
});

const postsTo = (channel: string, method = 'chat.postMessage') => h.double.calledWith(method).filter((c) => c.args.channel === channel);

/** Sends a DM from a fresh user to a fresh channel and waits for its answer: everything sent before it has been handled. */
async function marker(name: string): Promise<void> {
  const channel = `D0MK${name}`.slice(0, 11);
  h.double.sendEvent(h.double.userMessage({ text: '§1', channelId: channel, channelType: 'im', userId: `U0MK${name}`.slice(0, 11) }));
  await waitFor(`the marker ${name}`, () => postsTo(channel)[0]);
}

function mention(text: string, channelId: string, userId = 'U0SAFE001'): Record<string, unknown> {
  return h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> ${text}`, channelId, userId });
}

describe('Slack injection attempts', () => {
  const attempt = 'ask &lt;!channel&gt; &lt;!here&gt; &lt;@U0VICTIM1&gt; &amp; pizza';

  // The refusal card does not echo the question (the card decides what is shown); nothing typed may come back as a mention.
  it('answer a slash command without the mentions typed into it', async () => {
    const delivery = h.double.sendSlashCommand({ text: attempt, userId: 'U0INJECT1' });
    const body = (await waitFor('the answer', () => h.double.responsesTo(delivery.responseId)[0])).body;
    expect(visibleText(body)).toContain(say('refusal.absent', 'en', { names: 'pizza' }));
    expect(visibleText(body)).not.toMatch(/channel|here|U0VICTIM1/u);
  });

  it('send no mention markup from a slash command', async () => {
    const delivery = h.double.sendSlashCommand({ text: `${attempt} <!everyone> <!subteam^S0TEAM|@team>`, userId: 'U0INJECT2' });
    const body = (await waitFor('the answer', () => h.double.responsesTo(delivery.responseId)[0])).body;
    expect(JSON.stringify(body).match(/<[!@#]/g)).toBeNull();
  });

  it('send no mention markup from an @-mention', async () => {
    h.double.sendEvent(mention('<!channel> <@U0VICTIM1> &lt;!here&gt; pizza', 'C0INJECT3', 'U0INJECT3'));
    const call = await waitFor('the answer', () => postsTo('C0INJECT3')[0]);
    expect({ markup: JSON.stringify(call.args).match(/<[!@#]/g), linkNames: call.args.link_names }).toEqual({ markup: null, linkNames: undefined });
  });
});

describe('Slack flood', () => {
  it('answers a flooding user up to the limit, then politely once, then not at all', async () => {
    for (let i = 0; i < LIMIT + 2; i += 1) h.double.sendEvent(mention('禁毒', 'C0FLOOD01', 'U0FLOOD01'));
    await waitFor('the polite refusal', () => postsTo('C0FLOOD01', 'chat.postEphemeral')[0]);
    await marker('FLOOD1');
    expect({ answers: postsTo('C0FLOOD01').length, refusals: postsTo('C0FLOOD01', 'chat.postEphemeral').map((c) => c.args.text) }).toEqual({
      answers: LIMIT,
      refusals: [RATE_LIMITED_TEXT],
    });
  });

  it('tells a flooding slash-command user to slow down, to them alone', async () => {
    const deliveries = Array.from({ length: LIMIT + 1 }, () => h.double.sendSlashCommand({ text: '禁毒', userId: 'U0FLOOD02' }));
    const bodies = await Promise.all(deliveries.map((d) => waitFor('an answer', () => h.double.responsesTo(d.responseId)[0])));
    expect(bodies.filter((b) => b.body.text === RATE_LIMITED_TEXT).map((b) => b.body.response_type)).toEqual(['ephemeral']);
  });

  it('keeps answering other users meanwhile', async () => {
    for (let i = 0; i < LIMIT + 2; i += 1) h.double.sendEvent(mention('禁毒', 'C0FLOOD03', 'U0FLOOD03'));
    h.double.sendEvent(mention('§42', 'C0FLOOD03', 'U0CALM001'));
    await waitFor('the calm user’s answer', () => postsTo('C0FLOOD03').find((c) => visibleText(c.args).includes('§42')));
  });
});

describe('Slack duplicate deliveries', () => {
  it('answer a retried event once', async () => {
    const event = mention('禁毒', 'C0RETRY01', 'U0RETRY01');
    const first = h.double.sendEvent(event);
    await waitFor('the first answer', () => postsTo('C0RETRY01')[0]);
    await h.double.sendEvent(event, { eventId: first.eventId, retryAttempt: 1 }).ack;
    await marker('RETRY1');
    expect(postsTo('C0RETRY01')).toHaveLength(1);
  });

  it('answer a retry that arrives while the first delivery is still being handled once', async () => {
    const event = mention('禁毒', 'C0RETRY02', 'U0RETRY02');
    const first = h.double.sendEvent(event);
    h.double.sendEvent(event, { eventId: first.eventId, retryAttempt: 1 });
    await waitFor('the first answer', () => postsTo('C0RETRY02')[0]);
    await marker('RETRY2');
    expect(postsTo('C0RETRY02')).toHaveLength(1);
  });

  it('answer a mention that also arrives as a message event once', async () => {
    const asMention = h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> 禁毒`, channelId: 'D0BOTH001', userId: 'U0BOTH001' });
    h.double.sendEvent(asMention);
    h.double.sendEvent({ ...asMention, type: 'message', channel_type: 'im' });
    await waitFor('the answer', () => postsTo('D0BOTH001')[0]);
    await marker('BOTH1');
    expect(postsTo('D0BOTH001')).toHaveLength(1);
  });
});

describe('Slack failures', () => {
  it('waits as long as a 429 answer says, then delivers', async () => {
    h.double.rateLimitNext('chat.postMessage', 1);
    h.double.sendEvent(mention('§42', 'C0RATE001', 'U0RATE001'));
    const [refused, delivered] = await waitFor('the retried post', () => {
      const calls = postsTo('C0RATE001');
      return calls.length === 2 ? calls : undefined;
    });
    expect((delivered?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('turns a failed answer into an apology to the asker alone', async () => {
    h.double.failNext('chat.postMessage', 'internal_error');
    h.double.sendEvent(mention('§42', 'C0FAIL001', 'U0FAIL001'));
    const apology = await waitFor('the apology', () => postsTo('C0FAIL001', 'chat.postEphemeral')[0]);
    expect({ user: apology.args.user, text: apology.args.text }).toEqual({ user: 'U0FAIL001', text: APOLOGY_TEXT });
  });

  it('logs one error for a failed answer', async () => {
    const before = h.logs.length;
    h.double.failNext('chat.postMessage', 'internal_error');
    h.double.sendEvent(mention('§42', 'C0FAIL002', 'U0FAIL002'));
    await waitFor('the apology', () => postsTo('C0FAIL002', 'chat.postEphemeral')[0]);
    await marker('FAIL2');
    expect(h.logs.slice(before).filter((l) => l.level === 50)).toEqual([
      expect.objectContaining({ during: 'mention', err: expect.objectContaining({ slackError: 'internal_error' }) }),
    ]);
  });
});

describe('Slack log', () => {
  it('holds no token, even at debug level', async () => {
    await marker('LOG1');
    const log = h.logText();
    expect({
      debugLines: log.includes('apps.connections.open'),
      bot: log.includes(BOT_TOKEN),
      app: log.includes(APP_TOKEN),
      shapes: /xox[a-z]-|xapp-/.test(log),
    }).toEqual({ debugLines: true, bot: false, app: false, shapes: false });
  });
});

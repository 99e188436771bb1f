// Asking the bot over Socket Mode: what Slack receives for a slash command, an
// @-mention and a DM, for questions, citations, ranges and the rest.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../../src/present/catalogue.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';
import { blockTexts, buttons, visibleText } from './read.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function command(text: string, userId = 'U0ASKER01'): Promise<Record<string, unknown>> {
  const delivery = h.double.sendSlashCommand({ text, userId });
  await delivery.ack;
  const response = await waitFor(`an answer to '${text}'`, () => h.double.responsesTo(delivery.responseId)[0]);
  return response.body;
}

describe('Slack slash command', () => {
  it('is answered in its acknowledgement: a process killed after it sent one has sent the other', async () => {
    const delivery = h.double.sendSlashCommand({ text: 'ask 禁毒', userId: 'U0ACK0001' });
    const ack = await delivery.ack;
    expect({
      type: ack.payload.response_type,
      cited: JSON.stringify(ack.payload.blocks).includes('§46'),
      posts: h.double.calls.filter((c) => c.method === 'chat.postMessage').length,
      answers: h.double.responsesTo(delivery.responseId ?? '').length,
    }).toEqual({ type: 'in_channel', cited: true, posts: 0, answers: 1 });
  });

  it('answers a question in the channel with the quote, citation and bold matched words', async () => {
    const body = await command('ask 禁毒');
    expect({ type: body.response_type, first: blockTexts(body)[0] }).toEqual({
      type: 'in_channel',
      first: expect.stringMatching(/^>.*\u200b\*禁毒\*\u200b.*\n— \*§46\* · 禁毒$/s),
    });
  });

  it('treats bare text as a question', async () => {
    const body = await command('禁毒');
    expect(blockTexts(body)[0]).toMatch(/— \*§46\*/);
  });

  it('shows the English rendering under the quote for an English question', async () => {
    const body = await command('ask What about drug trafficking?');
    const english = blockTexts(body)[1] ?? '';
    expect({
      labelled: english.startsWith('_Unofficial English rendering:_ The Member States'),
      bold: english.includes('\u200b*drug trafficking*\u200b'),
    }).toEqual({ labelled: true, bold: true });
  });

  it('shows a cited paragraph itself', async () => {
    const body = await command('para 42');
    expect(blockTexts(body)[0]).toMatch(/^\*§42\*( · [^\n]+)?\n成员国注意到哈萨克斯坦共和国关于在阿拉木图建立联合国中亚及阿富汗可持续发展区域中心的建议。$/u);
  });

  it('shows each paragraph of a range', async () => {
    const body = await command('§12-14');
    expect(
      blockTexts(body)
        .filter((t) => /^\*§1[234]\*/.test(t))
        .map((t) => t.slice(0, 5)),
    ).toEqual(['*§12*', '*§13*', '*§14*']);
  });

  it('says when the declaration does not cover a question, with suggestions', async () => {
    const body = await command('ask pizza recipes');
    expect(blockTexts(body)).toEqual([say('refusal.absent', 'en', { names: 'pizza recipes' }), expect.stringMatching(/^\*Topics it does cover:\*\n• \*/)]);
  });

  it('shows help to the asker alone', async () => {
    const body = await command('help');
    expect({ type: body.response_type, text: visibleText(body) }).toEqual({ type: 'ephemeral', text: expect.stringContaining('/astana ask &lt;question&gt;') });
  });

  it('lists the topics', async () => {
    const body = await command('topics');
    expect(visibleText(body)).toContain('`/astana topic drugs`');
  });

  it('says highlights are not enabled when the bot runs without them', async () => {
    const body = await command('highlights subscribe');
    expect({ type: body.response_type, text: body.text }).toEqual({ type: 'ephemeral', text: say('error.highlightsDisabled', 'en') });
  });

  it('shows an out-of-range citation as an error to the asker alone', async () => {
    const body = await command('§999');
    expect({ type: body.response_type, text: body.text }).toEqual({
      type: 'ephemeral',
      text: 'The declaration has 120 paragraphs: ask for a number from §1 to §120.',
    });
  });
});

describe('Slack, in the asker’s language', () => {
  /** What the bot wrote around the quotes: every block line but the quoted ones, and the buttons. */
  const chrome = (body: Record<string, unknown>): string[] => [
    ...blockTexts(body)
      .flatMap((t) => t.split('\n'))
      .filter((line) => !line.startsWith('>')),
    ...buttons(body).map((b) => b.text),
  ];

  it('gives a Chinese question no English label, button or heading, and no English rendering', async () => {
    const body = await command('ask 禁毒合作');
    expect(chrome(body).filter((line) => /[A-Za-z]{2,}/u.test(line))).toEqual([]);
  });

  it('gives an English question no Chinese chrome', async () => {
    const body = await command('ask What about drug trafficking?');
    expect(chrome(body).filter((line) => !line.startsWith('_Unofficial English rendering:_') && /\p{Script=Han}/u.test(line))).toEqual([]);
  });

  it('reads input with no language of its own in the workspace’s default language', async () => {
    const zh = await startHarness({ language: 'zh' });
    try {
      const delivery = zh.double.sendSlashCommand({ text: '§42', userId: 'U0DEFAULT' });
      await delivery.ack;
      const body = (await waitFor('the paragraph', () => zh.double.responsesTo(delivery.responseId)[0])).body;
      expect(buttons(body).map((b) => b.text)).toEqual([say('action.context', 'zh')]);
    } finally {
      await zh.close();
    }
  });
});

describe('Slack @-mention', () => {
  it('is answered in the thread of the mentioning message', async () => {
    const event = h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> 禁毒`, channelId: 'C0MENTION' });
    h.double.sendEvent(event);
    const call = await waitFor('the answer in the thread', () => h.double.calledWith('chat.postMessage').find((c) => c.args.channel === 'C0MENTION'));
    expect({ thread: call.args.thread_ts, cites: blockTexts(call.args)[0] }).toEqual({ thread: event.ts, cites: expect.stringContaining('*§46*') });
  });

  it('inside a thread is answered in that thread', async () => {
    const event = h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> §42`, channelId: 'C0THREAD1', threadTs: '1700000000.000001' });
    h.double.sendEvent(event);
    const call = await waitFor('the answer in the thread', () => h.double.calledWith('chat.postMessage').find((c) => c.args.channel === 'C0THREAD1'));
    expect(call.args.thread_ts).toBe('1700000000.000001');
  });

  it('sends the bot no mention of itself as part of the question', async () => {
    const event = h.double.userMessage({ type: 'app_mention', text: `<@${h.double.botUserId}> help`, channelId: 'C0MENTHLP', userId: 'U0HELPER1' });
    h.double.sendEvent(event);
    const call = await waitFor('the help', () => h.double.calledWith('chat.postEphemeral').find((c) => c.args.channel === 'C0MENTHLP'));
    expect({ user: call.args.user, text: visibleText(call.args) }).toEqual({
      user: 'U0HELPER1',
      text: expect.stringContaining('/astana ask &lt;question&gt;'),
    });
  });
});

describe('Slack direct message', () => {
  it('is answered in the DM, outside any thread', async () => {
    h.double.sendEvent(h.double.userMessage({ text: '§42', channelId: 'D0DIRECT1', channelType: 'im' }));
    const call = await waitFor('the answer in the DM', () => h.double.calledWith('chat.postMessage').find((c) => c.args.channel === 'D0DIRECT1'));
    expect({ thread: call.args.thread_ts, text: blockTexts(call.args)[0] }).toEqual({ thread: undefined, text: expect.stringMatching(/^\*§42\*/) });
  });

  it('ignores messages in channels that do not mention the bot', async () => {
    h.double.sendEvent(h.double.userMessage({ text: '禁毒', channelId: 'C0CHATTER', channelType: 'channel' }));
    h.double.sendEvent(h.double.userMessage({ text: '§42', channelId: 'D0MARKER1', channelType: 'im' }));
    await waitFor('the later DM answer', () => h.double.calledWith('chat.postMessage').find((c) => c.args.channel === 'D0MARKER1'));
    expect(h.double.calls.filter((c) => c.args.channel === 'C0CHATTER')).toEqual([]);
  });
});

describe('Slack limits', () => {
  it('refused nothing the adapter sent in this file', () => {
    expect(h.double.rejected).toEqual([]);
  });
});

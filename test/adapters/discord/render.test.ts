import { describe, expect, it } from 'vitest';
import { embedsFor, markdownChunks, pack } from '../../../adapters/discord/layout.js';
import { escapeMarkdown, segmentsToMarkdown } from '../../../adapters/discord/markdown.js';
import { QueryStore } from '../../../adapters/query-store.js';
import { MemoryShared } from '../../../src/store/memory-shared.js';
import { cardToDiscord } from '../../../adapters/discord/render.js';
import { splitMark, withMark } from '../../../adapters/discord/buttons.js';
import { decodeAction } from '../../../adapters/button-action.js';
import type { Answer, AnswerOf, ParagraphView, Passage, SubscriptionView } from '../../../src/model.js';
import { say } from '../../../src/present/catalogue.js';
import { present } from '../../../src/present/present.js';

const document = { id: 'astana-declaration-2024', title: '阿斯塔纳宣言' };
const topic = { id: 'drugs', en: 'Drugs', zh: '禁毒' };
const queries = new QueryStore(new MemoryShared());
const draw = (answer: Answer) => cardToDiscord(present(answer), queries);
const labels = (answer: Answer): string[] =>
  draw(answer).payloads.flatMap((p) => p.components.flatMap((row) => row.components.map((b) => ('label' in b ? (b.label ?? '') : ''))));
const passage = (paragraph: number): Passage => ({
  document,
  paragraph,
  topic,
  text: '成员国支持禁毒合作。',
  quote: [
    { text: '成员国支持', emphasis: false },
    { text: '禁毒', emphasis: true },
    { text: '合作。', emphasis: false },
  ],
  english: [
    { text: 'Support ', emphasis: false },
    { text: 'drug', emphasis: true },
    { text: ' control.', emphasis: false },
  ],
  score: 1,
});
const view = (paragraph: number, text = '成员国。'): ParagraphView => ({ document, paragraph, topic, text, english: undefined });
const highlight = (language: 'en' | 'zh'): AnswerOf<'highlight'> => ({
  kind: 'highlight',
  language,
  highlight: {
    document,
    paragraph: 45,
    topic,
    quote: [{ text: '成员国将加强合作。', emphasis: false }],
    english: 'Member States will strengthen cooperation.',
    position: 3,
    cycleLength: 40,
    date: '2024-07-05',
  },
});
const subscribed = (language: 'en' | 'zh'): AnswerOf<'subscription'> => {
  const subscription: SubscriptionView = {
    channelId: '1',
    subscribed: true,
    paused: false,
    time: '09:00',
    timeZone: 'Asia/Almaty',
    next: { at: '2024-07-09T04:00:00Z', localLabel: 'Tue 09:00 Asia/Almaty', position: 18, cycleLength: 40 },
  };
  return { kind: 'subscription', language, action: 'status', subscription };
};
const plainOf = (markdown: string): string => markdown.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/\n/g, '');

describe('markdown', () => {
  it('escapes markup and mentions in user text', async () =>
    expect(escapeMarkdown('**x** `y` <@1> @everyone')).toEqual('\\*\\*x\\*\\* \\`y\\` \\<@1\\> @\u200beveryone'));
  it('escapes a line that would become a list or a heading', async () => expect(escapeMarkdown('- a\n1. b\n# c')).toEqual('\\- a\n1\\. b\n\\# c'));
  it('bolds emphasised segments', async () =>
    expect(
      segmentsToMarkdown([
        { text: 'a', emphasis: false },
        { text: 'b*', emphasis: true },
      ]),
    ).toEqual('a**b\\***'));
});

describe('layout', () => {
  it('splits long text at sentence ends into chunks within the limit', async () =>
    expect(markdownChunks([{ text: '一二三。四五六。七八九。', emphasis: false }], 8)).toEqual(['一二三。四五六。', '七八九。']));
  it('never drops text when splitting', async () =>
    expect(
      markdownChunks([{ text: 'x'.repeat(25), emphasis: true }], 10)
        .map((c) => c.replace(/\*\*/g, ''))
        .join(''),
    ).toEqual('x'.repeat(25)));
  it('keeps bold balanced in every chunk', async () =>
    expect(markdownChunks([{ text: 'x'.repeat(25), emphasis: true }], 10).every((c) => c.startsWith('**') && c.endsWith('**'))).toEqual(true));
  it('numbers the embeds of a paragraph too long for one', async () =>
    expect(embedsFor('§1', [{ heading: undefined, segments: [{ text: '字。'.repeat(3000), emphasis: false }] }], undefined, 0).map((e) => e.title)).toEqual([
      '§1 (1/2)',
      '§1 (2/2)',
    ]));
  it('keeps every character of a long paragraph across its embeds', async () =>
    expect(
      embedsFor('§1', [{ heading: undefined, segments: [{ text: '字。'.repeat(3000), emphasis: false }] }], undefined, 0)
        .map((e) => plainOf(e.description ?? ''))
        .join(''),
    ).toEqual('字。'.repeat(3000)));
  it('starts a new message past 6,000 embed characters', async () =>
    expect(
      pack(
        [],
        Array.from({ length: 4 }, () => ({ description: 'x'.repeat(2500) })),
        [],
      ).map((p) => p.embeds.length),
    ).toEqual([2, 2]));
  it('starts a new message past 10 embeds', async () =>
    expect(
      pack(
        [],
        Array.from({ length: 12 }, () => ({ description: 'x' })),
        [],
      ).map((p) => p.embeds.length),
    ).toEqual([10, 2]));
  it('puts the buttons on the last message', async () =>
    expect(
      pack(
        [],
        Array.from({ length: 12 }, () => ({ description: 'x' })),
        [{ type: 1, components: [] }],
      ).map((p) => p.components.length),
    ).toEqual([0, 1]));
  it('splits content longer than 2,000 characters', async () =>
    expect(pack([{ text: 'y'.repeat(2500), emphasis: false }], [], []).map((p) => p.content.length)).toEqual([2000, 500]));
});

describe('the Discord card', () => {
  const passages = (language: 'en' | 'zh', total = 1, query = 'q'): AnswerOf<'passages'> => ({
    kind: 'passages',
    query,
    language,
    absent: [],
    note: undefined,
    passages: [passage(44)],
    offset: 0,
    total,
  });
  it('says which results are shown when there are more', async () => expect(draw(passages('en', 4)).payloads[0]?.content).toEqual('(Showing 1–1 of 4)'));
  it('titles a passage with its citation and topic in the reader’s language', async () =>
    expect([draw(passages('zh')).payloads[0]?.embeds[0]?.title, draw(passages('en')).payloads[0]?.embeds[0]?.title]).toEqual(['§44 · 禁毒', '§44 · Drugs']));
  it('quotes with matches in bold', async () => expect(draw(passages('zh')).payloads[0]?.embeds[0]?.description).toEqual('成员国支持**禁毒**合作。'));
  it('adds the English rendering under the quote for an English question only', async () =>
    expect([draw(passages('en')).payloads[0]?.embeds[0]?.description, draw(passages('zh')).payloads[0]?.embeds.length]).toEqual([
      '成员国支持**禁毒**合作。\n\n*Unofficial English rendering:*\nSupport **drug** control.',
      1,
    ]));
  it('labels the buttons in the reader’s language', async () =>
    expect([labels(passages('en', 4)), labels(passages('zh', 4))]).toEqual([
      ['More results', 'Show in context §44'],
      ['更多结果', '查看上下文 §44'],
    ]));
  it('carries the whole target in the custom_id, a long question by its key', async () => {
    const id = draw(passages('en', 4, 'q'.repeat(900))).payloads[0]?.components[0]?.components[0];
    const decoded = await decodeAction(id !== undefined && 'custom_id' in id ? id.custom_id : '', 100, queries);
    expect(decoded).toEqual({ type: 'more', target: { kind: 'ask', query: 'q'.repeat(900), offset: 1, language: 'en' } });
  });
  it('offers no "earlier" on the first paragraphs', async () =>
    expect(
      labels({
        kind: 'paragraphs',
        language: 'zh',
        document,
        paragraphs: [view(1), view(2)],
        requested: 2,
        window: { from: 1, to: 2, center: undefined, total: 120 },
      }),
    ).toEqual(['后面的段落 ▶']));
  it('says how many paragraphs were shown of those requested', async () =>
    expect(
      draw({ kind: 'paragraphs', language: 'en', document, paragraphs: [view(1)], requested: 7, window: { from: 1, to: 1, center: undefined, total: 120 } })
        .payloads[0]?.content,
    ).toEqual('(7 paragraphs requested; showing 1.)'));
  it('renders an error as an ephemeral message with its text', async () => {
    const message = say('error.manageChannels', 'en');
    expect(draw({ kind: 'error', language: 'en', code: 'forbidden', message })).toEqual({
      ephemeral: true,
      payloads: [{ content: message, embeds: [], components: [] }],
    });
  });
  it('renders an unsubscription as one line', async () =>
    expect(
      draw({
        kind: 'subscription',
        language: 'en',
        action: 'unsubscribed',
        subscription: { channelId: '1', subscribed: false, paused: false, time: '09:00', timeZone: 'UTC', next: undefined },
      }).payloads[0]?.content,
    ).toEqual(say('subscription.unsubscribed', 'en')));
  it('heads a highlight with its place in the cycle, in the subscriber’s language', async () =>
    expect([draw(highlight('en')).payloads[0]?.embeds[0]?.title, draw(highlight('zh')).payloads[0]?.embeds[0]?.title]).toEqual([
      'Daily highlight · 2024-07-05 · commitment 3 of 40',
      '每日要点 · 2024-07-05 · 第 3/40 项承诺',
    ]));
  it('puts the unofficial English under a highlight for an English channel only', async () =>
    expect([draw(highlight('en')).payloads[0]?.embeds[0]?.description, draw(highlight('zh')).payloads[0]?.embeds[0]?.description]).toEqual([
      '**§45 · Drugs**\n成员国将加强合作。\n\n*Unofficial English rendering:*\nMember States will strengthen cooperation.',
      '**§45 · 禁毒**\n成员国将加强合作。',
    ]));
  it('offers the whole paragraph and the paragraph in context under a highlight', async () =>
    expect(draw(highlight('en')).payloads[0]?.components[0]?.components.map((b) => ('custom_id' in b ? [b.label, b.custom_id] : []))).toEqual([
      ['Whole paragraph §45', 'para:astana-declaration-2024:45:45:en'],
      ['Show in context §45', 'ctx:astana-declaration-2024:45:1:1:en'],
    ]));
  it('tells the next post’s place in the cycle in the status, in the reader’s language', async () =>
    expect([draw(subscribed('en')).payloads[0]?.content, draw(subscribed('zh')).payloads[0]?.content]).toEqual([
      'This channel gets a daily highlight at 09:00 (Asia/Almaty).\nNext: Tue 09:00 Asia/Almaty, commitment 18 of 40.',
      '本频道每天 09:00（Asia/Almaty）收到每日要点。\n下一次：周二 09:00 Asia/Almaty，第 18/40 项承诺。',
    ]));
  it('escapes the reason of a not-covered answer', async () =>
    expect(
      draw({ kind: 'notCovered', query: 'q', language: 'en', reason: '@everyone *hi*', absent: [], missing: undefined, related: [], suggestions: [] })
        .payloads[0]?.content,
    ).toEqual('@\u200beveryone \\*hi\\*'));
});

describe('button custom_ids', () => {
  it('marks a whole-paragraph button with the digest of a post key, and reads it back', async () =>
    expect(splitMark(withMark('para:astana-declaration-2024:45:45:en', 'AbC_d-0123456789abcdefghi'))).toEqual({
      id: 'para:astana-declaration-2024:45:45:en',
      mark: 'AbC_d-0123456789abcdefghi',
    }));
  it('marks no other button', async () => expect(withMark('ctx:astana-declaration-2024:45:1:1:en', 'AbC')).toEqual('ctx:astana-declaration-2024:45:1:1:en'));
  it('refuses a mark longer than a nonce', async () => expect(splitMark(`para:astana-declaration-2024:45:45:en|${'x'.repeat(26)}`).mark).toEqual(undefined));
  it('refuses a target that is not ours', async () =>
    expect([await decodeAction('page:astana-declaration-2024:45', 100, queries), await decodeAction('next:d:9:3:en', 100, queries)]).toEqual([
      undefined,
      undefined,
    ]));
});

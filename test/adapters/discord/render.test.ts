import { describe, expect, it } from 'vitest';
import { embedsFor, markdownChunks, pack } from '../../../adapters/discord/layout.js';
import { escapeMarkdown, segmentsToMarkdown } from '../../../adapters/discord/markdown.js';
import { QueryStore } from '../../../adapters/query-store.js';
import { createRenderers, paragraphRanges } from '../../../adapters/discord/render.js';
import { customIdFor, parseCustomId } from '../../../adapters/discord/buttons.js';
import { LABEL_MORE_RESULTS, LABEL_SHOW_CONTEXT, LABEL_SUBSCRIBED, LABEL_UNSUBSCRIBED, LABEL_WHOLE_PARAGRAPH, MANAGE_CHANNELS_REQUIRED_TEXT } from '../../../src/messages.js';
import { render, type Answer, type AnswerOf, type ParagraphView, type Passage, type SubscriptionView } from '../../../src/model.js';

const document = { id: 'astana-declaration-2024', title: '阿斯塔纳宣言' };
const topic = { id: 'drugs', en: 'Drugs', zh: '禁毒' };
const renderers = () => createRenderers(new QueryStore());
const draw = (answer: Answer) => render(answer, renderers());
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
  highlight: { document, paragraph: 45, topic, quote: [{ text: '成员国将加强合作。', emphasis: false }], english: 'Member States will strengthen cooperation.', position: 3, cycleLength: 40, date: '2024-07-05' },
});
const subscribed = (language: 'en' | 'zh'): AnswerOf<'subscription'> => {
  const subscription: SubscriptionView = { channelId: '1', subscribed: true, paused: false, time: '09:00', timeZone: 'Asia/Almaty', next: { at: '2024-07-09T04:00:00Z', localLabel: 'Tue 09:00 Asia/Almaty', position: 18, cycleLength: 40 } };
  return { kind: 'subscription', language, action: 'status', subscription };
};
const plainOf = (markdown: string): string => markdown.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/\n/g, '');

describe('markdown', () => {
  it('escapes markup and mentions in user text', () => expect(escapeMarkdown('**x** `y` <@1> @everyone')).toEqual('\\*\\*x\\*\\* \\`y\\` \\<@1\\> @\u200beveryone'));
  it('escapes a line that would become a list or a heading', () => expect(escapeMarkdown('- a\n1. b\n# c')).toEqual('\\- a\n1\\. b\n\\# c'));
  it('bolds emphasised segments', () => expect(segmentsToMarkdown([{ text: 'a', emphasis: false }, { text: 'b*', emphasis: true }])).toEqual('a**b\\***'));
});

describe('layout', () => {
  it('splits long text at sentence ends into chunks within the limit', () => expect(markdownChunks([{ text: '一二三。四五六。七八九。', emphasis: false }], 8)).toEqual(['一二三。四五六。', '七八九。']));
  it('never drops text when splitting', () => expect(markdownChunks([{ text: 'x'.repeat(25), emphasis: true }], 10).map((c) => c.replace(/\*\*/g, '')).join('')).toEqual('x'.repeat(25)));
  it('keeps bold balanced in every chunk', () => expect(markdownChunks([{ text: 'x'.repeat(25), emphasis: true }], 10).every((c) => c.startsWith('**') && c.endsWith('**'))).toEqual(true));
  it('numbers the embeds of a paragraph too long for one', () => expect(embedsFor('§1', [{ heading: undefined, segments: [{ text: '字。'.repeat(3000), emphasis: false }] }], undefined, 0).map((e) => e.title)).toEqual(['§1 (1/2)', '§1 (2/2)']));
  it('keeps every character of a long paragraph across its embeds', () => expect(embedsFor('§1', [{ heading: undefined, segments: [{ text: '字。'.repeat(3000), emphasis: false }] }], undefined, 0).map((e) => plainOf(e.description ?? '')).join('')).toEqual('字。'.repeat(3000)));
  it('starts a new message past 6,000 embed characters', () => expect(pack([], Array.from({ length: 4 }, () => ({ description: 'x'.repeat(2500) })), []).map((p) => p.embeds.length)).toEqual([2, 2]));
  it('starts a new message past 10 embeds', () => expect(pack([], Array.from({ length: 12 }, () => ({ description: 'x' })), []).map((p) => p.embeds.length)).toEqual([10, 2]));
  it('puts the buttons on the last message', () => expect(pack([], Array.from({ length: 12 }, () => ({ description: 'x' })), [{ type: 1, components: [] }]).map((p) => p.components.length)).toEqual([0, 1]));
  it('splits content longer than 2,000 characters', () => expect(pack([{ text: 'y'.repeat(2500), emphasis: false }], [], []).map((p) => p.content.length)).toEqual([2000, 500]));
});

describe('the Discord renderer', () => {
  it('heads passages with the question and the range shown', () => expect(draw({ kind: 'passages', query: 'drugs', language: 'en', absent: [], note: undefined, passages: [passage(44)], offset: 0, total: 4 }).payloads[0]?.content).toEqual('**drugs** · 1–1 / 4'));
  it('titles a passage with its citation and topic', () => expect(draw({ kind: 'passages', query: 'q', language: 'zh', absent: [], note: undefined, passages: [passage(44)], offset: 0, total: 1 }).payloads[0]?.embeds[0]?.title).toEqual('§44 · 禁毒'));
  it('quotes with matches in bold and the citation', () => expect(draw({ kind: 'passages', query: 'q', language: 'zh', absent: [], note: undefined, passages: [passage(44)], offset: 0, total: 1 }).payloads[0]?.embeds[0]?.description).toEqual('成员国支持**禁毒**合作。 (§44)'));
  it('adds the English rendering under the quote for an English question', () => expect(draw({ kind: 'passages', query: 'q', language: 'en', absent: [], note: undefined, passages: [passage(44)], offset: 0, total: 1 }).payloads[0]?.embeds[0]?.description).toEqual('成员国支持**禁毒**合作。 (§44)\n\n*Unofficial English rendering*\nSupport **drug** control.'));
  it('offers more results while there are more', () => expect(draw({ kind: 'passages', query: 'q', language: 'en', absent: [], note: undefined, passages: [passage(44)], offset: 0, total: 4 }).payloads[0]?.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual([LABEL_MORE_RESULTS, 'Show in context §44']));
  it('keeps a long question out of the custom_id', () => expect(parseCustomId((draw({ kind: 'passages', query: 'q'.repeat(900), language: 'en', absent: [], note: undefined, passages: [passage(44)], offset: 0, total: 4 }).payloads[0]?.components[0]?.components[0] as { custom_id: string }).custom_id)).toEqual({ kind: 'more', key: expect.stringMatching(/^[0-9a-f]{16}$/u), offset: 1 }));
  it('disables "earlier" on the first paragraph', () => expect(draw({ kind: 'paragraphs', language: 'zh', document, paragraphs: [view(1)], requested: 1, window: { from: 1, to: 1, center: undefined, total: 120 } }).payloads[0]?.components[0]?.components.map((b) => b.disabled === true)).toEqual([true, false]));
  it('says how many paragraphs were not shown', () => expect(draw({ kind: 'paragraphs', language: 'en', document, paragraphs: [view(1)], requested: 7, window: { from: 1, to: 1, center: undefined, total: 120 } }).payloads[0]?.content).toEqual('7 paragraphs requested; showing 1; 6 more not shown here; page on with the buttons below'));
  it('lists topics with their paragraph ranges', () => expect(paragraphRanges([44, 45, 46, 12, 48])).toEqual('§12, §44–46, §48'));
  it('renders an error as an ephemeral message with its text', () => expect(draw({ kind: 'error', language: 'en', code: 'forbidden', message: MANAGE_CHANNELS_REQUIRED_TEXT })).toEqual({ ephemeral: true, payloads: [{ content: MANAGE_CHANNELS_REQUIRED_TEXT, embeds: [], components: [] }] }));
  it('renders an unsubscription as one line', () => expect(draw({ kind: 'subscription', language: 'en', action: 'unsubscribed', subscription: { channelId: '1', subscribed: false, paused: false, time: '09:00', timeZone: 'UTC', next: undefined } }).payloads[0]?.content).toEqual(LABEL_UNSUBSCRIBED));
  it('tells a highlight’s place in the cycle as “commitment 3 of 40”', () => expect(draw(highlight('en')).payloads[0]?.embeds[0]?.footer?.text).toEqual('commitment 3 of 40 · 阿斯塔纳宣言'));
  it('tells a Chinese highlight’s place in the cycle in Chinese', () => expect(draw(highlight('zh')).payloads[0]?.embeds[0]?.footer?.text).toEqual('第 3/40 项承诺 · 阿斯塔纳宣言'));
  it('puts the unofficial English under a highlight in English', () => expect(draw(highlight('en')).payloads[0]?.embeds[0]?.description).toEqual('成员国将加强合作。 (§45)\n\n*Unofficial English rendering*\nMember States will strengthen cooperation.'));
  it('puts the unofficial English under a highlight in a Chinese channel too', () => expect(draw(highlight('zh')).payloads[0]?.embeds[0]?.description).toEqual('成员国将加强合作。 (§45)\n\n*非官方英文译文*\nMember States will strengthen cooperation.'));
  it('offers the whole paragraph and the paragraph in context under a highlight', () => expect(draw(highlight('en')).payloads[0]?.components[0]?.components.map((b) => ('custom_id' in b ? [b.label, b.custom_id] : []))).toEqual([[`${LABEL_WHOLE_PARAGRAPH} §45`, 'para:astana-declaration-2024:45'], [`${LABEL_SHOW_CONTEXT} §45`, 'ctx:astana-declaration-2024:45']]));
  it('tells the next post’s place in the cycle in the status', () => expect(draw(subscribed('en')).payloads[0]?.content).toEqual(`${LABEL_SUBSCRIBED}: 09:00 (Asia/Almaty)\nNext: Tue 09:00 Asia/Almaty, commitment 18 of 40`));
  it('tells the next post’s place in the cycle in Chinese for a Chinese status', () => expect(draw(subscribed('zh')).payloads[0]?.content).toEqual(`${LABEL_SUBSCRIBED}: 09:00 (Asia/Almaty)\nNext: Tue 09:00 Asia/Almaty, 第 18/40 项承诺`));
  it('escapes the question echoed in a not-covered answer', () => expect(draw({ kind: 'notCovered', query: '@everyone *hi*', language: 'en', reason: 'The declaration does not address this, as far as I can find.', absent: [], missing: undefined, related: [], suggestions: [] }).payloads[0]?.content).toEqual('The declaration does not address this, as far as I can find. — **@\u200beveryone \\*hi\\***'));
});

describe('button custom_ids', () => {
  it('reads a whole-paragraph button with the digest of a post key', () => expect(parseCustomId('para:astana-declaration-2024:45:AbC_d-0123456789abcdefghi')).toEqual({ kind: 'paragraph', documentId: 'astana-declaration-2024', paragraph: 45, digest: 'AbC_d-0123456789abcdefghi' }));
  it('reads a whole-paragraph button without a digest', () => expect(parseCustomId('para:astana-declaration-2024:45')).toEqual({ kind: 'paragraph', documentId: 'astana-declaration-2024', paragraph: 45, digest: undefined }));
  it('refuses a digest longer than a nonce', () => expect(parseCustomId(`para:astana-declaration-2024:45:${'x'.repeat(26)}`)).toEqual(undefined));
  it('fits the longest document id, paragraph and digest in 100 characters', () => expect(customIdFor({ kind: 'paragraph', documentId: 'd'.repeat(64), paragraph: 1200, digest: 'x'.repeat(25) }).length).toEqual(100));
});

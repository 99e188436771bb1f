import { describe, expect, it } from 'vitest';
import { actions, button, context, section, SECTION_TEXT_LIMIT, MESSAGE_BLOCK_LIMIT } from '../../../adapters/slack/blocks.js';
import { createSlackRenderers } from '../../../adapters/slack/render.js';
import {
  LABEL_EARLIER,
  LABEL_ENGLISH,
  LABEL_LATER,
  LABEL_MORE_RESULTS,
  LABEL_NOT_SHOWN,
  LABEL_SHOW_CONTEXT,
  LABEL_SUBSCRIBED,
  LABEL_UNSUBSCRIBED,
  LABEL_WHOLE_PARAGRAPH,
} from '../../../src/messages.js';
import type { AnswerOf, ParagraphView, Passage, Segment } from '../../../src/model.js';

const ZW = '\u200b';
const doc = { id: 'astana-declaration-2024', title: '阿斯塔纳宣言' };
const drugs = { id: 'drugs', en: 'Drugs', zh: '禁毒' };
const r = createSlackRenderers({ command: '/astana', keepQuery: () => 'KEPT1' });

const seg = (text: string, emphasis = false): Segment => ({ text, emphasis });
const passage = (paragraph: number, quote: Segment[], english?: Segment[]): Passage => ({ document: doc, paragraph, topic: drugs, text: 'x', quote, english, score: 1 });
const passages = (list: Passage[], extra: Partial<AnswerOf<'passages'>> = {}): AnswerOf<'passages'> => ({ kind: 'passages', query: '禁毒', language: 'zh', passages: list, offset: 0, total: list.length, absent: [], note: undefined, ...extra });
const view = (paragraph: number, text = `第${paragraph}段。`, english?: string): ParagraphView => ({ document: doc, paragraph, topic: undefined, text, english });
const paragraphs = (list: ParagraphView[], window: AnswerOf<'paragraphs'>['window'], requested = list.length): AnswerOf<'paragraphs'> => ({ kind: 'paragraphs', language: 'zh', document: doc, paragraphs: list, requested, window });

const highlightAnswer = (language: 'en' | 'zh'): AnswerOf<'highlight'> => ({
  kind: 'highlight',
  language,
  highlight: { document: doc, paragraph: 44, topic: drugs, quote: [seg('成员国将加强合作。')], english: 'Member States will strengthen cooperation.', position: 3, cycleLength: 40, date: '2024-07-05' },
});

const p44 = passage(44, [seg('成员国支持'), seg('禁毒', true), seg('合作。')], [seg('Members support '), seg('drug', true), seg(' control.')]);

describe('Slack renderer: passages', () => {
  it('quotes the sentences with the matched words in bold and the citation', () => {
    expect(r.passages(passages([p44])).blocks[0]).toEqual(section(`>成员国支持${ZW}*禁毒*${ZW}合作。\n— *§44* · Drugs`));
  });

  it('adds a button to show the passage in context', () => {
    expect(r.passages(passages([p44])).blocks[1]).toEqual(actions(button('astana_context:44', `${LABEL_SHOW_CONTEXT} (§44)`, '{"d":"astana-declaration-2024","p":44}')));
  });

  it('puts the English rendering under the quote for English questions', () => {
    expect(r.passages(passages([p44], { language: 'en' })).blocks[1]).toEqual(section(`_${LABEL_ENGLISH}:_ Members support ${ZW}*drug*${ZW} control.`));
  });

  it('leaves the English rendering out for Chinese questions', () => {
    expect(r.passages(passages([p44])).blocks.map((b) => b.type)).toEqual(['section', 'actions']);
  });

  it('offers more results with the question in the button when more remain', () => {
    expect(r.passages(passages([p44], { total: 7 })).blocks.at(-1)).toEqual(actions(button('astana_more:1', `${LABEL_MORE_RESULTS} (1/7)`, '{"q":"禁毒","o":1}')));
  });

  it('keeps a question too long for a button value under a key', () => {
    expect(r.passages(passages([p44], { total: 7, query: '禁'.repeat(2500) })).blocks.at(-1)).toEqual(actions(button('astana_more:1', `${LABEL_MORE_RESULTS} (1/7)`, '{"k":"KEPT1","o":1}')));
  });

  it('offers no more results when all are shown', () => {
    expect(r.passages(passages([p44], { total: 1 })).blocks.filter((b) => b.type === 'actions')).toHaveLength(1);
  });

  it('writes a notification text with the citation and the start of the quote', () => {
    expect(r.passages(passages([p44, passage(45, [seg('第二。')])])).text).toEqual('§44: 成员国支持禁毒合作。 (+1)');
  });

  it('escapes document text so it cannot mention anyone', () => {
    expect(r.passages(passages([passage(1, [seg('<!channel> & <@U1>')])])).blocks[0]).toEqual(section('>&lt;!channel&gt; &amp; &lt;@U1&gt;\n— *§1* · Drugs'));
  });

  it('splits a quote longer than a section into several quoted sections, losing nothing', () => {
    const long = '成员国支持加强合作。'.repeat(400);
    const texts = r.passages(passages([passage(5, [seg(long)])])).blocks.filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.text.text : ''));
    expect({ parts: texts.length > 1, fit: texts.every((t) => t.length <= SECTION_TEXT_LIMIT), whole: texts.map((t) => t.replace(/^>/, '').replace(/\n— \*§5\* · Drugs$/, '')).join('') }).toEqual({ parts: true, fit: true, whole: long });
  });
});

describe('Slack renderer: paragraphs', () => {
  it('shows a cited paragraph with a button to open it in context', () => {
    expect(r.paragraphs(paragraphs([view(42)], { from: 42, to: 42, center: undefined, total: 120 })).blocks).toEqual([section('*§42* 第42段。'), actions(button('astana_context:42', LABEL_SHOW_CONTEXT, '{"d":"astana-declaration-2024","p":42}'))]);
  });

  it('marks the centre of a context view and pages earlier and later from its edges', () => {
    expect(r.paragraphs(paragraphs([view(40), view(41), view(42)], { from: 40, to: 42, center: 41, total: 120 })).blocks).toEqual([
      section('*§40* 第40段。'),
      section('*▶ §41* 第41段。'),
      section('*§42* 第42段。'),
      actions(button('astana_page:earlier', LABEL_EARLIER, '{"d":"astana-declaration-2024","p":37}'), button('astana_page:later', LABEL_LATER, '{"d":"astana-declaration-2024","p":45}')),
    ]);
  });

  it('offers no earlier page at the first paragraph', () => {
    expect(r.paragraphs(paragraphs([view(1), view(2)], { from: 1, to: 2, center: 1, total: 120 })).blocks.at(-1)).toEqual(actions(button('astana_page:later', LABEL_LATER, '{"d":"astana-declaration-2024","p":5}')));
  });

  it('adds the English rendering for English requests', () => {
    expect(r.paragraphs({ ...paragraphs([view(42, '第42段。', 'Paragraph 42.')], { from: 42, to: 42, center: undefined, total: 120 }), language: 'en' }).blocks[1]).toEqual(section(`_${LABEL_ENGLISH}:_ Paragraph 42.`));
  });

  it('says how many paragraphs were left out when a range exceeds 50 blocks', () => {
    const many = Array.from({ length: 60 }, (_, i) => view(i + 1));
    const message = r.paragraphs(paragraphs(many, { from: 1, to: 60, center: undefined, total: 120 }));
    expect({ blocks: message.blocks.length <= MESSAGE_BLOCK_LIMIT, note: message.blocks.at(-2) }).toEqual({ blocks: true, note: context(`${60 - (MESSAGE_BLOCK_LIMIT - 2)} ${LABEL_NOT_SHOWN}`) });
  });

  it('writes the range as the notification text', () => {
    expect(r.paragraphs(paragraphs([view(12), view(13), view(14)], { from: 12, to: 14, center: undefined, total: 120 })).text).toEqual('§12–14');
  });
});

describe('Slack renderer: other answers', () => {
  it('says what is not covered, escaped, and suggests topics with their command', () => {
    expect(r.notCovered({ kind: 'notCovered', query: '<!here> pizza', language: 'en', reason: 'The declaration does not address this, as far as I can find.', absent: [], missing: undefined, related: [], suggestions: [{ ...drugs, paragraphs: [44, 45] }] }).blocks).toEqual([
      section('The declaration does not address this, as far as I can find. (“&lt;!here&gt; pizza”)'),
      section('*Topics it does cover:*\n• *Drugs* (禁毒) — `/astana topic drugs` · §44, §45'),
    ]);
  });

  it('shows help to the asker alone', () => {
    expect(r.help({ kind: 'help', language: 'en' }).ephemeral).toEqual(true);
  });

  it('shows errors to the asker alone, escaped', () => {
    expect(r.error({ kind: 'error', language: 'en', code: 'outOfRange', message: 'No §999 <here>' })).toEqual({ text: 'No §999 &lt;here&gt;', blocks: [section('No §999 &lt;here&gt;')], ephemeral: true });
  });

  it('lists a topic’s paragraphs with their first sentences', () => {
    expect(r.topic({ kind: 'topic', language: 'en', topic: { ...drugs, paragraphs: [44] }, entries: [{ paragraph: 44, firstSentence: '成员国支持。' }] }).blocks).toEqual([section('*Drugs* (禁毒)\n*§44* 成员国支持。')]);
  });

  it('confirms a subscription with its time, zone and next post', () => {
    const subscription = { channelId: 'C1', subscribed: true, paused: false, time: '09:00', timeZone: 'Asia/Almaty', next: { at: '2024-07-05T04:00:00Z', localLabel: 'Fri 5 Jul 09:00', position: 3, cycleLength: 40 } };
    expect(r.subscription({ kind: 'subscription', language: 'en', action: 'subscribed', subscription }).text).toEqual(`${LABEL_SUBSCRIBED} at *09:00* (Asia/Almaty). Next: Fri 5 Jul 09:00, commitment 3 of 40.`);
  });

  it('confirms an unsubscription', () => {
    const subscription = { channelId: 'C1', subscribed: false, paused: false, time: '09:00', timeZone: 'UTC', next: undefined };
    expect(r.subscription({ kind: 'subscription', language: 'en', action: 'unsubscribed', subscription }).text).toEqual(LABEL_UNSUBSCRIBED);
  });

  it('quotes a highlight with its citation', () => {
    const highlight = { document: doc, paragraph: 44, topic: drugs, quote: [seg('成员国将加强合作。')], english: undefined, position: 3, cycleLength: 40, date: '2024-07-05' };
    expect(r.highlight({ kind: 'highlight', language: 'en', highlight }).blocks[1]).toEqual(section('>成员国将加强合作。\n— *§44*'));
  });

  it('tells a highlight’s place in the cycle as “commitment 3 of 40”', () => {
    expect(r.highlight(highlightAnswer('en')).blocks[0]).toEqual(context('*Daily highlight* · 2024-07-05 · commitment 3 of 40 · Drugs'));
  });

  it('tells a Chinese highlight’s place in the cycle in Chinese', () => {
    expect(r.highlight(highlightAnswer('zh')).blocks[0]).toEqual(context('*Daily highlight* · 2024-07-05 · 第 3/40 项承诺 · Drugs'));
  });

  it('puts the unofficial English under a highlight, in a Chinese channel too', () => {
    expect(r.highlight(highlightAnswer('zh')).blocks[2]).toEqual(section(`_${LABEL_ENGLISH}:_ Member States will strengthen cooperation.`));
  });

  it('offers the whole paragraph and the paragraph in context under a highlight', () => {
    const value = '{"d":"astana-declaration-2024","p":44}';
    expect(r.highlight(highlightAnswer('en')).blocks[3]).toEqual(actions(button('astana_paragraph:44', `${LABEL_WHOLE_PARAGRAPH} (§44)`, value), button('astana_context:44', LABEL_SHOW_CONTEXT, value)));
  });

  it('tells the next post’s place in the cycle in Chinese for a Chinese status', () => {
    const subscription = { channelId: 'C1', subscribed: true, paused: false, time: '09:00', timeZone: 'Asia/Almaty', next: { at: '2024-07-05T04:00:00Z', localLabel: 'Fri 5 Jul 09:00', position: 3, cycleLength: 40 } };
    expect(r.subscription({ kind: 'subscription', language: 'zh', action: 'status', subscription }).text).toEqual(`${LABEL_SUBSCRIBED} at *09:00* (Asia/Almaty). Next: Fri 5 Jul 09:00, 第 3/40 项承诺.`);
  });
});

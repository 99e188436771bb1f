import { describe, expect, it } from 'vitest';
import { actions, button, MESSAGE_BLOCK_LIMIT, section, SECTION_TEXT_LIMIT } from '../../../adapters/slack/blocks.js';
import { core } from './harness.js';
import { cardToSlack } from '../../../adapters/slack/render.js';
import { QueryStore } from '../../../adapters/query-store.js';
import { MemoryShared } from '../../../src/store/memory-shared.js';
import type { Answer, AnswerOf, ParagraphView, Passage, Segment } from '../../../src/model.js';
import { present } from '../../../src/present/present.js';

const ZW = '\u200b';
const doc = { id: 'astana-declaration-2024', title: '阿斯塔纳宣言' };
const drugs = { id: 'drugs', en: 'Drugs', zh: '禁毒' };
const queries = new QueryStore(new MemoryShared());
const r = (answer: Answer) => cardToSlack(present(answer), { command: '/astana', queries });

const seg = (text: string, emphasis = false): Segment => ({ text, emphasis });
const passage = (paragraph: number, quote: Segment[], english?: Segment[]): Passage => ({
  document: doc,
  paragraph,
  topic: drugs,
  text: 'x',
  quote,
  english,
  score: 1,
});
const passages = (list: Passage[], extra: Partial<AnswerOf<'passages'>> = {}): AnswerOf<'passages'> => ({
  kind: 'passages',
  query: '禁毒',
  language: 'zh',
  passages: list,
  offset: 0,
  total: list.length,
  absent: [],
  note: undefined,
  ...extra,
});
const view = (paragraph: number, text = `第${paragraph}段。`, english?: string): ParagraphView => ({
  document: doc,
  paragraph,
  topic: undefined,
  text,
  english,
});
const paragraphs = (list: ParagraphView[], window: AnswerOf<'paragraphs'>['window'], requested = list.length): AnswerOf<'paragraphs'> => ({
  kind: 'paragraphs',
  language: 'zh',
  document: doc,
  paragraphs: list,
  requested,
  window,
});
const sectionTexts = (answer: Answer): string[] => r(answer).blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));

const highlightAnswer = (language: 'en' | 'zh'): AnswerOf<'highlight'> => ({
  kind: 'highlight',
  language,
  highlight: {
    document: doc,
    paragraph: 44,
    topic: drugs,
    quote: [seg('成员国将加强合作。')],
    english: 'Member States will strengthen cooperation.',
    position: 3,
    cycleLength: 40,
    date: '2024-07-05',
  },
});

const p44 = passage(44, [seg('成员国支持'), seg('禁毒', true), seg('合作。')], [seg('Members support '), seg('drug', true), seg(' control.')]);

describe('Slack card: passages', () => {
  it('quotes the sentences with the matched words in bold and the citation, topic in the reader’s language', async () => {
    expect(r(passages([p44])).blocks[0]).toEqual(section(`>成员国支持${ZW}*禁毒*${ZW}合作。\n— *§44* · 禁毒`));
  });

  it('adds a button carrying the whole context target, in the reader’s language', async () => {
    expect(r(passages([p44])).blocks.at(-1)).toEqual(actions(button('astana:context:0', '查看上下文 §44', 'ctx:astana-declaration-2024:44:1:1:zh')));
  });

  it('puts the English rendering under the quote for English questions', async () => {
    expect(r(passages([p44], { language: 'en', query: 'drugs' })).blocks[1]).toEqual(
      section(`_Unofficial English rendering:_ Members support ${ZW}*drug*${ZW} control.`),
    );
  });

  it('leaves the English rendering out for Chinese questions', async () => {
    expect(r(passages([p44])).blocks.map((b) => b.type)).toEqual(['section', 'actions']);
  });

  it('offers more results with the question in the button when more remain', async () => {
    expect(r(passages([p44], { total: 7 })).blocks.at(-1)).toEqual(
      actions(button('astana:more:0', '更多结果', 'more:1:zh:q=禁毒'), button('astana:context:1', '查看上下文 §44', 'ctx:astana-declaration-2024:44:1:1:zh')),
    );
  });

  it('keeps a question too long for a button value in the query store', async () => {
    const long = '禁'.repeat(2500);
    const more = r(passages([p44], { total: 7, query: long })).blocks.at(-1);
    const value = more?.type === 'actions' ? (more.elements[0]?.value ?? '') : '';
    expect({ keyed: /^more:1:zh:k=[0-9a-f]{16}$/u.test(value), kept: (await queries.queryFor(value.slice('more:1:zh:k='.length))) === long }).toEqual({
      keyed: true,
      kept: true,
    });
  });

  it('writes the card’s summary as the notification text', async () => {
    expect(r(passages([p44, passage(45, [seg('第二。')])])).text).toEqual('§44: 成员国支持禁毒合作。');
  });

  it('escapes document text so it cannot mention anyone', async () => {
    expect(r(passages([passage(1, [seg('<!channel> & <@U1>')])])).blocks[0]).toEqual(section('>&lt;!channel&gt; &amp; &lt;@U1&gt;\n— *§1* · 禁毒'));
  });

  it('splits a quote longer than a section into several quoted sections, losing nothing', async () => {
    const long = '成员国支持加强合作。'.repeat(400);
    const texts = sectionTexts(passages([passage(5, [seg(long)])]));
    expect({
      parts: texts.length > 1,
      fit: texts.every((t) => t.length <= SECTION_TEXT_LIMIT),
      whole: texts.map((t) => t.replace(/^>/, '').replace(/\n— \*§5\* · 禁毒$/, '')).join(''),
    }).toEqual({ parts: true, fit: true, whole: long });
  });
});

describe('Slack card: paragraphs', () => {
  it('shows a cited paragraph with a button to open it in context', async () => {
    expect(r(paragraphs([view(42)], { from: 42, to: 42, center: undefined, total: 120 })).blocks).toEqual([
      section('*§42*\n第42段。'),
      actions(button('astana:context:0', '查看上下文', 'ctx:astana-declaration-2024:42:1:1:zh')),
    ]);
  });

  it('marks the centre of a context view and pages by the window the card computed', async () => {
    expect(r(paragraphs([view(40), view(41), view(42)], { from: 40, to: 42, center: 41, total: 120 })).blocks).toEqual([
      section('*§40*\n第40段。'),
      section('▶ *§41*\n第41段。'),
      section('*§42*\n第42段。'),
      actions(
        button('astana:earlier:0', '◀ 前面的段落', 'prev:astana-declaration-2024:37:39:zh'),
        button('astana:later:1', '后面的段落 ▶', 'next:astana-declaration-2024:43:45:zh'),
      ),
    ]);
  });

  it('offers no earlier page at the first paragraph', async () => {
    expect(r(paragraphs([view(1), view(2)], { from: 1, to: 2, center: 1, total: 120 })).blocks.at(-1)).toEqual(
      actions(button('astana:later:0', '后面的段落 ▶', 'next:astana-declaration-2024:3:4:zh')),
    );
  });

  it('adds the English rendering for English requests', async () => {
    expect(
      r({ ...paragraphs([view(42, '第42段。', 'Paragraph 42.')], { from: 42, to: 42, center: undefined, total: 120 }), language: 'en' }).blocks[1],
    ).toEqual(section('_Unofficial English rendering:_ Paragraph 42.'));
  });

  it('writes the range as the notification text', async () => {
    expect(r(paragraphs([view(12), view(13), view(14)], { from: 12, to: 14, center: undefined, total: 120 })).text).toEqual('§12–14');
  });
});

describe('Slack card: other answers', () => {
  it('says what is not covered and suggests topics with their command', async () => {
    expect(
      r({
        kind: 'notCovered',
        query: '<!here> pizza',
        language: 'en',
        reason: 'The declaration does not address this, as far as I can find.',
        absent: [],
        missing: undefined,
        related: [],
        suggestions: [{ ...drugs, paragraphs: [44, 45] }],
      }).blocks,
    ).toEqual([
      section('The declaration does not address this, as far as I can find.'),
      section('*Topics it does cover:*\n• *Drugs* — `/astana topic drugs` · §44–45'),
    ]);
  });

  it('shows help, with the slash command’s own lines, to the asker alone', async () => {
    const help = r({ kind: 'help', language: 'en' });
    expect({ ephemeral: help.ephemeral, command: help.blocks.some((b) => b.type === 'section' && b.text.text.includes('`/astana para 42`')) }).toEqual({
      ephemeral: true,
      command: true,
    });
  });

  it('shows errors to the asker alone, escaped', async () => {
    expect(r({ kind: 'error', language: 'en', code: 'outOfRange', message: 'No §999 <here>' })).toEqual({
      text: 'No §999 &lt;here&gt;',
      blocks: [section('No §999 &lt;here&gt;')],
      ephemeral: true,
    });
  });

  it('lists a topic’s paragraphs with their first sentences', async () => {
    expect(
      r({ kind: 'topic', language: 'en', topic: { ...drugs, paragraphs: [44] }, entries: [{ paragraph: 44, firstSentence: '成员国支持。' }] }).blocks,
    ).toEqual([section('*Drugs — §44*'), section('*§44* 成员国支持。')]);
  });

  it('confirms a subscription with its time, zone and next post', async () => {
    const subscription = {
      channelId: 'C1',
      subscribed: true,
      paused: false,
      time: '09:00',
      timeZone: 'Asia/Almaty',
      next: { at: '2024-07-05T04:00:00Z', localLabel: 'Fri 5 Jul 09:00', position: 3, cycleLength: 40 },
    };
    expect(r({ kind: 'subscription', language: 'en', action: 'subscribed', subscription }).text).toEqual(
      'This channel gets a daily highlight at 09:00 (Asia/Almaty).',
    );
  });

  it('quotes a highlight with its citation under a heading in the subscriber’s language', async () => {
    expect(r(highlightAnswer('zh')).blocks.slice(0, 2)).toEqual([
      section('*每日要点 · 2024-07-05 · 第 3/40 项承诺*'),
      section('>成员国将加强合作。\n— *§44* · 禁毒'),
    ]);
  });

  it('puts the unofficial English under a highlight for an English channel only', async () => {
    expect([r(highlightAnswer('en')).blocks[2], r(highlightAnswer('zh')).blocks[2]?.type]).toEqual([
      section('_Unofficial English rendering:_ Member States will strengthen cooperation.'),
      'actions',
    ]);
  });

  it('offers the whole paragraph and the paragraph in context under a highlight', async () => {
    expect(r(highlightAnswer('en')).blocks.at(-1)).toEqual(
      actions(
        button('astana:paragraph:0', 'Whole paragraph §44', 'para:astana-declaration-2024:44:44:en'),
        button('astana:context:1', 'Show in context §44', 'ctx:astana-declaration-2024:44:1:1:en'),
      ),
    );
  });
});

describe('Slack card: Block Kit limits', () => {
  // Five paragraphs is the most one answer shows; every such window of the shipped declaration must fit one message whole.
  it.each(['zh', 'en'] as const)('fits every five-paragraph window in 50 blocks for a %s reader', async (language) => {
    const c = core();
    const first = c.paragraphs([{ from: 1, to: 1 }], { language });
    const total = first.kind === 'paragraphs' ? first.window.total : 0;
    const over: number[] = [];
    for (let from = 1; from + 4 <= total; from += 1) {
      const message = r(c.paragraphs([{ from, to: from + 4 }], { language }));
      if (message.blocks.length > MESSAGE_BLOCK_LIMIT) over.push(from);
    }
    expect({ windows: total > 100, over }).toEqual({ windows: true, over: [] });
  });
});

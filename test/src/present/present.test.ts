import { describe, expect, it } from 'vitest';
import type { Answer, AnswerOf, Passage, TopicSummary } from '../../../src/model.js';
import type { ActionMappers, Card, ElementMappers } from '../../../src/present/card.js';
import { present } from '../../../src/present/present.js';

const document = { id: 'd', title: 'T' };
const topic = { id: 'drugs', en: 'Drugs', zh: '禁毒' };
const drugs: TopicSummary = { ...topic, paragraphs: [44, 45, 46] };

const passage = (paragraph: number): Passage => ({
  document,
  paragraph,
  topic,
  text: '甲。乙。丙。',
  quote: [
    { text: '……', emphasis: false },
    { text: '禁毒', emphasis: true },
    { text: '合作。', emphasis: false },
  ],
  english: [{ text: 'Drug control.', emphasis: false }],
  score: 1,
});

const passages = (over: Partial<AnswerOf<'passages'>>): Answer => ({
  kind: 'passages',
  query: 'q',
  language: 'en',
  passages: [passage(44)],
  offset: 0,
  total: 1,
  absent: [],
  note: undefined,
  ...over,
});

/** Every string the bot writes on a card around the declaration's own words: the chrome. */
function chrome(card: Card): string[] {
  const fromElements = card.elements.flatMap((e) => {
    switch (e.type) {
      case 'heading':
      case 'note':
        return [e.text];
      case 'english':
      case 'related':
        return [e.label];
      case 'topics':
        return [e.label, ...e.topics.map((t) => t.name)];
      case 'quote':
      case 'paragraph':
        return e.citation.topic === undefined ? [] : [e.citation.topic];
      case 'text':
      case 'entries':
        return [];
    }
    return [];
  });
  return [...fromElements, ...card.actions.map((a) => a.label)];
}

const hasLatinWord = (texts: readonly string[]): string[] => texts.filter((t) => /[A-Za-z]{2,}/u.test(t));
const hasHan = (texts: readonly string[]): string[] => texts.filter((t) => /\p{Script=Han}/u.test(t));

describe('present: passages', () => {
  it('quotes with emphasis and ellipses, cites, and offers the English to an English reader', () => {
    const card = present(passages({}));
    expect(card.elements).toEqual([
      {
        type: 'quote',
        inlines: [
          { type: 'ellipsis', text: '……' },
          { type: 'text', text: '禁毒', emphasis: true },
          { type: 'text', text: '合作。', emphasis: false },
        ],
        citation: { documentId: 'd', documentTitle: 'T', paragraph: 44, label: '§44', topic: 'Drugs' },
      },
      { type: 'english', label: 'Unofficial English rendering', inlines: [{ type: 'text', text: 'Drug control.', emphasis: false }] },
    ]);
  });

  it('gives a Chinese reader no English block and no English chrome', () => {
    const card = present(passages({ language: 'zh', total: 10 }));
    expect(card.elements.map((e) => e.type)).toEqual(['quote', 'note']);
    expect(hasLatinWord(chrome(card))).toEqual([]);
    expect(chrome(card)).toEqual(['禁毒', '第 1–1 条，共 10 条', '更多结果', '查看上下文 §44']);
  });

  it('gives an English reader no Chinese chrome', () => {
    expect(hasHan(chrome(present(passages({ total: 10 }))))).toEqual([]);
  });

  it('says how many are shown and where "more results" goes on from', () => {
    const card = present(passages({ passages: [passage(44), passage(45), passage(46)], offset: 3, total: 10 }));
    expect(card.elements.filter((e) => e.type === 'note')).toEqual([{ type: 'note', text: 'Showing 4–6 of 10' }]);
    expect(card.actions[0]).toEqual({ type: 'more', label: 'More results', target: { kind: 'ask', query: 'q', offset: 6, language: 'en' } });
    expect(card.actions.slice(1).map((a) => a.target)).toEqual(
      [44, 45, 46].map((paragraph) => ({ kind: 'context', documentId: 'd', paragraph, before: 1, after: 1, language: 'en' })),
    );
  });

  it('offers no "more results" on the last page and says when nothing is left', () => {
    const card = present(passages({ passages: [], offset: 3, total: 3 }));
    expect([card.actions, card.elements]).toEqual([[], [{ type: 'note', text: 'No more results.' }]]);
  });

  it('answers a mostly Chinese mixed question in Chinese, its note too', () => {
    const card = present(
      passages({
        language: 'mixed',
        query: '上合组织对Ukraine的态度',
        absent: ['Ukraine'],
        note: 'The declaration does not mention Ukraine; below is what it says on the rest of the question.',
      }),
    );
    expect(card.reader).toBe('zh');
    expect(card.elements[0]).toEqual({ type: 'text', text: '宣言没有提到Ukraine；以下是它对问题其余部分的原文。' });
    expect(card.elements.some((e) => e.type === 'english')).toBe(false);
  });

  it('answers a mostly English mixed question in English, with the rendering', () => {
    const card = present(passages({ language: 'mixed', query: 'stance on 单边制裁' }));
    expect([card.reader, card.elements.some((e) => e.type === 'english')]).toEqual(['en', true]);
  });
});

describe('present: refusals', () => {
  const refusal = (over: Partial<AnswerOf<'notCovered'>>): Answer => ({
    kind: 'notCovered',
    query: 'q',
    language: 'en',
    reason: 'The declaration does not mention Ukraine.',
    absent: ['Ukraine'],
    missing: undefined,
    related: [passage(44)],
    suggestions: [drugs],
    ...over,
  });

  it('gives the reason, related reading labelled as such, and topics it covers', () => {
    const card = present(refusal({}));
    expect(card.elements.map((e) => e.type)).toEqual(['text', 'related', 'topics']);
    expect(chrome(card)).toEqual(['Related reading (not an answer to the question)', 'Topics it does cover', 'Drugs']);
    expect(card.elements[2]).toEqual({
      type: 'topics',
      label: 'Topics it does cover',
      topics: [{ id: 'drugs', name: 'Drugs', paragraphs: [44, 45, 46], paragraphsLabel: '§44–46' }],
    });
  });

  it('labels a Chinese refusal in Chinese only', () => {
    const card = present(refusal({ language: 'zh', reason: '宣言没有提到乌克兰。', absent: ['乌克兰'] }));
    expect([card.elements[0], hasLatinWord(chrome(card))]).toEqual([{ type: 'text', text: '宣言没有提到乌克兰。' }, []]);
  });

  it('says again in Chinese what a mostly Chinese mixed question asked and the declaration does not give', () => {
    const card = present(
      refusal({
        language: 'mixed',
        query: '上合开发银行有多少钱 SCO',
        reason: 'The declaration mentions 开发银行 (§44) but gives no figure (amount) for it.',
        absent: [],
        missing: 'amount',
      }),
    );
    expect(card.elements[0]).toEqual({ type: 'text', text: '宣言提到了这一主题（§44），但没有给出具体金额或数字。' });
  });
});

describe('present: paragraphs and their paging targets', () => {
  const paragraphs = (numbers: number[], over: Partial<AnswerOf<'paragraphs'>> = {}): Answer => ({
    kind: 'paragraphs',
    language: 'en',
    document,
    paragraphs: numbers.map((paragraph) => ({ document, paragraph, topic, text: '甲。', english: 'A.' })),
    requested: numbers.length,
    window: { from: numbers[0] ?? 1, to: numbers.at(-1) ?? 1, center: undefined, total: 120 },
    ...over,
  });

  it('offers one paragraph asked for by number in its context', () => {
    expect(present(paragraphs([44])).actions).toEqual([
      { type: 'context', label: 'Show in context', target: { kind: 'context', documentId: 'd', paragraph: 44, before: 1, after: 1, language: 'en' } },
    ]);
  });

  it('notes what a question naming the paragraph asked of it that it does not say, in the asker’s language', () => {
    const asked = { absent: ['Ukraine'], elsewhere: [{ name: 'Iran', paragraphs: [48, 56] }] };
    expect(present(paragraphs([29], asked)).elements.filter((e) => e.type === 'note')).toEqual([
      { type: 'note', text: 'The declaration does not mention Ukraine.' },
      { type: 'note', text: '§29 does not mention Iran; the declaration does in §48, §56.' },
    ]);
    const zh = present(paragraphs([29], { language: 'zh', absent: ['乌克兰'], elsewhere: [{ name: '伊朗', paragraphs: [48, 56] }] }));
    expect(zh.elements.filter((e) => e.type === 'note').map((e) => (e.type === 'note' ? e.text : ''))).toEqual([
      '宣言没有提到乌克兰。',
      '§29没有提到伊朗；宣言在§48、§56提到了。',
    ]);
  });

  it('pages a capped range on by as many paragraphs as it shows', () => {
    const card = present(paragraphs([1, 2, 3, 4, 5], { requested: 10 }));
    expect(card.actions).toEqual([
      { type: 'later', label: 'Later paragraphs', target: { kind: 'paragraphs', documentId: 'd', from: 6, to: 10, language: 'en' } },
    ]);
    expect(card.elements.at(-1)).toEqual({ type: 'note', text: '10 paragraphs requested; showing 5.' });
  });

  it('pages a context view both ways without repeating a paragraph, in Chinese for a Chinese reader', () => {
    const card = present(paragraphs([43, 44, 45], { language: 'zh', window: { from: 43, to: 45, center: 44, total: 120 } }));
    expect(card.actions).toEqual([
      { type: 'earlier', label: '前面的段落', target: { kind: 'paragraphs', documentId: 'd', from: 40, to: 42, language: 'zh' } },
      { type: 'later', label: '后面的段落', target: { kind: 'paragraphs', documentId: 'd', from: 46, to: 48, language: 'zh' } },
    ]);
    expect(card.elements.filter((e) => e.type === 'paragraph').map((e) => e.type === 'paragraph' && e.focused)).toEqual([false, true, false]);
    expect(card.elements.some((e) => e.type === 'english')).toBe(false);
  });

  it('offers nothing earlier at the start nor later at the end', () => {
    expect(present(paragraphs([119, 120], { window: { from: 119, to: 120, center: undefined, total: 120 } })).actions.map((a) => a.type)).toEqual(['earlier']);
    expect(present(paragraphs([1, 2])).actions.map((a) => a.type)).toEqual(['later']);
  });
});

describe('present: browsing, highlights, status and errors', () => {
  const highlight = (language: 'zh' | 'en'): Answer => ({
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
      date: '2024-09-02',
    },
  });

  it("names topics in the reader's language", () => {
    const [zh, en] = (['zh', 'en'] as const).map((language) => present({ kind: 'topics', language, topics: [drugs] }));
    expect([chrome(zh as Card), chrome(en as Card)]).toEqual([
      ['宣言的主题', '禁毒'],
      ['Topics of the declaration', 'Drugs'],
    ]);
  });

  it("heads a topic with its name and lists its paragraphs' first sentences", () => {
    const card = present({ kind: 'topic', language: 'zh', topic: drugs, entries: [{ paragraph: 44, firstSentence: '甲。' }] });
    expect(card.elements).toEqual([
      { type: 'heading', text: '禁毒 — §44–46' },
      { type: 'entries', items: [{ paragraph: 44, label: '§44', text: '甲。' }] },
    ]);
  });

  it('shows help to the asker alone, headed in their language', () => {
    const card = present({ kind: 'help', language: 'zh' });
    expect([card.audience, card.elements[0]]).toEqual(['asker', { type: 'heading', text: '2024 年阿斯塔纳宣言' }]);
  });

  it('posts a highlight with its place in the cycle and buttons for the whole paragraph and its context', () => {
    const card = present(highlight('zh'));
    expect(card.elements[0]).toEqual({ type: 'heading', text: '每日要点 · 2024-09-02 · 第 3/40 项承诺' });
    expect(card.actions.map((a) => [a.type, a.label, a.target.kind])).toEqual([
      ['paragraph', '整段原文 §45', 'paragraphs'],
      ['context', '查看上下文 §45', 'context'],
    ]);
    expect([hasLatinWord(chrome(card)), card.elements.some((e) => e.type === 'english')]).toEqual([[], false]);
  });

  it('puts the English under a highlight for English readers', () => {
    expect(present(highlight('en')).elements.map((e) => e.type)).toEqual(['heading', 'quote', 'english']);
  });

  it('tells a channel its subscription, the status to the asker alone', () => {
    const subscription = {
      channelId: 'c',
      subscribed: true,
      paused: false,
      time: '09:00',
      timeZone: 'Asia/Almaty',
      next: { at: '2024-07-09T04:00:00.000Z', localLabel: 'Tue 09:00 Asia/Almaty', position: 2, cycleLength: 40 },
    };
    const zh = present({ kind: 'subscription', language: 'zh', action: 'status', subscription });
    const en = present({ kind: 'subscription', language: 'en', action: 'subscribed', subscription });
    expect([zh.audience, zh.elements, en.audience]).toEqual([
      'asker',
      [
        { type: 'text', text: '本频道每天 09:00（Asia/Almaty）收到每日要点。' },
        { type: 'text', text: '下一次：周二 09:00 Asia/Almaty，第 2/40 项承诺。' },
      ],
      'everyone',
    ]);
  });

  it('shows an error as its message, to the asker alone', () => {
    expect(present({ kind: 'error', language: 'en', code: 'empty', message: 'Ask me.' })).toEqual({
      answer: 'error',
      reader: 'en',
      audience: 'asker',
      summary: 'Ask me.',
      elements: [{ type: 'text', text: 'Ask me.' }],
      actions: [],
    });
  });

  it('lets the caller decide the reader over the answer', () => {
    expect(present(highlight('en'), { reader: 'zh' }).reader).toBe('zh');
  });
});

describe('card mappings must handle every element and action', () => {
  it('does not compile a mapping that leaves one out', () => {
    // @ts-expect-error every element type needs its function
    const elements: ElementMappers<string> = { heading: (e) => e.text };
    // @ts-expect-error every action type needs its function
    const actions: ActionMappers<string> = { more: (a) => a.label };
    expect([typeof elements.heading, typeof actions.more]).toEqual(['function', 'function']);
  });
});

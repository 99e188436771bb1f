import { describe, expect, it } from 'vitest';
import { ANSI, cardToConsole, PLAIN, renderForConsole, styleFor } from '../../../adapters/console/render.js';
import { NOT_COVERED_TEXT } from '../../../src/core-messages.js';
import type { Answer } from '../../../src/model.js';
import type { Card } from '../../../src/present/card.js';

const doc = { id: 'd', title: 'T' };
const topic = { id: 'drugs', en: 'Drugs', zh: '禁毒' };

describe('console renderer', () => {
  it('renders a passage with its citation and emphasis', () => {
    const answer: Answer = {
      kind: 'passages',
      absent: [],
      note: undefined,
      query: 'q',
      language: 'zh',
      offset: 0,
      total: 1,
      passages: [
        {
          document: doc,
          paragraph: 45,
          topic,
          text: '甲乙。',
          quote: [
            { text: '甲', emphasis: true },
            { text: '乙。', emphasis: false },
          ],
          english: undefined,
          score: 1,
        },
      ],
    };
    expect(renderForConsole(answer)).toEqual('§45 · 禁毒\n   “【甲】乙。”');
  });

  it('shows the unofficial English under an English question', () => {
    const answer: Answer = {
      kind: 'passages',
      absent: [],
      note: undefined,
      query: 'q',
      language: 'en',
      offset: 0,
      total: 1,
      passages: [
        {
          document: doc,
          paragraph: 1,
          topic: undefined,
          text: '甲。',
          quote: [{ text: '甲。', emphasis: false }],
          english: [{ text: 'A.', emphasis: false }],
          score: 1,
        },
      ],
    };
    expect(renderForConsole(answer)).toEqual('§1\n   “甲。”\n   Unofficial English rendering: A.');
  });

  it('says when there are no more results', () => {
    expect(renderForConsole({ kind: 'passages', query: 'q', language: 'en', absent: [], note: undefined, offset: 3, total: 2, passages: [] })).toEqual(
      '(No more results.)',
    );
  });

  it('renders not covered with suggestions', () => {
    expect(
      renderForConsole({
        kind: 'notCovered',
        query: 'q',
        language: 'en',
        reason: NOT_COVERED_TEXT.en,
        absent: [],
        missing: undefined,
        related: [],
        suggestions: [{ ...topic, paragraphs: [44, 45] }],
      }),
    ).toEqual(`${NOT_COVERED_TEXT.en}\n\nTopics it does cover:\n   Drugs (drugs): §44–45`);
  });

  it('renders an error as its message', () => {
    expect(renderForConsole({ kind: 'error', language: 'en', code: 'empty', message: 'Ask me.' })).toEqual('Ask me.');
  });

  it('says how many paragraphs were asked when capped', () => {
    const answer: Answer = {
      kind: 'paragraphs',
      language: 'en',
      document: doc,
      requested: 7,
      window: { from: 1, to: 1, center: undefined, total: 120 },
      paragraphs: [{ document: doc, paragraph: 1, topic: undefined, text: '甲。', english: undefined }],
    };
    expect(renderForConsole(answer)).toEqual('§1\n甲。\n\n(7 paragraphs requested; showing 1.)');
  });
});

describe('console mapping of a card', () => {
  const card = (over: Partial<Card>): Card => ({ answer: 'passages', reader: 'zh', audience: 'everyone', summary: '', elements: [], actions: [], ...over });
  const citation = { documentId: 'd', documentTitle: 'T', paragraph: 44, label: '§44', topic: undefined };

  it('draws emphasis with ANSI bold and the citation in colour on a terminal, and keeps ellipses as they are', () => {
    const quote = card({
      elements: [
        {
          type: 'quote',
          citation,
          inlines: [
            { type: 'ellipsis', text: '……' },
            { type: 'text', text: '禁毒', emphasis: true },
          ],
        },
      ],
    });
    expect(cardToConsole(quote, ANSI)).toEqual('\u001b[36m§44\u001b[39m\n   “……\u001b[1m禁毒\u001b[22m”');
  });

  it('marks the paragraph a context view was opened around', () => {
    expect(cardToConsole(card({ elements: [{ type: 'paragraph', text: '甲。', citation, focused: true }] }))).toEqual('▶ §44\n甲。');
  });

  it('turns "more results" into a hint in the reader\'s language and leaves out buttons it cannot offer', () => {
    const target = { kind: 'context', documentId: 'd', paragraph: 44, before: 1, after: 1, language: 'zh' } as const;
    const actions: Card['actions'] = [
      { type: 'more', label: '更多结果', target: { kind: 'ask', query: 'q', offset: 3, language: 'zh' } },
      { type: 'context', label: '查看上下文 §44', target },
    ];
    expect(cardToConsole(card({ elements: [{ type: 'text', text: '甲' }], actions }))).toEqual('甲\n\n（更多结果：输入“更多”）');
  });

  it("lists related reading under its label, and a topic's entries one a line", () => {
    const related = card({
      elements: [{ type: 'related', label: '相关段落', items: [{ citation, inlines: [{ type: 'text', text: '乙。', emphasis: false }] }] }],
    });
    const entries = card({
      elements: [
        { type: 'heading', text: '禁毒' },
        {
          type: 'entries',
          items: [
            { paragraph: 44, label: '§44', text: '甲。' },
            { paragraph: 45, label: '§45', text: '乙。' },
          ],
        },
      ],
    });
    expect([cardToConsole(related), cardToConsole(entries)]).toEqual(['相关段落：\n   §44 “乙。”', '禁毒\n\n§44 甲。\n§45 乙。']);
  });
});

describe('console style', () => {
  it('colours only a terminal, and never with NO_COLOR', () => {
    expect(styleFor({ isTTY: true }, {})).toBe(ANSI);
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(styleFor({ isTTY: false }, {})).toBe(PLAIN);
  });
});

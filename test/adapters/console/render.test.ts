import { describe, expect, it } from 'vitest';
import { renderForConsole } from '../../../adapters/console/render.js';
import { NOT_COVERED_TEXT } from '../../../src/core-messages.js';
import type { Answer } from '../../../src/model.js';

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
      passages: [{ document: doc, paragraph: 45, topic, text: '甲乙。', quote: [{ text: '甲', emphasis: true }, { text: '乙。', emphasis: false }], english: undefined, score: 1 }],
    };
    expect(renderForConsole(answer)).toEqual('1. §45 · 禁毒\n   “【甲】乙。”');
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
      passages: [{ document: doc, paragraph: 1, topic: undefined, text: '甲。', quote: [{ text: '甲。', emphasis: false }], english: [{ text: 'A.', emphasis: false }], score: 1 }],
    };
    expect(renderForConsole(answer)).toEqual('1. §1\n   “甲。”\n   Unofficial English rendering: A.');
  });

  it('says when there are no more results', () => {
    expect(renderForConsole({ kind: 'passages', query: 'q', language: 'en', absent: [], note: undefined, offset: 3, total: 2, passages: [] })).toEqual('No more results.');
  });

  it('renders not covered with suggestions', () => {
    expect(renderForConsole({ kind: 'notCovered', query: 'q', language: 'en', reason: 'The declaration does not address this, as far as I can find.', absent: [], missing: undefined, related: [], suggestions: [{ ...topic, paragraphs: [44, 45] }] })).toEqual(
      `${NOT_COVERED_TEXT.en}\nTopics it does cover: Drugs (§44, §45)`,
    );
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
    expect(renderForConsole(answer)).toEqual('§1\n甲。\n\n(7 paragraphs asked; showing the first 1)');
  });
});

import { describe, expect, it } from 'vitest';
import { answerExcluding, excludedPart } from '../../src/answer-excluding.js';
import type { Answer, Passage } from '../../src/model.js';

describe('excludedPart', () => {
  it.each([
    ['anything on nuclear issues besides the Iran deal?', 'anything on nuclear issues ?', 'Iran deal'],
    ['other than the inclusive-government point, what else does it say on Afghanistan?', 'what else does it say on Afghanistan?', 'inclusive-government point'],
    ['Which Tajik initiatives appear, excluding the Dushanbe Process?', 'Which Tajik initiatives appear ?', 'Dushanbe Process'],
    ['Any Uzbek proposals, not counting the Samarkand meeting?', 'Any Uzbek proposals ?', 'Samarkand meeting'],
    ['阿富汗除了包容性政府还说了啥', '阿富汗 还说了啥', '包容性政府'],
    ['除了伊核外，还有哪些核问题', '还有哪些核问题', '伊核'],
  ])('reads %s as %j without %j', (text, rest, excluded) => {
    expect(excludedPart(text)).toEqual({ rest, excluded });
  });

  it.each(['NPT那段除了防扩散还讲了啥', 'besides the list, anything else?', 'besides Gaza?', '除了互信互利'])('sets nothing aside in %s', (text) => {
    expect(excludedPart(text)).toBeUndefined();
  });
});

const passage = (paragraph: number): Passage => ({ document: { id: 'd', title: 't' }, paragraph, quote: [], text: '', score: 1 }) as unknown as Passage;
const found = (...paragraphs: number[]): Answer => ({
  kind: 'passages',
  query: 'q',
  language: 'en',
  passages: paragraphs.map(passage),
  offset: 0,
  total: paragraphs.length,
  absent: [],
  note: undefined,
});
const refused: Answer = { kind: 'notCovered', query: 'q', language: 'en', reason: 'no', absent: [], missing: undefined, related: [], suggestions: [] };
const shown = (a: Answer): number[] => (a.kind === 'passages' ? a.passages.map((p) => p.paragraph) : []);

describe('answerExcluding', () => {
  const excluding = { rest: 'nuclear issues', excluded: 'Iran deal' };
  const asker = (rest: Answer) => (text: string) => (text === 'Iran deal' ? found(48) : rest);

  it('answers the rest without the paragraph set aside, when the rest finds it', () => {
    expect(shown(answerExcluding(excluding, { text: 'q' }, asker(found(48, 50, 86)), () => found(48)))).toEqual([50, 86]);
  });

  it('answers the rest when the whole question finds the set-aside paragraph first, or is refused', () => {
    expect(shown(answerExcluding(excluding, { text: 'q' }, asker(found(50, 86)), () => found(48, 50)))).toEqual([50, 86]);
    expect(shown(answerExcluding(excluding, { text: 'q' }, asker(found(50, 86)), () => refused))).toEqual([50, 86]);
  });

  it('answers the whole question when the rest finds nothing else, or nothing set aside comes first', () => {
    expect(shown(answerExcluding(excluding, { text: 'q' }, asker(found(48)), () => found(48)))).toEqual([48]);
    expect(shown(answerExcluding(excluding, { text: 'q' }, asker(found(50, 86)), () => found(86, 50)))).toEqual([86, 50]);
    expect(answerExcluding(excluding, { text: 'q' }, asker(refused), () => refused).kind).toBe('notCovered');
  });

  it('pages the rest as asked', () => {
    const paged = answerExcluding(excluding, { text: 'q', offset: 1, limit: 1 }, asker(found(48, 50, 86, 49)), () => found(48));
    expect([shown(paged), paged.kind === 'passages' ? paged.total : 0]).toEqual([[86], 3]);
  });
});

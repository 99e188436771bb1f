import { describe, expect, it } from 'vitest';
import { warmUp, warmUpQuestions } from '../../../src/core/warm-up.js';
import type { GazetteerEntry, TopicDefinition } from '../../../src/documents/types.js';
import type { Answer } from '../../../src/model.js';

const HELP: Answer = { kind: 'help', language: 'en' };

const topics: TopicDefinition[] = [{ id: 'drugs', en: 'Drugs', zh: '禁毒', keywords: { zh: ['禁毒'], en: ['drug trafficking'] } }];
const gazetteer: GazetteerEntry[] = [{ id: 'ukraine', kind: 'country', region: undefined, zh: ['乌克兰'], en: ['Ukraine'], members: [], namedAfter: [] }];

describe('warm-up questions', () => {
  it('are made from the topics’ keywords (plain and detail) and the gazetteer’s names, in both languages', () => {
    expect(warmUpQuestions(topics, gazetteer)).toEqual([
      '上合对禁毒怎么看？',
      '禁毒是哪年提出的',
      'What does the SCO say about drug trafficking?',
      'Who proposed the drug trafficking?',
      '宣言提到乌克兰了吗',
      'Anything on Ukraine?',
    ]);
  });
});

describe('warmUp', () => {
  it('answers the questions round and round, as many as asked, one per turn of the event loop', async () => {
    const asked: string[] = [];
    const between: number[] = [];
    const ask = (q: string): Answer => {
      // A user's event that comes during the first question runs before the second one.
      if (asked.length === 0) setImmediate(() => between.push(asked.length));
      asked.push(q);
      return HELP;
    };
    const answered = await warmUp({ ask }, ['a', 'b'], 5);
    expect({ answered, asked, between }).toEqual({ answered: 5, asked: ['a', 'b', 'a', 'b', 'a'], between: [1] });
  });

  it('stops when the bot stops', async () => {
    const asked: string[] = [];
    const ask = (q: string): Answer => {
      asked.push(q);
      return HELP;
    };
    const answered = await warmUp({ ask }, ['a'], 100, () => asked.length >= 3);
    expect([answered, asked.length]).toEqual([3, 3]);
  });

  it('answers nothing without questions', async () => {
    expect(await warmUp({ ask: () => HELP }, [], 10)).toBe(0);
  });
});

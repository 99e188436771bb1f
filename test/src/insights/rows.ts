// Tiny inline rows for the insights tests: each test says only what matters to it.
import type { TopicInfo } from '../../../src/model.js';
import type { AskedRow, RatedAnswer } from '../../../src/store/store.js';

export const DAY = 86_400_000;
/** Monday 3 June 2024, 00:00 UTC. */
export const MONDAY = Date.UTC(2024, 5, 3);

export const TOPICS: TopicInfo[] = [
  { id: 'drugs', en: 'Drugs', zh: '禁毒' },
  { id: 'afghanistan', en: 'Afghanistan', zh: '阿富汗' },
  { id: 'economy', en: 'Economy', zh: '经济' },
];

export function asked(id: string, at: number, changes: Partial<AskedRow> = {}): AskedRow {
  return {
    id,
    at,
    platform: 'slack',
    scope: 'T1',
    channelId: 'T1/C1',
    language: 'en',
    questionKey: `key-${id}`,
    text: undefined,
    outcome: 'answered',
    topics: [],
    paragraphs: [],
    absent: [],
    missing: undefined,
    ...changes,
  };
}

export function rated(answer: AskedRow | undefined, at: number, changes: Partial<RatedAnswer> = {}): RatedAnswer {
  return { answerId: answer?.id ?? 'gone', rater: `rater-${at}`, rating: 'helpful', lookingFor: undefined, at, answer, ...changes };
}

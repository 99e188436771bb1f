import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/insights/report.js';
import type { Card } from '../../../src/present/card.js';
import { say, type Reader } from '../../../src/present/catalogue.js';
import { present } from '../../../src/present/present.js';
import { asked, DAY, MONDAY, rated, TOPICS } from '../insights/rows.js';

const WEEK = { since: MONDAY, until: MONDAY + 7 * DAY };

/** A week of everything the card shows, the team's own words in the reader's language. */
function digest(reader: Reader, timeZone = 'UTC'): Card {
  const words =
    reader === 'zh' ? { q: '比特币怎么样？', absent: '比特币', looking: '欧盟的立场' } : { q: 'bitcoin?', absent: 'Bitcoin', looking: 'the EU position' };
  const refused = asked('r', MONDAY, { outcome: 'not-covered', text: words.q, absent: [words.absent], missing: 'amount', topics: ['economy'] });
  const rows = [
    refused,
    asked('r2', MONDAY + DAY, { outcome: 'not-covered', questionKey: 'key-r' }),
    asked('u', MONDAY + DAY, { outcome: 'not-covered' }),
    asked('a', MONDAY + 2 * DAY, { topics: ['drugs'], paragraphs: [44] }),
    asked('e', MONDAY + 3 * DAY, { outcome: 'error' }),
  ];
  const ratings = [
    rated(rows[3], MONDAY + 3 * DAY, { rating: 'not-helpful', lookingFor: words.looking }),
    rated(refused, MONDAY + 3 * DAY, { rating: 'not-helpful' }),
    rated(rows[3], MONDAY + 4 * DAY, { rating: 'helpful', rater: 'other' }),
    rated(undefined, MONDAY + 4 * DAY, { rating: 'not-helpful' }),
  ];
  const report = buildReport({ query: WEEK, questions: rows, ratings, topics: TOPICS });
  return present({ kind: 'digest', language: reader, report, timeZone }, { reader });
}

const texts = (card: Card): string[] => [card.summary, ...card.elements.map((e) => ('text' in e ? e.text : ''))];

describe('the digest card', () => {
  it('shows the period, the figures, the topics, the unanswered questions and the ratings in English', () => {
    const card = digest('en');
    expect(card).toMatchObject({ answer: 'digest', reader: 'en', audience: 'everyone', actions: [] });
    expect(texts(card).join('\n')).toBe(
      [
        'What the team asked, 2024-06-03 to 2024-06-09: 5 asked, 3 not covered',
        'What the team asked: 2024-06-03 to 2024-06-09',
        'Questions asked: 5 (1 answered, 3 not covered by the declaration, 1 failed).',
        'Most asked topics',
        '• Drugs: 1\n• Economy: 1',
        'Most asked questions the declaration did not answer',
        '• “bitcoin?” (asked 2×) (not mentioned: Bitcoin, no figure given)\n• (question text not kept) (asked 1×)',
        'Ratings',
        '1 helpful, 3 not helpful',
        'Answers rated not helpful',
        '• (answer no longer kept)\n• (question text not kept) (answered, §44) — looking for: the EU position\n• “bitcoin?” (not covered)',
      ].join('\n'),
    );
  });

  it('has every label in Chinese for a Chinese reader, and no English', () => {
    const card = digest('zh');
    const all = texts(card).join('\n');
    expect(all).not.toMatch(/[A-Za-z]{2,}/u);
    for (const key of [
      'digest.topTopics',
      'digest.unanswered',
      'digest.ratings',
      'digest.notHelpful',
      'digest.textNotKept',
      'digest.missing.amount',
    ] as const) {
      expect(all).toContain(say(key, 'zh'));
    }
    expect(all).toContain('禁毒：1 次');
    expect(all).toContain('想找的是：欧盟的立场');
  });

  it('has no Chinese for an English reader', () => {
    expect(texts(digest('en')).join('\n')).not.toMatch(/\p{Script=Han}/u);
  });

  it('dates the period in the digest’s time zone', () => {
    // 3 June 00:00 UTC is 3 June 05:00 in Almaty; the period ends 10 June 04:59 there.
    expect(digest('en', 'Asia/Almaty').summary).toContain('2024-06-03 to 2024-06-10');
    expect(digest('en', 'America/New_York').summary).toContain('2024-06-02 to 2024-06-09');
  });

  it('says so when nothing was asked or rated', () => {
    const report = buildReport({ query: WEEK, questions: [], ratings: [], topics: TOPICS });
    const card = present({ kind: 'digest', language: 'zh', report, timeZone: 'UTC' }, { reader: 'zh' });
    expect(texts(card).slice(1)).toEqual(['团队提问情况：2024-06-03 至 2024-06-09', '这段时间没有人提问。', '评价', '没有人评价回答。']);
  });
});

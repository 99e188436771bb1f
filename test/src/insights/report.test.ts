import { describe, expect, it } from 'vitest';
import { buildReport, suggestions, weekBounds, weeklyTopics } from '../../../src/insights/report.js';
import { asked, DAY, MONDAY, rated, TOPICS } from './rows.js';

const WEEK = { since: MONDAY, until: MONDAY + 7 * DAY };

describe('the insights report', () => {
  it('counts outcomes of the questions in the period, its start included and its end not', () => {
    const rows = [
      asked('before', WEEK.since - 1),
      asked('first', WEEK.since),
      asked('refused', WEEK.since + DAY, { outcome: 'not-covered' }),
      asked('failed', WEEK.since + 2 * DAY, { outcome: 'error' }),
      asked('last', WEEK.until - 1),
      asked('after', WEEK.until),
    ];
    const report = buildReport({ query: WEEK, questions: rows, ratings: [], topics: TOPICS });
    expect(report.questions).toEqual({ asked: 4, answered: 2, notCovered: 1, errors: 1 });
    expect([report.since, report.until, report.weekly, report.suggestions]).toEqual([WEEK.since, WEEK.until, undefined, undefined]);
  });

  it('lists the most asked topics with names in both languages, a question counted once per topic', () => {
    const rows = [
      asked('a', MONDAY, { topics: ['drugs', 'drugs', 'afghanistan'] }),
      asked('b', MONDAY + 1, { topics: ['afghanistan'] }),
      asked('c', MONDAY + 2, { topics: ['gone-topic'] }),
    ];
    expect(buildReport({ query: WEEK, questions: rows, ratings: [], topics: TOPICS }).topTopics).toEqual([
      { id: 'afghanistan', en: 'Afghanistan', zh: '阿富汗', count: 2 },
      { id: 'drugs', en: 'Drugs', zh: '禁毒', count: 1 },
      { id: 'gone-topic', en: 'gone-topic', zh: 'gone-topic', count: 1 },
    ]);
  });

  it('groups the questions it could not answer by question key: one question asked several times', () => {
    const rows = [
      asked('w1', MONDAY, { outcome: 'not-covered', questionKey: 'worldcup', absent: ['World Cup'] }),
      asked('b1', MONDAY + 1, { outcome: 'not-covered', questionKey: 'bitcoin', absent: ['Bitcoin'], text: 'bitcoin?' }),
      asked('w2', MONDAY + 2, { outcome: 'not-covered', questionKey: 'worldcup', text: 'Who hosts the  World Cup?', absent: ['World Cup'] }),
      asked('w3', MONDAY + 3, { outcome: 'not-covered', questionKey: 'worldcup', absent: ['FIFA'], missing: 'place' }),
      asked('answered', MONDAY + 4, { questionKey: 'worldcup' }),
    ];
    const report = buildReport({ query: WEEK, questions: rows, ratings: [], topics: TOPICS });
    expect(report.unanswered).toEqual([
      { questionKey: 'worldcup', count: 3, text: 'Who hosts the  World Cup?', absent: ['World Cup', 'FIFA'], missing: 'place', lastAskedAt: MONDAY + 3 },
      { questionKey: 'bitcoin', count: 1, text: 'bitcoin?', absent: ['Bitcoin'], missing: undefined, lastAskedAt: MONDAY + 1 },
    ]);
    expect(report.unansweredTotal).toBe(2);
    expect(buildReport({ query: WEEK, questions: rows, ratings: [], topics: TOPICS, limit: 1 }).unanswered.map((u) => u.questionKey)).toEqual(['worldcup']);
  });

  it('keeps to one platform and one workspace when asked, ratings by their answer', () => {
    const mine = asked('mine', MONDAY, { scope: 'T1' });
    const theirs = asked('theirs', MONDAY, { scope: 'T2' });
    const discord = asked('discord', MONDAY, { platform: 'discord', scope: 'T1' });
    const ratings = [rated(mine, MONDAY + 1), rated(theirs, MONDAY + 1), rated(discord, MONDAY + 1), rated(undefined, MONDAY + 1)];
    const of = (query: { platform?: string; scope?: string }) =>
      buildReport({ query: { ...WEEK, ...query }, questions: [mine, theirs, discord], ratings, topics: TOPICS });
    expect(of({ platform: 'slack', scope: 'T1' }).questions.asked).toBe(1);
    expect(of({ platform: 'slack', scope: 'T1' }).ratings.helpful).toBe(1);
    expect(of({ scope: 'T1' }).questions.asked).toBe(2);
    expect(of({ platform: 'slack' }).ratings.helpful).toBe(2);
    // With no filter, a rating whose answer has been deleted still counts.
    expect(of({}).ratings.helpful).toBe(4);
  });

  it('splits the ratings given in the period and lists the not-helpful ones, newest first, with what people looked for', () => {
    const answer = asked('a', MONDAY - DAY, { text: 'sanctions?', paragraphs: [44, 45], outcome: 'answered' });
    const refusal = asked('r', MONDAY, { outcome: 'not-covered' });
    const ratings = [
      rated(answer, MONDAY - 1, { rating: 'not-helpful' }),
      rated(answer, MONDAY + 1, { rating: 'helpful' }),
      rated(answer, MONDAY + 2, { rating: 'not-helpful', lookingFor: 'the EU position' }),
      rated(refusal, MONDAY + 3, { rating: 'not-helpful' }),
      rated(undefined, MONDAY + 4, { rating: 'not-helpful', answerId: 'deleted' }),
    ];
    const report = buildReport({ query: WEEK, questions: [answer, refusal], ratings, topics: TOPICS });
    expect(report.ratings).toEqual({ helpful: 1, notHelpful: 3 });
    expect(report.notHelpful).toEqual([
      { answerId: 'deleted', ratedAt: MONDAY + 4, question: undefined, outcome: undefined, paragraphs: [], lookingFor: undefined },
      { answerId: 'r', ratedAt: MONDAY + 3, question: undefined, outcome: 'not-covered', paragraphs: [], lookingFor: undefined },
      { answerId: 'a', ratedAt: MONDAY + 2, question: 'sanctions?', outcome: 'answered', paragraphs: [44, 45], lookingFor: 'the EU position' },
    ]);
  });

  it('counts the refused questions’ unknown words: absent terms and unknown words of kept text, once per question', () => {
    const rows = [
      asked('1', MONDAY, { outcome: 'not-covered', absent: ['Bitcoin'], text: 'bitcoin mining' }),
      asked('2', MONDAY, { outcome: 'not-covered', absent: [], text: 'Bitcoin price' }),
      asked('3', MONDAY, { outcome: 'not-covered', absent: ['World Cup'] }),
      asked('4', MONDAY, { outcome: 'answered', absent: ['Ukraine'], text: 'ukraine and sco' }),
    ];
    const unknownWords = (text: string) => text.split(' ').filter((w) => w.toLowerCase() !== 'price');
    expect(suggestions(rows, unknownWords)).toEqual([
      { word: 'bitcoin', count: 2 },
      { word: 'mining', count: 1 },
      { word: 'world cup', count: 1 },
    ]);
    expect(buildReport({ query: WEEK, questions: rows, ratings: [], topics: TOPICS, unknownWords }).suggestions?.[0]).toEqual({ word: 'bitcoin', count: 2 });
  });
});

describe('weekly counts for the chart', () => {
  it('counts weeks from Monday in the given zone, up to the week holding the end of the period', () => {
    // Monday 3 June 00:00 in Almaty (UTC+5) is Sunday 2 June 19:00 UTC.
    const almatyMonday = MONDAY - 5 * 3_600_000;
    const { starts, instants } = weekBounds(almatyMonday + 9 * DAY, 3, 'Asia/Almaty');
    expect(starts).toEqual(['2024-05-27', '2024-06-03', '2024-06-10']);
    expect(instants).toEqual([almatyMonday - 7 * DAY, almatyMonday, almatyMonday + 7 * DAY, almatyMonday + 14 * DAY]);
  });

  it('puts each question in its local week, per topic, and leaves out what is after the end or of another scope', () => {
    const zone = 'Asia/Almaty';
    const almatyMonday = MONDAY - 5 * 3_600_000;
    const rows = [
      asked('early', almatyMonday - 14 * DAY, { topics: ['drugs'] }),
      asked('sunday-night-utc', almatyMonday, { topics: ['drugs', 'afghanistan'] }),
      asked('just-before', almatyMonday - 1, { topics: ['drugs'] }),
      asked('untopiced', almatyMonday + DAY),
      asked('other-scope', almatyMonday + DAY, { scope: 'T2', topics: ['economy'] }),
      asked('after-end', almatyMonday + 3 * DAY, { topics: ['economy'] }),
    ];
    const weekly = weeklyTopics(rows, [], { since: almatyMonday, until: almatyMonday + 3 * DAY, scope: 'T1' }, { count: 2, timeZone: zone });
    expect(weekly.weeks).toEqual([
      { start: '2024-05-27', total: 1, byTopic: { drugs: 1 } },
      { start: '2024-06-03', total: 2, byTopic: { drugs: 1, afghanistan: 1 } },
    ]);
    expect(weekly.topics.map((t) => [t.id, t.count])).toEqual([
      ['drugs', 2],
      ['afghanistan', 1],
    ]);
  });
});

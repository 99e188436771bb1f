// The card of the insights digest: the period's figures, the topics asked
// about, what the declaration could not answer and the ratings, every label in
// the reader's language. Question text and 'looking for' lines are the team's
// own words and are shown as typed (the adapters escape them like any text).

import { localDate } from '../highlights/time.js';
import type { UnansweredQuestion, NotHelpfulLine } from '../insights/report.js';
import type { AnswerOf, DetailKind } from '../model.js';
import { listNames, say, type MessageKey, type Reader } from './catalogue.js';
import type { Card, CardElement } from './card.js';
import { paragraphRanges, shorten } from './citation.js';

const MISSING: Record<DetailKind, MessageKey & `digest.missing.${DetailKind}`> = {
  amount: 'digest.missing.amount',
  count: 'digest.missing.count',
  date: 'digest.missing.date',
  place: 'digest.missing.place',
  person: 'digest.missing.person',
  name: 'digest.missing.name',
  outcome: 'digest.missing.outcome',
  reason: 'digest.missing.reason',
};

const isDetail = (value: string): value is DetailKind => value in MISSING;

/** A stored detail the catalogue does not know (written by a later version) is shown as stored. */
function missingLabel(missing: string, reader: Reader): string {
  return isDetail(missing) ? say(MISSING[missing], reader) : missing;
}

function unansweredLine(q: UnansweredQuestion, reader: Reader): string {
  const question = q.text === undefined ? say('digest.textNotKept', reader) : `“${shorten(q.text)}”`;
  const details = [
    ...(q.absent.length > 0 ? [say('digest.absent', reader, { terms: listNames(q.absent, reader) })] : []),
    ...(q.missing === undefined ? [] : [missingLabel(q.missing, reader)]),
  ];
  const line = say('digest.unansweredLine', reader, { question, count: q.count });
  return details.length === 0 ? line : `${line} ${say('punctuation.aside', reader, { text: details.join(say('list.comma', reader)) })}`;
}

const OUTCOME: Record<NonNullable<NotHelpfulLine['outcome']>, MessageKey & `digest.outcome.${string}`> = {
  answered: 'digest.outcome.answered',
  'not-covered': 'digest.outcome.notCovered',
  error: 'digest.outcome.error',
};

function notHelpfulLine(n: NotHelpfulLine, reader: Reader): string {
  if (n.outcome === undefined) return say('digest.answerGone', reader);
  const question = n.question === undefined ? say('digest.textNotKept', reader) : `“${shorten(n.question)}”`;
  const shown = [say(OUTCOME[n.outcome], reader), ...(n.paragraphs.length > 0 ? [paragraphRanges(n.paragraphs)] : [])];
  const looking = n.lookingFor === undefined ? '' : ` — ${say('digest.lookingFor', reader, { text: shorten(n.lookingFor) })}`;
  return `${question} ${say('punctuation.aside', reader, { text: shown.join(say('list.comma', reader)) })}${looking}`;
}

/** A section: its title and one line per item, or nothing when there is none. */
function section(title: string, lines: readonly string[], more: number, reader: Reader): CardElement[] {
  if (lines.length === 0) return [];
  const text = [...lines.map((l) => `• ${l}`), ...(more > 0 ? [say('digest.more', reader, { count: more })] : [])].join('\n');
  return [
    { type: 'heading', text: title },
    { type: 'text', text },
  ];
}

function ratingElements(answer: AnswerOf<'digest'>, reader: Reader): CardElement[] {
  const { ratings, notHelpful } = answer.report;
  const split = ratings.helpful + ratings.notHelpful === 0 ? say('digest.noRatings', reader) : say('digest.ratingSplit', reader, ratings);
  return [
    { type: 'heading', text: say('digest.ratings', reader) },
    { type: 'text', text: split },
    ...section(
      say('digest.notHelpful', reader),
      notHelpful.map((n) => notHelpfulLine(n, reader)),
      ratings.notHelpful - notHelpful.length,
      reader,
    ),
  ];
}

export function digestCard(answer: AnswerOf<'digest'>, reader: Reader): Card {
  const r = answer.report;
  // The period ends just before `until`: a week ending Monday 00:00 is shown as ending on Sunday.
  const dates = { from: localDate(new Date(r.since), answer.timeZone), to: localDate(new Date(Math.max(r.since, r.until - 1)), answer.timeZone) };
  const counts = r.questions.asked === 0 ? say('digest.noQuestions', reader) : say('digest.counts', reader, r.questions);
  const elements: CardElement[] = [
    { type: 'heading', text: say('digest.heading', reader, dates) },
    { type: 'text', text: counts },
    ...section(
      say('digest.topTopics', reader),
      r.topTopics.map((t) => say('digest.topicLine', reader, { name: t[reader], count: t.count })),
      0,
      reader,
    ),
    ...section(
      say('digest.unanswered', reader),
      r.unanswered.map((q) => unansweredLine(q, reader)),
      r.unansweredTotal - r.unanswered.length,
      reader,
    ),
    ...ratingElements(answer, reader),
  ];
  return {
    answer: 'digest',
    reader,
    audience: 'everyone',
    summary: say('digest.summary', reader, { ...dates, asked: r.questions.asked, notCovered: r.questions.notCovered }),
    elements,
    actions: [],
  };
}

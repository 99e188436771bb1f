// The one answer model every adapter renders. Adapters switch on `kind`
// through `Renderers` below, so a new kind fails to compile until each
// adapter renders it.

import type { DetailKind } from './focus/detail.js';
import type { InsightReport } from './insights/report.js';

export type { DetailKind } from './focus/detail.js';
export type Language = 'zh' | 'en' | 'mixed';

export interface DocumentInfo {
  id: string;
  title: string;
}

export interface TopicInfo {
  id: string;
  en: string;
  zh: string;
}

/** A piece of verbatim text; `emphasis` marks words that matched the question. */
export interface Segment {
  text: string;
  emphasis: boolean;
}

export interface Passage {
  document: DocumentInfo;
  paragraph: number;
  topic: TopicInfo | undefined;
  /** The whole paragraph, verbatim. */
  text: string;
  /**
   * The sentence or sentences that best answer the question, verbatim.
   * Omitted text between, before or after them is an ELLIPSIS segment.
   */
  quote: Segment[];
  /** The project's unofficial English rendering of the quoted sentences, with ellipses where the quote has them and matches emphasised. */
  english: Segment[] | undefined;
  score: number;
}

export interface ParagraphView {
  document: DocumentInfo;
  paragraph: number;
  topic: TopicInfo | undefined;
  text: string;
  english: string | undefined;
}

export interface TopicSummary extends TopicInfo {
  paragraphs: number[];
}

export interface TopicEntry {
  paragraph: number;
  firstSentence: string;
}

/** Where a paragraph listing sits in its document, so adapters can page on. */
export interface Window {
  from: number;
  to: number;
  /** The paragraph the listing was opened around, when it is a context view. */
  center: number | undefined;
  total: number;
}

export type ErrorCode =
  | 'empty'
  | 'tooLong'
  | 'noWords'
  | 'unsupportedLanguage'
  | 'outOfRange'
  | 'malformedReference'
  | 'unknownTopic'
  | 'unknownDocument'
  | 'badTime'
  | 'badTimeZone'
  | 'notSubscribed'
  | 'rateLimited'
  /** A button whose stored question has been forgotten. */
  | 'expired'
  /** A button or interaction the bot does not recognise. */
  | 'unknownAction'
  /** Highlight commands on a bot started without the highlight service. */
  | 'highlightsDisabled'
  /** A command the adapter could not read: the answer is its usage. */
  | 'usage'
  | 'forbidden'
  | 'internal';

export interface HighlightView {
  document: DocumentInfo;
  paragraph: number;
  topic: TopicInfo | undefined;
  /** The committing sentences, verbatim, with ellipses for omitted text. */
  quote: Segment[];
  english: string | undefined;
  /** 1-based place in the channel's cycle of commitments. */
  position: number;
  cycleLength: number;
  /** Local date the highlight is for, YYYY-MM-DD. */
  date: string;
}

export interface SubscriptionView {
  channelId: string;
  subscribed: boolean;
  paused: boolean;
  /** Local time of day, HH:MM. */
  time: string;
  /** IANA time zone name. */
  timeZone: string;
  /** The next post, when subscribed and not paused. */
  next: { at: string; localLabel: string; position: number; cycleLength: number } | undefined;
}

export type SubscriptionAction = 'subscribed' | 'unsubscribed' | 'updated' | 'status';

/** A channel's subscription to the weekly insights digest, as its members see it. */
export interface DigestSubscriptionView {
  subscribed: boolean;
  paused: boolean;
  /** 'Mon' … 'Sun'. */
  weekday: string;
  /** Local time of day, HH:MM. */
  time: string;
  /** IANA time zone name. */
  timeZone: string;
  /** The next digest, when subscribed and not paused. */
  next: { at: string; localLabel: string } | undefined;
}

/** `forgotten`: what was kept for the channel was deleted. */
export type DigestAction = SubscriptionAction | 'forgotten';

export type Answer =
  | {
      kind: 'passages';
      query: string;
      language: Language;
      passages: Passage[];
      offset: number;
      total: number;
      /** Names in the question the declaration never mentions, when the rest of it is answered. */
      absent: string[];
      /** Why only part of the question is answered, in the asker's language; undefined when all of it is. */
      note: string | undefined;
      /** The detail one part of a compound question asks for, which the declaration does not give (the note says so). */
      missing?: DetailKind;
    }
  | {
      kind: 'paragraphs';
      language: Language;
      document: DocumentInfo;
      paragraphs: ParagraphView[];
      /** How many paragraphs were asked for; more than `paragraphs.length` when capped. */
      requested: number;
      window: Window;
      /** Asked about in a question naming the paragraphs ('§29 about Ukraine'): names the declaration never mentions. */
      absent?: string[];
      /** Names the question asks of the paragraphs that they do not mention, with the paragraphs that do. */
      elsewhere?: { name: string; paragraphs: number[] }[];
    }
  | {
      kind: 'notCovered';
      query: string;
      language: Language;
      /** What is not there, in the asker's language: 'The declaration does not mention Ukraine.' */
      reason: string;
      /** The question's key terms the declaration never mentions, as named to the asker. */
      absent: string[];
      /** The kind of detail asked for that the passages about the subject do not give. */
      missing: DetailKind | undefined;
      /** With `missing`: the subject as the question's own words name it ('development bank'). */
      subject?: string;
      /** Passages about the question's subject that do not answer it: related reading, never an answer. */
      related: Passage[];
      suggestions: TopicSummary[];
    }
  | { kind: 'topics'; language: Language; topics: TopicSummary[] }
  | { kind: 'topic'; language: Language; topic: TopicSummary; entries: TopicEntry[] }
  | { kind: 'help'; language: Language }
  | { kind: 'highlight'; language: Language; highlight: HighlightView }
  | { kind: 'subscription'; language: Language; action: SubscriptionAction; subscription: SubscriptionView }
  /** The insights digest of a period: what was asked, what the declaration could not answer, the ratings. */
  | {
      kind: 'digest';
      language: Language;
      report: InsightReport;
      /** The IANA zone the period's dates are shown in (and its weeks counted in). */
      timeZone: string;
    }
  | {
      kind: 'digestSubscription';
      language: Language;
      action: DigestAction;
      subscription: DigestSubscriptionView;
      /** With 'forgotten': how many questions (with their ratings) were deleted. */
      forgotten: number | undefined;
    }
  | { kind: 'error'; language: Language; code: ErrorCode; message: string };

export type AnswerKind = Answer['kind'];
export type AnswerOf<K extends AnswerKind> = Extract<Answer, { kind: K }>;

/** One function per answer kind: leaving one out is a compile error. */
export type Renderers<R> = { [K in AnswerKind]: (answer: AnswerOf<K>) => R };

export function render<R>(answer: Answer, renderers: Renderers<R>): R {
  const fn = renderers[answer.kind] as (a: Answer) => R;
  return fn(answer);
}

export const ELLIPSIS = '……';

/** The plain text of segments, as quoted. */
export function plain(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

// The platform-neutral card every adapter maps: built once by `present`, so
// labels, language and paging targets are decided in one place. Elements and
// actions are closed unions with mapped handler types below: a new element or
// action fails to compile until every adapter's mapping handles it.
import type { AnswerKind } from '../model.js';
import type { Reader } from './catalogue.js';

/** A run of text inside a quote: verbatim words, emphasised where they matched, or an ellipsis for text left out. */
export type Inline = { type: 'text'; text: string; emphasis: boolean } | { type: 'ellipsis'; text: string };

/** Where a quote comes from: '§44' and its topic, in the reader's language. */
export interface Citation {
  documentId: string;
  documentTitle: string;
  paragraph: number;
  /** '§44'. */
  label: string;
  /** The paragraph's topic in the reader's language, when it has one. */
  topic: string | undefined;
}

export interface TopicLine {
  id: string;
  /** In the reader's language. */
  name: string;
  paragraphs: number[];
  /** '§2–9, §11, §38'. */
  paragraphsLabel: string;
}

export type CardElement =
  /** A title line: a topic's name, the highlight's date, the help's title. */
  | { type: 'heading'; text: string }
  /** Prose from the bot: a refusal's reason, help, an error, a subscription's status. */
  | { type: 'text'; text: string }
  /** A small aside: 'Showing 1–3 of 10', '7 paragraphs requested; showing 5.' */
  | { type: 'note'; text: string }
  /** Verbatim sentences of the declaration with their citation. */
  | { type: 'quote'; inlines: Inline[]; citation: Citation }
  /** A whole paragraph, verbatim; `focused` marks the one a context view was opened around. */
  | { type: 'paragraph'; text: string; citation: Citation; focused: boolean }
  /** The project's unofficial English rendering, present only on cards for English readers. */
  | { type: 'english'; label: string; inlines: Inline[] }
  /** Passages about the question's subject that do not answer it. */
  | { type: 'related'; label: string; items: { citation: Citation; inlines: Inline[] }[] }
  /** Topics: the declaration's list, or suggestions under a refusal. */
  | { type: 'topics'; label: string; topics: TopicLine[] }
  /** A topic's paragraphs with their first sentence. */
  | { type: 'entries'; items: { paragraph: number; label: string; text: string }[] };

/** core.ask(query, { offset, language }). */
export interface MoreTarget {
  kind: 'ask';
  query: string;
  offset: number;
  language: Reader;
}

/** core.context(documentId, paragraph, { before, after, language }). */
export interface ContextTarget {
  kind: 'context';
  documentId: string;
  paragraph: number;
  before: number;
  after: number;
  language: Reader;
}

/** core.paragraphs([{ from, to }], { documentId, language }): a whole paragraph, or the page before or after a listing. */
export interface ParagraphsTarget {
  kind: 'paragraphs';
  documentId: string;
  from: number;
  to: number;
  language: Reader;
}

export type CardTarget = MoreTarget | ContextTarget | ParagraphsTarget;

/** A page reached from a rated answer (more results, context, earlier, later) keeps that answer's rating buttons. */
export type Rated<T extends CardTarget> = T & { rated?: string };

export type FeedbackRating = 'helpful' | 'not-helpful';

/** A rating of the answer the card shows (not a core call): the feedback buttons under an answer. */
export interface RateTarget {
  kind: 'rate';
  /** The recorded question's id (adapters/insights). */
  answerId: string;
  rating: FeedbackRating;
  language: Reader;
}

/** A button: its label in the reader's language and the core call it stands for, computed once. */
export type CardAction =
  | { type: 'more'; label: string; target: Rated<MoreTarget> }
  | { type: 'context'; label: string; target: Rated<ContextTarget> }
  | { type: 'earlier'; label: string; target: Rated<ParagraphsTarget> }
  | { type: 'later'; label: string; target: Rated<ParagraphsTarget> }
  | { type: 'paragraph'; label: string; target: Rated<ParagraphsTarget> }
  | { type: 'rate'; label: string; target: RateTarget };

export interface Card {
  /** The answer this card shows, for what a platform decides by it (colour, threading). */
  answer: AnswerKind;
  /** The language of every label on the card. */
  reader: Reader;
  /** Help, status and errors are for the asker alone where the platform allows. */
  audience: 'everyone' | 'asker';
  /** One plain line for notifications and previews. */
  summary: string;
  elements: CardElement[];
  actions: CardAction[];
}

/**
 * A subscription's reply as lines of text (the daily highlight's, the weekly digest's):
 * a status check interests the asker; a change is news for the channel.
 */
export function subscriptionLinesCard(answer: AnswerKind, action: string, reader: Reader, lines: readonly string[]): Card {
  return {
    answer,
    reader,
    audience: action === 'status' ? 'asker' : 'everyone',
    summary: lines[0] ?? '',
    elements: lines.map((text) => ({ type: 'text', text })),
    actions: [],
  };
}

export type CardElementType = CardElement['type'];
export type ElementOf<T extends CardElementType> = Extract<CardElement, { type: T }>;
export type CardActionType = CardAction['type'];
export type ActionOf<T extends CardActionType> = Extract<CardAction, { type: T }>;

/** One function per element type: leaving one out is a compile error. */
export type ElementMappers<R> = { [T in CardElementType]: (element: ElementOf<T>) => R };
/** One function per action type: leaving one out is a compile error. */
export type ActionMappers<R> = { [T in CardActionType]: (action: ActionOf<T>) => R };

export function mapElement<R>(element: CardElement, mappers: ElementMappers<R>): R {
  const fn = mappers[element.type] as (e: CardElement) => R;
  return fn(element);
}

export function mapAction<R>(action: CardAction, mappers: ActionMappers<R>): R {
  const fn = mappers[action.type] as (a: CardAction) => R;
  return fn(action);
}

/** Inlines as emphasised runs of text, for a platform that marks emphasis and nothing else (an ellipsis is plain text). */
export function segmentsOf(inlines: readonly Inline[]): { text: string; emphasis: boolean }[] {
  return inlines.map((i) => ({ text: i.text, emphasis: i.type === 'text' && i.emphasis }));
}

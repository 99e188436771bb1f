// What a button carries: the card action's type and its whole target, as text
// the platform hands back untouched (Slack's button value, Discord's
// custom_id). The target was computed once by the card, so no adapter pages by
// its own arithmetic; the text comes back from the network, so decoding is a
// guard. Shapes, all fields separated by ':':
//   more:<offset>:<lang>:q=<question>   or   more:<offset>:<lang>:k=<query-store key>
//   ctx:<doc>:<paragraph>:<before>:<after>:<lang>
//   prev|next|para:<doc>:<from>:<to>:<lang>
//   rate:<h|n>:<lang>:<answer id>
// A page button under a rated answer starts with '@<answer id>:', so the page
// it opens keeps that answer's rating buttons (dropped when it would not fit).
import type { CardAction, CardActionType, CardTarget, ParagraphsTarget, RateTarget } from '../src/present/card.js';
import type { Reader } from '../src/present/catalogue.js';
import type { QueryStore } from './query-store.js';

/** A card action without its label: what a button stands for. */
export type ButtonAction = CardAction extends infer A ? (A extends CardAction ? Omit<A, 'label'> : never) : never;

/** How an action's answer is delivered: a new message, the message the button is on replaced, or the clicker alone. */
export type Delivery = 'reply' | 'replace' | 'private';

/** Paging replaces the listing so it does not flood the conversation; a highlight's paragraph is for whoever clicked. */
export const DELIVERY: Record<CardActionType, Delivery> = {
  more: 'reply',
  context: 'reply',
  earlier: 'replace',
  later: 'replace',
  paragraph: 'private',
  // A rating is acknowledged to the rater alone.
  rate: 'private',
};

type RangeType = Extract<CardActionType, 'earlier' | 'later' | 'paragraph'>;
const RANGE_PREFIX: Record<RangeType, string> = { earlier: 'prev', later: 'next', paragraph: 'para' };

const NUMBER = '(\\d{1,5})';
const DOC = '([A-Za-z0-9_.-]{1,64})';
const LANG = '(zh|en)';
const MORE = new RegExp(`^more:${NUMBER}:${LANG}:(q|k)=([\\s\\S]+)$`, 'u');
const CONTEXT = new RegExp(`^ctx:${DOC}:${NUMBER}:${NUMBER}:${NUMBER}:${LANG}$`, 'u');
const RANGE = new RegExp(`^(prev|next|para):${DOC}:${NUMBER}:${NUMBER}:${LANG}$`, 'u');
const KEY = /^[0-9a-f]{16}$/u;
/** Answer ids are 12 base64url characters (adapters/insights-recorder.ts). */
const RATE = /^rate:(h|n):(zh|en):([A-Za-z0-9_-]{12})$/u;
const RATED = /^@([A-Za-z0-9_-]{12}):/u;

function rangeText(prefix: string, t: ParagraphsTarget): string {
  return `${prefix}:${t.documentId}:${t.from}:${t.to}:${t.language}`;
}

/**
 * The text for a button of at most `limit` characters. A question too long to
 * carry is kept in the query store and the button carries its key.
 */
export function encodeAction(action: ButtonAction, limit: number, queries: QueryStore): string {
  const rated = action.type === 'rate' ? undefined : action.target.rated;
  if (rated === undefined) return encodeBody(action, limit, queries);
  const prefix = `@${rated}:`;
  const body = encodeBody(action, limit - prefix.length, queries);
  return prefix.length + body.length <= limit ? prefix + body : encodeBody(action, limit, queries);
}

function encodeBody(action: ButtonAction, limit: number, queries: QueryStore): string {
  const t = action.target;
  switch (action.type) {
    case 'more': {
      const head = `more:${action.target.offset}:${t.language}:`;
      const inline = `${head}q=${action.target.query}`;
      return inline.length <= limit ? inline : `${head}k=${queries.keyFor(action.target.query)}`;
    }
    case 'rate':
      return `rate:${action.target.rating === 'helpful' ? 'h' : 'n'}:${t.language}:${action.target.answerId}`;
    case 'context':
      return `ctx:${action.target.documentId}:${action.target.paragraph}:${action.target.before}:${action.target.after}:${t.language}`;
    default:
      return rangeText(RANGE_PREFIX[action.type], action.target);
  }
}

/** A "more results" button whose question the store has forgotten, and the language it was in. */
export interface Expired {
  type: 'expired';
  language: Reader;
}

/** What a button stands for, or that its question has been forgotten, or undefined when it is not ours. */
export async function decodeAction(value: unknown, limit: number, queries: QueryStore): Promise<ButtonAction | Expired | undefined> {
  if (typeof value !== 'string' || value.length > limit) return undefined;
  const rated = RATED.exec(value);
  if (rated === null) return decodeBody(value, queries);
  const action = await decodeBody(value.slice(rated[0].length), queries);
  if (action === undefined || action.type === 'expired' || action.type === 'rate') return action;
  return { ...action, target: { ...action.target, rated: rated[1] } } as ButtonAction;
}

async function decodeBody(value: string, queries: QueryStore): Promise<ButtonAction | Expired | undefined> {
  const more = MORE.exec(value);
  if (more !== null) return decodeMore(more, queries);
  const ctx = CONTEXT.exec(value);
  if (ctx !== null) {
    const [, documentId = '', paragraph, before, after, language] = ctx;
    return {
      type: 'context',
      target: { kind: 'context', documentId, paragraph: Number(paragraph), before: Number(before), after: Number(after), language: language as Reader },
    };
  }
  const rate = RATE.exec(value);
  if (rate !== null) return decodeRate(rate);
  const range = RANGE.exec(value);
  if (range === null) return undefined;
  const [, prefix, documentId = '', from, to, language] = range;
  const type = (Object.keys(RANGE_PREFIX) as RangeType[]).find((k) => RANGE_PREFIX[k] === prefix) ?? 'paragraph';
  const target: CardTarget = { kind: 'paragraphs', documentId, from: Number(from), to: Number(to), language: language as Reader };
  return Number(from) <= Number(to) ? { type, target } : undefined;
}

/** A feedback button's rating, read at once (no store involved), or undefined when the value is not one. */
export function rateTargetOf(value: unknown): RateTarget | undefined {
  const match = typeof value === 'string' ? RATE.exec(value) : null;
  if (match === null) return undefined;
  const action = decodeRate(match);
  return action.type === 'rate' ? action.target : undefined;
}

function decodeRate(match: RegExpExecArray): ButtonAction {
  const [, rating, language, answerId = ''] = match;
  const target: RateTarget = { kind: 'rate', answerId, rating: rating === 'h' ? 'helpful' : 'not-helpful', language: language as Reader };
  return { type: 'rate', target };
}

async function decodeMore(match: RegExpExecArray, queries: QueryStore): Promise<ButtonAction | Expired | undefined> {
  const [, offset, language, how, carried = ''] = match;
  if (how === 'k' && !KEY.test(carried)) return undefined;
  const query = how === 'q' ? carried : await queries.queryFor(carried);
  const reader = language as Reader;
  if (query === undefined) return { type: 'expired', language: reader };
  return { type: 'more', target: { kind: 'ask', query, offset: Number(offset), language: reader } };
}

// What both highlight posters do alike. A platform's refusal becomes the
// scheduler's error (a channel that is gone pauses it, a rate limit makes it
// wait); the poster only says which of its errors mean which. And finding a
// post again after a crash reads the channel page by page, from a little
// before the intent to post was recorded, up to a bound.

import { ChannelGoneError, PostRateLimitedError } from '../src/highlights/ports.js';

/** What a platform's error means for the scheduler; undefined when it means neither. */
export type PostRefusal = { gone: string } | { retryAfterMs: number } | undefined;

/** `work`'s result; its error as the scheduler's when `classify` recognises it, else as it was. */
export async function posting<T>(channelId: string, classify: (error: unknown) => PostRefusal, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const refusal = classify(error);
    if (refusal === undefined) throw error;
    throw 'gone' in refusal ? new ChannelGoneError(channelId, refusal.gone) : new PostRateLimitedError(refusal.retryAfterMs);
  }
}

/**
 * How many messages are read at most looking for one post: every message since
 * the intent, however busy the channel (a fixed look at the latest page missed
 * a post in a busy one), up to this bound.
 */
export const MAX_HISTORY_MESSAGES = 10_000;
/** Our clock and the platform's may differ a little: look this much further back. */
const CLOCK_SLACK_MS = 5 * 60_000;

/** Where reading the history for a post whose intent was recorded at `since` starts (ms since the epoch, never before 1970). */
export const historyStart = (since: Date): number => Math.max(0, since.getTime() - CLOCK_SLACK_MS);

/** One page of a channel's history: whether it holds the post, and where the next page starts (undefined at the end). */
export interface HistoryPage<C> {
  found: boolean;
  next: C | undefined;
}

/** Whether any of at most `maxPages` pages, read from `first` on, holds the post. */
export async function foundInPages<C>(first: C | undefined, maxPages: number, read: (cursor: C | undefined) => Promise<HistoryPage<C>>): Promise<boolean> {
  let cursor = first;
  for (let page = 0; page < maxPages; page += 1) {
    const { found, next } = await read(cursor);
    if (found) return true;
    if (next === undefined) return false;
    cursor = next;
  }
  return false;
}

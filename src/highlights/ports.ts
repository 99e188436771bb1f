// The ports of the daily highlights: what the adapters call (HighlightService),
// what they offer the scheduler (HighlightPoster), and the errors a poster reports.

import type { Answer, AnswerOf, Language } from '../model.js';
import type { Poster } from './schedule.js';

export type Platform = 'slack' | 'discord' | 'console';

export interface ChannelKey {
  platform: Platform;
  channelId: string;
}

/**
 * What the chat adapters call for the highlight commands. Each method returns
 * an answer to render: a 'subscription' or 'highlight' answer, or an 'error'
 * (badTime, badTimeZone, notSubscribed) with a message for the user.
 */
export interface HighlightService {
  subscribe(channel: ChannelKey, options: { time?: string; timeZone?: string }, language: Language): Promise<Answer>;
  unsubscribe(channel: ChannelKey, language: Language): Promise<Answer>;
  status(channel: ChannelKey, language: Language): Promise<Answer>;
  setTime(channel: ChannelKey, time: string, language: Language): Promise<Answer>;
  setTimeZone(channel: ChannelKey, timeZone: string, language: Language): Promise<Answer>;
  /** Today's highlight for this channel (its own rotation; the first one when not subscribed). */
  preview(channel: ChannelKey, language: Language): Promise<Answer>;
}

/** What an adapter offers the highlight scheduler: a poster of highlights. */
export type HighlightPoster = Poster<AnswerOf<'highlight'>>;

/** The channel is gone or the bot was removed from it: pause, do not retry. */
export class ChannelGoneError extends Error {
  constructor(channelId: string, reason: string) {
    super(`highlights: channel ${channelId} is unavailable (${reason})`);
    this.name = 'ChannelGoneError';
  }
}

/** The platform asked us to wait. */
export class PostRateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`highlights: rate limited, retry after ${retryAfterMs} ms`);
    this.name = 'PostRateLimitedError';
  }
}

// The ports of the daily highlights: what the adapters call (HighlightService),
// what they offer the scheduler (HighlightPoster), and the errors a poster reports.

import type { Answer, AnswerOf, Language } from '../model.js';

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

/** What an adapter offers the scheduler to deliver a highlight. */
export interface HighlightPoster {
  readonly platform: Platform;
  /**
   * Posts the highlight to the channel, carrying `key` in the message (Slack
   * message metadata, a Discord nonce) so `findPosted` can recognise it later.
   */
  post(channelId: string, highlight: AnswerOf<'highlight'>, key: string): Promise<void>;
  /**
   * Whether a message carrying `key` is already in the channel (recovery after a
   * crash between send and record). `since` is when the intent to post was
   * recorded: the post cannot be older, so a poster may look back that far (bounded).
   */
  findPosted(channelId: string, key: string, since?: Date): Promise<boolean>;
}

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

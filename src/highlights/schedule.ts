// What the exactly-once delivery (delivery.ts, scheduler.ts) needs to know
// about one kind of scheduled post: when a subscription's next post is due,
// which period (the local date its post is recorded under) an instant falls
// in, and what the post says. The daily highlights have one (plan.ts), the
// weekly insights digest another (src/insights/digest-schedule.ts); both post
// through the same ledger claims and the same recovery.

import type { NewPost, PostRow, SubscriptionRow } from '../store/store.js';
import type { Platform } from './ports.js';

export interface Due {
  /** The period's local date: the post's key in the ledger. */
  localDate: string;
  at: Date;
  /** The period's post already recorded (pending: being sent or retried). */
  post: PostRow | undefined;
}

/** What a recorded post says, or why it can no longer be made (the post then fails, it is not retried). */
export type Content<C> = { content: C } | { missing: string };

export interface Schedule<C> {
  /** The log's prefix: 'highlights', 'digest'. */
  readonly name: string;
  /** What a period is called in the log: 'day', 'week'. */
  readonly period: string;
  /** The local date of the period `now` falls in, as its post is recorded. */
  periodOf(sub: SubscriptionRow, now: Date): string;
  /** When the period recorded under `localDate` ends. */
  periodEnd(sub: SubscriptionRow, localDate: string): Date;
  /** The next period that still needs its post, and when it is due. */
  nextDue(sub: SubscriptionRow, now: Date): Promise<Due>;
  /** What to record for the period's post before it is sent (its key among it). */
  intent(sub: SubscriptionRow, localDate: string, now: number): Promise<NewPost>;
  /** What to send for a recorded post. May throw: the post is retried. */
  content(sub: SubscriptionRow, post: PostRow): Promise<Content<C>>;
  /** What the log says of a post sent. */
  fields(post: PostRow): Record<string, unknown>;
}

/** What an adapter offers a scheduler to deliver posts of content `C`. */
export interface Poster<C> {
  readonly platform: Platform;
  /**
   * Posts `content` to the channel, carrying `key` in the message (Slack
   * message metadata, a Discord nonce and a mark the listed message keeps) so
   * `findPosted` can recognise it later.
   */
  post(channelId: string, content: C, key: string): Promise<void>;
  /**
   * Whether a message carrying `key` is already in the channel (recovery after a
   * crash between send and record). `since` is when the intent to post was
   * recorded: the post cannot be older, so a poster may look back that far (bounded).
   */
  findPosted(channelId: string, key: string, since?: Date): Promise<boolean>;
}

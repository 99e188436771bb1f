// The rows of the highlight database as the rest of the code sees them, and the
// checked conversion from what SQLite returns: a value outside its set is an error
// naming the column, not a silently wrong subscription.

import type { Language } from '../model.js';
import type { ChannelKey, Platform } from '../highlights/ports.js';

export type SubscriptionStatus = 'active' | 'paused' | 'unsubscribed';
export type PostState = 'pending' | 'sent' | 'failed';

export interface SubscriptionRow {
  platform: Platform;
  channelId: string;
  status: SubscriptionStatus;
  time: string;
  timeZone: string;
  seed: number;
  /** Epoch ms: a day whose post time falls before this is not due (set on subscribe and on each change). */
  activeFrom: number;
  pausedReason: string | undefined;
  /** The language the channel subscribed in: the scheduled posts' labels follow it. */
  language: Language;
}

export interface PostRow {
  platform: Platform;
  channelId: string;
  localDate: string;
  item: string;
  cycle: number;
  /** 1-based place in the cycle. */
  position: number;
  cycleLength: number;
  key: string;
  state: PostState;
  attempts: number;
  nextAttemptAt: number | undefined;
  lastError: string | undefined;
  /** When the intent to post was recorded (ms since the epoch): the post cannot be older. */
  createdAt: number;
}

export class StoreError extends Error {
  constructor(problem: string) {
    super(`store: ${problem}`);
    this.name = 'StoreError';
  }
}

export interface RawSubscription {
  platform: string;
  channel_id: string;
  status: string;
  time: string;
  time_zone: string;
  seed: number;
  active_from: number;
  paused_reason: string | null;
  language: string;
}

export interface RawPost {
  platform: string;
  channel_id: string;
  local_date: string;
  item: string;
  cycle: number;
  position: number;
  cycle_length: number;
  post_key: string;
  state: string;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  created_at: number;
}

const PLATFORMS: readonly Platform[] = ['slack', 'discord', 'console'];
const STATUSES: readonly SubscriptionStatus[] = ['active', 'paused', 'unsubscribed'];
const STATES: readonly PostState[] = ['pending', 'sent', 'failed'];
const LANGUAGES: readonly Language[] = ['zh', 'en', 'mixed'];

function oneOf<T extends string>(value: string, options: readonly T[], what: string): T {
  if (!(options as readonly string[]).includes(value)) throw new StoreError(`unknown ${what} '${value}' in the database`);
  return value as T;
}

export function toSubscription(r: RawSubscription): SubscriptionRow {
  return {
    platform: oneOf(r.platform, PLATFORMS, 'platform'),
    channelId: r.channel_id,
    status: oneOf(r.status, STATUSES, 'subscription status'),
    time: r.time,
    timeZone: r.time_zone,
    seed: r.seed,
    activeFrom: r.active_from,
    pausedReason: r.paused_reason ?? undefined,
    language: oneOf(r.language, LANGUAGES, 'language'),
  };
}

export function toPost(r: RawPost): PostRow {
  return {
    platform: oneOf(r.platform, PLATFORMS, 'platform'),
    channelId: r.channel_id,
    localDate: r.local_date,
    item: r.item,
    cycle: r.cycle,
    position: r.position,
    cycleLength: r.cycle_length,
    key: r.post_key,
    state: oneOf(r.state, STATES, 'post state'),
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at ?? undefined,
    lastError: r.last_error ?? undefined,
    createdAt: r.created_at,
  };
}

/** What the planner decides for a post before it is recorded. */
export type NewPost = Pick<PostRow, 'localDate' | 'item' | 'cycle' | 'position' | 'cycleLength' | 'key'>;

/** A stored rotation, checked: a list of commitment ids. */
export function parseRotation(channel: ChannelKey, cycle: number, text: string): string[] {
  let items: unknown;
  try {
    items = JSON.parse(text) as unknown;
  } catch {
    throw new StoreError(`rotation ${cycle} of ${channel.platform}:${channel.channelId} is not JSON: ${text.slice(0, 80)}`);
  }
  if (!Array.isArray(items) || !items.every((i): i is string => typeof i === 'string')) {
    throw new StoreError(`rotation ${cycle} of ${channel.platform}:${channel.channelId} is not a list of ids`);
  }
  return items;
}

// One channel's part of a scheduler round, for any scheduled post (the daily
// highlights, the weekly digest: schedule.ts). The order of writes is what
// makes it exactly-once across crashes and instances: the intent (a pending
// row, unique per channel and period) is stored, claimed by one instance,
// before sending; a pending row found later is claimed again only once its
// claim has expired, and is first looked for in the channel before it is sent again.

import type { Logger } from 'pino';
import type { HighlightStore, PostRow, SubscriptionRow } from '../store/store.js';
import type { Clock } from './clock.js';
import { ChannelGoneError, PostRateLimitedError, type ChannelKey } from './ports.js';
import type { Poster, Schedule } from './schedule.js';

export interface RetryPolicy {
  /** First back-off after a failed post. */
  baseMs: number;
  /** Back-off never grows past this. */
  maxMs: number;
}

export interface DeliveryDeps<C> {
  store: HighlightStore;
  schedule: Schedule<C>;
  clock: Clock;
  logger: Logger;
  retry: RetryPolicy;
  /** This instance, as recorded on its claims. */
  owner: string;
  /** How long a claim keeps other instances off a post: longer than any send takes. */
  claimMs: number;
  /** Told how each attempt ended (for the metrics). */
  onOutcome?: (outcome: DeliveryOutcome) => void;
}

/** posted; recovered: found in the channel after a crash; retried; failed: the period ended without it; paused: the channel is gone. */
export type DeliveryOutcome = 'posted' | 'recovered' | 'retried' | 'failed' | 'paused';

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const keyOf = (sub: SubscriptionRow): ChannelKey => ({ platform: sub.platform, channelId: sub.channelId });
const fields = (sub: SubscriptionRow): Record<string, string> => ({ platform: sub.platform, channelId: sub.channelId });

function claimFor<C>(deps: DeliveryDeps<C>, now: number): { owner: string; until: number } {
  return { owner: deps.owner, until: now + deps.claimMs };
}

async function pause<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, post: PostRow, error: ChannelGoneError): Promise<void> {
  // Nothing reached the channel: the commitment stays next for when it resumes.
  await deps.store.pauseChannel(keyOf(sub), post.localDate, error.message, deps.clock.now().getTime());
  deps.onOutcome?.('paused');
  deps.logger.warn({ ...fields(sub), reason: error.message }, `${deps.schedule.name}: channel unavailable; subscription paused`);
}

async function failed<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, post: PostRow, error: unknown): Promise<void> {
  if (error instanceof ChannelGoneError) return pause(deps, sub, post, error);
  const { retry } = deps;
  const attempt = post.attempts + 1;
  const wait =
    error instanceof PostRateLimitedError ? Math.max(error.retryAfterMs, 1000) : Math.min(retry.baseMs * 2 ** Math.min(attempt - 1, 30), retry.maxMs);
  await deps.store.scheduleRetry(keyOf(sub), post.localDate, deps.clock.now().getTime() + wait, describe(error));
  deps.onOutcome?.('retried');
  deps.logger.warn(
    { ...fields(sub), date: post.localDate, attempt, retryInMs: wait, error: describe(error) },
    `${deps.schedule.name}: post failed; will retry`,
  );
}

/** The post's content; undefined when the post failed for good or will be retried (both recorded here). */
async function contentOf<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, post: PostRow): Promise<C | undefined> {
  try {
    const made = await deps.schedule.content(sub, post);
    if ('content' in made) return made.content;
    await deps.store.markFailed(keyOf(sub), post.localDate, made.missing);
    deps.onOutcome?.('failed');
    deps.logger.error(
      { ...fields(sub), item: post.item, reason: made.missing },
      `${deps.schedule.name}: stored post cannot be made; ${deps.schedule.period} skipped`,
    );
  } catch (error) {
    await failed(deps, sub, post, error);
  }
  return undefined;
}

/** Sends a claimed post; `fresh` when this instance recorded it just now (nothing to look for). */
async function send<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, poster: Poster<C>, post: PostRow, fresh: boolean): Promise<void> {
  const { store, clock, logger, schedule } = deps;
  const channel = keyOf(sub);
  const content = await contentOf(deps, sub, post);
  if (content === undefined) return;
  try {
    if (!fresh && (await poster.findPosted(sub.channelId, post.key, new Date(post.createdAt)))) {
      await store.markSent(channel, post.localDate, clock.now().getTime());
      logger.info({ ...fields(sub), date: post.localDate }, `${schedule.name}: found the post already in the channel; recorded it`);
      deps.onOutcome?.('recovered');
      return;
    }
    await poster.post(sub.channelId, content, post.key);
  } catch (error) {
    await failed(deps, sub, post, error);
    return;
  }
  await store.markSent(channel, post.localDate, clock.now().getTime());
  logger.info({ ...fields(sub), date: post.localDate, ...schedule.fields(post) }, `${schedule.name}: posted`);
  deps.onOutcome?.('posted');
}

/**
 * How late an intent that was never tried may still go out: its instance
 * crashed just before its period ended and its claim outlived the period. A
 * post tried and failed all period long is not sent late.
 */
export const LATE_LIMIT_MS = 60 * 60_000;

function lateButStillDue<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, post: PostRow): boolean {
  const ended = deps.schedule.periodEnd(sub, post.localDate).getTime();
  return post.attempts === 0 && post.lastError === undefined && deps.clock.now().getTime() - ended <= LATE_LIMIT_MS;
}

/** An intent from an earlier period: record whether it reached the channel; send it late only if it was never tried. */
async function settle<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, poster: Poster<C>, post: PostRow): Promise<void> {
  if (lateButStillDue(deps, sub, post)) return send(deps, sub, poster, post, false);
  let found = false;
  try {
    found = await poster.findPosted(sub.channelId, post.key, new Date(post.createdAt));
  } catch (error) {
    if (error instanceof ChannelGoneError) return pause(deps, sub, post, error);
  }
  if (found) {
    await deps.store.markSent(keyOf(sub), post.localDate, deps.clock.now().getTime());
    deps.onOutcome?.('recovered');
    return;
  }
  await deps.store.markFailed(keyOf(sub), post.localDate, post.lastError ?? `the ${deps.schedule.period} ended before it was posted`);
  deps.onOutcome?.('failed');
  deps.logger.warn({ ...fields(sub), date: post.localDate, error: post.lastError }, `${deps.schedule.name}: the ${deps.schedule.period} ended without a post`);
}

/** Records the period's intent under this instance's claim and sends it; nothing when another instance recorded it first. */
async function postNow<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, poster: Poster<C>, period: string, now: number): Promise<void> {
  const channel = keyOf(sub);
  const intent = await deps.schedule.intent(sub, period, now);
  if (!(await deps.store.insertPending(channel, intent, now, claimFor(deps, now)))) return;
  const post = await deps.store.post(channel, period);
  if (post !== undefined) await send(deps, sub, poster, post, true);
}

/** Settles earlier periods' intents, then posts the current period's if it is due. */
export async function deliverChannel<C>(deps: DeliveryDeps<C>, sub: SubscriptionRow, poster: Poster<C>, now: Date): Promise<void> {
  const { store } = deps;
  const channel = keyOf(sub);
  const at = now.getTime();
  const period = deps.schedule.periodOf(sub, now);
  for (const stale of await store.pendingPosts(channel)) {
    if (stale.localDate !== period && (await store.claimPost(channel, stale.localDate, at, claimFor(deps, at)))) await settle(deps, sub, poster, stale);
  }
  if ((await store.subscription(channel))?.status !== 'active') return;

  const due = await deps.schedule.nextDue(sub, now);
  if (due.localDate !== period || due.at.getTime() > at) return;
  if (due.post === undefined) return postNow(deps, sub, poster, period, at);
  if ((due.post.nextAttemptAt ?? 0) > at) return;
  if (await store.claimPost(channel, due.post.localDate, at, claimFor(deps, at))) await send(deps, sub, poster, due.post, false);
}

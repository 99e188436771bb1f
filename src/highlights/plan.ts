// Where each channel stands: which commitment comes next in its stored
// rotation, and which local day is due next. Shared by the service (status,
// preview) and the scheduler (posting), so both always agree.

import type { AnswerOf, Language } from '../model.js';
import type { Due, Schedule } from './schedule.js';
import type { Catalog, Commitment } from './catalog.js';
import { orderCycle, seedFor } from './rotation.js';
import type { ChannelKey } from './ports.js';
import type { HighlightStore, PostRow, SubscriptionRow } from '../store/store.js';
import { addDays, localDate, zonedTime } from './time.js';

export interface Slot {
  commitment: Commitment;
  cycle: number;
  /** 1-based. */
  position: number;
  cycleLength: number;
}

export type { Due } from './schedule.js';

export function channelSeed(channel: ChannelKey): number {
  return seedFor(`${channel.platform}:${channel.channelId}`);
}

/**
 * What the post carries so the platform can find it again: short enough for a
 * Discord nonce (25 characters), unique per channel and local day.
 */
export function postKey(channel: ChannelKey, date: string): string {
  return `hl${date.replaceAll('-', '')}${channelSeed(channel).toString(36).padStart(7, '0')}`;
}

export class Planner {
  constructor(
    private readonly store: HighlightStore,
    private readonly catalog: Catalog,
  ) {
    if (catalog.commitments.length === 0) throw new Error('highlights: the kinds data marks no paragraph as a commitment');
  }

  get cycleLength(): number {
    return this.catalog.commitments.length;
  }

  /**
   * The cycle's stored order, made and stored on first use (unless `persist`
   * is false, for a preview in a channel that never subscribed). When two
   * instances make it at once, the first stored wins and both use that one.
   */
  async cycleOrder(channel: ChannelKey, seed: number, cycle: number, now: number, persist: boolean): Promise<string[]> {
    const stored = await this.store.rotation(channel, cycle);
    if (stored !== undefined) return stored;
    let previousTopic: string | undefined;
    if (cycle > 0) {
      const previous = await this.cycleOrder(channel, seed, cycle - 1, now, persist);
      const last = previous.at(-1);
      previousTopic = last === undefined ? undefined : this.catalog.get(last)?.topic?.id;
    }
    const items = this.catalog.commitments.map((c) => ({ id: c.id, topic: c.topic?.id }));
    const order = orderCycle(items, seed, cycle, previousTopic);
    if (!persist) return order;
    await this.store.saveRotation(channel, cycle, order, now);
    return (await this.store.rotation(channel, cycle)) ?? order;
  }

  /** The commitment after the channel's last one (failed days leave their place to the next day). */
  async nextSlot(channel: ChannelKey, seed: number, now: number, persist: boolean): Promise<Slot> {
    const last = await this.store.lastCountedPost(channel);
    let cycle = last?.cycle ?? 0;
    let index = last?.position ?? 0;
    // Bounded walk: skips ids a later classification dropped.
    for (let guard = 0; guard < 4 * (this.cycleLength + 1); guard++) {
      const order = await this.cycleOrder(channel, seed, cycle, now, persist);
      if (index >= order.length) {
        cycle += 1;
        index = 0;
        continue;
      }
      const commitment = this.catalog.get(order[index] ?? '');
      if (commitment !== undefined) return { commitment, cycle, position: index + 1, cycleLength: order.length };
      index += 1;
    }
    throw new Error(`highlights: no commitment found in the rotation of ${channel.platform}:${channel.channelId}`);
  }

  slotOf(post: PostRow): Slot | undefined {
    const commitment = this.catalog.get(post.item);
    return commitment === undefined ? undefined : { commitment, cycle: post.cycle, position: post.position, cycleLength: post.cycleLength };
  }

  /**
   * The next local day that still needs its post: today if today's time has
   * not passed yet, or has passed without a post (the scheduler is on it);
   * otherwise a later day. Days whose time falls before `activeFrom` (set on
   * subscribe and on every change of time or zone) are not due.
   */
  async nextDue(sub: SubscriptionRow, now: Date): Promise<Due> {
    const channel = { platform: sub.platform, channelId: sub.channelId };
    const today = localDate(now, sub.timeZone);
    for (let d = 0; d < 7; d++) {
      const date = addDays(today, d);
      const at = zonedTime(date, sub.time, sub.timeZone);
      if (at.getTime() < sub.activeFrom) continue;
      const post = await this.store.post(channel, date);
      if (post !== undefined && post.state !== 'pending') continue;
      return { localDate: date, at, post };
    }
    // Only reachable after a zone change that moved the calendar back; a week
    // later every date is fresh.
    const date = addDays(today, 7);
    return { localDate: date, at: zonedTime(date, sub.time, sub.timeZone), post: undefined };
  }

  highlight(slot: Slot, date: string, language: Language): AnswerOf<'highlight'> {
    const c = slot.commitment;
    return {
      kind: 'highlight',
      language,
      highlight: {
        document: c.document,
        paragraph: c.paragraph,
        topic: c.topic,
        quote: c.quote,
        english: c.english,
        position: slot.position,
        cycleLength: slot.cycleLength,
        date,
      },
    };
  }
}

/** The daily highlights as the scheduler sees them: a period is a local day, the post its next commitment. */
export function highlightSchedule(planner: Planner): Schedule<AnswerOf<'highlight'>> {
  return {
    name: 'highlights',
    period: 'day',
    periodOf: (sub, now) => localDate(now, sub.timeZone),
    periodEnd: (sub, date) => zonedTime(addDays(date, 1), '00:00', sub.timeZone),
    nextDue: (sub, now) => planner.nextDue(sub, now),
    async intent(sub, date, now) {
      const channel = { platform: sub.platform, channelId: sub.channelId };
      const slot = await planner.nextSlot(channel, sub.seed, now, true);
      return {
        localDate: date,
        item: slot.commitment.id,
        cycle: slot.cycle,
        position: slot.position,
        cycleLength: slot.cycleLength,
        key: postKey(channel, date),
      };
    },
    async content(sub, post) {
      const slot = planner.slotOf(post);
      if (slot === undefined) return { missing: `commitment ${post.item} is no longer in the kinds data` };
      return { content: planner.highlight(slot, post.localDate, sub.language) };
    },
    fields: (post) => ({ paragraph: planner.slotOf(post)?.commitment.paragraph, position: post.position }),
  };
}

// A HighlightPoster over an in-memory set of channels, for the scheduler's own
// tests (the Slack and Discord adapters are tested against their platform doubles).
import type { AnswerOf } from '../../../src/model.js';
import { ChannelGoneError, PostRateLimitedError, type HighlightPoster, type Platform } from '../../../src/highlights/ports.js';
import type { Clock } from '../../../src/highlights/clock.js';

export interface Delivered {
  channelId: string;
  key: string;
  answer: AnswerOf<'highlight'>;
  at: Date;
}

export type Fault = 'error' | 'rateLimited' | 'gone' | 'errorAfterSending';

export class RecordingPoster implements HighlightPoster {
  readonly delivered: Delivered[] = [];
  readonly attempts: { channelId: string; at: Date }[] = [];
  /** Faults to raise on the next posts to a channel, one per attempt. */
  readonly faults = new Map<string, Fault[]>();
  /** Channels that answer every call as deleted. */
  readonly gone = new Set<string>();
  /** Called after a message is in the channel, before post() returns. */
  afterDelivery: ((d: Delivered) => Promise<void>) | undefined;
  findPostedCalls = 0;

  constructor(
    readonly platform: Platform,
    private readonly clock: Clock,
  ) {}

  async post(channelId: string, answer: AnswerOf<'highlight'>, key: string): Promise<void> {
    this.attempts.push({ channelId, at: this.clock.now() });
    if (this.gone.has(channelId)) throw new ChannelGoneError(channelId, 'channel_not_found');
    const fault = this.faults.get(channelId)?.shift();
    if (fault === 'gone') throw new ChannelGoneError(channelId, 'not_in_channel');
    if (fault === 'error') throw new Error('platform error 500');
    if (fault === 'rateLimited') throw new PostRateLimitedError(120_000);
    const d: Delivered = { channelId, key, answer, at: this.clock.now() };
    this.delivered.push(d);
    if (fault === 'errorAfterSending') throw new Error('connection reset after the message was sent');
    await this.afterDelivery?.(d);
  }

  async findPosted(channelId: string, key: string): Promise<boolean> {
    this.findPostedCalls++;
    if (this.gone.has(channelId)) throw new ChannelGoneError(channelId, 'channel_not_found');
    return this.delivered.some((d) => d.channelId === channelId && d.key === key);
  }

  to(channelId: string): Delivered[] {
    return this.delivered.filter((d) => d.channelId === channelId);
  }
}

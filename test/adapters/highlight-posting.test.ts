import { describe, expect, it } from 'vitest';
import { foundInPages, historyStart, posting, type PostRefusal } from '../../adapters/highlight-posting.js';
import { ChannelGoneError, PostRateLimitedError } from '../../src/highlights/ports.js';

const classify = (error: unknown): PostRefusal => (error === 'gone' ? { gone: 'channel_not_found' } : error === 'slow' ? { retryAfterMs: 1500 } : undefined);

describe('a platform refusal as the scheduler’s error', () => {
  it('passes the result through', async () => expect(await posting('C1', classify, async () => 7)).toBe(7));
  it('makes a gone channel a ChannelGoneError naming channel and reason', async () => {
    const error = await posting('C1', classify, () => Promise.reject('gone')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelGoneError);
    expect((error as Error).message).toContain('C1');
    expect((error as Error).message).toContain('channel_not_found');
  });
  it('makes a rate limit a PostRateLimitedError with the wait', async () => {
    const error = await posting('C1', classify, () => Promise.reject('slow')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostRateLimitedError);
    expect((error as PostRateLimitedError).retryAfterMs).toBe(1500);
  });
  it('rethrows any other error as it was', async () => {
    const original = new Error('boom');
    expect(await posting('C1', classify, () => Promise.reject(original)).catch((e: unknown) => e)).toBe(original);
  });
});

describe('looking for a post page by page', () => {
  /** Pages of numbers; the cursor is the index of the next page. */
  const pages = [[1, 2], [3, 4], [5]];
  const reader = (wanted: number, read: (number | undefined)[]) => async (cursor: number | undefined) => {
    read.push(cursor);
    const index = cursor ?? 0;
    return { found: (pages[index] ?? []).includes(wanted), next: index + 1 < pages.length ? index + 1 : undefined };
  };

  it('stops at the page that holds it', async () => {
    const read: (number | undefined)[] = [];
    expect(await foundInPages(undefined, 10, reader(3, read))).toBe(true);
    expect(read).toEqual([undefined, 1]);
  });
  it('says no when the pages end', async () => {
    const read: (number | undefined)[] = [];
    expect(await foundInPages(undefined, 10, reader(9, read))).toBe(false);
    expect(read).toEqual([undefined, 1, 2]);
  });
  it('reads no more than the bound, from the first cursor given', async () => {
    const read: (number | undefined)[] = [];
    expect(await foundInPages(1, 1, reader(5, read))).toBe(false);
    expect(read).toEqual([1]);
  });
});

describe('where the history is read from', () => {
  it('starts five minutes before the intent, for clocks that differ a little, and never before 1970', () => {
    expect(historyStart(new Date('2024-07-04T08:00:00Z'))).toBe(Date.parse('2024-07-04T07:55:00Z'));
    expect(historyStart(new Date(60_000))).toBe(0);
  });
});

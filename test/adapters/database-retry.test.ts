import { describe, expect, it } from 'vitest';
import { DATABASE_BUSY_TEXT, isDatabaseBusy, retryWhileBusy } from '../../adapters/database-retry.js';
import type { Answer } from '../../src/model.js';

const busy = (): Error => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
const ok: Answer = { kind: 'help', language: 'en' };

/** A clock that moves only when the code under test sleeps. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; pauses: number[] } {
  let t = 0;
  const pauses: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      pauses.push(ms);
      t += ms;
    },
    pauses,
  };
}

describe('retryWhileBusy', () => {
  it('answers at once when the database is free', async () => {
    expect(await retryWhileBusy(async () => ok, 'en')).toBe(ok);
  });

  it('retries a busy write with growing pauses until it succeeds', async () => {
    const time = fakeTime();
    let calls = 0;
    const run = async (): Promise<Answer> => {
      calls += 1;
      if (calls < 4) throw busy();
      return ok;
    };
    const answer = await retryWhileBusy(run, 'en', { sleep: time.sleep, now: time.now });
    expect({ answer, calls, pauses: time.pauses }).toEqual({ answer: ok, calls: 4, pauses: [20, 40, 80] });
  });

  it('answers busy, try again, when the lock outlasts the deadline', async () => {
    const time = fakeTime();
    const answer = await retryWhileBusy(
      () => {
        throw busy();
      },
      'zh',
      { sleep: time.sleep, now: time.now, deadlineMs: 2000 },
    );
    expect({ answer, within: time.now() <= 2000 }).toEqual({
      answer: { kind: 'error', language: 'zh', code: 'internal', message: DATABASE_BUSY_TEXT.zh },
      within: true,
    });
  });

  it('throws any other error as it is', async () => {
    await expect(
      retryWhileBusy(() => {
        throw new Error('disk full');
      }, 'en'),
    ).rejects.toThrow('disk full');
  });

  it.each([
    ['SQLITE_BUSY', true],
    ['SQLITE_BUSY_SNAPSHOT', true],
    ['SQLITE_LOCKED', true],
    ['SQLITE_READONLY', false],
    [undefined, false],
  ])('calls %s busy: %s', (code, expected) => {
    expect(isDatabaseBusy(Object.assign(new Error('x'), { code }))).toBe(expected);
  });
});

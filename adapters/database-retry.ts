// better-sqlite3 is synchronous: while another process holds the database's
// write lock, a write waits for SQLite's busy timeout with the whole event loop
// stopped, and every chat platform with it. The store's busy timeout is short
// (src/highlights/store.ts); here a highlight command that meets a lock is
// tried again after growing pauses, with the event loop free in between, and
// answers "busy, try again" if the lock outlasts the platform's patience.

import type { Answer, Language } from '../src/model.js';

export const DATABASE_BUSY_TEXT = {
  en: 'The highlight settings are busy just now (the database is locked). Nothing was changed: please try again in a moment.',
  zh: '每日摘录设置暂时繁忙（数据库被锁定），未做任何更改，请稍后再试。',
} as const;

export interface RetryOptions {
  /** Give up after this long: well inside Discord's 3 s (a deferred reply) and a person's patience. */
  deadlineMs?: number;
  /** The first pause; each next one is twice as long, up to `maxPauseMs`. */
  firstPauseMs?: number;
  maxPauseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export const RETRY_DEFAULTS = { deadlineMs: 2000, firstPauseMs: 20, maxPauseMs: 400 } as const;

/** Whether SQLite refused because another connection holds a lock. */
export function isDatabaseBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return false;
  return /^SQLITE_(BUSY|LOCKED)(_|$)/.test(error.code);
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `run()`'s answer; while the database is busy, tried again with back-off,
 * ending in DATABASE_BUSY_TEXT at the deadline. Other errors are thrown as they are.
 */
export async function retryWhileBusy(run: () => Promise<Answer>, language: Language, options: RetryOptions = {}): Promise<Answer> {
  try {
    return await run();
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
  }
  return retryLater(run, language, options);
}

async function retryLater(run: () => Promise<Answer>, language: Language, options: RetryOptions): Promise<Answer> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? wait;
  const deadline = now() + (options.deadlineMs ?? RETRY_DEFAULTS.deadlineMs);
  let pause = options.firstPauseMs ?? RETRY_DEFAULTS.firstPauseMs;
  while (now() + pause < deadline) {
    await sleep(pause);
    try {
      return await run();
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
    }
    pause = Math.min(pause * 2, options.maxPauseMs ?? RETRY_DEFAULTS.maxPauseMs);
  }
  return { kind: 'error', language, code: 'internal', message: DATABASE_BUSY_TEXT[language === 'zh' ? 'zh' : 'en'] };
}

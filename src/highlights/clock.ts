// The scheduler's only source of time, so tests can run a year of days in
// moments: now() and one-shot timers.

export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): Date;
  /** Calls `callback` once after `delayMs`; a returned promise is the work the callback started. */
  setTimer(delayMs: number, callback: () => unknown): TimerHandle;
}

// setTimeout cannot wait longer than this; longer waits are re-armed.
const MAX_TIMEOUT_MS = 2_147_483_647;

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(delayMs, callback) {
    const handle = setTimeout(() => void callback(), Math.min(Math.max(0, delayMs), MAX_TIMEOUT_MS));
    return { cancel: () => clearTimeout(handle) };
  },
};

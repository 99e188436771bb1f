// A clock the test moves by hand. Timers fire in time order as the clock passes
// them, and advancing waits for the work each timer started (the scheduler's round)
// and for work already under way with an embedded store.
import type { Clock, TimerHandle } from '../../../src/highlights/clock.js';

interface Timer {
  at: number;
  seq: number;
  callback: () => unknown;
  cancelled: boolean;
}

export class FakeClock implements Clock {
  private time: number;
  private seq = 0;
  private timers: Timer[] = [];

  constructor(start: Date | string) {
    this.time = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(delayMs: number, callback: () => unknown): TimerHandle {
    const timer: Timer = { at: this.time + Math.max(0, delayMs), seq: this.seq++, callback, cancelled: false };
    this.timers.push(timer);
    return {
      cancel: () => {
        timer.cancelled = true;
      },
    };
  }

  /** Timers still armed. */
  get armed(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }

  /** Moves the clock without firing anything (the process was not running). */
  jumpTo(when: Date | string | number): void {
    this.time = new Date(when).getTime();
  }

  /** Moves the clock to `when`, firing each timer due on the way at its own time. */
  async advanceTo(when: Date | string | number): Promise<void> {
    const target = new Date(when).getTime();
    for (;;) {
      // Work started before (a timer being re-armed after a store read) settles first.
      await new Promise((resolve) => setImmediate(resolve));
      this.timers = this.timers.filter((t) => !t.cancelled);
      const next = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (next === undefined) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = Math.max(this.time, next.at);
      await next.callback();
    }
    this.time = Math.max(this.time, target);
  }

  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.time + ms);
  }
}

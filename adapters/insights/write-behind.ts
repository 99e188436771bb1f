// Writes that must not hold up an answer: queued, written one at a time in the
// background, tried again with growing pauses while the database refuses
// (locked, restarting), and bounded, so a database that stays away costs a
// warning and the oldest counts rather than the process's memory.

import type { Logger } from 'pino';

export const WRITE_BEHIND_DEFAULTS = {
  /** Rows waiting at most; past this the oldest is dropped (and counted in the log). */
  maxQueued: 10_000,
  firstPauseMs: 50,
  maxPauseMs: 5_000,
} as const;

export class WriteBehind<T> {
  private readonly waiting: T[] = [];
  private running: Promise<void> | undefined;
  private dropped = 0;

  constructor(
    private readonly write: (item: T) => Promise<void>,
    private readonly log: Logger,
    private readonly options: { maxQueued: number; firstPauseMs: number; maxPauseMs: number } = WRITE_BEHIND_DEFAULTS,
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  push(item: T): void {
    if (this.waiting.length >= this.options.maxQueued) {
      this.waiting.shift();
      this.dropped += 1;
      if (this.dropped === 1 || this.dropped % 1000 === 0) this.log.warn({ dropped: this.dropped }, 'insights: the database is away; oldest counts dropped');
    }
    this.waiting.push(item);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
  }

  /**
   * Resolves when everything pushed so far is written, or after `withinMs`
   * (a database gone for good must not hold a stopping process forever);
   * true when nothing is left waiting.
   */
  async drain(withinMs = Number.POSITIVE_INFINITY): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      if (Number.isFinite(withinMs)) timer = setTimeout(resolve, withinMs);
    });
    const written = (async () => {
      while (this.running !== undefined) await this.running;
    })();
    await Promise.race([written, late]);
    clearTimeout(timer);
    return this.waiting.length === 0;
  }

  private async run(): Promise<void> {
    let pause = this.options.firstPauseMs;
    for (let item = this.waiting[0]; item !== undefined; item = this.waiting[0]) {
      try {
        await this.write(item);
        // Unless the bound dropped it while it was being written.
        if (this.waiting[0] === item) this.waiting.shift();
        pause = this.options.firstPauseMs;
      } catch (error) {
        this.log.warn(
          { error: error instanceof Error ? error.message : String(error), retryInMs: pause },
          'insights: could not record a question; trying again',
        );
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, this.options.maxPauseMs);
      }
    }
  }
}

// Writes that must not hold up an answer: queued, written in the background in
// order (what waits is written together, one statement for up to `maxBatch`
// rows: with PostgreSQL each statement costs the driver's CPU and a round trip
// whatever it carries), tried again with growing pauses while the database
// refuses (locked, restarting), and bounded, so a database that stays away
// costs a warning and the oldest counts rather than the process's memory.

import type { Logger } from 'pino';

export const WRITE_BEHIND_DEFAULTS = {
  /** Rows waiting at most; past this the oldest is dropped (and counted in the log). */
  maxQueued: 10_000,
  /** Rows written together at most. */
  maxBatch: 200,
  firstPauseMs: 50,
  maxPauseMs: 5_000,
} as const;

export class WriteBehind<T> {
  private readonly waiting: T[] = [];
  private running: Promise<void> | undefined;
  private dropped = 0;

  constructor(
    /** Writes the rows together, all or none (a retry writes them again). */
    private readonly write: (items: readonly T[]) => Promise<void>,
    private readonly log: Logger,
    private readonly options: { maxQueued: number; maxBatch?: number; firstPauseMs: number; maxPauseMs: number } = WRITE_BEHIND_DEFAULTS,
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
    const maxBatch = this.options.maxBatch ?? 1;
    for (let batch = this.waiting.slice(0, maxBatch); batch.length > 0; batch = this.waiting.slice(0, maxBatch)) {
      try {
        await this.write(batch);
        // Those the bound did not drop while they were being written.
        const written = new Set(batch);
        while (this.waiting.length > 0 && written.has(this.waiting[0] as T)) this.waiting.shift();
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

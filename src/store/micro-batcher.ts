// Gathers the calls of one kind into one database statement. With PostgreSQL
// every statement costs the driver's CPU and a round trip whatever it carries,
// and most of a question's extra cost over SQLite was that. A call made while
// the kind's statement is in flight waits for it to finish and then goes with
// every other call made meanwhile; a call made when nothing is in flight goes
// at the end of the current turn of the event loop (with the calls of the same
// turn), or after `lingerMs` for calls nobody waits on. One statement of a kind
// is in flight at a time, so a busy instance sends bigger statements, not more.

export interface BatcherOptions {
  /** Calls in one statement at most (bounds the statement's parameters and its locks). */
  maxBatch: number;
  /**
   * How long the first call waits for company when nothing is in flight; 0
   * (the default) for the same turn only. Only for calls whose result nobody
   * waits on: it adds to their latency.
   */
  lingerMs?: number;
}

/**
 * Runs one batch: `items` in the order they were submitted, and must return
 * one result per item in the same order. A rejection rejects every caller of
 * the batch.
 */
export type BatchRunner<I, O> = (items: readonly I[]) => Promise<readonly O[]>;

interface Waiting<I, O> {
  item: I;
  resolve: (result: O) => void;
  reject: (error: unknown) => void;
}

export class MicroBatcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private inFlight = false;
  private cancelTimer: (() => void) | undefined;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly run: BatchRunner<I, O>,
    private readonly options: BatcherOptions,
  ) {
    if (!Number.isInteger(options.maxBatch) || options.maxBatch < 1)
      throw new Error(`micro-batcher: maxBatch must be a positive integer, got ${options.maxBatch}`);
  }

  /** Resolves with this item's own result once its batch has run. */
  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    // A statement in flight sends the next batch when it ends.
    if (this.inFlight) return;
    if (this.waiting.length >= this.options.maxBatch) {
      this.flushNow();
      return;
    }
    if (this.cancelTimer !== undefined) return;
    const linger = this.options.lingerMs ?? 0;
    if (linger > 0) {
      const timer = setTimeout(() => this.flushNow(), linger);
      this.cancelTimer = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => this.flushNow());
      this.cancelTimer = () => clearImmediate(immediate);
    }
  }

  /** Sends what is waiting now, without lingering, and resolves when nothing is waiting or in flight (before the pool closes). */
  async drain(): Promise<void> {
    this.flushNow();
    while (this.inFlight || this.waiting.length > 0) await this.idle;
  }

  private flushNow(): void {
    this.clearTimer();
    if (this.inFlight || this.waiting.length === 0) return;
    const batch = this.waiting.slice(0, this.options.maxBatch);
    this.waiting = this.waiting.slice(batch.length);
    this.inFlight = true;
    this.idle = this.runBatch(batch).finally(() => {
      this.inFlight = false;
      // Whatever came meanwhile has waited a statement already: it goes at once.
      if (this.waiting.length > 0) this.flushNow();
    });
  }

  private async runBatch(batch: readonly Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`micro-batcher: ${results.length} results for ${batch.length} calls`);
      batch.forEach((w, i) => {
        w.resolve(results[i] as O);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }

  private clearTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }
}

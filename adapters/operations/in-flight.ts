// Work an adapter has accepted and not finished: a stopping instance stops
// taking new work, then waits here (bounded) for what it accepted, so a
// rolling restart loses no answer.

export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  get size(): number {
    return this.running.size;
  }

  /** Runs `work` and remembers it until it settles; its result and failure pass through. */
  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const forget = (): void => {
      this.running.delete(work);
    };
    work.then(forget, forget);
    return work;
  }

  /** True once everything accepted so far has settled; false if `timeoutMs` passed first. */
  async drained(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const settled = (async () => {
      while (this.running.size > 0) await Promise.allSettled([...this.running]);
      return true as const;
    })();
    return Promise.race([settled, late]).finally(() => clearTimeout(timer));
  }
}

// Waiting for a promise only so long: a platform's deadline (Discord's three
// seconds for an interaction) or a readiness probe must not wait on a slow
// database. The promise itself carries on; only the wait for it ends.

/** The promise's value if it settles within `ms`, else `late`; the timer is cleared either way. */
export function settledWithin<T, L>(result: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(late), ms);
  });
  return Promise.race([result, deadline]).finally(() => clearTimeout(timer));
}

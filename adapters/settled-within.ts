// Waiting for a promise only so long: a platform's deadline (Discord's three
// seconds for an interaction, Slack's for a command's acknowledgement) or a
// readiness probe must not wait on a slow database. The promise itself carries
// on; only the wait for it ends.

/** The promise's value if it settles within `ms`, else `late`; the timer is cleared either way. */
export function settledWithin<T, L>(result: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(late), ms);
  });
  return Promise.race([result, deadline]).finally(() => clearTimeout(timer));
}

/**
 * An answer against a platform's deadline: `onTime` with the value when it
 * settles within `ms`; otherwise `late` with the promise, to acknowledge (or
 * defer) first and deliver the value once it comes.
 */
export async function byDeadline<T>(
  result: Promise<T>,
  ms: number,
  then: { onTime: (value: T) => Promise<void>; late: (result: Promise<T>) => Promise<void> },
): Promise<void> {
  const LATE = Symbol('late');
  const ready = await settledWithin(result, ms, LATE);
  await (ready === LATE ? then.late(result) : then.onTime(ready));
}

// Stopping the processes a supervisor started (the Discord shards): each is
// sent SIGTERM, so it finishes the work it accepted, and waited for until it
// exits or the grace is over; one already gone is not waited for.

import type { ChildProcess } from 'node:child_process';

/** Resolves once every child has exited, or after `graceMs` at the latest. */
export async function stopChildren(children: readonly (ChildProcess | null)[], graceMs: number): Promise<void> {
  const exits = children.map(
    (child) =>
      new Promise<void>((resolve) =>
        child === null || child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
      ),
  );
  for (const child of children) child?.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs).unref();
  });
  await Promise.race([Promise.all(exits), late]).finally(() => clearTimeout(timer));
}

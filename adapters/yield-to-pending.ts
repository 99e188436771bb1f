// Acknowledgements first: after acknowledging, a listener steps aside once so
// that deliveries already queued behind it are acknowledged before it does the
// slower work of answering.

import { setImmediate as nextTurn } from 'node:timers/promises';

export async function yieldToPending(): Promise<void> {
  await nextTurn();
}

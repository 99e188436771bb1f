// Fault: the network drops the Socket Mode connection in the middle of a load,
// with no warning from Slack (unlike a requested reconnect). What users see:
// every command they sent is answered, once; answers already being worked on
// go out through their response_url, which does not need the socket. Bolt
// opens a new connection through apps.connections.open and goes on.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../doubles/slack/double.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';

const PER_HALF = 20;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logLevel: 'warn' });
});
afterAll(async () => {
  await h.close();
});

function burst(from: number): Delivery[] {
  return Array.from({ length: PER_HALF }, (_, i) => h.double.sendSlashCommand({ text: `§${from + i}`, userId: `U0DROP${String(from + i).padStart(3, '0')}` }));
}

describe('the Socket Mode connection dropped mid-load', () => {
  it('answers every command sent before and after the drop exactly once', async () => {
    const before = burst(1);
    // Drop once Slack has handed every command over (acknowledged), while their answers may still be in flight.
    await Promise.all(before.map((d) => d.ack));
    h.double.dropConnections();
    await waitFor('a new connection', () => h.double.connectionsOpened === 2 && h.double.connectedSockets === 1, 20_000);
    const after = burst(PER_HALF + 1);
    const all = [...before, ...after];
    await waitFor('an answer to every command', () => all.every((d) => h.double.responsesTo(d.responseId).length > 0), 20_000);
    expect({
      answeredOnce: all.filter((d) => h.double.responsesTo(d.responseId).length === 1).length,
      reconnectedThrough: h.double.calledWith('apps.connections.open').length,
    }).toEqual({ answeredOnce: 2 * PER_HALF, reconnectedThrough: 2 });
  });
});

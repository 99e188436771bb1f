// Slack recycles Socket Mode connections now and then; the app connects again
// through apps.connections.open and goes on answering.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logLevel: 'warn' });
});
afterAll(async () => {
  await h.close();
});

describe('Slack Socket Mode connection', () => {
  it('is opened again after Slack asks the app to reconnect, and answers on it', async () => {
    h.double.requestReconnect();
    // Bolt's client waits its ping timeout (5 s) before reconnecting.
    await waitFor('a second connection', () => h.double.connectionsOpened === 2 && h.double.connectedSockets === 1, 20_000);
    const delivery = h.double.sendSlashCommand({ text: '§42', userId: 'U0RECONN1' });
    const response = await waitFor('the answer on the new connection', () => h.double.responsesTo(delivery.responseId)[0]);
    expect({ opens: h.double.calledWith('apps.connections.open').length, answered: typeof response.body.text }).toEqual({ opens: 2, answered: 'string' });
  });
});

// Fault: the app-level token (SLACK_APP_TOKEN) revoked while running; Slack
// drops the Socket Mode connection and refuses to open another (invalid_auth).
// What users see: Slack goes quiet; the log names SLACK_APP_TOKEN. The process
// does not die of the failed reconnect, so another platform keeps serving.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRevoked } from '../../../adapters/token-revoked.js';
import { waitFor } from '../../doubles/slack/wait.js';
import { APP_TOKEN, startHarness, type Harness } from './harness.js';

let h: Harness;
const notices: TokenRevoked[] = [];
beforeAll(async () => {
  h = await startHarness({ logLevel: 'warn', onTokenRevoked: (n) => void notices.push(n) });
});
afterAll(async () => {
  await h.close();
});

describe('the Slack app-level token revoked while running', () => {
  it('stops Slack with an error naming SLACK_APP_TOKEN instead of an unhandled rejection', async () => {
    h.double.revokeAppToken();
    // Bolt waits its ping timeout (5 s) before it tries to connect again.
    await waitFor('the adapter to stop', () => notices.length > 0, 20_000);
    expect({
      notices,
      logged: h.logs.filter((l) => l.variable === 'SLACK_APP_TOKEN').map((l) => l.level),
      tokenInLog: h.logText().includes(APP_TOKEN),
      connections: h.double.connectedSockets,
    }).toEqual({ notices: [{ platform: 'slack', variable: 'SLACK_APP_TOKEN', reason: 'invalid_auth' }], logged: [50], tokenInLog: false, connections: 0 });
  });
});

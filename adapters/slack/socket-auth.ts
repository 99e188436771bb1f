// Socket Mode reconnects by calling its own start() from a timer and leaves
// the promise unhandled (@slack/socket-mode: delayReconnectAttempt runs
// `cb.apply(this).then(res)` with no catch). When SLACK_APP_TOKEN was revoked,
// that start() fails with invalid_auth, and the unhandled rejection would end
// the whole process, taking Discord down with Slack. The client's start is
// wrapped so that a failure after the first start is reported as a revoked
// token instead; the first start still throws, for the start-up error.
import type { SocketModeReceiver } from '@slack/bolt';
import { revokedTokenReason } from '../startup-errors.js';

type SocketClient = SocketModeReceiver['client'];

export function reportReconnectAuthFailure(client: SocketClient, running: () => boolean, onRevoked: (reason: string) => void): void {
  const start = client.start.bind(client);
  client.start = async () => {
    try {
      return await start();
    } catch (error) {
      const reason = revokedTokenReason(error);
      if (!running() || reason === undefined) throw error;
      onRevoked(reason);
      return { ok: false, error: reason };
    }
  };
}

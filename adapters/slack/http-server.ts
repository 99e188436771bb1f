// HTTP mode's server. Bolt's receiver checks the signature and rejects requests
// more than five minutes old, but accepts any date in the future, and a request
// signed with a future date stays replayable until then. This server rejects
// those before Bolt sees them and binds the address SLACK_HOST names.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { closeServer, listen as listenOn } from '../http-listen.js';

/** Slack's own window for a request's age, applied to dates in the future as well. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface SlackHttpServer {
  address: { host: string; port: number };
  close(): Promise<void>;
}

export async function listenForSlack(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  listen: { port: number; host: string | undefined },
  log: Logger,
  now: () => number = Date.now,
): Promise<SlackHttpServer> {
  const server = createServer((req, res) => {
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(stamp) && stamp > now() / 1000 + MAX_CLOCK_SKEW_SECONDS) {
      log.warn('slack: rejected a request dated more than 5 minutes in the future');
      res.writeHead(401).end();
      return;
    }
    try {
      handle(req, res);
    } catch {
      // Bolt throws for a path it does not serve.
      res.writeHead(404).end();
    }
  });
  const at = { ...listen, portVariable: 'SLACK_PORT', hostVariable: 'SLACK_HOST', what: 'Slack HTTP mode' };
  return { address: await listenOn(server, at), close: () => closeServer(server) };
}

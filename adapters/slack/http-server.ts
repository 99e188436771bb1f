// HTTP mode's server. Bolt's receiver checks the signature and rejects requests
// more than five minutes old, but accepts any date in the future, and a request
// signed with a future date stays replayable until then. This server rejects
// those before Bolt sees them, binds the address SLACK_HOST names, and says
// which setting to change when the port is taken.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

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
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(describeListenError(error, listen)));
    server.listen(listen.port, listen.host, () => resolve());
  });
  const info = server.address() as AddressInfo;
  return {
    address: { host: info.address, port: info.port },
    close: () => closeServer(server),
  };
}

function describeListenError(error: NodeJS.ErrnoException, listen: { port: number; host: string | undefined }): Error {
  const where = `${listen.host ?? 'all interfaces'} port ${listen.port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(
        `SLACK_PORT ${listen.port} is already in use on ${where.replace(/ port \d+$/, '')}: stop the other program or set SLACK_PORT to a free port in .env`,
        { cause: error },
      );
    case 'EACCES':
      return new Error(`SLACK_PORT ${listen.port} may not be opened by this user: use a port above 1023 or run the bot with the right to bind it`, {
        cause: error,
      });
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new Error(
        `SLACK_HOST '${listen.host ?? ''}' is not an address of this machine: set SLACK_HOST to one of its addresses (e.g. 127.0.0.1) or leave it empty for all`,
        { cause: error },
      );
    default:
      return new Error(`Slack HTTP mode could not listen on ${where}: ${error.message}`, { cause: error });
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    // Keep-alive connections would hold close() open until they time out.
    server.closeAllConnections();
  });
}

// Listening on a configured port and address, and closing again, for any
// server the bot runs (Slack's HTTP mode). A failure to listen says which
// setting to change, by its name, rather than Node's EADDRINUSE.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListenAt {
  port: number;
  /** All interfaces when undefined. */
  host: string | undefined;
  /** The settings that hold them, e.g. SLACK_PORT and SLACK_HOST. */
  portVariable: string;
  hostVariable: string;
  /** What is listening, for any other failure: 'Slack HTTP mode'. */
  what: string;
}

/** Starts `server` listening; resolves with the address it listens on. */
export async function listen(server: Server, at: ListenAt): Promise<{ host: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(describeListenError(error, at)));
    server.listen(at.port, at.host, () => resolve());
  });
  const info = server.address() as AddressInfo;
  return { host: info.address, port: info.port };
}

export function describeListenError(error: NodeJS.ErrnoException, at: ListenAt): Error {
  const host = at.host ?? 'all interfaces';
  const { portVariable: port, hostVariable } = at;
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(`${port} ${at.port} is already in use on ${host}: stop the other program or set ${port} to a free port in .env`, { cause: error });
    case 'EACCES':
      return new Error(`${port} ${at.port} may not be opened by this user: use a port above 1023 or run the bot with the right to bind it`, { cause: error });
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new Error(
        `${hostVariable} '${at.host ?? ''}' is not an address of this machine: set ${hostVariable} to one of its addresses (e.g. 127.0.0.1) or leave it empty for all`,
        { cause: error },
      );
    default:
      return new Error(`${at.what} could not listen on ${host} port ${at.port}: ${error.message}`, { cause: error });
  }
}

/** Closes `server`, ending keep-alive connections, which would otherwise hold close() open until they time out. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeAllConnections();
  });
}

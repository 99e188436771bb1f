// A platform's token revoked while the bot runs (an admin revoked it, the app
// was uninstalled, the Discord token was reset). What the bot does, decided
// here: the platform that lost its token says so in the log, naming the
// setting to fix, and stops; the other platform keeps serving, since its users
// did nothing wrong. Only when no platform is left does the process exit, with
// status 1, so a supervisor notices instead of keeping a bot that answers no one.
// Posts the scheduler tries on the stopped platform fail and are retried later,
// so a day's highlight is not lost, only late, once the token is replaced.
import type { Logger } from 'pino';

export interface TokenRevoked {
  platform: 'slack' | 'discord';
  /** The setting that holds the token: what the operator has to replace. */
  variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'DISCORD_TOKEN';
  /** The platform's own word for it (token_revoked, 4004 Authentication failed, …). */
  reason: string;
}

export type OnTokenRevoked = (notice: TokenRevoked) => void;

/** Slack's errors that mean the token itself no longer works (not a channel, not a request). */
export const SLACK_REVOKED_ERRORS = new Set(['token_revoked', 'invalid_auth', 'not_authed', 'account_inactive', 'token_expired']);

/** The gateway's close code for a token Discord no longer accepts. */
export const DISCORD_AUTHENTICATION_FAILED = 4004;

/** The log line every platform writes when its token goes: one error, the setting named, never the token. */
export function logRevoked(log: Logger, notice: TokenRevoked): void {
  log.error(
    { platform: notice.platform, variable: notice.variable, reason: notice.reason },
    `${notice.platform}: ${notice.variable} was revoked or is no longer valid (${notice.reason}); ${notice.platform} stops serving. Put a new token in ${notice.variable} and restart`,
  );
}

/**
 * What main.ts hands the adapters: logs what goes on after a platform stopped
 * for its token and calls `exit(1)` once none is left.
 */
export function superviseRevocations(options: { platforms: readonly string[]; logger: Logger; exit: (code: number) => void }): OnTokenRevoked {
  const serving = new Set(options.platforms);
  return (notice) => {
    if (!serving.delete(notice.platform)) return;
    if (serving.size > 0) {
      options.logger.warn(
        { stopped: notice.platform, serving: [...serving] },
        `${notice.platform} stopped for its token; still serving ${[...serving].join(', ')}`,
      );
      return;
    }
    options.logger.fatal({ stopped: notice.platform }, `${notice.platform} stopped for its token and no platform is left; exiting`);
    options.exit(1);
  };
}

/**
 * What an adapter calls when its platform says the token no longer works: the
 * first report is logged, the adapter stopped and the supervisor told; later
 * ones, and any while the adapter is not running, are ignored. The stop is not
 * awaited here: the report may come from inside a listener whose delivery the
 * platform still waits to have acknowledged.
 */
export function revocationLatch(options: {
  platform: TokenRevoked['platform'];
  log: Logger;
  running: () => boolean;
  stop: () => Promise<void>;
  onTokenRevoked: OnTokenRevoked | undefined;
}): (variable: TokenRevoked['variable'], reason: string) => void {
  let revoked = false;
  return (variable, reason) => {
    if (revoked || !options.running()) return;
    revoked = true;
    const notice: TokenRevoked = { platform: options.platform, variable, reason };
    logRevoked(options.log, notice);
    setImmediate(() => void options.stop().finally(() => options.onTokenRevoked?.(notice)));
  };
}

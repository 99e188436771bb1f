// A platform library's own logger (Bolt's, and its Web API and Socket Mode
// clients') bridged into pino. The library logs strings, which pino's path
// redaction cannot see into, so every line is scrubbed on its way (the
// platform's `scrub` knows its token shapes and secrets). pino's level rules:
// the library is told that level, and a level it sets is ignored, since it
// would only hide what we chose to log.

import type { Logger } from 'pino';
import { loggedText } from './redact.js';

export type LibraryLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LibraryLogger {
  debug(...parts: unknown[]): void;
  info(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  error(...parts: unknown[]): void;
  /** The most detailed of the library's levels that pino would write. */
  level(): LibraryLevel;
}

export function libraryLogger(logger: Logger, scrub: (text: string) => string): LibraryLogger {
  const line = (parts: unknown[]): string => scrub(parts.map(loggedText).join(' '));
  return {
    debug: (...parts) => {
      // Building the line (stringifying, scrubbing) is skipped when debug is off.
      if (logger.isLevelEnabled('debug')) logger.debug(line(parts));
    },
    info: (...parts) => logger.info(line(parts)),
    warn: (...parts) => logger.warn(line(parts)),
    error: (...parts) => logger.error(line(parts)),
    level: () => (['debug', 'info', 'warn'] as const).find((level) => logger.isLevelEnabled(level)) ?? 'error',
  };
}

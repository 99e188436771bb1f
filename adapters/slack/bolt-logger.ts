// Bolt and its Web API and Socket Mode clients log through this bridge into
// pino. Their messages are strings pino's path redaction cannot see into, so
// here every token-shaped string, every configured secret, every Slack response
// URL and the value of every secret field name (the envelopes' verification
// `token` and `response_url`) is blanked.

import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import { blankSecrets, loggedText, REDACTED, redactFields } from '../redact.js';

const TOKEN_SHAPES = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
// A response URL outside a named field, e.g. in an HTTP error's message.
const RESPONSE_URLS = /https:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'\\]+/g;

export function createScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  return (text) => blankSecrets(redactFields(text).replace(TOKEN_SHAPES, REDACTED).replace(RESPONSE_URLS, REDACTED), secrets, 6);
}

export function createBoltLogger(logger: Logger, scrub: (text: string) => string): BoltLogger {
  const line = (parts: unknown[]): string => scrub(parts.map(loggedText).join(' '));
  return {
    debug: (...parts: unknown[]) => {
      if (logger.isLevelEnabled('debug')) logger.debug(line(parts));
    },
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => logger.warn(line(parts)),
    error: (...parts: unknown[]) => logger.error(line(parts)),
    // pino's level rules; Bolt's own setting would only hide what we chose to log.
    setLevel: () => undefined,
    getLevel: () =>
      logger.isLevelEnabled('debug')
        ? LogLevel.DEBUG
        : logger.isLevelEnabled('info')
          ? LogLevel.INFO
          : logger.isLevelEnabled('warn')
            ? LogLevel.WARN
            : LogLevel.ERROR,
    setName: () => undefined,
  };
}

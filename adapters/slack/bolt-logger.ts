// Bolt and its Web API and Socket Mode clients log through this bridge into
// pino. Their messages are strings pino's path redaction cannot see into, so
// here every token-shaped string, every configured secret, every Slack response
// URL and the value of every secret field name (the envelopes' verification
// `token` and `response_url`) is blanked.

import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import { type LibraryLevel, libraryLogger } from '../library-logger.js';
import { blankSecrets, REDACTED, redactFields } from '../redact.js';

const TOKEN_SHAPES = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
// A response URL outside a named field, e.g. in an HTTP error's message.
const RESPONSE_URLS = /https:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'\\]+/g;

export function createScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  return (text) => blankSecrets(redactFields(text).replace(TOKEN_SHAPES, REDACTED).replace(RESPONSE_URLS, REDACTED), secrets, 6);
}

const LEVELS: Record<LibraryLevel, LogLevel> = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR };

/** Bolt's logger over adapters/library-logger.ts; Bolt's own level and name settings are ignored. */
export function createBoltLogger(logger: Logger, scrub: (text: string) => string): BoltLogger {
  const bridge = libraryLogger(logger, scrub);
  return { ...bridge, setLevel: () => undefined, getLevel: () => LEVELS[bridge.level()], setName: () => undefined };
}

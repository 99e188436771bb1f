import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACT_PATHS, REDACTED } from './redact.js';

// Tokens and secrets can arrive in config objects, request headers, request
// bodies or platform errors; pino blanks these fields wherever they appear.
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT_PATHS, censor: REDACTED } };
  return destination === undefined ? pino(options) : pino(options, destination);
}

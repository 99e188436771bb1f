// Any failure while answering, on any platform: one error line in the log,
// an apology tried, and never a throw, since a handler that throws leaves the
// user in silence (or, on Discord, with "The application did not respond").
// What differs by platform is passed in: how an error is described without
// its secrets, and which errors need no apology (a revoked token: none could
// be sent with it either).

import type { Logger } from 'pino';

/** A loggable summary of an error: never a token, never a URL that carries one. */
export interface ErrorSummary {
  name: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * An error as a log field, its text scrubbed; `details` adds what the
 * platform's errors carry (a code, a status), and may replace the message.
 */
export function describeError(error: unknown, scrub: (text: string) => string, details?: (error: Error) => Record<string, unknown>): ErrorSummary {
  if (!(error instanceof Error)) return { name: 'NonError', message: scrub(String(error)) };
  return { name: error.name, message: scrub(error.message), ...details?.(error) };
}

export interface FailureGuard {
  log: Logger;
  describe: (error: unknown) => ErrorSummary;
  /** The warning logged when the apology cannot be delivered either. */
  apologyFailed: string;
  /** True when the error was dealt with and needs neither a log line here nor an apology. */
  handled?: (error: unknown) => boolean;
}

/** A platform's guard: its errors described by `describe`; `handled` (a revoked token) needs no apology. */
export function platformFailures(
  platform: string,
  log: Logger,
  describe: (error: unknown) => ErrorSummary,
  handled?: (error: unknown) => boolean,
): FailureGuard {
  return { log, describe, apologyFailed: `${platform}: the apology could not be delivered either`, ...(handled === undefined ? {} : { handled }) };
}

/** What failed: the log message and the fields that say where. */
export interface Failure {
  message: string;
  fields?: Record<string, unknown>;
}

/** Runs `work`; on failure, see `failed`. Never throws. */
export async function guarded(guard: FailureGuard, failure: Failure, work: () => Promise<void>, apologize: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await failed(guard, failure, error, apologize);
  }
}

/** Logs `error` once, then tries `apologize`; a failing apology is logged as a warning. Never throws. */
export async function failed(guard: FailureGuard, failure: Failure, error: unknown, apologize: () => Promise<void>): Promise<void> {
  if (guard.handled?.(error) === true) return;
  guard.log.error({ err: guard.describe(error), ...failure.fields }, failure.message);
  try {
    await apologize();
  } catch (apologyError) {
    guard.log.warn({ err: guard.describe(apologyError), ...failure.fields }, guard.apologyFailed);
  }
}

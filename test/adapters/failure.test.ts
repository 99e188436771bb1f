import { describe, expect, it } from 'vitest';
import { describeError, failed, type FailureGuard, guarded, platformFailures } from '../../adapters/failure.js';
import { createLogger } from '../../adapters/logger.js';

interface Line {
  level: number;
  msg: string;
  err?: { name: string; message: string };
  during?: string;
}

function logged(): { lines: Line[]; guard: (handled?: (error: unknown) => boolean) => FailureGuard } {
  const lines: Line[] = [];
  const log = createLogger('trace', { write: (line: string) => void lines.push(JSON.parse(line) as Line) });
  const guard = (handled?: (error: unknown) => boolean): FailureGuard => ({
    log,
    describe: (error) => describeError(error, (text) => text.replace('sekrit', '[redacted]')),
    apologyFailed: 'the apology failed too',
    ...(handled === undefined ? {} : { handled }),
  });
  return { lines, guard };
}

const failure = { message: 'test: work failed', fields: { during: 'work' } };

describe('describing an error for the log', () => {
  it('gives name and scrubbed message, and what the platform adds', () => {
    const error = Object.assign(new TypeError('token sekrit refused'), { code: 'E1' });
    expect(
      describeError(
        error,
        (t) => t.replace('sekrit', 'x'),
        (e) => ({ code: (e as { code?: string }).code }),
      ),
    ).toEqual({
      name: 'TypeError',
      message: 'token x refused',
      code: 'E1',
    });
  });
  it('describes what is not an Error as NonError', () =>
    expect(describeError('sekrit', (t) => t.length.toString())).toEqual({ name: 'NonError', message: '6' }));
  it('lets the platform replace the message', () =>
    expect(
      describeError(
        new Error('raw'),
        (t) => t,
        () => ({ message: 'rate limited for 5 ms' }),
      ).message,
    ).toBe('rate limited for 5 ms'));
});

describe('the failure guard', () => {
  it('does nothing more when the work succeeds', async () => {
    const { lines, guard } = logged();
    let apologies = 0;
    await guarded(
      guard(),
      failure,
      async () => undefined,
      async () => void apologies++,
    );
    expect([lines, apologies]).toEqual([[], 0]);
  });

  it('logs one scrubbed error with the fields, then apologises', async () => {
    const { lines, guard } = logged();
    let apologies = 0;
    await guarded(
      guard(),
      failure,
      () => Promise.reject(new Error('sekrit broke')),
      async () => void apologies++,
    );
    expect(lines.map((l) => [l.level, l.msg, l.err?.message, l.during])).toEqual([[50, 'test: work failed', '[redacted] broke', 'work']]);
    expect(apologies).toBe(1);
  });

  it('logs a failing apology as a warning and never throws', async () => {
    const { lines, guard } = logged();
    await failed(guard(), failure, new Error('first'), () => Promise.reject(new Error('second')));
    expect(lines.map((l) => [l.level, l.msg, l.err?.message])).toEqual([
      [50, 'test: work failed', 'first'],
      [40, 'the apology failed too', 'second'],
    ]);
  });

  it('leaves an error the platform handled without log line or apology', async () => {
    const { lines, guard } = logged();
    const seen: unknown[] = [];
    let apologies = 0;
    const error = new Error('token_revoked');
    await guarded(
      guard((e) => seen.push(e) > 0),
      failure,
      () => Promise.reject(error),
      async () => void apologies++,
    );
    expect([lines, apologies, seen]).toEqual([[], 0, [error]]);
  });
});

describe("a platform's failure guard", () => {
  it("names the platform when the apology fails too, and keeps the platform's description and handling", async () => {
    const lines: Line[] = [];
    const log = createLogger('trace', { write: (line: string) => void lines.push(JSON.parse(line) as Line) });
    const guard = platformFailures(
      'discord',
      log,
      (error) => describeError(error, (text) => text),
      (error) => error === 'revoked',
    );
    await failed(guard, failure, new Error('first'), () => Promise.reject(new Error('second')));
    await failed(guard, failure, 'revoked', () => Promise.reject(new Error('never')));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [50, 'test: work failed'],
      [40, 'discord: the apology could not be delivered either'],
    ]);
  });
});

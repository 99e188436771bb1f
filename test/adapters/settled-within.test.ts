import { describe, expect, it } from 'vitest';
import { settledWithin } from '../../adapters/settled-within.js';

const resolveAfter = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('waiting only so long', () => {
  it('gives the value when the promise settles in time', async () => expect(await settledWithin(resolveAfter(1, 'answer'), 200, 'late')).toBe('answer'));
  it('gives the stand-in when it does not, and the promise carries on', async () => {
    const slow = resolveAfter(50, 'answer');
    expect(await settledWithin(slow, 5, 'late')).toBe('late');
    expect(await slow).toBe('answer');
  });
  it('passes a rejection through when it comes in time', async () =>
    expect(await settledWithin(Promise.reject(new Error('boom')), 200, 'late').catch((e: unknown) => (e as Error).message)).toBe('boom'));
});

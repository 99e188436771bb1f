// A command-line entry ends with its main's code, or with the code its failure handler gives.

import { afterEach, describe, expect, it } from 'vitest';
import { exitWith } from '../../adapters/exit-code.js';

const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('exitWith', () => {
  const before = process.exitCode;
  afterEach(() => {
    process.exitCode = before;
  });

  it('sets the code main gives', async () => {
    exitWith(Promise.resolve(3), () => 1);
    await settled();
    expect(process.exitCode).toBe(3);
  });

  it('sets the code the failure handler gives, after it was told the error', async () => {
    const told: unknown[] = [];
    exitWith(Promise.reject(new Error('no token')), (error) => {
      told.push(error instanceof Error ? error.message : error);
      return 2;
    });
    await settled();
    expect([told, process.exitCode]).toEqual([['no token'], 2]);
  });
});

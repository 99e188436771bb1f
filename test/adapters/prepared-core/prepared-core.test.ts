import { afterEach, describe, expect, it } from 'vitest';
import { indexFingerprint } from '../../../adapters/prepared-core/fingerprint.js';
import { type BuiltCore, PREPARED_CORE, preparedCore } from '../../../adapters/prepared-core/prepared-core.js';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';

const global = globalThis as Record<string, unknown>;
afterEach(() => {
  delete global[PREPARED_CORE];
});

/** A stand-in for the snapshot's core: only its identity is looked at. */
const stand = { ask: () => ({ kind: 'help' }) } as unknown as BuiltCore;

describe('preparedCore', () => {
  it("takes the snapshot's core while index/ is as it was when the snapshot was taken", () => {
    global[PREPARED_CORE] = { core: stand, fingerprint: indexFingerprint(DEFAULT_INDEX_DIR) };
    expect(preparedCore()).toBe(stand);
  });

  it('builds a core of its own when index/ changed since', () => {
    global[PREPARED_CORE] = { core: stand, fingerprint: `${indexFingerprint(DEFAULT_INDEX_DIR)}\nglossary.json:1:2` };
    const core = preparedCore();
    expect(core).not.toBe(stand);
    expect(core.ask('§42').kind).toBe('paragraphs');
  });

  it('builds a core of its own when the process did not start from a snapshot, and takes a snapshot core once only', () => {
    global[PREPARED_CORE] = { core: stand, fingerprint: indexFingerprint(DEFAULT_INDEX_DIR) };
    preparedCore();
    expect(preparedCore()).not.toBe(stand);
  });
});

import { createCore, DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { indexFingerprint } from './fingerprint.js';

// `npm run build` takes a V8 startup snapshot of a core that has loaded index/ and answered
// a few questions (adapters/prepared-core/snapshot-entry.ts), and `npm start` and `npm run ask`
// start from it (`node --snapshot-blob dist/core.blob`): the process begins with the data
// loaded, the tables read and the code compiled, instead of doing it before the first answer.

/** The global under which the snapshot keeps its core. */
export const PREPARED_CORE = '__astanaPreparedCore';

export type BuiltCore = ReturnType<typeof createCore>;

export interface Prepared {
  core: BuiltCore;
  fingerprint: string;
}

function isPrepared(value: unknown): value is Prepared {
  if (typeof value !== 'object' || value === null) return false;
  const { core, fingerprint } = value as Partial<Record<keyof Prepared, unknown>>;
  return typeof fingerprint === 'string' && typeof core === 'object' && core !== null && typeof (core as Partial<BuiltCore>).ask === 'function';
}

/**
 * The core from the startup snapshot this process began with, when there is one and index/ is
 * as it was when the snapshot was taken; otherwise a core built now. Either answers alike
 * (test/adapters/prepared-core/snapshot.test.ts).
 */
export function preparedCore(): BuiltCore {
  const global = globalThis as Record<string, unknown>;
  const prepared = global[PREPARED_CORE];
  // Taken once: a second call (a test, a tool) builds its own.
  delete global[PREPARED_CORE];
  if (isPrepared(prepared) && prepared.fingerprint === indexFingerprint(DEFAULT_INDEX_DIR)) return prepared.core;
  return createCore();
}

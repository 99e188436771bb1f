// Chooses the store from the configuration: PostgreSQL when a database URL is
// given, otherwise the SQLite file. pg is imported only then, so the embedded
// set-up never loads it.

import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export interface StoreOptions {
  /** postgres://…: the shared store of several instances. */
  databaseUrl?: string | undefined;
  /** The SQLite file (created with its folder if missing), or ':memory:'. */
  databasePath: string;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl === undefined) return new SqliteStore(options.databasePath);
  const { PostgresStore } = await import('./postgres-store.js');
  return PostgresStore.open({ url: options.databaseUrl });
}

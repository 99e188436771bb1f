// The store as the bot opens it, for the tools beside the bot (npm run report):
// PostgreSQL when DATABASE_URL is set, else the SQLite file at DATABASE_PATH,
// with an error that names the setting when it cannot be opened.
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import type { Config } from './config.js';
import { explainDatabaseError, explainPostgresError } from './startup-errors.js';

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'databasePath'>): Promise<Store> {
  try {
    return await openStore({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
  } catch (error) {
    if (config.databaseUrl !== undefined) {
      const { describeUrl } = await import('../src/store/postgres-store.js');
      throw explainPostgresError(error, describeUrl(config.databaseUrl));
    }
    // SQLite names neither the setting nor the file.
    throw explainDatabaseError(error, config.databasePath) ?? error;
  }
}

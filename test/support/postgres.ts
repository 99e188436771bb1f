// A fresh database per test file on the tests' PostgreSQL server, so files
// running in parallel never see each other's rows.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The server's admin URL, or undefined when the tests run without PostgreSQL. */
export function postgresServer(): string | undefined {
  const url = inject('postgresUrl');
  return url === '' ? undefined : url;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; `drop()` removes it, closing what still uses it. */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `astana_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

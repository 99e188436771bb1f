// vitest global setup: a PostgreSQL server for the store's contract suite and
// the several-instance tests. TEST_DATABASE_URL names one that is already
// running (CI starts one in .ci/run); otherwise a throwaway cluster is started
// here with scripts/postgres-throwaway.sh and stopped at the end. Where
// PostgreSQL is not installed, its tests are skipped, except under CI, where
// that is a failure.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL of a PostgreSQL server for the tests, or '' when there is none. */
    postgresUrl: string;
  }
}

const SCRIPT = fileURLToPath(new URL('../../scripts/postgres-throwaway.sh', import.meta.url));

export default function setup(project: TestProject): (() => void) | undefined {
  const given = process.env.TEST_DATABASE_URL;
  if (given !== undefined && given !== '') {
    project.provide('postgresUrl', given);
    return undefined;
  }
  let started: string;
  try {
    started = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI and could not be started: ${String(error)}`);
    process.stderr.write('PostgreSQL is not available here: its tests are skipped (install postgresql, or set TEST_DATABASE_URL)\n');
    project.provide('postgresUrl', '');
    return undefined;
  }
  const [url = '', dir = ''] = started.split(' ');
  project.provide('postgresUrl', url);
  return () => {
    execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore' });
  };
}

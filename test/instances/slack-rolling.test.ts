// Issue 12's targets, end to end: three bot processes in Socket Mode sharing
// one PostgreSQL database, 1,000 questions at 20 concurrent.
// - A rolling restart (each instance in turn gets SIGTERM and is replaced):
//   none lost, none answered twice.
// - A crash (SIGKILL) of one instance: none answered twice; what the killed
//   process had not acknowledged is sent again by Slack to the others and
//   answered; only what it had acknowledged and not yet answered can be lost,
//   at most its share of the questions in flight.

import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresServer, type TestDatabase } from '../support/postgres.js';
import { askMany, startFleet, type Fleet } from './slack-fleet.js';

const server = postgresServer();
const TOTAL = 1000;
const CONCURRENCY = 20;

let fleet: Fleet | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  await fleet?.close();
  await database?.drop();
  fleet = undefined;
  database = undefined;
});

async function threeInstances(): Promise<{ fleet: Fleet; instances: ChildProcess[] }> {
  if (server === undefined) throw new Error('no PostgreSQL');
  database = await createTestDatabase(server);
  fleet = await startFleet(database.url);
  const instances: ChildProcess[] = [];
  for (let i = 0; i < 3; i++) instances.push(await fleet.start());
  return { fleet, instances };
}

describe.skipIf(server === undefined)('three Slack instances on one PostgreSQL', () => {
  it('lose nothing and answer nothing twice through a rolling restart at 20 concurrent', { timeout: 240_000 }, async () => {
    const { fleet: f, instances } = await threeInstances();
    const restarts: Promise<unknown>[] = [];
    const exitCodes: (number | null)[] = [];
    const tally = await askMany(f.double, TOTAL, CONCURRENCY, (sent) => {
      const which = [250, 500, 750].indexOf(sent);
      const old = instances[which];
      if (which < 0 || old === undefined) return;
      restarts.push(
        f.stop(old, 'SIGTERM').then(async (code) => {
          exitCodes.push(code);
          instances[which] = await f.start();
        }),
      );
    });
    await Promise.all(restarts);
    expect({ asked: tally.asked, lost: tally.lost.length, duplicated: tally.duplicated.length, exitCodes }).toEqual({
      asked: TOTAL,
      lost: 0,
      duplicated: 0,
      exitCodes: [0, 0, 0],
    });
  });

  it('answer nothing twice when one is killed, and answer what it had not acknowledged', { timeout: 240_000 }, async () => {
    const { fleet: f, instances } = await threeInstances();
    let killed: Promise<unknown> = Promise.resolve();
    const tally = await askMany(f.double, TOTAL, CONCURRENCY, (sent) => {
      const victim = instances[1];
      if (sent === 400 && victim !== undefined) killed = f.stop(victim, 'SIGKILL');
    });
    await killed;
    expect(tally.duplicated).toEqual([]);
    // At most the killed process's share of the 20 in flight can have been acknowledged and not answered.
    expect(tally.lost.length).toBeLessThanOrEqual(CONCURRENCY);
    expect(f.double.redeliveries).toBeGreaterThanOrEqual(0);
  });
});

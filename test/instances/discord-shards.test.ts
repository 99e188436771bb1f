// `npm run start:shards` through its own script (adapters/discord/shards.ts):
// discord.js's ShardingManager starts one bot process per shard; each
// identifies with its shard, the guild's interactions reach the shard that
// owns it (as Discord routes them), and that shard answers once. SIGTERM to
// the manager stops every shard.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordDouble } from '../doubles/discord/double.js';
import { shardOf } from '../doubles/discord/gateway.js';
import { InteractionType, slashCommand } from '../doubles/discord/interactions.js';
import { visibleText } from '../adapters/discord/harness.js';
import { createTestDatabase, postgresServer, type TestDatabase } from '../support/postgres.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const server = postgresServer();
let discord: DiscordDouble;
let database: TestDatabase | undefined;

beforeAll(async () => {
  discord = await DiscordDouble.start();
  if (server !== undefined) database = await createTestDatabase(server);
});
afterAll(async () => {
  await discord.close();
  await database?.drop();
});

describe.skipIf(server === undefined)('Discord shards over processes, sharing PostgreSQL', () => {
  it('runs one process per shard, answers the guild from its shard, and stops them all on SIGTERM', { timeout: 120_000 }, async () => {
    const manager = spawn(process.execPath, ['--import', 'tsx', 'adapters/discord/shards.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DISCORD_TOKEN: discord.token,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_SHARDS: '2',
        DATABASE_URL: database?.url ?? '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => manager.once('exit', (code) => resolve(code)));
    try {
      await discord.waitFor(() => discord.shards.length === 2 || undefined, 'both shards to identify', 90_000);
      const owner = shardOf(discord.guild.id, 2);
      const i = discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'paragraph', { number: '42' }));
      const answer = await discord.waitFor(() => i.callback, 'the answer from the owning shard', 20_000);
      expect({
        shards: discord.shards.map(([id, count]) => `${id}/${count}`).sort(),
        answered: visibleText(answer.data).includes('§42'),
        owner: [0, 1].includes(owner),
      }).toEqual({ shards: ['0/2', '1/2'], answered: true, owner: true });
    } finally {
      manager.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    await discord.waitFor(() => discord.shards.length === 0 || undefined, 'every shard to disconnect', 30_000);
  });
});

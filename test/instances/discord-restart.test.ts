// Several instances, one PostgreSQL: a Discord bot restarted (a rolling
// deploy: the old process stops, a new one takes the gateway) still answers
// the buttons of the answers the old process gave, because their questions
// live in the shared store, not in the old process's memory.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { createLogger } from '../../adapters/logger.js';
import { say } from '../../src/present/catalogue.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { discordConfig, perMinute } from '../adapters/configs.js';
import { buttonsOf, realCore, visibleText } from '../adapters/discord/harness.js';
import { DiscordDouble, type Json } from '../doubles/discord/double.js';
import { InteractionType, buttonPress, slashCommand } from '../doubles/discord/interactions.js';
import { createTestDatabase, postgresServer, type TestDatabase } from '../support/postgres.js';

const LABEL_MORE_RESULTS = say('action.more', 'en');
const EXPIRED = say('error.expiredButton', 'en');
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

/** One instance of the bot: its own adapter and its own connection pool to the shared database. */
async function instance(store: Store): Promise<{ stop(): Promise<void> }> {
  const adapter = createDiscordAdapter({
    config: discordConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }),
    core: realCore(),
    highlights: undefined,
    logger: createLogger('silent'),
    rateLimitPerMinute: perMinute(1000),
    shared: store.shared,
  });
  await adapter.start();
  return {
    async stop() {
      await adapter.stop();
      await store.close();
    },
  };
}

async function ask(question: string): Promise<Json | undefined> {
  const i = discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question }));
  return (await discord.waitFor(() => i.callback, `the answer to ${question}`)).data;
}

async function press(customId: string, message: Json | undefined): Promise<string> {
  const i = discord.dispatchInteraction(InteractionType.Component, buttonPress(customId), {
    message: { ...message, id: String(message?.id ?? '1'), channel_id: discord.channel.id },
  });
  return visibleText((await discord.waitFor(() => i.callback, `the callback of ${customId}`)).data);
}

describe.skipIf(server === undefined)('a Discord button across a restart, with PostgreSQL', () => {
  it('is answered by the new instance with the next results of the old instance’s question', async () => {
    const url = database?.url ?? '';
    const old = await instance(await PostgresStore.open({ url }));
    const answer = await ask('What does the declaration say about the joint fight against terrorism, separatism and extremism in the region?');
    const more = buttonsOf(answer).find((b) => b.label === LABEL_MORE_RESULTS);
    await old.stop();

    const fresh = await instance(await PostgresStore.open({ url }));
    try {
      expect(more?.custom_id).toMatch(/^more:3:en:k=[0-9a-f]{16}/u);
      expect(await press(more?.custom_id ?? 'missing', answer)).toMatch(/Showing 4–\d+ of \d+/u);
    } finally {
      await fresh.stop();
    }
  });
});

describe('the same restart with the embedded SQLite store', () => {
  it('cannot answer it: the question lived in the old process’s memory, and the button says so', async () => {
    const old = await instance(new SqliteStore(':memory:'));
    const answer = await ask('What does the declaration say about the joint fight against terrorism, separatism and extremism in the region?');
    const more = buttonsOf(answer).find((b) => b.label === LABEL_MORE_RESULTS);
    await old.stop();
    const fresh = await instance(new SqliteStore(':memory:'));
    try {
      expect(await press(more?.custom_id ?? 'missing', answer)).toContain(EXPIRED);
    } finally {
      await fresh.stop();
    }
  });
});

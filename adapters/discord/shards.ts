// `npm run start:shards`: the bot split over several processes by Discord
// gateway shard, as Discord requires from 2,500 servers. discord.js's
// ShardingManager starts one bot process (adapters/main.ts) per shard and
// tells each which shard it is (its client reads SHARDS and SHARD_COUNT); the
// shards share their state through PostgreSQL (DATABASE_URL), and any of
// them may post any channel's highlight (claims decide which). On SIGTERM the
// manager passes SIGTERM to every shard, each of which finishes its work.
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { stopChildren } from '../child-processes.js';
import { CHAT_NODE_FLAGS } from '../prepared-core/node-flags.js';

/** The bot's entry point beside this file: the bundle when built, the TypeScript source under tsx. */
function entryPoint(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts')
    ? { file: fileURLToPath(new URL('../main.ts', import.meta.url)), execArgv: ['--import', 'tsx'] }
    : { file: fileURLToPath(new URL('./main.js', import.meta.url)), execArgv: [...CHAT_NODE_FLAGS] };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  if (config.discord === undefined) throw new ConfigError('DISCORD_TOKEN', 'is required to run Discord shards');
  if (config.databaseUrl === undefined) logger.warn('shards: DATABASE_URL is unset, so each shard keeps its own SQLite file and memory; set it to share them');
  const { file, execArgv } = entryPoint();
  const manager = new ShardingManager(file, { token: config.discord.token, totalShards: config.discord.shards, execArgv, respawn: true, mode: 'process' });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id, of: manager.totalShards }, 'shards: started a shard'));
  const stop = async (): Promise<void> => {
    logger.info('shards: stopping every shard');
    // A shard that exits now is stopping, not crashed: it must not be started again.
    manager.respawn = false;
    await stopChildren(
      [...manager.shards.values()].map((shard) => shard.process),
      config.shutdownGraceMs + 5000,
    );
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  await manager.spawn({ timeout: 120_000 });
  logger.info({ shards: manager.totalShards }, 'shards: all connected');
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start the shards: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

// npm run deploy:discord [-- --global]
// Registers the slash commands with Discord: in DISCORD_GUILD_ID's server when
// set (for development; instant), else globally. Writes only on change.

import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { registerCommands } from './register.js';
import { exitWith } from '../exit-code.js';

loadDotenv({ quiet: true });

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  if (config.discord === undefined) {
    logger.error('deploy:discord: DISCORD_TOKEN is not set; put the bot token in .env (see README: Discord)');
    return 1;
  }
  const result = await registerCommands({ config: config.discord, logger, global: process.argv.includes('--global') });
  const where = result.scope === 'guild' ? `server ${config.discord.guildId ?? ''}` : 'all servers (global; may take a while to appear)';
  console.log(`${result.written ? 'Registered' : 'Unchanged:'} /${result.commands.join(', /')} for application ${result.applicationId} in ${where}.`);
  return 0;
}

exitWith(main(), (error) => {
  console.error(error instanceof ConfigError ? error.message : `deploy:discord failed: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});

// `npm start` runs `node $(node dist/start-flags.js) dist/main.js`: this prints the Node flags
// dist/main.js is to run with (adapters/prepared-core/node-flags.ts), from the same .env and
// environment and the same reading of them as main.ts. A configuration that does not parse
// gets the console's flags; main.ts then names what to fix.
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.js';
import { startFlags } from './prepared-core/node-flags.js';

function namesChatPlatform(): boolean {
  try {
    const config = loadConfig(process.env);
    return config.slack !== undefined || config.discord !== undefined;
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
}

loadDotenv({ quiet: true });
process.stdout.write(`${startFlags(namesChatPlatform()).join(' ')}\n`);

import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiscordConfig } from '../../../adapters/config.js';
import { commandDefinitions } from '../../../adapters/discord/commands.js';
import { registerCommands } from '../../../adapters/discord/register.js';
import { createLogger } from '../../../adapters/logger.js';
import { discordConfig } from '../configs.js';
import { DiscordDouble, type Json } from '../../doubles/discord/double.js';

// npm run deploy:discord against the double's commands endpoints.

let discord: DiscordDouble;
let logged: string[];
const logger = () =>
  createLogger(
    'debug',
    new Writable({
      write(chunk: Buffer, _e, done) {
        logged.push(chunk.toString());
        done();
      },
    }),
  );

beforeEach(async () => {
  discord = await DiscordDouble.start();
  logged = [];
});
afterEach(async () => {
  await discord.close();
});

const config = (env: { DISCORD_TOKEN?: string; DISCORD_GUILD_ID?: string; DISCORD_APPLICATION_ID?: string } = {}): DiscordConfig =>
  discordConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, ...env });

describe('registering the slash commands', () => {
  it('writes every command globally when no guild is configured', async () => {
    await registerCommands({ config: config(), logger: logger() });
    expect(discord.commands.global.map((c) => c.name)).toEqual(['astana', 'astana-highlights', 'astana-insights']);
  });

  it('writes to one guild when DISCORD_GUILD_ID is set', async () => {
    await registerCommands({ config: config({ DISCORD_GUILD_ID: discord.guild.id }), logger: logger() });
    expect({ guild: discord.commands.guild.get(discord.guild.id)?.length, global: discord.commands.global.length }).toEqual({ guild: 3, global: 0 });
  });

  it('reads the application id from the API when it is not configured', async () => {
    const result = await registerCommands({ config: config(), logger: logger() });
    expect({ id: result.applicationId, asked: discord.requests.some((r) => r.path === '/api/v10/applications/@me') }).toEqual({
      id: discord.applicationId,
      asked: true,
    });
  });

  it('uses the configured application id without asking', async () => {
    await registerCommands({ config: config({ DISCORD_APPLICATION_ID: discord.applicationId }), logger: logger() });
    expect(discord.requests.some((r) => r.path === '/api/v10/applications/@me')).toBe(false);
  });

  it('carries Chinese (zh-CN) names and descriptions beside the English ones', async () => {
    await registerCommands({ config: config(), logger: logger() });
    const ask = ((discord.commands.global[0]?.options ?? []) as Json[]).find((o) => o.name === 'ask');
    expect({ name: ask?.name_localizations, description: ask?.description_localizations }).toEqual({
      name: { 'zh-CN': '提问' },
      description: { 'zh-CN': '用中文或英文提问' },
    });
  });

  it('writes nothing when the definitions have not changed', async () => {
    await registerCommands({ config: config(), logger: logger() });
    const second = await registerCommands({ config: config(), logger: logger() });
    expect({ written: second.written, writes: discord.commands.writes }).toEqual({ written: false, writes: 1 });
  });

  it('writes again when a stored definition differs', async () => {
    await registerCommands({ config: config(), logger: logger() });
    const stored = discord.commands.global[0] as Json;
    stored.description = 'an older description';
    const second = await registerCommands({ config: config(), logger: logger() });
    expect({ written: second.written, writes: discord.commands.writes }).toEqual({ written: true, writes: 2 });
  });

  it('writes again when Discord holds a command the bot no longer defines', async () => {
    await registerCommands({ config: config(), logger: logger() });
    discord.commands.global.push({ id: '1', name: 'old-command', description: 'gone', type: 1 });
    const second = await registerCommands({ config: config(), logger: logger() });
    expect(second.written).toBe(true);
  });

  it('sends definitions Discord accepts (names, lengths, localizations)', async () => {
    await registerCommands({ config: config(), logger: logger() });
    expect(discord.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([200]);
  });

  it('fails with a rejected token, and does not log it', async () => {
    await expect(registerCommands({ config: config({ DISCORD_TOKEN: 'wrong.token.value' }), logger: logger() })).rejects.toThrow(/401|Unauthorized/);
    expect(logged.join('').includes('wrong.token.value')).toBe(false);
  });

  it('keeps the definitions within Discord limits of 25 options per command', () => {
    expect(commandDefinitions().every((c) => (c.options ?? []).length <= 25)).toBe(true);
  });
});

describe('npm run deploy:discord', () => {
  it('registers the commands from the environment, as a script', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const root = resolve(import.meta.dirname, '../../..');
    // A directory of its own, so a developer's .env cannot point the script elsewhere.
    const cwd = mkdtempSync(join(tmpdir(), 'deploy-discord-'));
    const env = {
      PATH: process.env.PATH,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guild.id,
      LOG_LEVEL: 'silent',
    };
    const output = await new Promise<string>((done, fail) =>
      execFile(join(root, 'node_modules/.bin/tsx'), [join(root, 'adapters/discord/deploy.ts')], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) =>
        error === null ? done(stdout) : fail(new Error(`${error.message}\n${stderr}`)),
      ),
    ).finally(() => rmSync(cwd, { recursive: true, force: true }));
    expect({ output: output.trim(), stored: discord.commands.guild.get(discord.guild.id)?.length }).toEqual({
      output: `Registered /astana, /astana-highlights, /astana-insights for application ${discord.applicationId} in server ${discord.guild.id}.`,
      stored: 3,
    });
  });
});

import { REST, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../config.js';
import { apiBase } from './client.js';
import { commandDefinitions } from './commands.js';
import { summarizeError } from './errors.js';
import { type Fields, isFields } from '../untrusted.js';

// Registering the slash commands (npm run deploy:discord): to one guild when
// DISCORD_GUILD_ID is set (instant, for development), globally otherwise. It
// reads what Discord has and writes only when the definitions differ, so
// running it on every deploy does not churn Discord's command versions.

export interface RegisterResult {
  applicationId: string;
  scope: 'guild' | 'global';
  written: boolean;
  commands: string[];
}

type Json = Fields;

/** What Discord fills in when a field is left out, so a stored command compares equal to its definition. */
const DEFAULTS: Json = {
  type: 1,
  required: false,
  autocomplete: false,
  nsfw: false,
  options: [],
  name_localizations: null,
  description_localizations: null,
  default_member_permissions: null,
};

/** Sorted keys, and {} as null: Discord returns an empty localization map as null. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (isFields(value)) {
    if (Object.keys(value).length === 0) return null;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalize(value[k])]),
    );
  }
  return value ?? null;
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

/**
 * Whether a stored command (or option) matches its definition in every field
 * the definition sets; the fields Discord adds (id, version…) are ignored.
 */
export function matches(defined: Json, stored: unknown): boolean {
  if (!isFields(stored)) return false;
  // A permission requirement removed from a definition must be written too, so it is always compared.
  const keys = new Set([...Object.keys(defined), 'default_member_permissions']);
  return [...keys].every((key) => {
    const value = defined[key] ?? (key === 'default_member_permissions' ? null : undefined);
    if (value === undefined) return true;
    const other = stored[key] ?? DEFAULTS[key] ?? null;
    if (key === 'options') {
      return (
        Array.isArray(value) && Array.isArray(other) && value.length === other.length && value.every((o: unknown, i) => isFields(o) && matches(o, other[i]))
      );
    }
    return sameValue(value, other);
  });
}

export function sameCommands(defined: readonly Json[], stored: unknown): boolean {
  if (!Array.isArray(stored) || stored.length !== defined.length) return false;
  return defined.every((d) =>
    matches(
      d,
      stored.find((s: unknown) => isFields(s) && s.name === d.name),
    ),
  );
}

export async function registerCommands(options: { config: DiscordConfig; logger: Logger; global?: boolean }): Promise<RegisterResult> {
  const { config } = options;
  const logger = options.logger.child({ adapter: 'discord', task: 'register' });
  const rest = new REST({ api: apiBase(config) }).setToken(config.token);
  try {
    let applicationId = config.applicationId;
    if (applicationId === undefined) {
      const app: unknown = await rest.get(Routes.currentApplication());
      if (!isFields(app) || typeof app.id !== 'string') throw new Error('discord register: GET /applications/@me returned no application id');
      applicationId = app.id;
    }
    const guildId = options.global === true ? undefined : config.guildId;
    const route = guildId === undefined ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, guildId);
    const definitions = commandDefinitions() as unknown as Json[];
    const names = definitions.map((d) => String(d.name));
    const scope = guildId === undefined ? 'global' : 'guild';
    // Without with_localizations Discord leaves the zh-CN names out, and every run would look changed.
    const stored: unknown = await rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) });
    if (sameCommands(definitions, stored)) {
      logger.info({ applicationId, scope, guildId, commands: names }, 'discord: commands unchanged, nothing written');
      return { applicationId, scope, written: false, commands: names };
    }
    await rest.put(route, { body: definitions });
    logger.info({ applicationId, scope, guildId, commands: names }, 'discord: commands registered');
    return { applicationId, scope, written: true, commands: names };
  } catch (error) {
    logger.error({ err: summarizeError(error, [config.token]) }, 'discord: registering commands failed');
    throw error;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

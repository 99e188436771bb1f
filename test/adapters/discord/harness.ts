import { Writable } from 'node:stream';
import { createLogger } from '../../../adapters/logger.js';
import type { DiscordConfig } from '../../../adapters/config.js';
import { discordConfig, perMinute } from '../configs.js';
import { createDiscordAdapter } from '../../../adapters/discord/index.js';
import type { Core } from '../../../src/core.js';
import { createCore } from '../../../src/create-core.js';
import { createHighlights, type Highlights } from '../../../src/highlights/create.js';
import type { HighlightPoster, HighlightService } from '../../../src/highlights/ports.js';
import type { OnTokenRevoked } from '../../../adapters/token-revoked.js';
import type { InsightsRecorder } from '../../../adapters/insights/recorder.js';
import { DiscordDouble, type DiscordDoubleOptions, type Json } from '../../doubles/discord/double.js';

// The real discord.js client, through the real adapter, against the Discord
// double on loopback, with the real core and highlights on an in-memory database.

let sharedCore: Core | undefined;
export const realCore = (): Core => (sharedCore ??= createCore());

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Harness {
  discord: DiscordDouble;
  adapter: ReturnType<typeof createDiscordAdapter>;
  highlights: Highlights;
  logs: LogLine[];
  rawLogs: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  double?: DiscordDoubleOptions;
  config?: Partial<DiscordConfig>;
  rateLimitPerMinute?: number;
  core?: Core;
  /** The highlights' SQLite file; in memory when unset. */
  db?: string;
  /** Wraps the real highlight service, e.g. to make it slow. */
  wrapHighlights?: (service: HighlightService) => HighlightService;
  onTokenRevoked?: OnTokenRevoked;
  /** Counts questions and keeps ratings (started by the caller). */
  insights?: InsightsRecorder;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const discord = await DiscordDouble.start(options.double);
  const rawLogs: string[] = [];
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l !== '')) {
        rawLogs.push(line);
        logs.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const logger = createLogger('debug', sink);
  const core = options.core ?? realCore();
  const posters: HighlightPoster[] = [];
  const highlights = createHighlights({ db: options.db ?? ':memory:', core, logger, posters, defaults: { time: '09:00', timeZone: 'UTC' } });
  const config: DiscordConfig = { ...discordConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }), ...options.config };
  const adapter = createDiscordAdapter({
    config,
    core,
    highlights: options.wrapHighlights?.(highlights.service) ?? highlights.service,
    logger,
    rateLimitPerMinute: perMinute(options.rateLimitPerMinute ?? 1000),
    onTokenRevoked: options.onTokenRevoked,
    insights: options.insights,
  });
  posters.push(adapter);
  await adapter.start();
  return {
    discord,
    adapter,
    highlights,
    logs,
    rawLogs,
    async stop() {
      await adapter.stop();
      await highlights.close();
      await discord.close();
      // Any message over Discord's limits fails the test file that sent it, not a user.
      if (discord.rejected.length > 0) throw new Error(`the Discord double refused messages over Discord's limits: ${JSON.stringify(discord.rejected)}`);
    },
  };
}

/** The text a user sees in a message: content, embed titles, descriptions and footers. */
export function visibleText(message: Json | undefined): string {
  if (message === undefined) return '';
  const embeds = Array.isArray(message.embeds) ? (message.embeds as Json[]) : [];
  const parts = [typeof message.content === 'string' ? message.content : ''];
  for (const e of embeds) {
    parts.push(String(e.title ?? ''), String(e.description ?? ''));
    if (typeof e.footer === 'object' && e.footer !== null) parts.push(String((e.footer as Json).text ?? ''));
  }
  return parts.join('\n');
}

/** The custom_ids and labels of the buttons on a message. */
export function buttonsOf(message: Json | undefined): { custom_id: string; label: string; disabled: boolean }[] {
  const rows = Array.isArray(message?.components) ? (message.components as Json[]) : [];
  return rows
    .flatMap((r) => (Array.isArray(r.components) ? (r.components as Json[]) : []))
    .map((b) => ({ custom_id: String(b.custom_id), label: String(b.label), disabled: b.disabled === true }));
}

export const EPHEMERAL = 1 << 6;
export const isEphemeral = (data: Json | undefined): boolean => ((typeof data?.flags === 'number' ? data.flags : 0) & EPHEMERAL) !== 0;

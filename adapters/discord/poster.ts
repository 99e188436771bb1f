import { createHash } from 'node:crypto';
import { type APIEmbed, DiscordAPIError, RateLimitError, type RawFile, Routes, type REST } from 'discord.js';
import type { HighlightPoster } from '../../src/highlights/ports.js';
import type { AnswerOf } from '../../src/model.js';
import { splitMark, withMark } from './buttons.js';
import { foundInPages, historyStart, MAX_HISTORY_MESSAGES, posting, type PostRefusal } from '../highlight-posting.js';
import { isFields } from '../untrusted.js';
import type { DiscordMessage } from './message.js';

// Delivering the daily highlight. The scheduler's key travels twice: as the
// message nonce (with enforce_nonce, Discord itself drops a repeat within
// minutes) and, digested, in the custom_id of the "whole paragraph" button.
// Discord does not keep nonces (messages listed later come without one), but
// it keeps components, so after a crash findPosted recognises the post by its
// button. It reads the channel forward from just before the intent was
// recorded (the post cannot be older), however many messages came after it,
// up to the bound of adapters/highlight-posting.ts.

const GONE_CODES = new Map<number, string>([
  [10003, 'Unknown Channel'],
  [50001, 'Missing Access'],
  [50013, 'Missing Permissions'],
]);
const PAGE = 100;
const MAX_PAGES = MAX_HISTORY_MESSAGES / PAGE;
const DISCORD_EPOCH = 1420070400000n;

/** The smallest message id Discord could give a message created at `at`, less the clock slack. */
export function snowflakeAt(at: Date): string {
  const ms = BigInt(historyStart(at)) - DISCORD_EPOCH;
  return ms > 0n ? (ms << 22n).toString() : '0';
}

/** Discord nonces are at most 25 characters: a digest of the key fits any key. */
export const nonceFor = (key: string): string => createHash('sha256').update(key).digest('base64url').slice(0, 25);

/** What Discord's error means for the scheduler: gone, rate limited, or neither. */
export function refusalOf(error: unknown): PostRefusal {
  if (error instanceof RateLimitError) return { retryAfterMs: Math.max(0, Math.ceil(error.retryAfter)) };
  if (!(error instanceof DiscordAPIError) || typeof error.code !== 'number') return undefined;
  const reason = GONE_CODES.get(error.code);
  return reason === undefined ? undefined : { gone: `${error.code} ${reason}` };
}

export interface MessageLike {
  id?: unknown;
  nonce?: unknown;
  author?: { id?: unknown };
  components?: unknown;
  attachments?: unknown;
}

const isMessageList = (value: unknown): value is MessageLike[] => Array.isArray(value) && value.every(isFields);

/** The message with the key's digest added to its "whole paragraph" button. */
export function markedWith(message: DiscordMessage, digest: string): DiscordMessage {
  return {
    ...message,
    payloads: message.payloads.map((p) => ({
      ...p,
      components: p.components.map((row) => ({
        ...row,
        components: row.components.map((b) => ('custom_id' in b ? { ...b, custom_id: withMark(b.custom_id, digest) } : b)),
      })),
    })),
  };
}

/** The key digests carried by a listed message's buttons (read from untrusted JSON). */
function digestsIn(message: MessageLike): string[] {
  const rows = Array.isArray(message.components) ? message.components : [];
  return rows
    .flatMap((row: unknown) => (isFields(row) && Array.isArray(row.components) ? row.components : []))
    .flatMap((b: unknown) => {
      const mark = isFields(b) && typeof b.custom_id === 'string' ? splitMark(b.custom_id).mark : undefined;
      return mark === undefined ? [] : [mark];
    });
}

export function createPoster(rest: REST, toDiscord: (highlight: AnswerOf<'highlight'>) => DiscordMessage, botId: () => string | undefined): HighlightPoster {
  return {
    platform: 'discord',
    async post(channelId, highlight: AnswerOf<'highlight'>, key) {
      const nonce = nonceFor(key);
      await postPayloads(rest, channelId, markedWith(toDiscord(highlight), nonce), nonce);
    },
    findPosted(channelId, key, since) {
      const nonce = nonceFor(key);
      return findOwnMessage(rest, channelId, since, botId(), (m) => m.nonce === nonce || digestsIn(m).includes(nonce));
    },
  };
}

/** What a poster adds to a message's first payload: its embeds changed, attachments, and their files. */
export interface FirstPostExtras {
  embeds?: APIEmbed[];
  attachments?: { id: number; filename: string; description: string }[];
  files?: RawFile[];
}

/**
 * Posts every payload of a message in order, allowed_mentions parsing nothing;
 * the first carries the nonce (with enforce_nonce) and what `extras` adds to it.
 */
export async function postPayloads(
  rest: REST,
  channelId: string,
  message: DiscordMessage,
  nonce: string,
  extras: (embeds: APIEmbed[]) => FirstPostExtras = () => ({}),
): Promise<void> {
  await posting(channelId, refusalOf, async () => {
    for (const [i, p] of message.payloads.entries()) {
      const body = { content: p.content, embeds: p.embeds, components: p.components, allowed_mentions: { parse: [] } };
      if (i > 0) {
        await rest.post(Routes.channelMessages(channelId), { body });
        continue;
      }
      const { files, ...added } = extras(p.embeds);
      await rest.post(Routes.channelMessages(channelId), {
        body: { ...body, ...added, nonce, enforce_nonce: true },
        ...(files === undefined ? {} : { files }),
      });
    }
  });
}

/** Whether the bot's own message that `matches` is in the channel, read forward from `since` (without one, the latest page). */
export function findOwnMessage(
  rest: REST,
  channelId: string,
  since: Date | undefined,
  me: string | undefined,
  matches: (m: MessageLike) => boolean,
): Promise<boolean> {
  const isOurs = (m: MessageLike): boolean => (me === undefined || m.author?.id === me) && matches(m);
  const start = since === undefined ? undefined : snowflakeAt(since);
  return foundInPages(start, MAX_PAGES, async (after) => {
    const query = new URLSearchParams({ limit: String(PAGE), ...(after === undefined ? {} : { after }) });
    const listed = await posting(channelId, refusalOf, () => rest.get(Routes.channelMessages(channelId), { query }));
    if (!isMessageList(listed)) throw new Error(`discord poster: GET messages of channel ${channelId} did not return a list`);
    // The next page starts after the newest message of this one.
    const next = after === undefined || listed.length < PAGE ? undefined : (newestId(listed) ?? after);
    return { found: listed.some(isOurs), next };
  });
}

function newestId(messages: readonly MessageLike[]): string | undefined {
  let newest: bigint | undefined;
  for (const m of messages) {
    if (typeof m.id !== 'string' || !/^\d+$/.test(m.id)) continue;
    const id = BigInt(m.id);
    if (newest === undefined || id > newest) newest = id;
  }
  return newest?.toString();
}

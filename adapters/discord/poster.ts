import { createHash } from 'node:crypto';
import { DiscordAPIError, RateLimitError, Routes, type REST } from 'discord.js';
import { ChannelGoneError, PostRateLimitedError, type HighlightPoster } from '../../src/highlights/service.js';
import type { AnswerOf } from '../../src/model.js';
import { splitMark, withMark } from './buttons.js';
import type { DiscordMessage } from './message.js';

// Delivering the daily highlight. The scheduler's key travels twice: as the
// message nonce (with enforce_nonce, Discord itself drops a repeat within
// minutes) and, digested, in the custom_id of the "whole paragraph" button.
// Discord does not keep nonces (messages listed later come without one), but
// it keeps components, so after a crash findPosted recognises the post by its
// button. It reads the channel forward from just before the intent was
// recorded (the post cannot be older), however many messages came after it,
// up to a bound; a fixed look at the last 50 missed a post in a busy channel.

const GONE_CODES = new Map<number, string>([
  [10003, 'Unknown Channel'],
  [50001, 'Missing Access'],
  [50013, 'Missing Permissions'],
]);
const PAGE = 100;
/** At most this many pages (10,000 messages) are read looking for one post. */
const MAX_PAGES = 100;
/** Our clock and Discord's may differ a little: start reading this much earlier. */
const CLOCK_SLACK_MS = 5 * 60_000;
const DISCORD_EPOCH = 1420070400000n;

/** The smallest message id Discord could give a message created at `at`. */
export function snowflakeAt(at: Date): string {
  const ms = BigInt(Math.max(0, at.getTime() - CLOCK_SLACK_MS)) - DISCORD_EPOCH;
  return ms > 0n ? (ms << 22n).toString() : '0';
}

/** Discord nonces are at most 25 characters: a digest of the key fits any key. */
export const nonceFor = (key: string): string => createHash('sha256').update(key).digest('base64url').slice(0, 25);

function mapError(error: unknown, channelId: string): never {
  if (error instanceof RateLimitError) throw new PostRateLimitedError(Math.max(0, Math.ceil(error.retryAfter)));
  if (error instanceof DiscordAPIError && typeof error.code === 'number') {
    const reason = GONE_CODES.get(error.code);
    if (reason !== undefined) throw new ChannelGoneError(channelId, `${error.code} ${reason}`);
  }
  throw error;
}

interface MessageLike {
  id?: unknown;
  nonce?: unknown;
  author?: { id?: unknown };
  components?: unknown;
}

const isMessageList = (value: unknown): value is MessageLike[] => Array.isArray(value) && value.every((m) => typeof m === 'object' && m !== null);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

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
    .flatMap((row: unknown) => (isObject(row) && Array.isArray(row.components) ? row.components : []))
    .flatMap((b: unknown) => {
      const mark = isObject(b) && typeof b.custom_id === 'string' ? splitMark(b.custom_id).mark : undefined;
      return mark === undefined ? [] : [mark];
    });
}

export function createPoster(rest: REST, toDiscord: (highlight: AnswerOf<'highlight'>) => DiscordMessage, botId: () => string | undefined): HighlightPoster {
  return {
    platform: 'discord',
    async post(channelId, highlight: AnswerOf<'highlight'>, key) {
      const nonce = nonceFor(key);
      const message = markedWith(toDiscord(highlight), nonce);
      try {
        for (const [i, p] of message.payloads.entries()) {
          await rest.post(Routes.channelMessages(channelId), {
            body: {
              content: p.content,
              embeds: p.embeds,
              components: p.components,
              allowed_mentions: { parse: [] },
              ...(i === 0 ? { nonce, enforce_nonce: true } : {}),
            },
          });
        }
      } catch (error) {
        mapError(error, channelId);
      }
    },
    async findPosted(channelId, key, since) {
      const nonce = nonceFor(key);
      const me = botId();
      const isOurs = (m: MessageLike): boolean => (me === undefined || m.author?.id === me) && (m.nonce === nonce || digestsIn(m).includes(nonce));
      // Without a time, the latest page is all there is to go on.
      let after = since === undefined ? undefined : snowflakeAt(since);
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ limit: String(PAGE), ...(after === undefined ? {} : { after }) });
        let listed: unknown;
        try {
          listed = await rest.get(Routes.channelMessages(channelId), { query });
        } catch (error) {
          mapError(error, channelId);
        }
        if (!isMessageList(listed)) throw new Error(`discord poster: GET messages of channel ${channelId} did not return a list`);
        if (listed.some(isOurs)) return true;
        if (after === undefined || listed.length < PAGE) return false;
        // The next page starts after the newest message of this one.
        after = newestId(listed) ?? after;
      }
      return false;
    },
  };
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

import { createHash } from 'node:crypto';
import { DiscordAPIError, RateLimitError, Routes, type REST } from 'discord.js';
import { ChannelGoneError, PostRateLimitedError, type HighlightPoster } from '../../src/highlights/service.js';
import { render, type AnswerOf, type Renderers } from '../../src/model.js';
import { customIdFor, parseCustomId } from './buttons.js';
import type { DiscordMessage } from './message.js';

// Delivering the daily highlight. The scheduler's key travels twice: as the
// message nonce (with enforce_nonce, Discord itself drops a repeat within
// minutes) and, digested, in the custom_id of the "whole paragraph" button.
// Discord does not keep nonces (messages listed later come without one), but
// it keeps components, so after a crash findPosted recognises the post by its
// button among the channel's recent messages.

const GONE_CODES = new Map<number, string>([
  [10003, 'Unknown Channel'],
  [50001, 'Missing Access'],
  [50013, 'Missing Permissions'],
]);
const RECENT = 50;

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
        components: row.components.map((b) => {
          const action = 'custom_id' in b ? parseCustomId(b.custom_id) : undefined;
          return action?.kind === 'paragraph' ? { ...b, custom_id: customIdFor({ ...action, digest }) } : b;
        }),
      })),
    })),
  };
}

/** The key digests carried by a listed message's buttons (read from untrusted JSON). */
function digestsIn(message: MessageLike): string[] {
  const rows = Array.isArray(message.components) ? message.components : [];
  return rows.flatMap((row: unknown) => (isObject(row) && Array.isArray(row.components) ? row.components : [])).flatMap((b: unknown) => {
    const action = isObject(b) ? parseCustomId(b.custom_id) : undefined;
    return action?.kind === 'paragraph' && action.digest !== undefined ? [action.digest] : [];
  });
}

export function createPoster(rest: REST, renderers: Renderers<DiscordMessage>, botId: () => string | undefined): HighlightPoster {
  return {
    platform: 'discord',
    async post(channelId, highlight: AnswerOf<'highlight'>, key) {
      const nonce = nonceFor(key);
      const message = markedWith(render(highlight, renderers), nonce);
      try {
        for (const [i, p] of message.payloads.entries()) {
          await rest.post(Routes.channelMessages(channelId), {
            body: { content: p.content, embeds: p.embeds, components: p.components, allowed_mentions: { parse: [] }, ...(i === 0 ? { nonce, enforce_nonce: true } : {}) },
          });
        }
      } catch (error) {
        mapError(error, channelId);
      }
    },
    async findPosted(channelId, key) {
      const nonce = nonceFor(key);
      let recent: unknown;
      try {
        recent = await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(RECENT) }) });
      } catch (error) {
        mapError(error, channelId);
      }
      if (!isMessageList(recent)) throw new Error(`discord poster: GET messages of channel ${channelId} did not return a list`);
      const me = botId();
      return recent.some((m) => (me === undefined || m.author?.id === me) && (m.nonce === nonce || digestsIn(m).includes(nonce)));
    },
  };
}

// Delivers daily highlights for the scheduler. Each post carries its key in
// Slack message metadata, so after a crash between posting and recording the
// scheduler can ask whether the post is already in the channel, reading the
// history back to when the intent to post was recorded. Slack's
// answers become the scheduler's errors: a channel that is gone pauses it,
// a 429 makes it wait.

import { webApi } from '@slack/bolt';
import type { HighlightPoster } from '../../src/highlights/ports.js';
import type { AnswerOf } from '../../src/model.js';
import { foundInPages, historyStart, MAX_HISTORY_MESSAGES, posting, type PostRefusal } from '../highlight-posting.js';
import { isFields } from '../untrusted.js';
import type { SlackMessage } from './blocks.js';

export const HIGHLIGHT_EVENT_TYPE = 'astana_declaration_highlight';

// Not account_inactive: Slack means the token's user or workspace is gone, not the channel (adapters/token-revoked.ts).
const GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived']);
/** When Slack says 'ratelimited' without a Retry-After, wait this long. */
const DEFAULT_RETRY_MS = 30_000;
const HISTORY_PAGE_SIZE = 200;
/**
 * How many pages findPosted reads: given the intent's time, every message since
 * then, newest first, up to the bound (adapters/highlight-posting.ts); without
 * one, only the latest 1,000.
 */
const HISTORY_PAGES_SINCE = MAX_HISTORY_MESSAGES / HISTORY_PAGE_SIZE;
const HISTORY_PAGES_LATEST = 5;

/** Slack's `oldest` for messages posted at or after `since`, less the clock slack. */
export const oldestTs = (since: Date): string => (historyStart(since) / 1000).toFixed(6);

export function createHighlightPoster(client: webApi.WebClient, toSlack: (highlight: AnswerOf<'highlight'>) => SlackMessage): HighlightPoster {
  return {
    platform: 'slack',

    async post(channelId: string, highlight: AnswerOf<'highlight'>, key: string): Promise<void> {
      await postKeyed(client, channelId, toSlack(highlight), { eventType: HIGHLIGHT_EVENT_TYPE, key });
    },

    findPosted: findByMetadata(client, HIGHLIGHT_EVENT_TYPE),
  };
}

/** Posts a message that carries `key` in its metadata of `eventType`, so that findByMetadata finds it after a crash. */
export async function postKeyed(
  client: webApi.WebClient,
  channelId: string,
  message: { text: string; blocks: SlackMessage['blocks'] | object[] },
  marked: { eventType: string; key: string },
): Promise<void> {
  const metadata = { event_type: marked.eventType, event_payload: { key: marked.key } };
  const post = { channel: channelId, text: message.text, blocks: message.blocks, metadata, unfurl_links: false, unfurl_media: false };
  await posting(channelId, refusalOf, () => client.chat.postMessage(post));
}

/**
 * Whether the channel holds a message whose metadata of `eventType` carries
 * the key: the channel's history read back to when the intent was recorded.
 */
export function findByMetadata(client: webApi.WebClient, eventType: string): (channelId: string, key: string, since?: Date) => Promise<boolean> {
  return (channelId, key, since) => {
    const pages = since === undefined ? HISTORY_PAGES_LATEST : HISTORY_PAGES_SINCE;
    const oldest = since === undefined ? {} : { oldest: oldestTs(since) };
    return posting(channelId, refusalOf, () =>
      foundInPages<string>(undefined, pages, async (cursor) => {
        const query = { channel: channelId, include_all_metadata: true, limit: HISTORY_PAGE_SIZE, ...oldest, ...(cursor === undefined ? {} : { cursor }) };
        const { messages, next } = readHistory(await client.conversations.history(query));
        return { found: messages.some((m) => carriesKey(m, key, eventType)), next };
      }),
    );
  };
}

function readHistory(result: unknown): { messages: unknown[]; next: string | undefined } {
  if (!isFields(result) || !Array.isArray(result.messages)) {
    throw new Error('slack/poster: conversations.history answered without a messages list');
  }
  const meta = result.response_metadata;
  const next = result.has_more === true && isFields(meta) && typeof meta.next_cursor === 'string' && meta.next_cursor !== '' ? meta.next_cursor : undefined;
  return { messages: result.messages, next };
}

function carriesKey(message: unknown, key: string, eventType: string): boolean {
  if (!isFields(message) || !isFields(message.metadata)) return false;
  const { event_type: type, event_payload: payload } = message.metadata;
  return type === eventType && isFields(payload) && payload.key === key;
}

/** What Slack's error means for the scheduler: gone, rate limited, or neither. */
export function refusalOf(error: unknown): PostRefusal {
  if (!isFields(error)) return undefined;
  if (error.code === webApi.ErrorCode.RateLimitedError) {
    const seconds = typeof error.retryAfter === 'number' && error.retryAfter >= 0 ? error.retryAfter : DEFAULT_RETRY_MS / 1000;
    return { retryAfterMs: seconds * 1000 };
  }
  if (error.code !== webApi.ErrorCode.PlatformError || !isFields(error.data) || typeof error.data.error !== 'string') return undefined;
  const reason = error.data.error;
  return GONE.has(reason) ? { gone: reason } : reason === 'ratelimited' ? { retryAfterMs: DEFAULT_RETRY_MS } : undefined;
}

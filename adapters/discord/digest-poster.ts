// Delivers the weekly insights digest in Discord: the digest's card with the
// chart attached, one message sent as multipart/form-data (payload_json and
// files[0], `attachments: [{ id: 0, filename }]`), the chart shown in the
// first embed. The scheduler's key travels as the nonce (with enforce_nonce,
// as the highlights) and, digested, in the attachment's filename: Discord
// keeps no nonce on listed messages, but it keeps attachments, so after a
// crash findPosted recognises the digest by its file's name.
//
// The digest's channel key is '<guild>/<channel>' (src/insights/digest-schedule.ts):
// the guild tells whose questions it covers; the post goes to the channel part
// (adapters/scoped-posters.ts), and this poster is given the channel alone.

import { createHash } from 'node:crypto';
import type { REST } from 'discord.js';
import type { DigestPoster } from '../../src/insights/create-digests.js';
import type { Card } from '../../src/present/card.js';
import { isFields } from '../untrusted.js';
import type { DiscordMessage } from './message.js';
import { findOwnMessage, type MessageLike, nonceFor, postPayloads } from './poster.js';

/** An attachment's description (alt text) is at most 1,024 characters. */
const MAX_DESCRIPTION = 1024;

/** The end of the chart's filename that marks the post: '-<16 hex of the key>.png'. */
const markOf = (key: string): string => `-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.png`;

/** 'questions-per-topic.png' → 'questions-per-topic-<mark>.png', in the characters Discord keeps in a filename. */
export function markedFilename(filename: string, key: string): string {
  const dot = filename.lastIndexOf('.');
  const stem = (dot > 0 ? filename.slice(0, dot) : filename).replace(/[^A-Za-z0-9_-]/gu, '_') || 'chart';
  return `${stem}${markOf(key)}`;
}

/** Whether a listed message has an attachment named with the key's mark. */
function carriesMark(message: MessageLike, key: string): boolean {
  const mark = markOf(key);
  const attachments = Array.isArray(message.attachments) ? message.attachments : [];
  return attachments.some((a: unknown) => isFields(a) && typeof a.filename === 'string' && a.filename.endsWith(mark));
}

export function createDigestPoster(rest: REST, toDiscord: (card: Card) => DiscordMessage, botId: () => string | undefined): DigestPoster {
  return {
    platform: 'discord',
    async post(channelId, digest, postKey) {
      const filename = markedFilename(digest.chart.filename, postKey);
      const nonce = nonceFor(postKey);
      // The first message carries the chart, the nonce and the mark.
      await postPayloads(rest, channelId, toDiscord(digest.card), nonce, ([first, ...others]) => ({
        embeds: first === undefined ? [] : [{ ...first, image: { url: `attachment://${filename}` } }, ...others],
        attachments: [{ id: 0, filename, description: digest.chart.alt.slice(0, MAX_DESCRIPTION) }],
        files: [{ name: filename, data: Buffer.from(digest.chart.png), contentType: 'image/png' }],
      }));
    },
    findPosted(channelId, postKey, since) {
      const nonce = nonceFor(postKey);
      return findOwnMessage(rest, channelId, since, botId(), (m) => m.nonce === nonce || carriesMark(m, postKey));
    },
  };
}

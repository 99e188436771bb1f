// Delivers the weekly insights digest in Slack. The chart goes up by the Web
// API's external upload flow, as WebClient.filesUploadV2 does it
// (files.getUploadURLExternal, the bytes POSTed to the upload_url it gives,
// files.completeUploadExternal), completed without a channel; the message then
// shows it in an image block (`slack_file: { id }`) under the digest's card,
// and carries the scheduler's key in its metadata, so after a crash the
// scheduler finds it in the channel as it finds a highlight. A file uploaded
// by a send that then failed stays private to the bot and is shown nowhere.
//
// The digest's channel key is '<team>/<channel>' (src/insights/digest-schedule.ts):
// with one workspace the team part is dropped here; with many, the workspace
// poster (workspaces.ts) posts with that team's token.

import type { webApi } from '@slack/bolt';
import type { DigestPoster } from '../../src/insights/create-digests.js';
import type { Card } from '../../src/present/card.js';
import { posting } from '../highlight-posting.js';
import { isFields } from '../untrusted.js';
import type { SlackMessage } from './blocks.js';
import { findByMetadata, postKeyed, refusalOf } from './poster.js';

export const DIGEST_EVENT_TYPE = 'astana_insights_digest';

/** Block Kit allows 50 blocks: the card gives way to the chart. */
const MAX_BLOCKS = 50;
/** An image block's alt text is at most 2,000 characters. */
const MAX_ALT = 2000;

/** The id of the file a filesUploadV2 call completed (read from what Slack answered). */
function uploadedFileId(result: unknown): string {
  const completions = isFields(result) && Array.isArray(result.files) ? result.files : [];
  const first: unknown = completions[0];
  const files: unknown = isFields(first) ? first.files : undefined;
  const file: unknown = Array.isArray(files) ? files[0] : undefined;
  if (!isFields(file) || typeof file.id !== 'string') throw new Error('slack/digest-poster: files.completeUploadExternal answered without a file id');
  return file.id;
}

/** The digest poster over one client (one workspace's token); `channelId` is the platform's own. */
export function createDigestPoster(client: webApi.WebClient, toSlack: (card: Card) => SlackMessage): DigestPoster {
  return {
    platform: 'slack',

    async post(channelId, digest, key) {
      const { chart } = digest;
      const alt = chart.alt.slice(0, MAX_ALT) || chart.filename;
      const upload = await posting(channelId, refusalOf, () =>
        client.filesUploadV2({ file: Buffer.from(chart.png), filename: chart.filename, title: alt, alt_text: alt }),
      );
      const message = toSlack(digest.card);
      const image = { type: 'image', slack_file: { id: uploadedFileId(upload) }, alt_text: alt };
      const blocks = [...message.blocks.slice(0, MAX_BLOCKS - 1), image];
      await postKeyed(client, channelId, { text: message.text, blocks }, { eventType: DIGEST_EVENT_TYPE, key });
    },

    findPosted: findByMetadata(client, DIGEST_EVENT_TYPE),
  };
}

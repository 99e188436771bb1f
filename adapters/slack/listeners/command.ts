// The slash command. A question is answered in the acknowledgement itself
// (Slack posts the message it carries): the answer is ready in milliseconds,
// and no instance can then have acknowledged a question it did not answer, so
// a crash loses none (Slack sends an unacknowledged command to another
// connection). A highlight command, which may wait on the database, and any
// command in HTTP mode, is acknowledged at once and answered through its response_url.

import type { App } from '@slack/bolt';
import { readSlashCommand, workspaceOfPayload } from '../guards.js';
import { apologyMessage, guarded, rateLimitedMessage, replyTo, type SlackRuntime } from '../runtime.js';
import { respondWith, toRespondArguments } from '../send.js';
import { savedQueries } from '../../query-store.js';
import { parseTextRequest } from '../../text-request.js';
import { readSlackText } from '../text.js';
import { yieldToPending } from '../yield.js';

export function registerCommand(app: App, rt: SlackRuntime): void {
  app.command(rt.command, async ({ ack, payload, respond }) => {
    let acked = false;
    await guarded(
      rt,
      'slash command',
      async () => {
        const request = readSlashCommand(payload);
        if (request === undefined) throw new Error(`slack/command: unreadable slash command payload with keys ${Object.keys(payload).join(',')}`);
        const highlight = parseTextRequest(readSlackText(request.text)).kind === 'highlights';
        if (highlight || !rt.answerInAcknowledgement) {
          acked = true;
          await ack();
          // Let other deliveries already waiting be acknowledged before this one is answered.
          await yieldToPending();
        }
        const allowed = (await rt.limiter.check(request.userId)) === 'allow';
        const message = allowed ? await replyTo(rt, request.text, request.channelId, workspaceOfPayload(payload)) : rateLimitedMessage(rt, request.text);
        if (acked) return respondWith(respond, message, { replaceOriginal: false });
        await savedQueries();
        acked = true;
        await ack(toRespondArguments(message, { replaceOriginal: false }));
      },
      () =>
        acked ? respondWith(respond, apologyMessage(rt), { replaceOriginal: false }) : ack(toRespondArguments(apologyMessage(rt), { replaceOriginal: false })),
    );
  });
}

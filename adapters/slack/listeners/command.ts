// The slash command: acknowledged first, at once, then answered through the
// command's response_url (public answers, or ephemeral help and errors).

import type { App } from '@slack/bolt';
import { readSlashCommand, workspaceOfPayload } from '../guards.js';
import { apologyMessage, guarded, rateLimitedMessage, replyTo, type SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { yieldToPending } from '../yield.js';
import { workspaceAdminCheck } from '../admin.js';

export function registerCommand(app: App, rt: SlackRuntime): void {
  app.command(rt.command, async ({ ack, payload, respond, client }) => {
    await guarded(
      rt,
      'slash command',
      async () => {
        await ack();
        // Let other deliveries already waiting be acknowledged before this one is answered.
        await yieldToPending();
        const request = readSlashCommand(payload);
        if (request === undefined) throw new Error(`slack/command: unreadable slash command payload with keys ${Object.keys(payload).join(',')}`);
        const allowed = (await rt.limiter.check(request.userId)) === 'allow';
        const asker = { workspace: workspaceOfPayload(payload), isWorkspaceAdmin: workspaceAdminCheck(client, request.userId, rt.log) };
        const message = allowed ? await replyTo(rt, request.text, request.channelId, asker) : rateLimitedMessage(rt, request.text);
        await respondWith(respond, message, { replaceOriginal: false });
      },
      () => respondWith(respond, apologyMessage(rt), { replaceOriginal: false }),
    );
  });
}

// The slash command. Its answer goes back inside the acknowledgement when it is
// ready within ANSWER_IN_ACK_MS (nearly always: a question takes a few
// milliseconds): answer and acknowledgement are then one message, so a process
// killed at any moment either sent both or neither, and Slack sends what was
// not acknowledged to another connection (another instance). An answer that
// takes longer (a database that is busy) is acknowledged at once, within
// Slack's deadline, and answered through the command's response_url.

import type { App, webApi } from '@slack/bolt';
import { answerByDeadline, trackedAcknowledgement } from '../../chat/acknowledged-answer.js';
import { workspaceAdminCheck } from '../admin.js';
import type { SlackMessage } from '../blocks.js';
import { readSlashCommand, type SlashCommandRequest, workspaceOfPayload } from '../guards.js';
import { answerTo, apologyMessage, guarded, type SlackRuntime } from '../runtime.js';
import { respondWith, toAckArguments } from '../send.js';
import { savedQueries } from '../../query-store.js';

/**
 * How long the acknowledgement may wait for the answer. Slack allows 3 s; the target is an
 * acknowledgement p99 of 100 ms, which under 20 commands at a time on 2 cores also holds the
 * wait for the event loop: 60 ms measured 58 to 120 ms at p99 with PostgreSQL, 30 ms 76 and 86 ms.
 */
export const ANSWER_IN_ACK_MS = 30;

async function reply(rt: SlackRuntime, request: SlashCommandRequest, payload: unknown, client: webApi.WebClient): Promise<SlackMessage> {
  const asker = { workspace: workspaceOfPayload(payload), isWorkspaceAdmin: workspaceAdminCheck(client, request.userId, rt.log) };
  const typed = { slackText: request.text, userId: request.userId, refusal: 'always' as const };
  const message = rt.reply(await answerTo(rt, typed, request.channelId, asker));
  // The buttons' questions are stored before any button can be clicked.
  await savedQueries();
  return message;
}

export function registerCommand(app: App, rt: SlackRuntime): void {
  app.command(rt.command, async ({ ack, payload, respond, client }) => {
    const acknowledgement = trackedAcknowledgement<SlackMessage>({
      withMessage: (message) => ack(toAckArguments(message)),
      empty: () => ack(),
      followUp: (message) => respondWith(respond, message, { replaceOriginal: false }),
    });
    await guarded(
      rt,
      'slash command',
      async () => {
        const request = readSlashCommand(payload);
        if (request === undefined) {
          await acknowledgement.empty();
          throw new Error(`slack/command: unreadable slash command payload with keys ${Object.keys(payload).join(',')}`);
        }
        await answerByDeadline(reply(rt, request, payload, client), ANSWER_IN_ACK_MS, acknowledgement);
      },
      () => acknowledgement.apologize(apologyMessage(rt)),
    );
  });
}

// A signed Slack request stays valid for five minutes, so whoever captures one
// (a proxy log, a shared HAR file) can send it again. Slash commands and
// interactions are answered once: each is remembered by its trigger_id, which
// Slack makes unique per user action, or else by a hash of the whole payload.
// Events are not handled here: they are de-duplicated by event id where they
// are answered.

import { createHash } from 'node:crypto';
import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from 'pino';
import type { SeenKeys } from '../seen-keys.js';

const INTERACTION_TYPES = new Set(['block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action', 'interactive_message']);

/** The key a repeat of this request would share, or undefined when it is not a command or an interaction. */
export function replayKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const fields = body as Record<string, unknown>;
  const isCommand = typeof fields.command === 'string';
  const isInteraction = typeof fields.type === 'string' && INTERACTION_TYPES.has(fields.type);
  if (!isCommand && !isInteraction) return undefined;
  if (typeof fields.trigger_id === 'string' && fields.trigger_id !== '') return `trigger:${fields.trigger_id}`;
  return `payload:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
}

/** Bolt global middleware: acknowledges a repeat (so Slack stops retrying it) and goes no further. */
export function createReplayGuard(seen: SeenKeys, log: Logger): (args: AnyMiddlewareArgs & AllMiddlewareArgs) => Promise<void> {
  return async (args) => {
    const key = replayKey(args.body);
    if (key === undefined || (await seen.first(key))) {
      await args.next();
      return;
    }
    log.warn({ replayOf: key.startsWith('trigger:') ? 'trigger_id' : 'payload' }, 'slack: a request already answered arrived again; not answered twice');
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
  };
}

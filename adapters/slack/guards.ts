// Guards for what Slack sends us. Bolt types these payloads, but they arrive
// from the network: each listener reads only what its guard has checked.

import { isFields } from '../untrusted.js';

export interface SlashCommandRequest {
  userId: string;
  channelId: string;
  text: string;
}

export interface MentionRequest {
  userId: string;
  channelId: string;
  text: string;
  ts: string;
  /** The thread to answer in: the mention's own thread, or a new one under it. */
  threadTs: string;
}

export interface DirectMessageRequest {
  userId: string;
  channelId: string;
  text: string;
  ts: string;
}

export interface ButtonRequest {
  userId: string;
  actionId: string;
  value: string;
  channelId: string | undefined;
  /** The thread the clicked message sits in, if any. */
  threadTs: string | undefined;
  /** Opens a modal within 3 s of the click. */
  triggerId: string | undefined;
  /** The workspace the click came from. */
  teamId: string | undefined;
}

const ID = /^[A-Z0-9][A-Za-z0-9_]{0,40}$/;
const TS = /^\d{1,12}\.\d{1,8}$/;
/** Slack's own limit for a message; the core answers anything too long for a question. */
const MAX_TEXT = 40_000;

export function readSlashCommand(payload: unknown): SlashCommandRequest | undefined {
  if (!isFields(payload)) return undefined;
  const { user_id: userId, channel_id: channelId, text } = payload;
  if (!isId(userId) || !isId(channelId) || !isText(text)) return undefined;
  return { userId, channelId, text };
}

export function readMention(event: unknown): MentionRequest | undefined {
  if (!isFields(event) || event.type !== 'app_mention' || event.bot_id !== undefined) return undefined;
  const { user: userId, channel: channelId, text, ts, thread_ts: threadTs } = event;
  if (!isId(userId) || !isId(channelId) || !isText(text) || !isTs(ts)) return undefined;
  if (threadTs !== undefined && !isTs(threadTs)) return undefined;
  return { userId, channelId, text, ts, threadTs: threadTs ?? ts };
}

/** A person's plain message in a DM with the bot; edits, joins, bots and files are not questions. */
export function readDirectMessage(event: unknown): DirectMessageRequest | undefined {
  if (!isFields(event) || event.type !== 'message' || event.channel_type !== 'im') return undefined;
  if (event.subtype !== undefined || event.bot_id !== undefined) return undefined;
  const { user: userId, channel: channelId, text, ts } = event;
  if (!isId(userId) || !isId(channelId) || !isText(text) || !isTs(ts)) return undefined;
  return { userId, channelId, text, ts };
}

export function readButton(body: unknown): ButtonRequest | undefined {
  if (!isFields(body) || body.type !== 'block_actions') return undefined;
  const { user, actions, channel, message, container } = body;
  if (!isFields(user) || !isId(user.id) || !Array.isArray(actions)) return undefined;
  const action: unknown = actions[0];
  if (!isFields(action) || typeof action.action_id !== 'string' || typeof action.value !== 'string') return undefined;
  const channelId = isFields(channel) && isId(channel.id) ? channel.id : isFields(container) && isId(container.channel_id) ? container.channel_id : undefined;
  const threadTs = isFields(message) && isTs(message.thread_ts) ? message.thread_ts : undefined;
  const triggerId = typeof body.trigger_id === 'string' && body.trigger_id.length <= 200 ? body.trigger_id : undefined;
  const teamId = isFields(body.team) && isId(body.team.id) ? body.team.id : isId(user.team_id) ? user.team_id : undefined;
  return { userId: user.id, actionId: action.action_id, value: action.value, channelId, threadTs, triggerId, teamId };
}

/** The 'what were you looking for?' form, submitted. */
export interface FeedbackSubmission {
  userId: string;
  teamId: string | undefined;
  /** The form's private_metadata: what it was opened for (decoded by the listener). */
  metadata: string;
  /** The line typed; '' when left empty. */
  text: string;
}

export function readFeedbackSubmission(body: unknown, blockId: string, actionId: string): FeedbackSubmission | undefined {
  if (!isFields(body) || body.type !== 'view_submission') return undefined;
  const { user, view } = body;
  if (!isFields(user) || !isId(user.id) || !isFields(view) || typeof view.private_metadata !== 'string') return undefined;
  const values = isFields(view.state) && isFields(view.state.values) ? view.state.values[blockId] : undefined;
  const input = isFields(values) ? values[actionId] : undefined;
  const text = isFields(input) && typeof input.value === 'string' ? input.value.slice(0, 3000) : '';
  const teamId = isFields(body.team) && isId(body.team.id) ? body.team.id : isId(user.team_id) ? user.team_id : undefined;
  return { userId: user.id, teamId, metadata: view.private_metadata.slice(0, 3000), text };
}

/** The event id of an Events API delivery, the same on every retry. */
export function readEventId(body: unknown): string | undefined {
  return isFields(body) && typeof body.event_id === 'string' && body.event_id.length <= 100 ? body.event_id : undefined;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

function isTs(value: unknown): value is string {
  return typeof value === 'string' && TS.test(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

/** The workspace (team) a command or an event came from: `team_id` of the payload, or of the event envelope. */
export function workspaceOfPayload(body: unknown): string | undefined {
  if (!isFields(body)) return undefined;
  const team = body.team_id;
  return isId(team) ? team : undefined;
}

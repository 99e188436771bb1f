// Guards for what Slack sends us. Bolt types these payloads, but they arrive
// from the network: each listener reads only what its schema has checked
// (adapters/chat/payload-readers.ts); an optional detail that fails its own (a
// thread, a trigger id, a team) is left out.

import * as v from 'valibot';
import { absent, lenient, reader } from '../chat/payload-readers.js';

const ID = /^[A-Z0-9][A-Za-z0-9_]{0,40}$/;
const TS = /^\d{1,12}\.\d{1,8}$/;
/** Slack's own limit for a message; the core answers anything too long for a question. */
const MAX_TEXT = 40_000;

const Id = v.pipe(v.string(), v.regex(ID));
const Ts = v.pipe(v.string(), v.regex(TS));
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
/** `team.id` of the payload, or else the user's `team_id`. */
const teamOf = (team: { id: string } | undefined, user: { team_id?: string | undefined }): string | undefined => team?.id ?? user.team_id;

const SlashCommand = v.pipe(
  v.object({ user_id: Id, channel_id: Id, text: Text }),
  v.transform((p) => ({ userId: p.user_id, channelId: p.channel_id, text: p.text })),
);

const Mention = v.pipe(
  v.object({ type: v.literal('app_mention'), bot_id: absent, user: Id, channel: Id, text: Text, ts: Ts, thread_ts: v.optional(Ts) }),
  // The thread to answer in: the mention's own thread, or a new one under it.
  v.transform((e) => ({ userId: e.user, channelId: e.channel, text: e.text, ts: e.ts, threadTs: e.thread_ts ?? e.ts })),
);

/** A person's plain message in a DM with the bot; edits, joins, bots and files are not questions. */
const DirectMessage = v.pipe(
  v.object({ type: v.literal('message'), channel_type: v.literal('im'), subtype: absent, bot_id: absent, user: Id, channel: Id, text: Text, ts: Ts }),
  v.transform((e) => ({ userId: e.user, channelId: e.channel, text: e.text, ts: e.ts })),
);

const User = v.object({ id: Id, team_id: lenient(Id) });

const Button = v.pipe(
  v.object({
    type: v.literal('block_actions'),
    user: User,
    actions: v.tupleWithRest([v.object({ action_id: v.string(), value: v.string() })], v.unknown()),
    channel: lenient(v.object({ id: Id })),
    container: lenient(v.object({ channel_id: Id })),
    message: lenient(v.object({ thread_ts: lenient(Ts) })),
    trigger_id: lenient(v.pipe(v.string(), v.maxLength(200))),
    team: lenient(v.object({ id: Id })),
  }),
  v.transform((b) => ({
    userId: b.user.id,
    actionId: b.actions[0].action_id,
    value: b.actions[0].value,
    channelId: b.channel?.id ?? b.container?.channel_id,
    /** The thread the clicked message sits in, if any. */
    threadTs: b.message?.thread_ts,
    /** Opens a modal within 3 s of the click. */
    triggerId: b.trigger_id,
    /** The workspace the click came from. */
    teamId: teamOf(b.team, b.user),
  })),
);

export type SlashCommandRequest = v.InferOutput<typeof SlashCommand>;
export type ButtonRequest = v.InferOutput<typeof Button>;

export const readSlashCommand = reader(SlashCommand);
export const readMention = reader(Mention);
export const readDirectMessage = reader(DirectMessage);
export const readButton = reader(Button);

/** The 'what were you looking for?' form, submitted: who, from which workspace, the form's private_metadata, and the line typed ('' when left empty). */
export function readFeedbackSubmission(body: unknown, blockId: string, actionId: string) {
  const Input = v.pipe(
    v.object({ value: v.string() }),
    v.transform((input) => input.value.slice(0, 3000)),
  );
  const Submission = v.pipe(
    v.object({
      type: v.literal('view_submission'),
      user: User,
      view: v.object({
        private_metadata: v.string(),
        state: lenient(v.object({ values: v.object({ [blockId]: v.object({ [actionId]: Input }) }) })),
      }),
      team: lenient(v.object({ id: Id })),
    }),
    v.transform((s) => ({
      userId: s.user.id,
      teamId: teamOf(s.team, s.user),
      metadata: s.view.private_metadata.slice(0, 3000),
      text: s.view.state?.values[blockId]?.[actionId] ?? '',
    })),
  );
  return reader(Submission)(body);
}

/** The event id of an Events API delivery, the same on every retry. */
export const readEventId = reader(
  v.pipe(
    v.object({ event_id: v.pipe(v.string(), v.maxLength(100)) }),
    v.transform((b) => b.event_id),
  ),
);

/** The workspace (team) a command or an event came from: `team_id` of the payload, or of the event envelope. */
export const workspaceOfPayload = reader(
  v.pipe(
    v.object({ team_id: Id }),
    v.transform((b) => b.team_id),
  ),
);

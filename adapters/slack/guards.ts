// Guards for what Slack sends us. Bolt types these payloads, but they arrive
// from the network: each listener reads only what its schema has checked. A
// payload that fails its schema is read as undefined; an optional detail that
// fails its own (a thread, a trigger id, a team) is left out instead.

import { z } from 'zod';

const ID = /^[A-Z0-9][A-Za-z0-9_]{0,40}$/;
const TS = /^\d{1,12}\.\d{1,8}$/;
/** Slack's own limit for a message; the core answers anything too long for a question. */
const MAX_TEXT = 40_000;

const Id = z.string().regex(ID);
const Ts = z.string().regex(TS);
const Text = z.string().max(MAX_TEXT);
/** A field that must not be there (a bot's id, a message's subtype). */
const absent = z.never().optional();
/** Read when it is valid, left out when it is not: an optional detail never rejects the payload. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
/** `team.id` of the payload, or else the user's `team_id`. */
const teamOf = (team: { id: string } | undefined, user: { team_id?: string | undefined }): string | undefined => team?.id ?? user.team_id;

/** A reader that gives the schema's output, or undefined when the value fails it. */
const reader =
  <S extends z.ZodType>(schema: S) =>
  (value: unknown): z.output<S> | undefined =>
    schema.safeParse(value).data;

const SlashCommand = z.object({ user_id: Id, channel_id: Id, text: Text }).transform((p) => ({ userId: p.user_id, channelId: p.channel_id, text: p.text }));

const Mention = z
  .object({ type: z.literal('app_mention'), bot_id: absent, user: Id, channel: Id, text: Text, ts: Ts, thread_ts: Ts.optional() })
  // The thread to answer in: the mention's own thread, or a new one under it.
  .transform((e) => ({ userId: e.user, channelId: e.channel, text: e.text, ts: e.ts, threadTs: e.thread_ts ?? e.ts }));

/** A person's plain message in a DM with the bot; edits, joins, bots and files are not questions. */
const DirectMessage = z
  .object({ type: z.literal('message'), channel_type: z.literal('im'), subtype: absent, bot_id: absent, user: Id, channel: Id, text: Text, ts: Ts })
  .transform((e) => ({ userId: e.user, channelId: e.channel, text: e.text, ts: e.ts }));

const User = z.object({ id: Id, team_id: lenient(Id) });

const Button = z
  .object({
    type: z.literal('block_actions'),
    user: User,
    actions: z.tuple([z.object({ action_id: z.string(), value: z.string() })], z.unknown()),
    channel: lenient(z.object({ id: Id })),
    container: lenient(z.object({ channel_id: Id })),
    message: lenient(z.object({ thread_ts: lenient(Ts) })),
    trigger_id: lenient(z.string().max(200)),
    team: lenient(z.object({ id: Id })),
  })
  .transform((b) => ({
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
  }));

export type SlashCommandRequest = z.output<typeof SlashCommand>;
export type ButtonRequest = z.output<typeof Button>;

export const readSlashCommand = reader(SlashCommand);
export const readMention = reader(Mention);
export const readDirectMessage = reader(DirectMessage);
export const readButton = reader(Button);

/** The 'what were you looking for?' form, submitted: who, from which workspace, the form's private_metadata, and the line typed ('' when left empty). */
export function readFeedbackSubmission(body: unknown, blockId: string, actionId: string) {
  const Input = z.object({ value: z.string() }).transform((input) => input.value.slice(0, 3000));
  const Submission = z
    .object({
      type: z.literal('view_submission'),
      user: User,
      view: z.object({
        private_metadata: z.string(),
        state: lenient(z.object({ values: z.object({ [blockId]: z.object({ [actionId]: Input }) }) })),
      }),
      team: lenient(z.object({ id: Id })),
    })
    .transform((s) => ({
      userId: s.user.id,
      teamId: teamOf(s.team, s.user),
      metadata: s.view.private_metadata.slice(0, 3000),
      text: s.view.state?.values[blockId]?.[actionId] ?? '',
    }));
  return Submission.safeParse(body).data;
}

/** The event id of an Events API delivery, the same on every retry. */
export const readEventId = reader(z.object({ event_id: z.string().max(100) }).transform((b) => b.event_id));

/** The workspace (team) a command or an event came from: `team_id` of the payload, or of the event envelope. */
export const workspaceOfPayload = reader(z.object({ team_id: Id }).transform((b) => b.team_id));

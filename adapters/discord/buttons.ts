import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import { DISCORD_LIMITS } from './message.js';

// What a button asks for, carried in its custom_id (at most 100 characters):
//   more:<query key>:<offset>      the next passages of a question
//   ctx:<document id>:<paragraph>  the paragraphs around one, as a new message
//   page:<document id>:<paragraph> the same, replacing the message the button is on
//   para:<document id>:<paragraph>[:<digest>]
//                                  the whole paragraph, to the clicker alone; on a daily
//                                  highlight the digest of the post's key, which Discord
//                                  keeps (unlike the nonce) so the post can be found again
// custom_ids come back from Discord in interactions, so parsing them is a guard.

export type ButtonAction =
  | { kind: 'more'; key: string; offset: number }
  | { kind: 'context' | 'page'; documentId: string; paragraph: number }
  | { kind: 'paragraph'; documentId: string; paragraph: number; digest: string | undefined };

const MORE = /^more:([0-9a-f]{16}):(\d{1,4})$/;
const CONTEXT = /^(ctx|page):([A-Za-z0-9_.-]{1,64}):(\d{1,4})$/;
const PARAGRAPH = /^para:([A-Za-z0-9_.-]{1,64}):(\d{1,4})(?::([A-Za-z0-9_-]{1,25}))?$/;

function idOf(action: ButtonAction): string {
  switch (action.kind) {
    case 'more':
      return `more:${action.key}:${action.offset}`;
    case 'paragraph':
      return `para:${action.documentId}:${action.paragraph}${action.digest === undefined ? '' : `:${action.digest}`}`;
    case 'page':
      return `page:${action.documentId}:${action.paragraph}`;
    case 'context':
      return `ctx:${action.documentId}:${action.paragraph}`;
  }
}

export function customIdFor(action: ButtonAction): string {
  const id = idOf(action);
  if (id.length > DISCORD_LIMITS.customId) throw new Error(`discord buttons: custom_id '${id}' is longer than ${DISCORD_LIMITS.customId} characters`);
  return id;
}

/** The action a custom_id names, or undefined when it is not one of ours. */
export function parseCustomId(value: unknown): ButtonAction | undefined {
  if (typeof value !== 'string' || value.length > DISCORD_LIMITS.customId) return undefined;
  const more = MORE.exec(value);
  if (more !== null) return { kind: 'more', key: more[1] ?? '', offset: Number(more[2]) };
  const context = CONTEXT.exec(value);
  if (context !== null) return { kind: context[1] === 'page' ? 'page' : 'context', documentId: context[2] ?? '', paragraph: Number(context[3]) };
  const paragraph = PARAGRAPH.exec(value);
  if (paragraph !== null) return { kind: 'paragraph', documentId: paragraph[1] ?? '', paragraph: Number(paragraph[2]), digest: paragraph[3] };
  return undefined;
}

export function button(label: string, action: ButtonAction, options: { disabled?: boolean; primary?: boolean } = {}): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: options.primary === true ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: label.length > DISCORD_LIMITS.buttonLabel ? `${label.slice(0, DISCORD_LIMITS.buttonLabel - 1)}…` : label,
    custom_id: customIdFor(action),
    ...(options.disabled === true ? { disabled: true } : {}),
  };
}

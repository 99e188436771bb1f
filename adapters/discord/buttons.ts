import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import { DISCORD_LIMITS } from './message.js';

// A button's custom_id is what adapters/button-action.ts encodes from the
// card's action (at most 100 characters). A daily highlight's "whole
// paragraph" button also carries, after '|', the digest of the post's key:
// Discord keeps components (unlike the nonce), so after a crash the post can
// be found again by its button.

const MARKED = /^(para:[^|]{1,70})\|([A-Za-z0-9_-]{1,25})$/u;

/** The custom_id with a post's digest added; only a whole-paragraph button carries one. */
export function withMark(customId: string, digest: string): string {
  const marked = `${customId}|${digest}`;
  return customId.startsWith('para:') && marked.length <= DISCORD_LIMITS.customId ? marked : customId;
}

/** The custom_id as the card encoded it, and the digest it was marked with, if any. */
export function splitMark(customId: string): { id: string; mark: string | undefined } {
  const marked = MARKED.exec(customId);
  return marked === null ? { id: customId, mark: undefined } : { id: marked[1] ?? '', mark: marked[2] };
}

export function button(label: string, customId: string, options: { primary?: boolean } = {}): APIButtonComponent {
  if (customId.length > DISCORD_LIMITS.customId)
    throw new Error(`discord buttons: custom_id '${customId}' is longer than ${DISCORD_LIMITS.customId} characters`);
  return {
    type: ComponentType.Button,
    style: options.primary === true ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: label.length > DISCORD_LIMITS.buttonLabel ? `${label.slice(0, DISCORD_LIMITS.buttonLabel - 1)}…` : label,
    custom_id: customId,
  };
}

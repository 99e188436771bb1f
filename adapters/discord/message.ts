import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

/** Discord's documented message limits (characters). */
export const DISCORD_LIMITS = {
  content: 2000,
  description: 4096,
  title: 256,
  footer: 2048,
  embedsPerMessage: 10,
  embedsTotal: 6000,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  nonce: 25,
} as const;

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** One Discord message: what goes into a send, reply, follow-up or update. */
export interface DiscordPayload {
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/**
 * What one answer becomes. Usually one payload; a long answer is split into
 * several, sent in order, with the buttons on the last.
 */
export interface DiscordMessage {
  payloads: DiscordPayload[];
  /** Only the asker sees it (errors, refusals). */
  ephemeral: boolean;
}

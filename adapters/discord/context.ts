import type { AdapterRuntime } from '../adapter-runtime.js';
import type { FailureGuard } from '../failure.js';
import type { ParagraphChoices } from '../paragraph-choices.js';
import type { DiscordMessage } from './message.js';

/** What the command and event handlers are given: the adapters' runtime, and what is Discord's own. */
export interface DiscordContext extends AdapterRuntime<DiscordMessage> {
  choices: ParagraphChoices;
  /** Read '§42' in messages that do not mention the bot (needs the Message Content intent). */
  readReferences: boolean;
  /** Strings that must never reach a log line. */
  secrets: readonly string[];
  /** How a handler's failure is logged (adapters/failure.ts), its secrets blanked. */
  failures: FailureGuard;
}

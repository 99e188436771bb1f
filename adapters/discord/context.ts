import type { Logger } from 'pino';
import type { Core } from '../../src/core.js';
import type { HighlightService } from '../../src/highlights/ports.js';
import type { DigestService } from '../../src/insights/digest-service.js';
import type { Answer } from '../../src/model.js';
import type { DiscordMessage } from './message.js';
import type { ParagraphChoices } from '../paragraph-choices.js';
import type { QueryStore } from '../query-store.js';
import type { UserRateLimiter } from '../rate-limit.js';
import type { InsightsRecorder } from '../insights/recorder.js';

/** What the command and event handlers are given. */
export interface DiscordContext {
  core: Core;
  highlights: HighlightService | undefined;
  /** The weekly insights digest's commands (/astana-insights); off when undefined. */
  digests: DigestService | undefined;
  /** An answer as a Discord message, by way of its card. */
  toDiscord: (answer: Answer) => DiscordMessage;
  queries: QueryStore;
  limiter: UserRateLimiter;
  choices: ParagraphChoices;
  logger: Logger;
  /** Read '§42' in messages that do not mention the bot (needs the Message Content intent). */
  readReferences: boolean;
  /** Strings that must never reach a log line. */
  secrets: readonly string[];
  /** Counts questions and keeps ratings, when the insights are on. */
  insights: InsightsRecorder | undefined;
}

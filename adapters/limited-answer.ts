// The per-user rate limit applied to whatever a user asks, on any platform:
// the limiter decides, and here it is decided what that means for the reply.
// What must be answered (a slash command, a click, a Discord interaction) gets
// its refusal every time; a message can be left unanswered, so it is told off
// once and then ignored until the user slows down; a reference in passing
// (Discord's '§42' in a message not addressed to the bot) is never told off.
// The question itself is produced only once the limiter allowed it.

import type { Logger } from 'pino';
import type { Answer } from '../src/model.js';
import type { Reader } from '../src/present/catalogue.js';
import { adapterError, readerOfInput } from './error-answer.js';
import type { UserRateLimiter } from './rate-limit.js';

/** Who is refused how: 'always' what must be answered, 'once' a message, 'never' a reference in passing. */
export type Refusal = 'always' | 'once' | 'never';

export interface Asked {
  userId: string;
  /** What the user typed, as plain text: a refusal is said in its language ('' when there is none, e.g. a click). */
  text: string;
  /** The language of a refusal when the text has none of its own. */
  language: Reader;
  refusal: Refusal;
}

type Limited = { limiter: Pick<UserRateLimiter, 'check'>; log: Logger };

/**
 * The answer `produce` gives, or the refusal the limiter's decision calls for;
 * undefined when the reply is silence. The first refusal of a burst is logged.
 */
export async function answerUnlessLimited(rt: Limited, asked: Asked & { refusal: 'always' }, produce: () => Answer | Promise<Answer>): Promise<Answer>;
export async function answerUnlessLimited(rt: Limited, asked: Asked, produce: () => Answer | Promise<Answer>): Promise<Answer | undefined>;
export async function answerUnlessLimited(rt: Limited, asked: Asked, produce: () => Answer | Promise<Answer>): Promise<Answer | undefined> {
  const decision = await rt.limiter.check(asked.userId);
  if (decision === 'allow') return produce();
  if (asked.refusal === 'never') return undefined;
  if (decision === 'refuse-and-tell') rt.log.info({ user: asked.userId }, 'user rate limited');
  else if (asked.refusal === 'once') return undefined;
  return adapterError('rateLimited', readerOfInput(asked.text, asked.language));
}

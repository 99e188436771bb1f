// A message in a conversation (a mention, a direct message), answered there
// alike on every platform: the answer, when the message gets one, is sent in
// reply (a flooding user is told once, then left unanswered, so there may be
// none); any failure is logged once and apologised for in the same place
// (adapters/failure.ts). The platform supplies how a message is sent there.

import type { Answer } from '../../src/model.js';
import type { Reader } from '../../src/present/catalogue.js';
import { adapterError } from '../error-answer.js';
import { type Failure, type FailureGuard, guarded } from '../failure.js';

interface Replying<M> {
  failures: FailureGuard;
  reply: (answer: Answer) => M;
}

/** The apology for any failure, in `reader`'s language. */
export const apologyIn = <M>(rt: Pick<Replying<M>, 'reply'>, reader: Reader): M => rt.reply(adapterError('internal', reader));

/** What a message asks: its answer, or undefined for none; `language` is the apology's, should answering fail. */
export interface ConversationQuestion {
  answer: () => Promise<Answer | undefined>;
  language: Reader;
}

/** Answers `question` by `send`, or apologises by `send` when answering fails. Never throws. */
export function answerInConversation<M>(rt: Replying<M>, failure: Failure, question: ConversationQuestion, send: (message: M) => Promise<void>): Promise<void> {
  return guarded(
    rt.failures,
    failure,
    async () => {
      const answer = await question.answer();
      if (answer !== undefined) await send(rt.reply(answer));
    },
    () => send(apologyIn(rt, question.language)),
  );
}

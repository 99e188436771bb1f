// A request the platform wants acknowledged within a deadline (a Slack slash
// command, a Discord interaction), answered alike on every platform: an answer
// ready in time is the acknowledgement itself, so answer and acknowledgement
// are one message; a late one is acknowledged empty at once (Slack's empty
// ack, Discord's "thinking…") and followed up when it comes. An apology goes
// where the answer would have gone: in the acknowledgement while none was
// given, after it once one was. Each platform supplies the three deliveries.

import { byDeadline } from '../settled-within.js';

export interface Acknowledgement<M> {
  /** Acknowledges with the message itself. */
  withMessage(message: M): Promise<void>;
  /** Acknowledges with nothing yet, within the platform's deadline. */
  empty(): Promise<void>;
  /** Delivers a message after an empty acknowledgement. */
  followUp(message: M): Promise<void>;
}

/** An acknowledgement that remembers whether it was given, so an apology knows where to go. */
export interface TrackedAcknowledgement<M> extends Acknowledgement<M> {
  apologize(apology: M): Promise<void>;
}

export function trackedAcknowledgement<M>(ack: Acknowledgement<M>): TrackedAcknowledgement<M> {
  let given = false;
  const giving = <A extends unknown[]>(give: (...args: A) => Promise<void>) => {
    return (...args: A): Promise<void> => {
      given = true;
      return give(...args);
    };
  };
  return {
    withMessage: giving(ack.withMessage),
    empty: giving(ack.empty),
    followUp: ack.followUp,
    apologize: (apology) => (given ? ack.followUp(apology) : ack.withMessage(apology)),
  };
}

/** The message in the acknowledgement when it is ready within `ms`; else an empty acknowledgement, then the message. */
export function answerByDeadline<M>(message: Promise<M>, ms: number, ack: Acknowledgement<M>): Promise<void> {
  return byDeadline(message, ms, {
    onTime: (ready) => ack.withMessage(ready),
    late: async (pending) => {
      await ack.empty();
      await ack.followUp(await pending);
    },
  });
}

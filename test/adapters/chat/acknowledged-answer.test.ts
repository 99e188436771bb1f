// A request acknowledged within a deadline, alike on every platform: the answer
// in the acknowledgement when it is ready in time, else an empty
// acknowledgement and the answer after it; an apology where the answer would go.

import { describe, expect, it } from 'vitest';
import { type Acknowledgement, answerByDeadline, trackedAcknowledgement } from '../../../adapters/chat/acknowledged-answer.js';

const resolveAfter = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

function recording(): { events: string[]; ack: Acknowledgement<string> } {
  const events: string[] = [];
  return {
    events,
    ack: {
      withMessage: async (message) => void events.push(`ack: ${message}`),
      empty: async () => void events.push('ack: empty'),
      followUp: async (message) => void events.push(`follow-up: ${message}`),
    },
  };
}

describe('answering by a deadline', () => {
  it('puts an answer ready in time in the acknowledgement', async () => {
    const { events, ack } = recording();
    await answerByDeadline(resolveAfter(1, 'answer'), 200, ack);
    expect(events).toEqual(['ack: answer']);
  });

  it('acknowledges a late answer empty at once, then follows it up', async () => {
    const { events, ack } = recording();
    await answerByDeadline(resolveAfter(60, 'answer'), 5, ack);
    expect(events).toEqual(['ack: empty', 'follow-up: answer']);
  });

  it('passes on a failure to answer, with nothing delivered', async () => {
    const { events, ack } = recording();
    await expect(answerByDeadline(Promise.reject(new Error('boom')), 200, ack)).rejects.toThrow('boom');
    expect(events).toEqual([]);
  });
});

describe('an apology', () => {
  it('goes in the acknowledgement while none was given', async () => {
    const { events, ack } = recording();
    await trackedAcknowledgement(ack).apologize('sorry');
    expect(events).toEqual(['ack: sorry']);
  });

  it('follows an acknowledgement already given, empty or not', async () => {
    for (const give of ['empty', 'withMessage'] as const) {
      const { events, ack } = recording();
      const tracked = trackedAcknowledgement(ack);
      await (give === 'empty' ? tracked.empty() : tracked.withMessage('answer'));
      await tracked.apologize('sorry');
      expect(events.at(-1)).toBe('follow-up: sorry');
    }
  });

  it('counts an acknowledgement as given even when giving it failed, so it is not given twice', async () => {
    const { events, ack } = recording();
    const tracked = trackedAcknowledgement({ ...ack, withMessage: () => Promise.reject(new Error('socket closed')) });
    await expect(answerByDeadline(Promise.resolve('answer'), 200, tracked)).rejects.toThrow('socket closed');
    await tracked.apologize('sorry');
    expect(events).toEqual(['follow-up: sorry']);
  });
});

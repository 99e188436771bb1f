import { describe, expect, it } from 'vitest';
import { byDeadline, settledWithin } from '../../adapters/settled-within.js';

const resolveAfter = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('waiting only so long', () => {
  it('gives the value when the promise settles in time', async () => expect(await settledWithin(resolveAfter(1, 'answer'), 200, 'late')).toBe('answer'));
  it('gives the stand-in when it does not, and the promise carries on', async () => {
    const slow = resolveAfter(50, 'answer');
    expect(await settledWithin(slow, 5, 'late')).toBe('late');
    expect(await slow).toBe('answer');
  });
  it('passes a rejection through when it comes in time', async () =>
    expect(await settledWithin(Promise.reject(new Error('boom')), 200, 'late').catch((e: unknown) => (e as Error).message)).toBe('boom'));
});

describe('answering by a deadline', () => {
  const answered = async (ms: number): Promise<string[]> => {
    const events: string[] = [];
    await byDeadline(resolveAfter(ms, 'answer'), 20, {
      onTime: async (value) => void events.push(`on time: ${value}`),
      late: async (result) => {
        events.push('acknowledged first');
        events.push(`then: ${await result}`);
      },
    });
    return events;
  };
  it('delivers an answer ready in time at once', async () => expect(await answered(1)).toEqual(['on time: answer']));
  it('acknowledges first when the answer is late, then delivers it', async () => expect(await answered(60)).toEqual(['acknowledged first', 'then: answer']));
});

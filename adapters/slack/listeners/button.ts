// What every button listener does before its own work: acknowledge at once,
// read the payload through its guard, decode the value, and hold a flooding
// user back; any failure becomes an apology in the same thread.

import type { App, RespondFn } from '@slack/bolt';
import type { ButtonRequest } from '../guards.js';
import { readButton } from '../guards.js';
import { APOLOGY_MESSAGE, guarded, rateLimitedMessage, type SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { yieldToPending } from '../yield.js';

export interface ButtonListener<V> {
  pattern: RegExp;
  /** Names the listener in logs and errors, e.g. 'show-context'. */
  name: string;
  decode: (value: string) => V | undefined;
  act: (value: V, button: ButtonRequest, respond: RespondFn) => Promise<void>;
}

export function onButton<V>(app: App, rt: SlackRuntime, { pattern, name, decode, act }: ButtonListener<V>): void {
  app.action(pattern, async ({ ack, body, respond }) => {
    const button = readButton(body);
    await guarded(
      rt,
      name,
      async () => {
        await ack();
        await yieldToPending();
        if (button === undefined) throw new Error(`slack/${name}: unreadable block_actions payload`);
        const value = decode(button.value);
        if (value === undefined) throw new Error(`slack/${name}: bad button value ${JSON.stringify(button.value.slice(0, 200))}`);
        if (rt.limiter.check(button.userId) !== 'allow') {
          await respondWith(respond, rateLimitedMessage(rt), { replaceOriginal: false, threadTs: button.threadTs });
          return;
        }
        await act(value, button, respond);
      },
      () => respondWith(respond, APOLOGY_MESSAGE, { replaceOriginal: false, threadTs: button?.threadTs }),
    );
  });
}

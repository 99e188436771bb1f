// "More results": the next passages for the same question, as a new message.

import type { App } from '@slack/bolt';
import { EXPIRED_BUTTON_TEXT } from '../../../src/messages.js';
import type { Answer } from '../../../src/model.js';
import { ACTION_MORE_PATTERN, decodeMore } from '../buttons.js';
import { renderSlack } from '../render.js';
import type { SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { onButton } from './button.js';

export function registerMoreResults(app: App, rt: SlackRuntime): void {
  onButton(app, rt, {
    pattern: ACTION_MORE_PATTERN,
    name: 'more-results',
    decode: decodeMore,
    async act(value, button, respond) {
      const query = 'query' in value ? value.query : rt.queries.queryFor(value.key);
      const answer: Answer =
        query === undefined ? { kind: 'error', language: 'en', code: 'empty', message: EXPIRED_BUTTON_TEXT } : rt.core.ask(query, { offset: value.offset });
      await respondWith(respond, renderSlack(answer, rt.renderers), { replaceOriginal: false, threadTs: button.threadTs });
    },
  });
}

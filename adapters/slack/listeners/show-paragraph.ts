// "Whole paragraph" under a daily highlight: the paragraph the highlight
// quotes from, with its English rendering, shown to the clicker alone so a
// channel where many people click is not filled with copies.

import type { App } from '@slack/bolt';
import { ACTION_PARAGRAPH_PATTERN, decodeContext } from '../buttons.js';
import { renderSlack } from '../render.js';
import type { SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { onButton } from './button.js';

const WHOLE = { before: 0, after: 0 } as const;

export function registerShowParagraph(app: App, rt: SlackRuntime): void {
  onButton(app, rt, {
    pattern: ACTION_PARAGRAPH_PATTERN,
    name: 'show-paragraph',
    decode: decodeContext,
    async act(value, button, respond) {
      const message = renderSlack(rt.core.context(value.document, value.paragraph, WHOLE), rt.renderers);
      await respondWith(respond, { ...message, ephemeral: true }, { replaceOriginal: false, threadTs: button.threadTs });
    },
  });
}

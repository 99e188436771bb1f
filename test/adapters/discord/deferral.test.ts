import { say } from '../../../src/present/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HighlightService } from '../../../src/highlights/ports.js';
import type { Answer } from '../../../src/model.js';
import { BASIC_PERMISSIONS, MANAGE_CHANNELS } from '../../doubles/discord/double.js';
import { CallbackType, InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { startHarness, visibleText, type Harness } from './harness.js';

// The catalogue's words the assertions below look for.
const APOLOGY_TEXT = say('error.internal', 'en');
const LABEL_HIGHLIGHT = say('label.highlight', 'en');

// An answer that does not come at once (here: the real highlight service
// behind a promise that settles only when the test says so) is deferred
// first, then the placeholder is replaced with the answer.

let release: () => void = () => undefined;
let fail: () => void = () => undefined;
const slow = (service: HighlightService): HighlightService => ({
  ...service,
  preview: (channel, language) =>
    new Promise<Answer>((resolve, reject) => {
      release = () => void service.preview(channel, language).then(resolve);
      fail = () => reject(new Error('highlights: simulated slow failure'));
    }),
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ wrapHighlights: slow });
});
afterAll(async () => {
  await h?.stop();
});

describe('an answer that takes time', () => {
  it('is deferred first, then the placeholder is edited into the answer', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana-highlights', 'preview'), {
      user: h.discord.admin,
      permissions: BASIC_PERMISSIONS | MANAGE_CHANNELS,
    });
    const deferred = await h.discord.waitFor(() => i.callback, 'the deferral');
    release();
    const edited = await h.discord.waitFor(() => typeof i.original?.edited_timestamp === 'string' && i.original, 'the edited reply');
    expect({ type: deferred.type, text: visibleText(edited) }).toEqual({ type: CallbackType.Deferred, text: expect.stringContaining(LABEL_HIGHLIGHT) });
  });

  it('that then fails removes the placeholder and apologises privately', async () => {
    const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana-highlights', 'preview'), {
      user: h.discord.admin,
      permissions: BASIC_PERMISSIONS | MANAGE_CHANNELS,
    });
    await h.discord.waitFor(() => i.callback, 'the deferral');
    fail();
    const [apology] = await h.discord.waitFor(() => i.followups.length > 0 && i.followups, 'the apology');
    // 64: ephemeral; 4: no link previews (the apology has no embeds of its own).
    expect({ placeholder: i.original, content: apology?.content, flags: apology?.flags }).toEqual({
      placeholder: undefined,
      content: APOLOGY_TEXT,
      flags: 64 | 4,
    });
  });
});

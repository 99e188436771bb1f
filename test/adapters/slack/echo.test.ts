// A question echoed back in a public "not covered" reply can neither ping,
// link, preview nor format, and stays inside Block Kit's limits however much
// escaping it needs.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../doubles/slack/wait.js';
import { startHarness, type Harness } from './harness.js';
import { visibleText } from './read.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logLevel: 'warn' });
});
afterAll(async () => {
  await h.close();
});

/** Slack escapes &, < and > in what a user types before the app sees it. */
const asSlackSends = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function answerTo(text: string, userId: string): Promise<Record<string, unknown>> {
  const delivery = h.double.sendSlashCommand({ text: asSlackSends(text), userId });
  return (await waitFor('the answer', () => h.double.responsesTo(delivery.responseId)[0])).body;
}

function sectionTexts(message: Record<string, unknown>): { text: string; verbatim: unknown }[] {
  const blocks = Array.isArray(message.blocks) ? (message.blocks as Record<string, unknown>[]) : [];
  return blocks.flatMap((b) => (b.type === 'section' && typeof b.text === 'object' && b.text !== null ? [b.text as { text: string; verbatim: unknown }] : []));
}

describe('a question echoed in Slack', () => {
  it('makes no link, mention or formatting of what the user typed', async () => {
    const body = await answerTo(
      'bitcoin [click](http://evil.example) https://evil.example/x *bold* _it_ ~gone~ `code` <!channel> <http://evil.example|here>',
      'U0ECHO001',
    );
    const echoed = sectionTexts(body)[0];
    expect(echoed?.text).toContain('bitcoin');
    expect({
      verbatim: sectionTexts(body).every((t) => t.verbatim === true),
      liveUrl: /https?:\/\//.test(visibleText(body)),
      markup: /[*_~`][a-z]+[*_~`]/.test(echoed?.text ?? ''),
      angle: /<[!@#h]/.test(visibleText(body)),
    }).toEqual({ verbatim: true, liveUrl: false, markup: false, angle: false });
  });

  it('bounds the echo after escaping, so a question of 990 "&" still gets its answer', async () => {
    const body = await answerTo(`bitcoin ${'&'.repeat(990)}`, 'U0ECHO002');
    const longest = Math.max(...sectionTexts(body).map((t) => t.text.length));
    expect({ answered: visibleText(body).includes('bitcoin'), withinLimit: longest <= 3000, refused: h.double.rejected }).toEqual({
      answered: true,
      withinLimit: true,
      refused: [],
    });
  });
});

import { say } from '../../../src/present/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../doubles/discord/double.js';
import { InteractionType, slashCommand } from '../../doubles/discord/interactions.js';
import { isEphemeral, startHarness, type Harness } from './harness.js';

// The catalogue's words the assertions below look for.
const APOLOGY_TEXT = say('error.internal', 'en');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const INJECTION = '@everyone @here <@&111111111111111111> <@222222222222222222> **bold** `code` 恐怖主义';
const repliesTo = (message: Json): Json[] =>
  h.discord.channelMessages(h.discord.channel.id).filter((m) => (m.message_reference as Json | undefined)?.message_id === message.id);

async function ask(question: string): Promise<{ type: number; data: Json | undefined }> {
  const i = h.discord.dispatchInteraction(InteractionType.Command, slashCommand('astana', 'ask', { question }));
  return h.discord.waitFor(() => i.callback, 'the ask callback');
}

describe('mentions in a question never ping', () => {
  it('sends a slash command answer with allowed_mentions that parse nothing', async () => {
    const cb = await ask(INJECTION);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('echoes the question escaped, with no live mention or markup left', async () => {
    const cb = await ask(INJECTION);
    const content = String(cb.data?.content);
    expect([/(^|[^\\])@everyone/, /(^|[^\\])@here/, /(^|[^\\])<@/, /[^\\]`/].map((re) => re.test(content.replace(/\*\*(?=\S)|(?<=\S)\*\*/g, '')))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('replies to an @everyone mention message with allowed_mentions that parse nothing', async () => {
    const asked = h.discord.dispatchMessage({ content: INJECTION, author: h.discord.alice, mentionsBot: true });
    const [reply] = await h.discord.waitFor(() => repliesTo(asked).length > 0 && repliesTo(asked), 'the reply');
    expect(reply?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe("Discord's 429 answers", () => {
  it('are waited out and the reply is sent again', async () => {
    h.discord.rateLimitNext('POST', new RegExp(`/channels/${h.discord.channel.id}/messages$`), 0.05);
    const asked = h.discord.dispatchMessage({ content: '§5', author: h.discord.alice, mentionsBot: true });
    await h.discord.waitFor(() => repliesTo(asked).length > 0, 'the reply after the 429');
    const attempts = h.discord.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path.endsWith(`/channels/${h.discord.channel.id}/messages`) &&
        (r.body as Json).message_reference !== undefined &&
        ((r.body as Json).message_reference as Json).message_id === asked.id,
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
  });
});

describe('a failure while answering', () => {
  it('becomes a private apology when Discord rejects the answer', async () => {
    h.discord.failNext('POST', /\/interactions\/\d+\/[^/]+\/callback$/, 400, { message: 'Invalid Form Body', code: 50035 });
    const cb = await ask('§7');
    expect({ ephemeral: isEphemeral(cb.data), content: cb.data?.content }).toEqual({ ephemeral: true, content: APOLOGY_TEXT });
  });

  it('is logged as exactly one error', async () => {
    const before = h.logs.filter((l) => l.level >= 50).length;
    h.discord.failNext('POST', /\/interactions\/\d+\/[^/]+\/callback$/, 400, { message: 'Invalid Form Body', code: 50035 });
    await ask('§8');
    await h.discord.waitFor(() => h.logs.filter((l) => l.level >= 50).length > before, 'the error log line');
    expect(
      h.logs
        .filter((l) => l.level >= 50)
        .slice(before)
        .map((l) => l.msg),
    ).toEqual(['discord: could not answer an interaction']);
  });

  it('leaves the bot answering the next question', async () => {
    h.discord.failNext('POST', /\/interactions\/\d+\/[^/]+\/callback$/, 500, { message: '500: Internal Server Error', code: 0 });
    const cb = await ask('§9');
    const next = await ask('§10');
    expect([cb.type, next.type, String(next.data?.embeds && (next.data.embeds as Json[])[0]?.title)]).toEqual([4, 4, expect.stringMatching(/^§10/)]);
  });
});

describe('logs', () => {
  it('never contain the bot token or an interaction token', () => {
    const logged = h.rawLogs.join('\n');
    const interactionTokens = [...h.discord.interactions.values()].map((i) => i.token);
    expect([logged.includes(h.discord.token), interactionTokens.some((t) => logged.includes(t))]).toEqual([false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../adapters/slack/requests.js';
import { readSlackText, withoutBotMention } from '../../../adapters/slack/text.js';

describe('Slack sub-commands', () => {
  it('reads ask <question> as a question', () => expect(parseRequest('ask  禁毒 合作')).toEqual({ kind: 'ask', input: '禁毒 合作' }));
  it('reads bare text as a question', () => expect(parseRequest('What about drugs?')).toEqual({ kind: 'ask', input: 'What about drugs?' }));
  it('reads para 42 as typed paragraph numbers', () => expect(parseRequest('para 42')).toEqual({ kind: 'paragraphs', ranges: [{ from: 42, to: 42 }] }));
  it('reads para §12-14, 20 as typed ranges', () =>
    expect(parseRequest('para §12-14, 20')).toEqual({
      kind: 'paragraphs',
      ranges: [
        { from: 12, to: 14 },
        { from: 20, to: 20 },
      ],
    }));
  it('passes a para reference that is not a bare number through', () => expect(parseRequest('para 第12至14段')).toEqual({ kind: 'ask', input: '第12至14段' }));
  it('reads topic <name>', () => expect(parseRequest('topic drugs')).toEqual({ kind: 'topic', name: 'drugs' }));
  it('reads topics', () => expect(parseRequest('Topics')).toEqual({ kind: 'topics' }));
  it('reads an empty command as help', () => expect(parseRequest('  ')).toEqual({ kind: 'ask', input: 'help' }));
  it('hands highlight sub-commands on with their words', () =>
    expect(parseRequest('highlights subscribe 08:30 Asia/Almaty')).toEqual({ kind: 'highlights', text: 'subscribe 08:30 Asia/Almaty' }));
});

describe('Slack text in', () => {
  it('decodes entities', () => expect(readSlackText('a &lt;b&gt; &amp; c')).toBe('a <b> & c'));
  it('turns mention markup into plain words', () =>
    expect(readSlackText('<!here> <@U123|ann> <#C1|general> <!subteam^S1|@team>')).toBe('@here @ann #general @team'));
  it('turns a link into its label', () => expect(readSlackText('see <https://example.org|the site>')).toBe('see the site'));
  it('removes the bot’s own mention', () => expect(withoutBotMention('<@U0BOT> 禁毒 <@U0BOT>', 'U0BOT')).toBe('禁毒'));
  it('keeps other users’ mentions', () => expect(withoutBotMention('<@U0BOT> ask <@U0OTHER>', 'U0BOT')).toBe('ask <@U0OTHER>'));
});

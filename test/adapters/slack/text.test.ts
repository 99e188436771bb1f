import { describe, expect, it } from 'vitest';
import { readSlackText, withoutBotMention } from '../../../adapters/slack/text.js';

describe('Slack text in', () => {
  it('decodes entities', () => expect(readSlackText('a &lt;b&gt; &amp; c')).toBe('a <b> & c'));
  it('turns mention markup into plain words', () =>
    expect(readSlackText('<!here> <@U123|ann> <#C1|general> <!subteam^S1|@team>')).toBe('@here @ann #general @team'));
  it('turns a link into its label', () => expect(readSlackText('see <https://example.org|the site>')).toBe('see the site'));
  it('removes the bot’s own mention', () => expect(withoutBotMention('<@U0BOT> 禁毒 <@U0BOT>', 'U0BOT')).toBe('禁毒'));
  it('keeps other users’ mentions', () => expect(withoutBotMention('<@U0BOT> ask <@U0OTHER>', 'U0BOT')).toBe('ask <@U0OTHER>'));
});

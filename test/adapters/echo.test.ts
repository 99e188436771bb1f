import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../adapters/discord/markdown.js';
import { boundForEscaping, breakLinks } from '../../adapters/echo.js';
import { echoUserText } from '../../adapters/slack/text.js';

describe('echoed user text', () => {
  it.each([
    ['&'.repeat(1000), 300],
    [`${'<'.repeat(999)}x`, 300],
    ['a&'.repeat(500), 301],
  ])('is bounded after Slack escaping (%#)', (text, limit) => {
    const out = echoUserText(text, limit);
    expect({ fits: out.length <= limit, cut: out.endsWith('…'), wholeEntities: !/&(?:a|am|amp|l|lt|g|gt)?…$/.test(out) }).toEqual({
      fits: true,
      cut: true,
      wholeEntities: true,
    });
  });

  it('is bounded after Discord escaping, and returned unescaped for the layout to escape once', () => {
    const raw = boundForEscaping('*'.repeat(1000), 300, escapeMarkdown);
    expect({ raw: /^\**…$/.test(raw), escaped: escapeMarkdown(raw).length <= 300 }).toEqual({ raw: true, escaped: true });
  });

  it('is left alone when it fits', () => {
    expect(boundForEscaping('禁毒 & 反恐', 300, escapeMarkdown)).toBe('禁毒 & 反恐');
  });

  it('keeps no URL scheme that a client would link', () => {
    expect(/[a-z]+:\/\//i.test(breakLinks('see https://a.example and ftp://b.example'))).toBe(false);
  });

  it('makes no Slack formatting of what was typed', () => {
    expect(echoUserText('*bold* _it_ ~gone~ `code`')).not.toMatch(/[*_~`]/);
  });
});

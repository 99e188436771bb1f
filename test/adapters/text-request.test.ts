import { describe, expect, it } from 'vitest';
import { parseTextRequest as parseRequest } from '../../adapters/text-request.js';

describe('sub-commands typed as text', () => {
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

import { describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { blankSecrets, loggedText, redactFields, stringifyRedacted } from '../../adapters/redact.js';

const URL = 'https://hooks.slack.com/commands/T0001/1234/abcdef';

describe('redaction by field name', () => {
  it('blanks secret fields in structured log objects at any of four levels', () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
    logger.debug(
      { token: 'v1', body: { token: 'v2', response_url: URL, payload: { view: { token: 'v3' } } }, headers: { authorization: 'Bearer sekrit-12345' } },
      'request',
    );
    const line = lines.join('');
    expect(['v1', 'v2', 'v3', URL, 'sekrit-12345'].filter((s) => line.includes(s))).toEqual([]);
    expect(line).toContain('"msg":"request"');
  });

  it('blanks secret fields in JSON text, escaped JSON text and form-encoded text', () => {
    const inner = JSON.stringify({ token: 'verify-me', response_url: URL, text: 'keep me' });
    const text = `got ${inner} and ${JSON.stringify({ wrapped: inner })} and token=form-token&response_url=${encodeURIComponent(URL)}&text=hi`;
    const out = redactFields(text);
    expect(['verify-me', URL, 'form-token', encodeURIComponent(URL)].filter((s) => out.includes(s))).toEqual([]);
    expect(out.match(/keep me/g)?.length).toBe(2);
    expect(out).toContain('text=hi');
  });

  it('blanks secret fields when stringifying objects, at any depth', () => {
    const out = stringifyRedacted({ a: [{ b: { response_url: URL, token: 't', ok: 1 } }] });
    expect(out).toBe('{"a":[{"b":{"response_url":"[redacted]","token":"[redacted]","ok":1}}]}');
  });
});

describe('blanking known secrets', () => {
  it('blanks each secret wherever it stands, but none shorter than the minimum', () =>
    expect(blankSecrets('a long-secret b long-secret c short', ['long-secret', 'short', undefined], 6)).toBe('a [redacted] b [redacted] c short'));
});

describe("a library's log arguments as text", () => {
  it('keeps strings, names errors, and blanks secret fields of objects', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect([loggedText('plain'), loggedText(new TypeError('bad')), loggedText({ token: 'xoxb-1', ok: true }), loggedText(circular)]).toEqual([
      'plain',
      'TypeError: bad',
      '{"token":"[redacted]","ok":true}',
      '[object Object]',
    ]);
  });
});

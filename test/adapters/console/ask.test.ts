import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonAnswer } from '../../../src/answer-json.js';

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const script = fileURLToPath(new URL('../../../adapters/console/ask.ts', import.meta.url));
const ask = (args: string[], input?: string): string => execFileSync(tsx, [script, ...args], { encoding: 'utf8', input });

describe('npm run ask', () => {
  it('prints one JSON answer with verbatim text for --json', () => {
    const answer = JSON.parse(ask(['--json', '§44'])) as JsonAnswer;
    expect([answer.passages.length, answer.passages[0]?.paragraph, answer.passages[0]?.score]).toEqual([1, 44, null]);
    expect(answer.passages[0]?.text.startsWith('成员国支持进一步加强打击毒品贩运领域合作')).toBe(true);
  });

  it('reads one question a line from standard input and prints one JSON line each', () => {
    const lines = ask(['--json'], '比特币\n单边制裁\n').trim().split('\n').map((l) => JSON.parse(l) as JsonAnswer);
    expect(lines.map((l) => [l.query, l.notCovered])).toEqual([
      ['比特币', true],
      ['单边制裁', false],
    ]);
    expect(lines[1]?.passages.length).toBeLessThanOrEqual(5);
  });

  it('prints today\'s highlight with its place in the cycle', () => {
    expect(ask(['highlight'])).toMatch(/commitment \d+ of \d+\n\n§\d+/u);
  });

  it('refuses a bad time zone for the highlight', () => {
    expect(ask(['highlight', 'Mars/Olympus'])).toContain('Mars/Olympus');
  });

  it('prints a readable answer without --json', () => {
    expect(ask(['§1'])).toContain('§1');
  });
});

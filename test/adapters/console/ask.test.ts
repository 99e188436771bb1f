import { execFileSync, spawn } from 'node:child_process';
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
    const lines = ask(['--json'], '比特币\n单边制裁\n')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as JsonAnswer);
    expect(lines.map((l) => [l.query, l.notCovered])).toEqual([
      ['比特币', true],
      ['单边制裁', false],
    ]);
    expect(lines[1]?.passages.length).toBeLessThanOrEqual(5);
  });

  it('answers every input line with exactly one JSON line, blank and whitespace-only lines with an error', () => {
    // Blank, space, tab, ideographic space, no-break space, a BOM, a CRLF line, a lone CR inside a line.
    const input = ['单边制裁', '', '  ', '\t', '\u3000', '\u00a0', '\ufeff', '§44\r', '禁毒\r阿富汗', '§1'].join('\n');
    const out = ask(['--json'], input).split('\n');
    expect(out.pop()).toBe('');
    const answers = out.map((l) => JSON.parse(l) as JsonAnswer);
    expect(answers.map((a) => a.error === undefined)).toEqual([true, false, false, false, false, false, false, true, true, true]);
    expect(answers[7]?.passages[0]?.paragraph).toBe(44);
    expect(answers[8]?.query).toBe('禁毒\r阿富汗');
  });

  it('gives no output for empty input and one error line for a lone line break', () => {
    expect([ask(['--json'], ''), (JSON.parse(ask(['--json'], '\r\n')) as JsonAnswer).kind]).toEqual(['', 'error']);
  });

  it('answers every line for a reader that takes the output slowly', async () => {
    const count = 2_000;
    const child = spawn(tsx, [script, '--json'], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.end(Array.from({ length: count }, (_, i) => `§${(i % 120) + 1}`).join('\n'));
    let received = '';
    for await (const chunk of child.stdout) {
      received += String(chunk);
      // Pause between reads so the pipe fills and the writer must wait for drain.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const paragraphs = received
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as JsonAnswer).passages[0]?.paragraph);
    expect(paragraphs).toEqual(Array.from({ length: count }, (_, i) => (i % 120) + 1));
  });

  it("prints today's highlight with its place in the cycle", () => {
    expect(ask(['highlight'])).toMatch(/commitment \d+ of \d+\n\n§\d+/u);
  });

  it('refuses a bad time zone for the highlight', () => {
    expect(ask(['highlight', 'Mars/Olympus'])).toContain('Mars/Olympus');
  });

  it('prints a readable answer without --json', () => {
    expect(ask(['§1'])).toContain('§1');
  });
});

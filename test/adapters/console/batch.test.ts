import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerLines, splitLines } from '../../../adapters/console/batch.js';

async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of splitLines(Readable.from(chunks))) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('splits on LF and on CRLF, keeps a lone CR inside its line and keeps a last line without LF', async () => {
    expect(await lines(['a\r\nb\rc\n\n', 'd'])).toEqual(['a', 'b\rc', '', 'd']);
  });

  it('keeps a CRLF split across two chunks as one break', async () => {
    expect(await lines(['a\r', '\nb\n'])).toEqual(['a', 'b']);
  });

  it('keeps a character whose UTF-8 bytes straddle two chunks', async () => {
    const bytes = Buffer.from('禁毒\n', 'utf8');
    expect(await lines([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual(['禁毒']);
  });

  it('gives no lines for empty input and one for a lone LF', async () => {
    expect([await lines([]), await lines(['\n'])]).toEqual([[], ['']]);
  });
});

describe('answerLines', () => {
  it('stops reading and writing while the output is full, and resumes on drain', async () => {
    const held: (() => void)[] = [];
    let written = 0;
    // A reader that takes nothing until told to: every write is held.
    const output = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        written += 1;
        held.push(() => callback());
      },
    });
    const input = Readable.from(Array.from({ length: 100 }, (_, i) => `q${i}\n`));
    const waitingForDrain = new Promise<'drain'>((resolve) => {
      output.on('newListener', (event: string) => {
        if (event === 'drain') resolve('drain');
      });
    });
    const run = answerLines(input, output, (line) => line);
    // Either the batch waits for drain, or (the defect) it finishes having queued everything.
    const first = await Promise.race([waitingForDrain, run.then(() => 'finished' as const)]);
    expect(first).toBe('drain');
    expect(written).toBe(1);
    while (held.length > 0 || written < 100) {
      held.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await run).toBe(100);
  });
});

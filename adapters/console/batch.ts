// `npm run ask -- --json < file`: one JSON line out for every line in, always.
//
// What counts as a line: text up to LF. CRLF is one break (the CR is dropped with
// the LF). A lone CR is NOT a break: it stays inside its line, where the core
// treats it as a space. readline splits on a lone CR as well, which made two
// answers out of one input line, so lines are split here instead. A last line
// without a final LF is still a line; an empty input has no lines.
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import type { Writable } from 'node:stream';

/** The lines of a byte or text stream, split as described above. */
export async function* splitLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  // A decoder keeps a multi-byte character that straddles two chunks whole.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    // Walk the buffer by index and cut once per chunk: slicing the rest off
    // after every line would copy the chunk once per line.
    let start = 0;
    let lf = pending.indexOf('\n');
    while (lf !== -1) {
      yield stripCr(pending.slice(start, lf));
      start = lf + 1;
      lf = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending !== '') yield stripCr(pending);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Writes `answer(line)` and a newline for each input line. Waits for `drain`
 * whenever the output's buffer is full, so a slow reader slows the batch down
 * instead of making the process hold the unread output in memory; the input is
 * not read further meanwhile.
 */
export async function answerLines(input: AsyncIterable<Buffer | string>, output: Writable, answer: (line: string) => string): Promise<number> {
  let count = 0;
  for await (const line of splitLines(input)) {
    count += 1;
    if (!output.write(`${answer(line)}\n`)) await once(output, 'drain');
  }
  return count;
}

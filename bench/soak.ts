// `npm run soak [-- --count N]`: N questions (100,000 by default) through the
// batch path of `npm run ask -- --json` (answerLines and jsonLine, in this
// process so its heap can be read), with throughput and memory (RSS and heap)
// at the start, the middle and the end. Exits 1 when the end heap is more than
// HEAP_GROWTH_MARGIN above the middle heap (memory not flat) or when an input
// line got no output line. Not part of `npm test`: a run takes minutes.
import { Readable, Writable } from 'node:stream';
import { answerLines } from '../adapters/console/batch.js';
import { jsonLine } from '../adapters/console/json-line.js';
import { createCore } from '../src/create-core.js';
import { loadEvalSet } from './eval-set.js';
import { HEAP_GROWTH_MARGIN, heapVerdict, sample, type MemorySample } from './soak-memory.js';

const DEFAULT_COUNT = 100_000;

function parseCount(argv: string[]): number {
  const at = argv.indexOf('--count');
  if (at === -1) return DEFAULT_COUNT;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 2) throw new Error(`--count wants a whole number of at least 2, not '${argv[at + 1] ?? ''}'`);
  return n;
}

/**
 * The questions of the development set over and over; every tenth line is one
 * never asked before (so a cache keyed by question would show up as growth),
 * and every hundredth is blank (answered with an error line).
 */
function* questions(count: number, pool: string[]): Generator<string> {
  for (let i = 0; i < count; i += 1) {
    if (i % 100 === 99) yield '\n';
    else if (i % 10 === 9) yield `上合组织在第${i}次会议上说了什么？\n`;
    else yield `${pool[i % pool.length] ?? ''}\n`;
  }
}

/** A fast reader that keeps nothing: counts the lines it is given. */
function countingSink(): { sink: Writable; lines: () => number } {
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
      done();
    },
  });
  return { sink, lines: () => lines };
}

async function main(): Promise<number> {
  const count = parseCount(process.argv.slice(2));
  const canCollect = typeof (globalThis as { gc?: unknown }).gc === 'function';
  if (!canCollect) process.stderr.write('soak: run with node --expose-gc (npm run soak does) for heap figures after collection\n');
  const started = performance.now();
  const core = createCore();
  const pool = loadEvalSet().map((q) => q.question);
  const samples: MemorySample[] = [sample('start', 0)];
  const times: number[] = [performance.now()];
  const middle = Math.floor(count / 2);
  const { sink, lines } = countingSink();
  let answered = 0;
  await answerLines(Readable.from(questions(count, pool)), sink, (line) => {
    const out = jsonLine(core, line);
    answered += 1;
    if (answered === middle) {
      samples.push(sample('middle', answered));
      times.push(performance.now());
    }
    return out;
  });
  await new Promise<void>((resolve) => sink.end(resolve));
  samples.push(sample('end', answered));
  times.push(performance.now());

  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  out(`soak: ${count} questions, core ready in ${Math.round((times[0] ?? started) - started)} ms`);
  for (const [i, s] of samples.entries()) {
    const before = samples[i - 1];
    const elapsed = (times[i] ?? 0) - (times[i - 1] ?? 0);
    const rate = before === undefined ? '' : `  ${Math.round(((s.lines - before.lines) / elapsed) * 1000)} questions/s since ${before.at}`;
    out(`${s.at.padEnd(6)} ${String(s.lines).padStart(7)} lines  rss ${s.rssMb} MB  heap ${s.heapMb} MB${rate}`);
  }
  const [, halfway, last] = samples;
  if (halfway === undefined || last === undefined) throw new Error('soak: no middle or end sample was taken');
  const verdict = heapVerdict(halfway, last);
  const lost = count - lines();
  out(`heap end vs middle: ${(verdict.growth * 100).toFixed(1)}% (allowed ${HEAP_GROWTH_MARGIN * 100}%): ${verdict.flat ? 'flat' : 'GROWING'}`);
  out(`output lines: ${lines()} of ${count}${lost === 0 ? '' : ` (${lost} missing)`}`);
  return verdict.flat && lost === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

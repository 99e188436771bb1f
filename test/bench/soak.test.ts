// The soak as a property, on a small run: every input line gets an output line
// and the heap after collection does not grow from the middle to the end. The
// 100,000-question run is `npm run soak`, outside `npm test`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { heapVerdict, type MemorySample } from '../../bench/soak-memory.js';

const run = promisify(execFile);
const at = (heapMb: number): MemorySample => ({ at: 'x', lines: 0, rssMb: 0, heapMb });

describe('heapVerdict', () => {
  it('calls memory flat up to the margin and growing beyond it', () => {
    expect([heapVerdict(at(100), at(110)).flat, heapVerdict(at(100), at(111)).flat, heapVerdict(at(100), at(90)).flat]).toEqual([true, false, true]);
  });
});

describe('npm run soak -- --count 2000', () => {
  it('answers every line and keeps the heap flat from the middle to the end', async () => {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/soak.ts', '--count', '2000'], {
      cwd: new URL('../..', import.meta.url),
    });
    expect({
      lines: /output lines: (\d+) of 2000$/m.exec(stdout)?.[1],
      heap: /: (flat|GROWING)$/m.exec(stdout)?.[1],
      samples: stdout.match(/^(start|middle|end) /gm)?.map((s) => s.trim()),
    }).toEqual({ lines: '2000', heap: 'flat', samples: ['start', 'middle', 'end'] });
  }, 120_000);
});

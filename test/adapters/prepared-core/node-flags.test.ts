// The bot's Node keeps V8's background threads to the machine's processors less one
// (at least one), not Node's fixed four: counted, on Linux, as the process's threads.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { CHAT_NODE_FLAGS } from '../../../adapters/prepared-core/node-flags.js';

const COUNT = `process.stdout.write(String(require('node:fs').readdirSync('/proc/self/task').length))`;

function threads(flags: readonly string[]): number {
  return Number(execFileSync(process.execPath, [...flags, '-e', COUNT], { encoding: 'utf8' }));
}

describe.runIf(existsSync('/proc/self/task'))('a chat bot’s Node flags', () => {
  it('run one V8 background thread fewer than the processors, and at least one', () => {
    const oneWorker = threads(['--v8-pool-size=1']);
    expect(threads(CHAT_NODE_FLAGS) - oneWorker).toBe(Math.max(1, availableParallelism() - 1) - 1);
    // Node's default of four, for contrast: the flag is what makes the difference.
    expect(threads([]) - oneWorker).toBe(3);
  });
});

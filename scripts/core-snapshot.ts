// `npm run build`'s last step: bundles adapters/prepared-core/snapshot-entry.ts as CommonJS
// (a startup snapshot is built from one script) and runs it with `node --build-snapshot`,
// writing dist/core.blob for `npm start` and `npm run ask` to start from.
//
// A snapshot loads only in a Node started with the V8 flags it was built with, so both sides
// take them from SNAPSHOT_NODE_FLAGS (adapters/prepared-core/node-flags.ts) and package.json's
// scripts pass the same ones (test/adapters/prepared-core/snapshot.test.ts checks). --regexp-tier-up-ticks=1000: V8 cannot
// write a regular expression compiled to machine code into a snapshot (it stops with 'unreachable
// code'). By default an expression is compiled on its second run, so the warm-up compiles many; with
// this flag each runs interpreted 1,000 times first (today the build fails with 4 and succeeds with 7),
// and the bot's expressions are compiled once its first questions have run them.
// A snapshot built with an expression compiled fails loudly and the fallback below is written.
import { execFileSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { POOL, SNAPSHOT_NODE_FLAGS } from '../adapters/prepared-core/node-flags.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}dist/core-snapshot.cjs`;
const blob = `${root}dist/core.blob`;

/** The Node flags the console and npm run ask run dist/ with: from the snapshot, with the flags it was built with (for benchmarks, from any folder). */
export const START_NODE_FLAGS = ['--snapshot-blob', blob, ...SNAPSHOT_NODE_FLAGS, POOL];
const empty = `${root}dist/core-snapshot-empty.cjs`;

async function main(): Promise<void> {
  await build({
    entryPoints: [`${root}adapters/prepared-core/snapshot-entry.ts`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: entry,
    // CommonJS has no import.meta: the bundle's own URL stands in, one folder below the root as src/ is.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  // A first start writes caches (jieba's table, OpenCC's characters) with modules loaded by require, which a
  // snapshot cannot hold: the entry is run once as a plain script to write them, then as the snapshot's builder.
  execFileSync(process.execPath, [entry], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // Written beside and renamed over: an instance starting meanwhile reads the old snapshot or the new one, whole.
  const written = `${blob}.${process.pid}`;
  try {
    snapshotOf(entry, written);
  } catch (error) {
    // npm start must still start: from a snapshot holding no core, preparedCore() builds one as without a snapshot.
    process.stderr.write(`core snapshot: not built (${error instanceof Error ? error.message : String(error)}); starting without a prepared core\n`);
    writeFileSync(empty, '// No prepared core: adapters/prepared-core/prepared-core.ts builds one.\n');
    snapshotOf(empty, written);
  }
  renameSync(written, blob);
}

function snapshotOf(script: string, written: string): void {
  // --no-warnings: Node warns that node:module is 'not fully verified' in snapshots; the test above compares answers.
  execFileSync(process.execPath, ['--no-warnings', ...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', written, '--build-snapshot', script], {
    cwd: root,
    stdio: 'inherit',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

// `npm run bench:lean`: issue 11's targets, measured in one run so the machine's
// load is the same for all: peak memory of one console answer against a bare
// `node -e 0` (target ≤ 3×), process start to first answer (target ≤ 0.5 s),
// what the jieba dictionary alone costs, and the bot with both platforms' adapters
// loaded against a process that only imports @slack/bolt and discord.js (target
// ≤ 1.3×). Median of 5 runs each. Reports only; it asserts nothing (timings
// belong here, not in tests).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHAT_NODE_FLAGS } from '../adapters/prepared-core/node-flags.js';
import { START_NODE_FLAGS } from '../scripts/core-snapshot.js';

const RUNS = 5;
const QUESTION = '上合对阿富汗问题怎么看？';
/** An English question as well: its analysis loads wink-nlp and its English model, which a Chinese question never does. */
const ENGLISH_QUESTION = 'What does the SCO say about Afghanistan?';
const root = fileURLToPath(new URL('..', import.meta.url));
const REPORT = 'process.stdout.write(JSON.stringify({ ms: performance.now(), maxRssKb: process.resourceUsage().maxRSS }))';

interface Run {
  ms: number;
  maxRssKb: number;
}

function measure(args: string[]): Run {
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const last = out.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as Run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function row(label: string, args: string[]): { label: string; ms: number; mb: number } {
  const runs = Array.from({ length: RUNS }, () => measure(args));
  return { label, ms: median(runs.map((r) => r.ms)), mb: median(runs.map((r) => r.maxRssKb)) / 1024 };
}

function main(): void {
  const bundle = `${root}dist/first-answer.js`;
  const fullBot = `${root}dist/full-bot.js`;
  if (![bundle, fullBot, `${root}dist/ask.js`].every((f) => existsSync(f))) throw new Error('dist/ is not built: run `npm run build` first');
  // As the console (npm start without chat credentials) and npm run ask run dist/: from the startup snapshot of the
  // prepared core; a chat bot is started without it (adapters/prepared-core/node-flags.ts).
  const start = START_NODE_FLAGS;
  const jieba = `const { Jieba } = await import('@node-rs/jieba'); const { dict } = await import('@node-rs/jieba/dict.js'); Jieba.withDict(dict).cut('上合', false); ${REPORT}`;
  const rows = [
    row('node -e 0', ['-e', REPORT]),
    row('jieba with its full dictionary', ['--input-type=module', '-e', jieba]),
    row('first answer (console, npm start)', [...start, bundle, QUESTION]),
    row('first answer in English (console)', [...start, bundle, ENGLISH_QUESTION]),
    row('first answer, core built at start', [...CHAT_NODE_FLAGS, bundle, QUESTION]),
    row('first answer in English, built at start', [...CHAT_NODE_FLAGS, bundle, ENGLISH_QUESTION]),
    row('one answer printed (npm run ask), to exit', [...start, '--import', './bench/at-exit.mjs', `${root}dist/ask.js`, QUESTION]),
    row('@slack/bolt and discord.js imported', [fullBot, '--libraries-only']),
    row('bot with both adapters, one answer (npm start)', [...CHAT_NODE_FLAGS, fullBot, QUESTION]),
    row('bot, a Chinese and an English answer', [...CHAT_NODE_FLAGS, fullBot, QUESTION, ENGLISH_QUESTION]),
    row('bot, both answers, from the snapshot', [...start, fullBot, QUESTION, ENGLISH_QUESTION]),
    row('bot after its warm-up, as npm start runs it', [...CHAT_NODE_FLAGS, fullBot, QUESTION, '--warm-up']),
  ];
  const bare = rows[0]?.mb ?? NaN;
  for (const r of rows)
    console.log(
      `${r.label.padEnd(42)} ${r.mb.toFixed(0).padStart(4)} MB peak (${(r.mb / bare).toFixed(1)}× bare)  ${r.ms.toFixed(0).padStart(5)} ms from process start`,
    );
  const libraries = rows[7]?.mb ?? NaN;
  const bot = rows[8]?.mb ?? NaN;
  const bilingual = rows[9]?.mb ?? NaN;
  const snapshotBilingual = rows[10]?.mb ?? NaN;
  const warmed = rows[11]?.mb ?? NaN;
  console.log(`bot with both platforms: ${(bot / libraries).toFixed(2)}× the libraries alone (target ≤ 1.3×, ${(1.3 * libraries).toFixed(0)} MB)`);
  console.log(
    `  once it has answered in English too: ${(bilingual / libraries).toFixed(2)}× (from the console's snapshot: ${(snapshotBilingual / libraries).toFixed(2)}×)`,
  );
  // The warm-up compiles the search's code and reads the tables its questions reach: what a bot that has answered
  // a few thousand questions holds anyway, against a process that has only imported its libraries.
  console.log(`  after the warm-up a chat bot does at start (CORE_WARM_UP): ${(warmed / libraries).toFixed(2)}×`);
  console.log(`targets: peak ≤ 3× bare (${(3 * bare).toFixed(0)} MB), first answer ≤ 500 ms`);
}

main();

// `npm run bench`: timings live here, never in tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/create-core.js';
import { loadEvalSet } from './eval-set.js';
import { benchDiscord } from './discord.js';
import { benchSlack } from './slack.js';
import { benchStores } from './stores.js';
import { ms, summary } from './stats.js';

const PASSES = 20;

function coreBench(): string[] {
  const t0 = performance.now();
  const core = createCore();
  const build = performance.now() - t0;
  const questions = loadEvalSet().map((q) => q.question);
  for (const q of questions) core.ask(q); // warm-up: lazy tables and JIT
  const samples: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of questions) {
      const s = performance.now();
      core.ask(q);
      samples.push(performance.now() - s);
    }
  }
  const s = summary(samples);
  return [
    `core: index build ${ms(build)}`,
    `core: per question over ${questions.length} questions × ${PASSES}: median ${ms(s.median)}, p99 ${ms(s.p99)}, max ${ms(s.max)} (target p99 ≤ 2 ms)`,
  ];
}

// The bot runs from the esbuild bundle (`npm start` builds dist/ first); so does this
// measurement, with the same Node flags. `npm run bench` builds dist/first-answer.js.
function firstAnswer(): string[] {
  const script = fileURLToPath(new URL('../dist/first-answer.js', import.meta.url));
  const runs = [0, 1, 2, 3, 4].map(
    () => JSON.parse(execFileSync(process.execPath, ['--max-semi-space-size=64', script], { encoding: 'utf8' })) as { ms: number; maxRssKb: number },
  );
  const best = summary(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.maxRssKb));
  return [
    `core: process start to first answer (bundled as npm start runs it, 5 runs): median ${ms(best.median)}, max ${ms(best.max)} (target ≤ 1000 ms)`,
    `core: peak memory (max RSS) of that process ${(rss / 1024).toFixed(1)} MiB`,
  ];
}

async function main(): Promise<void> {
  for (const line of [...coreBench(), ...firstAnswer()]) console.log(line);
  for (const line of (await benchSlack()).lines) console.log(line);
  for (const line of (await benchSlack({ lockedDatabase: true })).lines) console.log(line);
  for (const line of await benchStores()) console.log(line);
  for (const line of await benchDiscord()) console.log(line);
  console.log(`bench process peak memory (max RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`);
}

await main();

// `npm run bench`: timings live here, never in tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONFIG_DEFAULTS } from '../adapters/config.js';
import { CHAT_NODE_FLAGS } from '../adapters/prepared-core/node-flags.js';
import { START_NODE_FLAGS } from '../scripts/core-snapshot.js';
import { createCore } from '../src/create-core.js';
import { benchDiscord } from './discord.js';
import { benchSlack } from './slack.js';
import { benchStores } from './stores.js';
import { ms, summary } from './stats.js';

/** Time per question in a process of its own (dist/core-latency.js, with the flags npm start gives a chat bot), just started or after the bot's warm-up. */
function perQuestion(warm: boolean): { median: number; p99: number; max: number; questions: number; passes: number; warmUpMs: number } {
  const script = fileURLToPath(new URL('../dist/core-latency.js', import.meta.url));
  const out = execFileSync(process.execPath, [...CHAT_NODE_FLAGS, script, ...(warm ? ['--warm-up'] : [])], { encoding: 'utf8' });
  return JSON.parse(out) as ReturnType<typeof perQuestion>;
}

function coreBench(): string[] {
  const t0 = performance.now();
  createCore();
  const build = performance.now() - t0;
  const cold = perQuestion(false);
  const warm = perQuestion(true);
  return [
    `core: index build ${ms(build)}`,
    `core: per question over ${cold.questions} questions × ${cold.passes}, just started (one pass first): median ${ms(cold.median)}, p99 ${ms(cold.p99)}, max ${ms(cold.max)}`,
    `core: the same after the bot's warm-up (${CONFIG_DEFAULTS.coreWarmUp} made-up questions in the background, ${ms(warm.warmUpMs)}): median ${ms(warm.median)}, p99 ${ms(warm.p99)}, max ${ms(warm.max)} (target p99 ≤ 2 ms)`,
  ];
}

// The console runs from the esbuild bundle (`npm start` builds dist/ first) and its startup snapshot; so does
// this measurement, with the same Node flags. `npm run bench` builds dist/first-answer.js.
function firstAnswer(): string[] {
  const script = fileURLToPath(new URL('../dist/first-answer.js', import.meta.url));
  const runs = [0, 1, 2, 3, 4].map(
    () => JSON.parse(execFileSync(process.execPath, [...START_NODE_FLAGS, script], { encoding: 'utf8' })) as { ms: number; maxRssKb: number },
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

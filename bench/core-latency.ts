// Run as its own process by bench.ts (bundled, with npm start's Node flags), so that
// what V8 has compiled is this process's own: the time per question of a core that
// has just started (one pass over the shipped questions first, for the lazy tables),
// or, with --warm-up, of one that has first answered the made-up questions a chat
// bot answers after start (CORE_WARM_UP, src/core/warm-up.ts).
import { CONFIG_DEFAULTS } from '../adapters/config.js';
import { warmUp } from '../src/core/warm-up.js';
import { createCore } from '../src/create-core.js';
import { loadEvalSet } from './eval-set.js';
import { summary } from './stats.js';

const PASSES = 20;
const core = createCore();
let warmUpMs = 0;
if (process.argv.includes('--warm-up')) {
  const started = performance.now();
  await warmUp(core, core.warmUpQuestions(), CONFIG_DEFAULTS.coreWarmUp);
  warmUpMs = performance.now() - started;
}
const questions = loadEvalSet().map((q) => q.question);
for (const q of questions) core.ask(q);
const samples: number[] = [];
for (let pass = 0; pass < PASSES; pass++) {
  for (const q of questions) {
    const s = performance.now();
    core.ask(q);
    samples.push(performance.now() - s);
  }
}
process.stdout.write(`${JSON.stringify({ ...summary(samples), questions: questions.length, passes: PASSES, warmUpMs })}\n`);

// The core as a chat bot has it once started (adapters/main.ts): the English model
// loaded, and the made-up questions of its warm-up answered (CORE_WARM_UP,
// src/core/warm-up.ts). The bot does both in the background while it already
// answers; a benchmark of its answers does them first, so that it measures the
// bot after its first few seconds, not V8 compiling the search.
import { CONFIG_DEFAULTS } from '../adapters/config.js';
import { warmUp } from '../src/core/warm-up.js';
import { createCore } from '../src/create-core.js';

export async function startedBotCore(): Promise<ReturnType<typeof createCore>> {
  const core = createCore();
  core.prepareEnglish();
  await warmUp(core, core.warmUpQuestions(), CONFIG_DEFAULTS.coreWarmUp);
  return core;
}

// Run as its own process by lean.ts: the bot with both platforms' adapters loaded
// (and with them @slack/bolt and discord.js) and the core answering one question,
// against a process that only imports the two libraries. Not connected: neither
// side opens a socket, so the difference is what the bot adds to its libraries.
// Each argument that is not a flag is a question, answered in turn (an English one loads wink-nlp).
// With --warm-up, the core then does what `npm start` has a chat bot do after it starts
// (adapters/main.ts): load the English model and answer CORE_WARM_UP's made-up questions.
import { CONFIG_DEFAULTS } from '../adapters/config.js';
import { warmUp } from '../src/core/warm-up.js';

const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const questions = given.length > 0 ? given : ['上合对阿富汗问题怎么看？'];
const libraries = process.argv.includes('--libraries-only');
if (libraries) await Promise.all([import('@slack/bolt'), import('discord.js')]);
else {
  const [{ preparedCore }] = await Promise.all([
    import('../adapters/prepared-core/prepared-core.js'),
    import('../adapters/slack/index.js'),
    import('../adapters/discord/index.js'),
  ]);
  const core = preparedCore();
  for (const question of questions) core.ask(question);
  if (process.argv.includes('--warm-up')) {
    core.prepareEnglish();
    await warmUp(core, core.warmUpQuestions(), CONFIG_DEFAULTS.coreWarmUp);
  }
}
process.stdout.write(`${JSON.stringify({ ms: performance.now(), maxRssKb: process.resourceUsage().maxRSS })}\n`);

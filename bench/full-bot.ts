// Run as its own process by lean.ts: the bot with both platforms' adapters loaded
// (and with them @slack/bolt and discord.js) and the core answering one question,
// against a process that only imports the two libraries. Not connected: neither
// side opens a socket, so the difference is what the bot adds to its libraries.
// Each argument that is not a flag is a question, answered in turn (an English one loads wink-nlp).
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
}
process.stdout.write(`${JSON.stringify({ ms: performance.now(), maxRssKb: process.resourceUsage().maxRSS })}\n`);

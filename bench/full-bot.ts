// Run as its own process by lean.ts: the bot with both platforms' adapters loaded
// (and with them @slack/bolt and discord.js) and the core answering one question,
// against a process that only imports the two libraries. Not connected: neither
// side opens a socket, so the difference is what the bot adds to its libraries.
const question = process.argv[2] ?? '上合对阿富汗问题怎么看？';
const libraries = process.argv.includes('--libraries-only');
if (libraries) await Promise.all([import('@slack/bolt'), import('discord.js')]);
else {
  const [{ createCore }] = await Promise.all([import('../src/create-core.js'), import('../adapters/slack/index.js'), import('../adapters/discord/index.js')]);
  createCore().ask(question);
}
process.stdout.write(`${JSON.stringify({ ms: performance.now(), maxRssKb: process.resourceUsage().maxRSS })}\n`);

// Loaded with `node --import ./bench/at-exit.mjs dist/ask.js …` by lean.ts: when the
// process ends, the time since it started and its peak memory, as the last line of
// standard output (a pipe, written synchronously on Linux, so nothing is lost at exit).
process.on('exit', () => {
  process.stdout.write(`\n${JSON.stringify({ ms: performance.now(), maxRssKb: process.resourceUsage().maxRSS })}\n`);
});

// The Node flags each way of running dist/ takes. `npm start` chooses before the bot starts
// (dist/start-flags.js prints them for `node $(…) dist/main.js`), since a process cannot leave
// the startup snapshot it began with:
// - the console (no chat credentials) starts from the snapshot of a prepared core
//   (scripts/core-snapshot.ts): its first answer comes in about a third of a second;
// - a chat bot builds its core at start instead. The snapshot's file stays in memory for the
//   whole process (20 MB) beside the heap it holds, the English model included, which a bot
//   asked only in Chinese never loads: 152 MB against 115 MB for the bot with both platforms
//   (bench/lean.ts). The bot warms its core in the background after start (CORE_WARM_UP).
// Both keep V8's young generation at 8 MB a half (Node's default grows it to 16): a question
// leaves little that outlives it, so a scavenge is short, and a small young generation costs
// less memory and stays in the processor's cache (bench/bench.ts measures the time per question).
// And both size V8's pool of background threads to the machine (`--v8-pool-size=0`: the processors
// Node may use, less one, at least one) instead of Node's four: on a machine of two, four threads
// marking the heap and compiling beside the one answering took its processor from it, and one
// question in a hundred waited 3-5 ms instead of under 2 (issue 9's tail).

/** A startup snapshot loads only in a Node started with the flags it was built with (scripts/core-snapshot.ts). */
export const SNAPSHOT_NODE_FLAGS = ['--regexp-tier-up-ticks=1000', '--max-semi-space-size=8'] as const;

/**
 * V8's background threads: as many as the machine's processors less one (Node reads 0 so). A process-wide
 * option: a worker_threads Worker refuses it in its execArgv (Discord's shards are processes, not workers).
 */
export const POOL = '--v8-pool-size=0';

/** The console chat and `npm run ask`: from the snapshot. The path is the package's own, where npm runs its scripts. */
export const CONSOLE_NODE_FLAGS = ['--snapshot-blob', 'dist/core.blob', ...SNAPSHOT_NODE_FLAGS, POOL] as const;

/** A chat bot (Slack, Discord or both): no snapshot; the core is built at start. */
export const CHAT_NODE_FLAGS = ['--max-semi-space-size=8', POOL] as const;

/** The flags for dist/main.js, by whether the configuration names a chat platform. */
export function startFlags(chat: boolean): readonly string[] {
  return chat ? CHAT_NODE_FLAGS : CONSOLE_NODE_FLAGS;
}

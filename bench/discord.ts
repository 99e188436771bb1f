// Discord timing: INTERACTION_CREATE dispatched on the gateway → the
// interaction callback received on the REST API, both clocked by the Discord
// double; the real discord.js client, the real adapter and the real core.
// Target: p99 ≤ 100 ms over 200 interactions, 20 at a time, none lost.
//
// The double and the load run in a child process, as Discord runs elsewhere:
// in the same process their work would queue behind the bot's on one event
// loop and be counted as the bot's latency.

import { fork } from 'node:child_process';
import { startedBotCore } from './bot-core.js';
import { fileURLToPath } from 'node:url';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import { createLogger } from '../adapters/logger.js';
import { discordConfig, perMinute } from '../test/adapters/configs.js';
import { DiscordDouble, type InteractionRecord } from '../test/doubles/discord/double.js';
import { InteractionType, slashCommand } from '../test/doubles/discord/interactions.js';
import { loadEvalSet } from './eval-set.js';
import { childMessages } from './child-messages.js';
import { ms, summary } from './stats.js';

const INTERACTIONS = 200;
const CONCURRENCY = 20;
const WARM_UP = 40;
/** An interaction not answered by then counts as lost. */
const GIVE_UP_MS = 10_000;
const ROLE = 'DISCORD_BENCH_ROLE';

type FromLoad = { type: 'ready'; apiUrl: string; token: string } | { type: 'done'; latencies: (number | null)[]; refused: number };
type ToLoad = { type: 'go' } | { type: 'close' };

export async function benchDiscord(): Promise<string[]> {
  const child = fork(fileURLToPath(import.meta.url), { env: { ...process.env, [ROLE]: 'load' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = childMessages<FromLoad>(child, 'bench/discord');
  const send = (message: ToLoad): void => void child.send(message);
  try {
    const ready = await next();
    if (ready.type !== 'ready') throw new Error(`bench/discord: expected 'ready' from the load process, got '${ready.type}'`);
    const adapter = createDiscordAdapter({
      config: discordConfig({ DISCORD_TOKEN: ready.token, DISCORD_API_URL: ready.apiUrl }),
      core: await startedBotCore(),
      highlights: undefined,
      logger: createLogger('silent'),
      // Each interaction comes from its own user; the limit must not shape the timings.
      rateLimitPerMinute: perMinute(10_000),
    });
    let done: FromLoad;
    try {
      await adapter.start();
      send({ type: 'go' });
      done = await next();
    } finally {
      await adapter.stop();
    }
    if (done.type !== 'done') throw new Error(`bench/discord: expected 'done' from the load process, got '${done.type}'`);
    const answered = done.latencies.filter((l): l is number => l !== null);
    const s = summary(answered);
    return [
      `discord: ${INTERACTIONS} slash commands, ${CONCURRENCY} at a time, through the Discord double (gateway + REST) on loopback in another process (after ${WARM_UP} warm-up)`,
      `discord: interaction dispatched → callback received: median ${ms(s.median)}, p99 ${ms(s.p99)}, max ${ms(s.max)} (target p99 ≤ 100 ms)`,
      `discord: lost ${INTERACTIONS - answered.length} of ${INTERACTIONS} (target 0); answers refused for Discord's limits: ${done.refused}`,
    ];
  } finally {
    if (child.connected) send({ type: 'close' });
    await new Promise<void>((resolve) => (child.exitCode === null ? child.once('exit', () => resolve()) : resolve()));
  }
}

// ---- the load process: the Discord double and Discord's side of the load ----

async function runLoad(): Promise<void> {
  const discord = await DiscordDouble.start();
  const reply = (m: FromLoad): void => void process.send?.(m);
  process.on('message', (m: ToLoad) => {
    if (m.type === 'go') {
      void measureAll(discord).then((latencies) => {
        const refused = discord.requests.filter((r) => r.status === 400 && r.path.endsWith('/callback')).length;
        reply({ type: 'done', latencies: latencies.map((l) => l ?? null), refused });
      });
    } else {
      void discord.close().then(() => process.exit(0));
    }
  });
  reply({ type: 'ready', apiUrl: discord.apiUrl, token: discord.token });
}

async function measureAll(discord: DiscordDouble): Promise<(number | undefined)[]> {
  // The bot connects after 'ready' is sent; wait for its gateway session before dispatching.
  await discord.waitFor(() => discord.connected, 'the bot to connect', 60_000);
  const questions = loadEvalSet().map((q) => q.question);
  await drive(discord, questions, WARM_UP, 0);
  return drive(discord, questions, INTERACTIONS, WARM_UP);
}

/** Runs `count` interactions, `CONCURRENCY` in flight; the latency of each, undefined when lost. */
async function drive(discord: DiscordDouble, questions: readonly string[], count: number, first: number): Promise<(number | undefined)[]> {
  const latencies = new Array<number | undefined>(count).fill(undefined);
  const waiting = new Map<string, () => void>();
  const onCallback = (record: InteractionRecord): void => waiting.get(record.id)?.();
  discord.events.on('callback', onCallback);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      const n = first + index;
      const user = { id: String(100_000_000_000_000_000n + BigInt(n)), username: `bench${n}`, bot: false };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, GIVE_UP_MS);
        const record = discord.dispatchInteraction(
          InteractionType.Command,
          slashCommand('astana', 'ask', { question: questions[n % questions.length] ?? '§1' }),
          { user },
        );
        waiting.set(record.id, () => {
          clearTimeout(timer);
          waiting.delete(record.id);
          if (record.callback !== undefined) latencies[index] = Number(record.callback.receivedAt - record.dispatchedAt) / 1e6;
          resolve();
        });
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    discord.events.off('callback', onCallback);
  }
  return latencies;
}

if (process.env[ROLE] === 'load') await runLoad();
else if (import.meta.url === `file://${process.argv[1]}`) for (const line of await benchDiscord()) console.log(line);

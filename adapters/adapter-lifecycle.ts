// A chat adapter from start to stop, on any platform: started once; while it
// runs, the work it accepts is tracked; on stop it takes no new work, waits
// (bounded) for what it accepted, then disconnects, so a rolling restart loses
// no answer. A token the platform refuses while running stops it through the
// revocation latch (token-revoked.ts). The platform only says how to connect,
// how to stop taking work and how to disconnect.

import type { Logger } from 'pino';
import { InFlight } from './operations/in-flight.js';
import { revocationLatch, type OnTokenRevoked, type TokenRevoked } from './token-revoked.js';

/** After the disconnect, how long work still unfinished may take before it is reported. */
const AFTER_DISCONNECT_MS = 1000;

export interface LifecycleOptions {
  platform: TokenRevoked['platform'];
  log: Logger;
  /** How long accepted work may take to finish on stop (10 s by default). */
  shutdownGraceMs: number | undefined;
  onTokenRevoked: OnTokenRevoked | undefined;
  /** Connects to the platform; a refusal throws, naming the setting to fix. */
  connect: () => Promise<void>;
  /** Stops taking new work, before the accepted work is waited for. */
  closeIntake?: () => void;
  /** Disconnects, once the accepted work is done (or the grace is over). */
  disconnect: () => Promise<void>;
  /** Whether stopping a never-started adapter disconnects too: a client made at construction may hold timers of its own. */
  disconnectUnstarted?: boolean;
  /** Whether a refused token is acted on now; while running, by default. */
  revocable?: () => boolean;
}

export interface Lifecycle {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Started and not stopping. */
  running(): boolean;
  /** True from the moment stop() begins. */
  draining(): boolean;
  /** Remembers accepted work until it settles, so stop() waits for it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** The platform refused the token in `variable`: logged once, the adapter stopped, the supervisor told. */
  tokenRevoked(variable: TokenRevoked['variable'], reason: string): void;
}

export function adapterLifecycle(options: LifecycleOptions): Lifecycle {
  const { platform, log } = options;
  const inFlight = new InFlight();
  let started = false;
  let draining = false;

  async function stop(): Promise<void> {
    const wasRunning = started;
    started = false;
    draining = true;
    options.closeIntake?.();
    if (!wasRunning) {
      if (options.disconnectUnstarted === true) await options.disconnect();
      return;
    }
    // Accepted work finishes while the connection is still open to answer it.
    const finished = await inFlight.drained(options.shutdownGraceMs ?? 10_000);
    await options.disconnect();
    if (!finished || !(await inFlight.drained(AFTER_DISCONNECT_MS))) {
      log.warn({ unfinished: inFlight.size }, `${platform}: stopped before all accepted work finished`);
    }
    log.info(`${platform}: stopped`);
  }

  const revoked = revocationLatch({ platform, log, running: options.revocable ?? (() => started), stop, onTokenRevoked: options.onTokenRevoked });

  return {
    async start() {
      if (started) throw new Error(`${platform} adapter: start() called twice`);
      draining = false;
      await options.connect();
      started = true;
    },
    stop,
    running: () => started,
    draining: () => draining,
    track: (work) => inFlight.track(work),
    tokenRevoked: revoked,
  };
}

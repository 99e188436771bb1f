// A highlights instance on a real SQLite file in a temporary folder, with the
// real core, a clock the test moves and recording posters. `restart()` closes
// the instance and opens a new one on the same file, as a restarted bot would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import { createLogger } from '../../../adapters/logger.js';
import type { Core } from '../../../src/core.js';
import { createCore } from '../../../src/create-core.js';
import { createHighlights, type Highlights } from '../../../src/highlights/create.js';
import type { ChannelKey } from '../../../src/highlights/ports.js';
import { FakeClock } from './fake-clock.js';
import { RecordingPoster } from './recording-poster.js';

let sharedCore: Core | undefined;
export function core(): Core {
  sharedCore ??= createCore();
  return sharedCore;
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export class Harness {
  readonly dir = mkdtempSync(join(tmpdir(), 'highlights-test-'));
  readonly db = join(this.dir, 'data', 'bot.sqlite');
  readonly clock: FakeClock;
  readonly slack: RecordingPoster;
  readonly discord: RecordingPoster;
  readonly logs: LogLine[] = [];
  private instance: Highlights | undefined;
  private readonly abandoned: Highlights[] = [];

  constructor(
    start: string,
    private readonly options: { maxSleepMs?: number; defaultTimeZone?: string } = {},
  ) {
    this.clock = new FakeClock(start);
    this.slack = new RecordingPoster('slack', this.clock);
    this.discord = new RecordingPoster('discord', this.clock);
  }

  get hl(): Highlights {
    this.instance ??= this.open();
    return this.instance;
  }

  open(): Highlights {
    const sink: DestinationStream = {
      write: (line: string) => {
        this.logs.push(JSON.parse(line) as LogLine);
      },
    };
    return createHighlights({
      db: this.db,
      core: core(),
      clock: this.clock,
      logger: createLogger('info', sink),
      posters: [this.slack, this.discord],
      defaults: { time: '09:00', timeZone: this.options.defaultTimeZone ?? 'UTC' },
      retry: { baseMs: 60_000, maxMs: 3_600_000 },
      maxSleepMs: this.options.maxSleepMs ?? 6 * 3_600_000,
    });
  }

  /** Stops the bot cleanly and starts a new one on the same database file. */
  async restart(): Promise<Highlights> {
    await this.instance?.close();
    this.instance = this.open();
    return this.instance;
  }

  /** The process dies where it stands: its database handle is gone, nothing more is written. */
  crash(): void {
    if (this.instance === undefined) return;
    this.instance.store.close();
    // Its timer dies with it; the round in progress runs on against a closed database.
    void this.instance.scheduler.stop();
    this.abandoned.push(this.instance);
    this.instance = undefined;
  }

  async cleanup(): Promise<void> {
    await this.instance?.close();
    for (const a of this.abandoned) await a.scheduler.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const slackChannel = (channelId: string): ChannelKey => ({ platform: 'slack', channelId });
export const discordChannel = (channelId: string): ChannelKey => ({ platform: 'discord', channelId });

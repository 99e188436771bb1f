// The console chat and the command line use neither Slack nor Discord, so
// they do not load @slack/bolt or discord.js (about 100 MB and 0.7 s).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const spy = fileURLToPath(new URL('./loaded-packages.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'astana-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs node with tsx and the spy; returns the platform libraries the process loaded. */
function loadedBy(args: string[], input = ''): string[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', spy, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    // No chat credentials (and no .env is read for them: DATABASE_PATH points into a temporary folder).
    env: { PATH: process.env.PATH, HOME: dir, DATABASE_PATH: join(dir, 'bot.sqlite') },
    timeout: 60_000,
  });
  const line = /platform libraries loaded: (\[.*\])/.exec(run.stderr)?.[1];
  if (line === undefined) throw new Error(`lazy-loading test: no report from the child (status ${String(run.status)}): ${run.stderr.slice(-500)}`);
  return JSON.parse(line) as string[];
}

describe('platform libraries', () => {
  it('are seen by the spy when a process does load them', () => {
    expect(loadedBy(['--input-type=module', '-e', "await import('@slack/bolt'); await import('discord.js');"])).toEqual(['@slack/bolt', 'discord.js']);
  });

  it('are not loaded by the console chat', () => {
    expect(loadedBy([join(root, 'adapters/main.ts')], 'quit\n')).toEqual([]);
  });

  it('are not loaded by the command line', () => {
    expect(loadedBy([join(root, 'adapters/console/ask.ts'), '--json', '§1'])).toEqual([]);
  });
});

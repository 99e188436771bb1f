// The shipped manifest asks for exactly what the adapter uses.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS } from '../../../adapters/config.js';
import { SCOPES } from '../../../adapters/slack/workspaces.js';

const manifest = readFileSync(new URL('../../../slack-app-manifest.yaml', import.meta.url), 'utf8');

/** The `- item` lines right under `key:` (comments skipped). */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  if (start < 0) throw new Error(`manifest test: no '${key}:' in the manifest`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const t = line.trim();
    if (t.startsWith('#')) continue;
    if (!t.startsWith('- ')) break;
    items.push(t.slice(2).trim());
  }
  return items;
}

describe('Slack app manifest', () => {
  it('registers the default slash command', () => {
    expect(manifest).toMatch(new RegExp(`^\\s+- command: ${CONFIG_DEFAULTS.slackCommand}$`, 'm'));
  });

  it('asks for exactly the bot scopes the adapter uses', () => {
    const expected = ['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:write', 'groups:history', 'im:history', 'users:read'];
    // The install flow (SLACK_CLIENT_ID) asks for the same scopes as the manifest.
    expect([listUnder('bot').sort(), [...SCOPES].sort()]).toEqual([expected, expected]);
  });

  it('subscribes to mentions and direct messages only', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_mention', 'message.im']);
  });

  it('enables Socket Mode and interactivity', () => {
    expect([/^\s+socket_mode_enabled: true$/m.test(manifest), /^\s+interactivity:\n\s+is_enabled: true$/m.test(manifest)]).toEqual([true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../adapters/commands/definitions.js';
import { type CommandCall, runCommand, suggestsFor } from '../../../adapters/commands/run.js';
import { createCore } from '../../../src/create-core.js';
import type { ChannelKey, HighlightService } from '../../../src/highlights/ports.js';
import type { Answer } from '../../../src/model.js';

const core = createCore();
const channel: ChannelKey = { platform: 'discord', channelId: '200' };

function call(command: string, sub: string, options: Record<string, string> = {}, overrides: Partial<CommandCall> = {}): CommandCall {
  return { command, sub, option: (name) => options[name], reader: 'en', channel, server: '100', holds: () => true, ...overrides };
}

/** A highlight service that records which operation was asked for. */
function recordingHighlights(calls: string[]): HighlightService {
  const answer = (what: string): Promise<Answer> => {
    calls.push(what);
    return Promise.resolve({ kind: 'error', code: 'internal', language: 'en', message: what });
  };
  return {
    subscribe: (_on, options) => answer(`subscribe ${options.time ?? ''} ${options.timeZone ?? ''}`.trim()),
    unsubscribe: () => answer('unsubscribe'),
    status: () => answer('status'),
    setTime: (_on, time) => answer(`time ${time}`),
    setTimeZone: (_on, zone) => answer(`timezone ${zone}`),
    preview: () => answer('preview'),
  };
}

describe('the command definitions', () => {
  it('name and describe every command, sub-command and option in English and Chinese', () => {
    const words = COMMANDS.flatMap((c) => [c.words, ...c.subcommands.flatMap((s) => [s.words, ...(s.options ?? []).map((o) => o.words)])]);
    expect(words.every((w) => w.every((text) => text.trim() !== ''))).toBe(true);
  });
});

describe('running a command', () => {
  const services = { core, highlights: undefined, digests: undefined, insights: undefined };

  it('reads /astana paragraph numbers into a typed request, and words into a question', async () => {
    expect(await runCommand(call('astana', 'paragraph', { number: '42' }), services)).toMatchObject({ kind: 'paragraphs' });
    expect(await runCommand(call('astana', 'topics'), services)).toMatchObject({ kind: 'topics' });
  });

  it('runs a guarded sub-command only for whoever holds the permission, in a server', async () => {
    const calls: string[] = [];
    const highlights = recordingHighlights(calls);
    const withHighlights = { ...services, highlights };
    expect(await runCommand(call('astana-highlights', 'subscribe', {}, { holds: () => false }), withHighlights)).toMatchObject({ code: 'forbidden' });
    expect(await runCommand(call('astana-highlights', 'time', { time: '08:30' }, { server: undefined }), withHighlights)).toMatchObject({ code: 'forbidden' });
    await runCommand(call('astana-highlights', 'status', {}, { holds: () => false }), withHighlights);
    await runCommand(call('astana-highlights', 'subscribe', { time: '07:15', timezone: 'UTC' }), withHighlights);
    expect(calls).toEqual(['status', 'subscribe 07:15 UTC']);
  });

  it('says a service that is off is off, and refuses the digest outside a server', async () => {
    expect(await runCommand(call('astana-highlights', 'status'), services)).toMatchObject({ code: 'highlightsDisabled' });
    expect(await runCommand(call('astana-insights', 'status'), services)).toMatchObject({ code: 'highlightsDisabled' });
  });

  it('throws for a command or sub-command it does not have', () => {
    expect(() => runCommand(call('astana-nothing', 'ask'), services)).toThrow(/no command named/);
    expect(() => runCommand(call('astana', 'nothing'), services)).toThrow(/unknown sub-command/);
  });

  it('offers suggestions only where the definition says so', () => {
    expect([suggestsFor('astana', 'paragraph', 'number'), suggestsFor('astana', 'ask', 'question')]).toEqual([true, false]);
  });
});

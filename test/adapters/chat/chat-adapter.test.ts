// A chat adapter assembled from its lifecycle and its schedulers' posters:
// started, stopped and ready by the lifecycle, posting by the posters, and
// what the platform adds kept, its readiness included.

import { describe, expect, it } from 'vitest';
import { adapterLifecycle } from '../../../adapters/adapter-lifecycle.js';
import { chatAdapter } from '../../../adapters/chat/chat-adapter.js';
import { createLogger } from '../../../adapters/logger.js';
import type { HighlightPoster } from '../../../src/highlights/ports.js';
import type { DigestPoster } from '../../../src/insights/create-digests.js';

function parts() {
  const calls: string[] = [];
  const lifecycle = adapterLifecycle({
    platform: 'slack',
    log: createLogger('silent'),
    shutdownGraceMs: 100,
    onTokenRevoked: undefined,
    connect: async () => void calls.push('connect'),
    disconnect: async () => void calls.push('disconnect'),
  });
  const poster = (name: string) => ({
    platform: 'slack' as const,
    post: async (channelId: string) => void calls.push(`${name} post ${channelId}`),
    findPosted: async () => true,
  });
  const posters = { highlights: poster('highlights') as HighlightPoster, digests: poster('digests') as unknown as DigestPoster };
  return { calls, lifecycle, posters };
}

describe('a chat adapter', () => {
  it('starts, stops and is ready by its lifecycle, and posts by its posters', async () => {
    const { calls, lifecycle, posters } = parts();
    const adapter = chatAdapter('slack', lifecycle, posters, { mode: 'socket' });
    expect([adapter.name, adapter.platform, adapter.mode, adapter.ready?.()]).toEqual(['slack', 'slack', 'socket', false]);
    await adapter.start();
    expect(adapter.ready?.()).toBe(true);
    await adapter.post('C1', {} as Parameters<HighlightPoster['post']>[1], 'k');
    await adapter.digestPoster.post('C2', {} as Parameters<DigestPoster['post']>[1], 'k');
    await adapter.stop();
    expect(calls).toEqual(['connect', 'highlights post C1', 'digests post C2', 'disconnect']);
  });

  it('is ready as the platform says, when it says more than the lifecycle knows', async () => {
    const { lifecycle, posters } = parts();
    let connected = false;
    const adapter = chatAdapter('discord', lifecycle, posters, { ready: () => lifecycle.running() && connected });
    await adapter.start();
    expect(adapter.ready()).toBe(false);
    connected = true;
    expect(adapter.ready()).toBe(true);
  });
});

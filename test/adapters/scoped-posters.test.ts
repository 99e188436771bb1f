// Posters over keys that name a scope as well as a channel ('<scope>/<channel>'):
// the platform's poster is given the channel alone, picked by scope when each
// scope posts with its own token, and a scope with no poster is gone.

import { describe, expect, it } from 'vitest';
import { channelPartPoster, scopedPoster } from '../../adapters/scoped-posters.js';
import { ChannelGoneError } from '../../src/highlights/ports.js';
import type { Poster } from '../../src/highlights/schedule.js';

function recording(name: string, calls: string[]): Poster<string> {
  return {
    platform: 'slack',
    post: async (channelId, content, key) => void calls.push(`${name} post ${channelId} ${content} ${key}`),
    findPosted: async (channelId, key) => {
      calls.push(`${name} find ${channelId} ${key}`);
      return true;
    },
  };
}

describe('scoped posters', () => {
  it('hand the platform poster the channel part of each key', async () => {
    const calls: string[] = [];
    const poster = channelPartPoster(recording('one', calls));
    await poster.post('T1/C1', 'digest', 'k1');
    expect(await poster.findPosted('T1/C1', 'k1')).toBe(true);
    await poster.post('C2', 'highlight', 'k2');
    expect(calls).toEqual(['one post C1 digest k1', 'one find C1 k1', 'one post C2 highlight k2']);
  });

  it("post with the scope's own poster, and call a channel of a scope without one gone", async () => {
    const calls: string[] = [];
    const posters: Record<string, Poster<string>> = { T1: recording('T1', calls) };
    const poster = scopedPoster('slack', async (scope) => posters[scope], 'not installed');
    await poster.post('T1/C1', 'highlight', 'k');
    expect(calls).toEqual(['T1 post C1 highlight k']);
    await expect(poster.findPosted('T9/C1', 'k')).rejects.toBeInstanceOf(ChannelGoneError);
  });
});

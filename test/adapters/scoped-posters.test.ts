// Posters over keys that name a scope as well as a channel ('<scope>/<channel>'):
// the platform's poster is given the channel alone, picked by scope when each
// scope posts with its own token, and a scope with no poster is gone.

import { describe, expect, it } from 'vitest';
import { channelPartPoster, schedulerPosters, scopedPoster } from '../../adapters/scoped-posters.js';
import { ChannelGoneError, type HighlightPoster } from '../../src/highlights/ports.js';
import type { DigestPoster } from '../../src/insights/create-digests.js';
import type { Poster } from '../../src/highlights/schedule.js';

// The recording posters take any content; the schedulers' posters are typed by theirs.
const highlight = 'highlight' as unknown as Parameters<HighlightPoster['post']>[1];
const digest = 'digest' as unknown as Parameters<DigestPoster['post']>[1];

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

describe("the schedulers' posters", () => {
  const factories = (calls: string[]) => ({
    highlights: (client: string) => ({ ...recording(`${client} highlights`, calls) }) as unknown as HighlightPoster,
    digests: (client: string) => ({ ...recording(`${client} digests`, calls) }) as unknown as DigestPoster,
  });

  it("over the bot's one client: highlights by their channel, digests by their key's channel part", async () => {
    const calls: string[] = [];
    const posters = schedulerPosters('discord', factories(calls), { one: 'bot' });
    await posters.highlights.post('C1', highlight, 'k1');
    await posters.digests.post('G1/C2', digest, 'k2');
    expect(calls).toEqual([`bot highlights post C1 highlight k1`, `bot digests post C2 digest k2`]);
  });

  it("over each scope's client, a scope with none gone", async () => {
    const calls: string[] = [];
    const clients: Record<string, string> = { T1: 'T1-token' };
    const posters = schedulerPosters('slack', factories(calls), { ofScope: async (scope) => clients[scope], goneReason: 'not installed' });
    await posters.highlights.post('T1/C1', highlight, 'k1');
    expect(await posters.digests.findPosted('T1/C2', 'k2')).toBe(true);
    expect(calls).toEqual([`T1-token highlights post C1 highlight k1`, 'T1-token digests find C2 k2']);
    await expect(posters.highlights.post('T9/C1', highlight, 'k')).rejects.toBeInstanceOf(ChannelGoneError);
  });
});

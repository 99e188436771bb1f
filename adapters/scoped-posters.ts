// A scheduler's channel key may name more than the channel: a digest's is
// '<workspace or server>/<channel>' (src/insights/digest-schedule.ts), and
// with a Slack app installed in many workspaces every key is 'T…/C…', so the
// scheduler on any instance knows whose token to post with. These posters read
// the key's scope, and hand the platform's poster the channel alone.

import { ChannelGoneError, type HighlightPoster, type Platform } from '../src/highlights/ports.js';
import type { Poster } from '../src/highlights/schedule.js';
import type { DigestPoster } from '../src/insights/create-digests.js';
import { splitDigestChannel } from '../src/insights/digest-schedule.js';

/**
 * Each key to the poster of its scope (a Slack workspace's installation) with
 * the channel part; a scope with no poster is gone, and its subscription pauses.
 */
export function scopedPoster<C>(platform: Platform, posterOf: (scope: string) => Promise<Poster<C> | undefined>, goneReason: string): Poster<C> {
  async function resolve(key: string): Promise<{ poster: Poster<C>; channelId: string }> {
    const { scope, channelId } = splitDigestChannel(key);
    const poster = await posterOf(scope);
    if (poster === undefined) throw new ChannelGoneError(key, goneReason);
    return { poster, channelId };
  }
  return {
    platform,
    async post(key, content, postKey) {
      const { poster, channelId } = await resolve(key);
      await poster.post(channelId, content, postKey);
    },
    async findPosted(key, postKey, since) {
      const { poster, channelId } = await resolve(key);
      return poster.findPosted(channelId, postKey, since);
    },
  };
}

/** Each key's channel part to `poster`: its scope part names no other token (one Slack workspace, one Discord bot). */
export function channelPartPoster<C>(poster: Poster<C>): Poster<C> {
  return scopedPoster(poster.platform, async () => poster, 'no poster');
}

/** A platform's two schedulers' posters, each made over one client of the platform's. */
export interface PosterFactories<Client> {
  highlights: (client: Client) => HighlightPoster;
  digests: (client: Client) => DigestPoster;
}

export interface SchedulerPosters {
  highlights: HighlightPoster;
  digests: DigestPoster;
}

/**
 * The schedulers' posters over the bot's one client, or, given `clientOf`, over
 * each key's scope's client (a Slack app installed in many workspaces; a scope
 * with no client is gone). With one client a digest's key names no other: its
 * poster is handed the channel part.
 */
export function schedulerPosters<Client>(
  platform: Platform,
  factories: PosterFactories<Client>,
  clients: { one: Client } | { ofScope: (scope: string) => Promise<Client | undefined>; goneReason: string },
): SchedulerPosters {
  if ('one' in clients) return { highlights: factories.highlights(clients.one), digests: channelPartPoster(factories.digests(clients.one)) };
  const over = <C>(posterFor: (client: Client) => Poster<C>): Poster<C> =>
    scopedPoster(
      platform,
      async (scope) => {
        const client = await clients.ofScope(scope);
        return client === undefined ? undefined : posterFor(client);
      },
      clients.goneReason,
    );
  return { highlights: over(factories.highlights), digests: over(factories.digests) };
}

// A chat adapter as the supervisor and the schedulers see it, assembled alike
// on every platform: its lifecycle (adapters/adapter-lifecycle.ts) starts and
// stops it and says whether it is ready, and its schedulers' posters deliver
// the highlights and the digest. The platform adds only what is its own.

import type { ChatAdapter } from '../../src/core.js';
import type { HighlightPoster } from '../../src/highlights/ports.js';
import type { DigestPoster } from '../../src/insights/create-digests.js';
import type { Lifecycle } from '../adapter-lifecycle.js';
import type { SchedulerPosters } from '../scoped-posters.js';

export type PostingAdapter = ChatAdapter & HighlightPoster & { readonly digestPoster: DigestPoster };

/** The adapter named `name`; `own` adds the platform's own fields, and may say more of readiness than the lifecycle knows. */
export function chatAdapter<Own extends object>(name: string, lifecycle: Lifecycle, posters: SchedulerPosters, own: Own): PostingAdapter & Own {
  return {
    name,
    ...posters.highlights, // platform, post and findPosted: the highlight poster's
    digestPoster: posters.digests,
    start: lifecycle.start,
    stop: lifecycle.stop,
    ready: lifecycle.running,
    ...own,
  };
}

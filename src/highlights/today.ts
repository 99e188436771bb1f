// Today's highlight without a database, for `npm run ask -- highlight`: the
// console's own rotation, one commitment per local day counted from the day
// the declaration was signed. The same date always gives the same commitment.

import type { Core } from '../core.js';
import { DEFAULT_INDEX_DIR } from '../create-core.js';
import type { AnswerOf, Language } from '../model.js';
import { loadCatalog, type Catalog } from './catalog.js';
import { channelSeed } from './plan.js';
import { orderCycle } from './rotation.js';
import { canonicalTimeZone, localDate } from './time.js';

export const CONSOLE_CHANNEL = { platform: 'console', channelId: 'console' } as const;
const EPOCH = Date.UTC(2024, 6, 4);
const DAY_MS = 86_400_000;

export interface TodayOptions {
  now?: Date;
  /** IANA name; UTC by default. */
  timeZone?: string;
  language?: Language;
  indexDir?: string;
  /** Reuse a loaded catalog instead of reading the kinds data again. */
  catalog?: Catalog;
}

export function todayHighlight(core: Core, options: TodayOptions = {}): AnswerOf<'highlight'> {
  const timeZone = canonicalTimeZone(options.timeZone ?? 'UTC');
  if (timeZone === undefined) throw new Error(`highlights: '${options.timeZone ?? ''}' is not an IANA time zone`);
  const catalog = options.catalog ?? loadCatalog(core, options.indexDir ?? DEFAULT_INDEX_DIR);
  const items = catalog.commitments.map((c) => ({ id: c.id, topic: c.topic?.id }));
  if (items.length === 0) throw new Error('highlights: the kinds data marks no paragraph as a commitment');

  const date = localDate(options.now ?? new Date(), timeZone);
  const [y, m, d] = date.split('-').map(Number);
  const day = Math.max(0, Math.round((Date.UTC(y ?? 2024, (m ?? 7) - 1, d ?? 4) - EPOCH) / DAY_MS));
  const cycle = Math.floor(day / items.length);
  const seed = channelSeed(CONSOLE_CHANNEL);
  let order: string[] = [];
  let previousTopic: string | undefined;
  for (let c = 0; c <= cycle; c++) {
    order = orderCycle(items, seed, c, previousTopic);
    previousTopic = catalog.get(order.at(-1) ?? '')?.topic?.id;
  }
  const index = day % items.length;
  const commitment = catalog.get(order[index] ?? '') ?? (catalog.commitments[0] as (typeof catalog.commitments)[number]);
  return {
    kind: 'highlight',
    language: options.language ?? 'en',
    highlight: {
      document: commitment.document,
      paragraph: commitment.paragraph,
      topic: commitment.topic,
      quote: commitment.quote,
      english: commitment.english,
      position: index + 1,
      cycleLength: order.length,
      date,
    },
  };
}

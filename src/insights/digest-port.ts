// What the weekly digest's delivery needs from the insights report: the
// digest for one workspace or server over one period, as a card in the
// channel's language and a chart image. Kept apart so the scheduling and the
// report can change independently.

import type { Card } from '../present/card.js';
import type { Reader } from '../present/catalogue.js';
import type { InsightQuery } from '../store/store.js';

export interface ChartImage {
  /** 'questions-per-topic.png'. */
  filename: string;
  /** A PNG. */
  png: Uint8Array;
  /** One line describing the chart, for screen readers and notifications. */
  alt: string;
}

export interface DigestContent {
  card: Card;
  chart: ChartImage;
}

/**
 * The digest of `query` (its period, platform and scope), labelled in
 * `reader`'s language, with weeks counted in `timeZone`.
 */
export type MakeDigest = (query: InsightQuery, reader: Reader, timeZone: string) => Promise<DigestContent>;

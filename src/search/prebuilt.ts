import { createHash } from 'node:crypto';
import type MiniSearch from 'minisearch';
import type { LoadedDocument } from '../documents/types.js';
import { isRecord } from '../documents/guards.js';
import { taughtWords, type ChineseAnalysis } from './analyzer.js';

// The search index, built ahead of time by `npm run search-index` into
// index/search-index.json: analysing the declaration at every start costs more
// than reading the result. It is used only when it was built from the same
// paragraphs, analysis and words taught to jieba (its fingerprint); otherwise the
// engine builds its own, as for another index folder. A test fails when it is stale.

type MiniSearchJson = ReturnType<MiniSearch['toJSON']>;

export interface PrebuiltSearch {
  note: string;
  fingerprint: string;
  /** The documents' normalised Chinese text, to tell a name they never use. */
  corpusText: string;
  /** In how many paragraphs each term occurs. */
  documentFrequency: [string, number][];
  /** The data's short strings as normalised when this was built (src/text/normalize.ts: seedNormalized). */
  normalized: [string, string][];
  /** The data's short strings that normalising leaves as they are. */
  alreadyNormal: string[];
  mini: MiniSearchJson;
}

/** What the index depends on besides the code: the paragraphs, the analysis, and the words taught to jieba. */
export function searchFingerprint(documents: readonly LoadedDocument[], analysis: ChineseAnalysis): string {
  const paragraphs = documents.map((d) => [d.info.id, d.paragraphs.map((p) => [p.text, p.english ?? ''])]);
  const words = [...new Set(taughtWords())].sort();
  return createHash('sha256').update(JSON.stringify({ analysis, paragraphs, words })).digest('hex');
}

const isPair = (p: unknown): p is [string, string] => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string';

/** The normalised strings a prebuilt index file carries, whatever its fingerprint: they depend on neither. */
export function prebuiltNormalized(data: unknown): { pairs: [string, string][]; unchanged: string[] } {
  const pairs = isRecord(data) ? data['normalized'] : undefined;
  const unchanged = isRecord(data) ? data['alreadyNormal'] : undefined;
  return {
    pairs: Array.isArray(pairs) && pairs.every(isPair) ? pairs : [],
    unchanged: Array.isArray(unchanged) && unchanged.every((u) => typeof u === 'string') ? unchanged : [],
  };
}

/** The prebuilt index when it fits these documents and this analysis; undefined to build one. */
export function usablePrebuilt(data: unknown, fingerprint: string): PrebuiltSearch | undefined {
  if (!isRecord(data) || data['fingerprint'] !== fingerprint) return undefined;
  const { corpusText, documentFrequency, mini } = data;
  if (typeof corpusText !== 'string' || !Array.isArray(documentFrequency) || !isRecord(mini)) return undefined;
  // Built by our own script and checked against a fresh build by a test: the shapes inside are MiniSearch's own.
  return data as unknown as PrebuiltSearch;
}

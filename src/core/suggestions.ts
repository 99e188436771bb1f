import type { Focus } from '../focus/focus.js';
import type { Kinship } from '../focus/kinship.js';
import type { TopicSummary } from '../model.js';
import type { Hit } from '../search/engine.js';
import { normalize } from '../text/normalize.js';
import type { TopicIndex } from './topics.js';

/**
 * Topics near a question the declaration does not answer: by its words, by the paragraphs it nearly matched,
 * by the absent names' kind and region, by the rarer characters of what the refusal names (`unknown`); the
 * largest topics last.
 */
export function suggestTopics(
  index: TopicIndex,
  kin: Kinship,
  { question, hits, focus, unknown }: { question: string; hits: readonly Hit[]; focus: Focus; unknown: readonly string[] },
): TopicSummary[] {
  const all = index.summaries;
  const q = normalize(question);
  const byKeyword = index.keywords.filter((t) => t.keywords.some((k) => q.includes(k))).map((t) => t.id);
  const byHits = hits.slice(0, 5).map((h) => h.paragraph.topicId);
  const near = focus.entities.filter((e) => !e.present).flatMap((e) => kin.near(e.id));
  const byKin = near.map((n) => index.document.paragraphs[n - 1]?.topicId);
  const ids = [...new Set([...byKeyword, ...byHits, ...byKin, ...byCharacters(index, normalize(unknown.join(' ')))])].filter((id) => id !== undefined);
  const picked = ids.map((id) => all.find((t) => t.id === id)).filter((t): t is TopicSummary => t !== undefined);
  const fallback = [...all].sort((a, b) => b.paragraphs.length - a.paragraphs.length);
  return [...new Set([...picked, ...fallback])].slice(0, 3);
}

/** A character in the keywords of this many topics or fewer says something of which topic a word is near. */
const RARE_CHARACTER_TOPICS = 2;

/**
 * Topics whose keywords share a rare character with what the refusal names as never mentioned (not the
 * question's frame: 有没有), most first: a Chinese word the declaration never uses is often built from one
 * it does (洪灾 from 灾, as 紧急救灾 and 灾害 are).
 */
function byCharacters(index: TopicIndex, unknown: string): string[] {
  const score = new Map<string, number>();
  for (const ch of new Set(unknown)) {
    const topics = index.characters.get(ch) ?? [];
    if (topics.length === 0 || topics.length > RARE_CHARACTER_TOPICS) continue;
    for (const id of topics) score.set(id, (score.get(id) ?? 0) + 1 / topics.length);
  }
  return [...score].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

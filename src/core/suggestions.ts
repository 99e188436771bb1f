import type { Focus } from '../focus/focus.js';
import type { Kinship } from '../focus/kinship.js';
import type { TopicSummary } from '../model.js';
import type { Hit } from '../search/engine.js';
import { normalize } from '../text/normalize.js';
import type { TopicIndex } from './topics.js';

/** Topics near a question the declaration does not answer: by its words, by the paragraphs it nearly matched, by the absent names' kind and region. */
export function suggestTopics(index: TopicIndex, kin: Kinship, question: string, hits: readonly Hit[], focus: Focus): TopicSummary[] {
  const all = index.summaries;
  const q = normalize(question);
  const byKeyword = index.keywords.filter((t) => t.keywords.some((k) => q.includes(k))).map((t) => t.id);
  const byHits = hits.slice(0, 5).map((h) => h.paragraph.topicId);
  const near = focus.entities.filter((e) => !e.present).flatMap((e) => kin.near(e.id));
  const byKin = near.map((n) => index.document.paragraphs[n - 1]?.topicId);
  const ids = [...new Set([...byKeyword, ...byHits, ...byKin])].filter((id) => id !== undefined);
  const picked = ids.map((id) => all.find((t) => t.id === id)).filter((t): t is TopicSummary => t !== undefined);
  const fallback = [...all].sort((a, b) => b.paragraphs.length - a.paragraphs.length);
  return [...new Set([...picked, ...fallback])].slice(0, 3);
}

import { unknownTopicText } from '../core-messages.js';
import type { LoadedDocument, Paragraph } from '../documents/types.js';
import type { Answer, Language, TopicInfo, TopicSummary } from '../model.js';
import { splitSentences } from '../quote.js';
import { isHan, normalize } from '../text/normalize.js';
import { errorAnswer } from './error-answer.js';

/** A document's topics, summarised and with normalised keywords: fixed for the life of a core, built once. */
export interface TopicIndex {
  document: LoadedDocument;
  summaries: TopicSummary[];
  keywords: { id: string; keywords: string[] }[];
  /** Each Chinese character of the topics' keywords, and the topics whose keywords have it. */
  characters: Map<string, string[]>;
}

/** Each Han character of the keywords, with the topics that use it: how a word the declaration never uses may still point to one. */
function keywordCharacters(keywords: TopicIndex['keywords']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { id, keywords: words } of keywords) {
    for (const ch of new Set(words.join(''))) {
      if (!isHan(ch)) continue;
      const topics = out.get(ch) ?? [];
      topics.push(id);
      out.set(ch, topics);
    }
  }
  return out;
}

export function indexTopics(document: LoadedDocument): TopicIndex {
  const summaries = document.topics.map((t) => ({
    id: t.id,
    en: t.en,
    zh: t.zh,
    paragraphs: document.paragraphs.filter((p) => p.topicId === t.id).map((p) => p.number),
  }));
  const keywords = document.topics.map((t) => ({ id: t.id, keywords: [...t.keywords.zh, ...t.keywords.en].map(normalize) }));
  return { document, summaries, keywords, characters: keywordCharacters(keywords) };
}

export function topicOf(document: LoadedDocument, paragraph: Paragraph): TopicInfo | undefined {
  const t = document.topics.find((x) => x.id === paragraph.topicId);
  return t === undefined ? undefined : { id: t.id, en: t.en, zh: t.zh };
}

/** 'topic drugs', '主题 禁毒': a topic by its id, either name or a keyword, or the start of its English name. */
export function topicByName(index: TopicIndex, name: string, language: Language): Answer {
  const key = normalize(name);
  const found = index.document.topics.find(
    (t) => [t.id, t.en, t.zh, ...t.keywords.zh, ...t.keywords.en].some((k) => normalize(k) === key) || normalize(t.en).startsWith(key),
  );
  return topicAnswer(index, found?.id, language);
}

/** One topic with its paragraphs' first sentences. */
export function topicAnswer(index: TopicIndex, id: string | undefined, language: Language): Answer {
  const summary = index.summaries.find((t) => t.id === id);
  if (summary === undefined) return errorAnswer('unknownTopic', unknownTopicText(index.document.topics.map((t) => t.id).join(', ')), language);
  return {
    kind: 'topic',
    language,
    topic: summary,
    entries: summary.paragraphs.map((n) => ({
      paragraph: n,
      firstSentence: splitSentences(index.document.paragraphs[n - 1]?.text ?? '')[0]?.text ?? '',
    })),
  };
}

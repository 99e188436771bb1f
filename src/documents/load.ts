import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ENTITY_KINDS,
  type EntityKind,
  type GazetteerEntry,
  type GlossaryEntry,
  type Library,
  type LoadedDocument,
  type Paragraph,
  type StopWords,
  type SynonymEntry,
  type TopicDefinition,
} from './types.js';
import { DataError, isRecord, readJson, stringArray, text } from './guards.js';
import { loadEnglish } from './english.js';
import { splitParagraphs } from './split.js';
import { type EnglishRelated, loadEnglishRelated, renderingWordsOf } from '../search/english-related.js';

/** The search index built ahead of time by `npm run search-index`. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/**
 * Every `<id>.zh.txt` in the folder is a document (title line, then paragraphs);
 * `<id>.en.json` and `<id>.topics.json` beside it are optional. The glossary,
 * synonyms, stop-words and gazetteer are shared by all documents.
 */
export function loadLibrary(indexDir: string): Library {
  if (!existsSync(indexDir)) throw new DataError(indexDir, 'folder not found');
  const ids = readdirSync(indexDir)
    .filter((f) => f.endsWith('.zh.txt'))
    .map((f) => f.slice(0, -'.zh.txt'.length))
    .sort();
  if (ids.length === 0) throw new DataError(indexDir, 'no <id>.zh.txt document found');
  const documents = ids.map((id) => loadDocument(indexDir, id));
  return {
    documents,
    glossary: loadGlossary(indexDir),
    synonyms: loadSynonyms(indexDir),
    stopWords: loadStopWords(indexDir),
    gazetteer: loadGazetteer(indexDir),
    gazetteerMentions: loadMentions(indexDir),
    prebuiltSearch: loadPrebuiltSearch(indexDir),
    englishRelated: lazily(() => loadEnglishRelated(indexDir, renderingWordsOf(documents.flatMap((d) => d.paragraphs.map((p) => p.english ?? ''))))),
  };
}

function lazily(load: () => EnglishRelated): () => EnglishRelated {
  let loaded: EnglishRelated | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

function loadDocument(dir: string, id: string): LoadedDocument {
  const raw = readFileSync(join(dir, `${id}.zh.txt`));
  const { title, paragraphs } = splitParagraphs(raw.toString('utf8'));
  if (paragraphs.length === 0) throw new DataError(`${id}.zh.txt`, 'has no paragraphs');
  const english = loadEnglish(dir, id, paragraphs);
  const { topics, assignment } = loadTopics(dir, id, paragraphs.length);
  return {
    info: { id, title },
    source: { file: `${id}.zh.txt`, sha256: createHash('sha256').update(raw).digest('hex') },
    paragraphs: paragraphs.map((p, i): Paragraph => {
      const sentences = english?.[i];
      return { number: i + 1, text: p, english: sentences?.join(' '), englishSentences: sentences, topicId: assignment.get(i + 1) };
    }),
    topics,
  };
}

function loadTopics(dir: string, id: string, count: number): { topics: TopicDefinition[]; assignment: Map<number, string> } {
  const file = join(dir, `${id}.topics.json`);
  const assignment = new Map<number, string>();
  if (!existsSync(file)) return { topics: [], assignment };
  const data = readJson(file);
  if (!isRecord(data) || !Array.isArray(data['topics']) || !isRecord(data['paragraphs'])) {
    throw new DataError(file, 'must be an object with "topics" (a list) and "paragraphs" (an object)');
  }
  const topics = data['topics'].map((t, i): TopicDefinition => {
    if (!isRecord(t) || !isRecord(t['keywords'])) throw new DataError(file, `topic ${i} must have id, en, zh and keywords`);
    return {
      id: text(file, t['id'], `topic ${i} id`),
      en: text(file, t['en'], `topic ${i} en`),
      zh: text(file, t['zh'], `topic ${i} zh`),
      keywords: {
        zh: stringArray(file, t['keywords']['zh'], `topic ${i} keywords.zh`),
        en: stringArray(file, t['keywords']['en'], `topic ${i} keywords.en`),
      },
    };
  });
  const known = new Set(topics.map((t) => t.id));
  for (const [key, value] of Object.entries(data['paragraphs'])) {
    const n = Number(key);
    if (!Number.isInteger(n) || n < 1 || n > count) throw new DataError(file, `paragraph ${key} is not between 1 and ${count}`);
    if (typeof value !== 'string' || !known.has(value)) throw new DataError(file, `paragraph ${key} has unknown topic ${JSON.stringify(value)}`);
    assignment.set(n, value);
  }
  return { topics, assignment };
}

function loadGlossary(dir: string): GlossaryEntry[] {
  const file = join(dir, 'glossary.json');
  if (!existsSync(file)) return [];
  const data = readJson(file);
  if (!Array.isArray(data)) throw new DataError(file, 'must be a list');
  return data.map((e, i) => {
    if (!isRecord(e)) throw new DataError(file, `entry ${i} must be an object`);
    return {
      zh: text(file, e['zh'], `entry ${i} zh`),
      en: stringArray(file, e['en'] ?? [], `entry ${i} en`),
      zhAliases: stringArray(file, e['zhAliases'] ?? [], `entry ${i} zhAliases`),
    };
  });
}

function loadSynonyms(dir: string): SynonymEntry[] {
  const file = join(dir, 'synonyms.json');
  if (!existsSync(file)) return [];
  const data = readJson(file);
  if (!Array.isArray(data)) throw new DataError(file, 'must be a list');
  const kindred = loadKindred(dir);
  return data.map((e, i) => {
    if (!isRecord(e)) throw new DataError(file, `entry ${i} must be an object`);
    const terms = stringArray(file, e['terms'], `entry ${i} terms`);
    return { terms, means: stringArray(file, e['means'], `entry ${i} means`), kindred: terms.filter((t) => kindred.has(t)) };
  });
}

/** index/kindred.json: the synonym list's terms that only relate to what they stand for. */
function loadKindred(dir: string): Set<string> {
  const file = join(dir, 'kindred.json');
  if (!existsSync(file)) return new Set();
  const data = readJson(file);
  const list = isRecord(data) ? data['kindred'] : undefined;
  if (!Array.isArray(list)) throw new DataError(file, 'must be an object with a "kindred" list');
  return new Set(list.map((e, i) => text(file, isRecord(e) ? e['term'] : undefined, `kindred ${i} term`)));
}

function loadStopWords(dir: string): StopWords {
  const file = join(dir, 'stopwords.json');
  if (!existsSync(file)) return { zh: [], en: [] };
  const data = readJson(file);
  if (!isRecord(data)) throw new DataError(file, 'must be an object with "zh" and "en"');
  return {
    zh: stringArray(file, data['zh'], '"zh"'),
    en: stringArray(file, data['en'], '"en"'),
    frameEn: stringArray(file, data['frameEn'] ?? [], '"frameEn"'),
    frameZh: stringArray(file, data['frameZh'] ?? [], '"frameZh"'),
  };
}

const isEntityKind = (value: unknown): value is EntityKind => (ENTITY_KINDS as readonly unknown[]).includes(value);

function loadGazetteer(dir: string): GazetteerEntry[] {
  const file = join(dir, 'gazetteer.json');
  if (!existsSync(file)) return [];
  const data = readJson(file);
  if (!isRecord(data) || !Array.isArray(data['entries'])) throw new DataError(file, 'must be an object with "entries"');
  const entries = data['entries'].map((e: unknown, i: number): GazetteerEntry => {
    if (!isRecord(e)) throw new DataError(file, `entry ${i} must be an object`);
    const id = text(file, e['id'], `entry ${i} id`);
    if (!isEntityKind(e['kind'])) throw new DataError(file, `entry ${id}: kind must be one of ${ENTITY_KINDS.join(', ')}, got ${JSON.stringify(e['kind'])}`);
    const region = e['region'];
    if (region !== undefined && typeof region !== 'string') throw new DataError(file, `entry ${id}: region must be a string`);
    return {
      id,
      kind: e['kind'],
      region,
      zh: stringArray(file, e['zh'] ?? [], `entry ${id} zh`),
      en: stringArray(file, e['en'] ?? [], `entry ${id} en`),
      members: stringArray(file, e['members'] ?? [], `entry ${id} members`),
      namedAfter: stringArray(file, e['namedAfter'] ?? [], `entry ${id} namedAfter`),
    };
  });
  const ids = new Set(entries.map((e) => e.id));
  for (const e of entries) {
    const unknown = e.members.find((m) => !ids.has(m));
    if (unknown !== undefined) throw new DataError(file, `entry ${e.id}: member ${JSON.stringify(unknown)} is not an entry`);
    const place = e.namedAfter.find((m) => !ids.has(m));
    if (place !== undefined) throw new DataError(file, `entry ${e.id}: namedAfter ${JSON.stringify(place)} is not an entry`);
  }
  return entries;
}

function loadMentions(dir: string): Map<string, number[]> | undefined {
  const file = join(dir, 'gazetteer.mentions.json');
  if (!existsSync(file)) return undefined;
  const data = readJson(file);
  if (!isRecord(data) || !isRecord(data['mentioned']) || !Array.isArray(data['notMentioned'])) {
    throw new DataError(file, 'must be an object with "mentioned" and "notMentioned" (run npm run gazetteer)');
  }
  const out = new Map<string, number[]>();
  for (const [id, list] of Object.entries(data['mentioned'])) {
    if (!Array.isArray(list) || !list.every((n) => Number.isInteger(n))) throw new DataError(file, `mentioned.${id} must be a list of paragraph numbers`);
    out.set(id, list as number[]);
  }
  for (const id of stringArray(file, data['notMentioned'], '"notMentioned"')) out.set(id, []);
  return out;
}

/** A search index built ahead of time, if there is one; unreadable counts as none, since the engine can build its own. */
function loadPrebuiltSearch(dir: string): unknown {
  const file = join(dir, SEARCH_INDEX_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

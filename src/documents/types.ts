import type { DocumentInfo, TopicInfo } from '../model.js';
import type { EnglishRelated } from '../search/english-related.js';

export interface Paragraph {
  number: number;
  /** Verbatim, with the PDF's stray line breaks rejoined. */
  text: string;
  /** The unofficial English rendering of the whole paragraph: `englishSentences` joined. */
  english: string | undefined;
  /** The rendering sentence by sentence, one for each Chinese sentence as `splitSentences` cuts `text`. */
  englishSentences: readonly string[] | undefined;
  topicId: string | undefined;
}

export interface TopicDefinition extends TopicInfo {
  keywords: { zh: string[]; en: string[] };
}

export interface LoadedDocument {
  info: DocumentInfo;
  /** The Chinese text file it was loaded from, and its SHA-256, for 'about'. */
  source: { file: string; sha256: string };
  paragraphs: Paragraph[];
  topics: TopicDefinition[];
}

export interface GlossaryEntry {
  zh: string;
  en: string[];
  zhAliases: string[];
}

export interface SynonymEntry {
  terms: string[];
  means: string[];
  /**
   * Terms of the entry that only relate to what it means, and do not say it (洗钱 beside 融资): found by the
   * search through it, but not mentioned where the declaration says only that (index/kindred.json).
   */
  kindred?: string[];
}

export const ENTITY_KINDS = [
  'country',
  'organisation',
  'place',
  'region',
  'conflict',
  'event',
  'programme',
  'document',
  'disease',
  'person',
  'currency',
  'pair',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A named thing users ask about; whether the declaration mentions it is computed, never stored here. */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  region: string | undefined;
  zh: string[];
  en: string[];
  /** For a pair (巴以, Sino-US): the entries it stands for. */
  members: string[];
  /**
   * Places whose name this one holds without being about them (the SCO, the Shanghai Spirit and the Shanghai Five
   * are named after Shanghai): inside this name, they are no mention of the place.
   */
  namedAfter: string[];
}

export interface StopWords {
  zh: string[];
  en: string[];
  /** English question-frame words (date, body, country): kept, but weighed little. */
  frameEn?: string[];
  /**
   * Chinese nouns that frame a question rather than name its subject (态度, 原文, 总部, 情况): one the
   * documents never use is not named back as a subject they do not mention.
   */
  frameZh?: string[];
}

export interface Library {
  documents: LoadedDocument[];
  glossary: GlossaryEntry[];
  synonyms: SynonymEntry[];
  stopWords: StopWords;
  gazetteer: GazetteerEntry[];
  /**
   * Where the declaration mentions each gazetteer entry, as `npm run gazetteer` computed it
   * from the text into gazetteer.mentions.json (a test keeps it current); undefined without the file.
   */
  gazetteerMentions: Map<string, number[]> | undefined;
  /** index/search-index.json as read (`npm run search-index`); the engine checks that it fits before using it. */
  prebuiltSearch: unknown;
  /**
   * The acronyms and WordNet synonyms of the English rendering's words (index/english-acronyms.json,
   * index/english-synonyms.json), read on first call: only an English question needs them.
   */
  englishRelated?: () => EnglishRelated;
}

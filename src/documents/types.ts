import type { DocumentInfo, TopicInfo } from '../model.js';

export interface Paragraph {
  number: number;
  /** Verbatim, with the PDF's stray line breaks rejoined. */
  text: string;
  english: string | undefined;
  topicId: string | undefined;
}

export interface TopicDefinition extends TopicInfo {
  keywords: { zh: string[]; en: string[] };
}

export interface LoadedDocument {
  info: DocumentInfo;
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
}

export interface StopWords {
  zh: string[];
  en: string[];
}

export interface Library {
  documents: LoadedDocument[];
  glossary: GlossaryEntry[];
  synonyms: SynonymEntry[];
  stopWords: StopWords;
}

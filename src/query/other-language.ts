import { createRequire } from 'node:module';

// A question in Latin letters that is not English ('¿Qué dice sobre Afganistán?', 'Que dit la
// déclaration sur le climat ?'): without this, its words are searched as English, found nowhere,
// and named back as things the declaration never mentions. Such a question is told which
// languages the bot reads. Read by the function words of the other languages (stopwords-iso's
// lists, 58 languages), which every sentence has and no typo of English makes: at least two
// words of one language's list that English does not know (one, beside a word with letters
// English does not write: terörizm, mówi), and no more than half its words known to English.
// A question in English with a foreign name or phrase in it (quid pro quo, Rio de Janeiro) has
// more English than that.

/** Below this many words a question is too short to say what language it is in: it is read as English. */
const MIN_WORDS = 3;
/** Function words of one other language, unknown to English, that make the question that language's. */
const MIN_FUNCTION_WORDS = 2;

type StopWords = Readonly<Record<string, readonly string[]>>;

// Required when first needed (a question in Latin letters that English mostly does not know), not imported.
const require = createRequire(import.meta.url);

let lists: Map<string, ReadonlySet<string>> | undefined;

/** stopwords-iso's lists but English's (and Chinese, which has no Latin words), read when first needed. */
function functionWords(): Map<string, ReadonlySet<string>> {
  if (lists === undefined) {
    const all = require('stopwords-iso') as StopWords;
    lists = new Map(
      Object.entries(all)
        .filter(([language]) => language !== 'en' && language !== 'zh')
        .map(([language, words]) => [language, new Set(words.map((w) => w.toLowerCase()))]),
    );
  }
  return lists;
}

// Words only English writes among the languages in Latin letters: a question with one is English, read no further
// (nearly every English question has one, so the lexicon is consulted for few).
const ENGLISH_ONLY = new Set([
  'the',
  'what',
  'which',
  'does',
  'about',
  'how',
  'who',
  'where',
  'when',
  'and',
  'of',
  'any',
  'did',
  'will',
  'with',
  'they',
  'their',
  'this',
  'that',
  'there',
  'it',
  'its',
]);

/** The words of a text: runs of letters (with apostrophes inside), lower-cased, two letters or more. */
function wordsOf(text: string): string[] {
  return [...text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map((m) => m[0].toLowerCase()).filter((w) => w.length >= 2);
}

/**
 * Whether a text in Latin letters is in a language other than English. `knownToEnglish` says
 * whether English knows a word (the English model's lexicon): consulted only for texts of three
 * words or more with no Chinese in them.
 */
export function inAnotherLatinLanguage(text: string, knownToEnglish: (word: string) => boolean): boolean {
  if (/\p{Script=Han}/u.test(text)) return false;
  const words = wordsOf(text);
  if (words.length < MIN_WORDS || words.some((w) => ENGLISH_ONLY.has(w))) return false;
  const unknown = words.filter((w) => !knownToEnglish(w));
  if (unknown.length * 2 < words.length) return false;
  // Typos of English (wat abt the drgs) never have letters past ASCII; another language's words often do.
  const needed = unknown.some((w) => /[^\p{ASCII}]/u.test(w)) ? 1 : MIN_FUNCTION_WORDS;
  for (const list of functionWords().values()) {
    if (new Set(unknown.filter((w) => list.has(w))).size >= needed) return true;
  }
  return false;
}

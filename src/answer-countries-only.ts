// A passage listing countries that matches only the countries a question names is no answer to
// what the question asks of them. §66 names eight countries that support the Belt and Road, so a
// question about Pakistan's nuclear weapons or Iranian drones for Russia finds it, about something
// else. When the question asks about a specific thing such a list does not say of them, the
// declaration does not speak of that thing with those countries: it is named back as the question
// wrote it. A paragraph about one or two countries (§48 on Iran's nuclear programme) may speak of
// the thing in other words, and is left to the search.
import type { Apart } from './answer-apart.js';
import type { Focus } from './focus/focus.js';
import type { Hit, SearchResult } from './search/engine.js';
import type { QueryWord } from './search/query.js';
import { tidySpan } from './question-spans.js';
import { normalize } from './text/normalize.js';

const COUNTRY_KINDS: ReadonlySet<string> = new Set(['country', 'pair']);

/** A paragraph naming this many countries or more lists them. */
const LIST_OF_COUNTRIES = 3;

/** How many countries a paragraph names, and whether a question word is common. */
interface Readers {
  countriesIn(paragraph: number): number;
  isGeneric(word: QueryWord): boolean;
}

// A Chinese noun says what is asked of the countries: jieba's n-tags and verbal nouns (旅游), not names.
const isNoun = (w: QueryWord): boolean => /^(?:n(?!r|s|t)|vn)/u.test(w.tag ?? '');

/**
 * What the question asks of its countries that the best passage, a list matching only the countries, does not say:
 * the question's own span from the first to the last of them (巴基斯坦核武器, Iranian drones for Russia), and the other
 * passages that speak of what is asked; undefined when the best passage matches more than the countries, or the
 * question asks nothing specific besides them.
 */
export function askedBesideCountries(
  text: string,
  focus: Focus,
  hits: readonly Hit[],
  result: Pick<SearchResult, 'query' | 'unknownTerms' | 'hits'>,
  readers: Readers,
): Apart | undefined {
  const best = hits[0];
  if (best === undefined || readers.countriesIn(best.paragraph.number) < LIST_OF_COUNTRIES) return undefined;
  const countries = focus.entities.filter((e) => e.present && COUNTRY_KINDS.has(e.kind)).map((e) => normalize(e.surface));
  if (countries.length === 0) return undefined;
  const ofCountry = (w: QueryWord): boolean => countries.some((c) => c.includes(normalize(w.word)) || normalize(w.word).includes(c));
  if (!best.matchedWords.filter((w) => w.role === 'content').every(ofCountry)) return undefined;
  // A word the text never uses (drones, 无人机), or a Chinese noun that is not common. English has no measure of how
  // common a word is here: only one the rendering never uses counts, not 'sort' or 'end state'.
  const specific = (w: QueryWord): boolean => result.unknownTerms.includes(w.word) || (!w.latin && isNoun(w) && !readers.isGeneric(w));
  const asked = result.query.words.filter((w) => w.role === 'content' && !w.proper && !ofCountry(w) && !best.matchedWords.includes(w) && specific(w));
  if (asked.length === 0) return undefined;
  const label = tidySpan(text, [...countries, ...asked.map((w) => normalize(w.word))], [...countries, ...asked.map((w) => w.word)].join(' '));
  // Where the text speaks of what is asked (本币结算 in §81, found however it ranked), without the countries: related reading.
  const others = result.hits.filter((h) => h.paragraph.number !== best.paragraph.number && readers.countriesIn(h.paragraph.number) < LIST_OF_COUNTRIES);
  return { label, answering: others.filter((h) => asked.some((w) => h.matchedWords.includes(w))) };
}

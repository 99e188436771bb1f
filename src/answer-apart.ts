// What a question names together that the declaration says apart: a year and the city, region or body beside it
// (what is planned in Tashkent for 2030), or what is asked of countries that only a list of them names
// (src/answer-countries-only.ts). The question is refused naming the two as it says them; what the text says of
// the thing asked alone is related reading.
import { askedBesideCountries } from './answer-countries-only.js';
import type { Focus } from './focus/focus.js';
import { readerOfText } from './present/reader-language.js';
import { tidySpan } from './question-spans.js';
import type { Hit, SearchResult } from './search/engine.js';
import type { QueryWord } from './search/query.js';
import { normalize } from './text/normalize.js';

/** What a question asks together that the text says apart: named back as the question says it, and the passages on what is asked, if any, to read instead. */
export interface Apart {
  label: string;
  answering: Hit[];
}

/** The opening paragraph (where the document was made), how many countries a paragraph names, and whether a question word is common. */
export interface ApartReaders {
  opening: number;
  countriesIn(paragraph: number): number;
  isGeneric(word: QueryWord): boolean;
}

/**
 * What the question names together that the best passage, matching part of it, does not: a year and the place
 * beside it (`yearWithoutItsNames`), or what is asked of countries a list of them names (src/answer-countries-only.ts).
 */
export function askedApart(text: string, focus: Focus, hits: readonly Hit[], result: SearchResult, readers: ApartReaders): Apart | undefined {
  return yearWithoutItsNames(text, hits, focus, readers.opening) ?? askedBesideCountries(text, focus, hits, result, readers);
}

/**
 * The year and the names the question asks together when the best passage names the year but not the places or
 * bodies named beside it, and no passage names both: a year narrows what is asked of them (what is planned in
 * Tashkent for 2030, what happened in Beijing in 2024), and a passage naming the year without them (§87's energy
 * strategy to 2030) is about something else.
 */
function yearWithoutItsNames(text: string, hits: readonly Hit[], focus: Focus, opening: number): Apart | undefined {
  const best = hits[0];
  if (best === undefined || focus.sequence !== undefined || focus.order !== undefined) return undefined;
  const years = focus.years.filter((y) => y.paragraphs.includes(best.paragraph.number));
  // Where the document itself was made (Astana, in its opening paragraph) frames every paragraph of it.
  const narrowed = focus.entities.filter((e) => e.present && YEAR_BOUND_KINDS.has(e.kind) && !e.paragraphs.includes(opening));
  const names = narrowed.filter((e) => !e.paragraphs.includes(best.paragraph.number));
  if (years.length === 0 || names.length === 0) return undefined;
  // A passage further down naming the year and every name is the answer: the ranking is left to find it.
  const both = (h: Hit): boolean =>
    years.some((y) => y.paragraphs.includes(h.paragraph.number)) && names.every((e) => e.paragraphs.includes(h.paragraph.number));
  if (hits.some(both)) return undefined;
  const surfaces = names.map((e) => e.surface);
  const fallback =
    readerOfText(text) === 'zh' ? `${years[0]?.year ?? ''}年${surfaces.join('、')}` : `${surfaces.join(', ')} in ${years.map((y) => y.year).join(', ')}`;
  return { label: tidySpan(text, [...years.map((y) => y.year), ...surfaces.map((n) => normalize(n))], fallback), answering: [] };
}
// Cities, regions and bodies: a country's events are often written under its cities (Tashkent for Uzbekistan), which the gazetteer does not tie to it.
const YEAR_BOUND_KINDS: ReadonlySet<string> = new Set(['place', 'region', 'organisation']);

import type { GazetteerEntry, Library, LoadedDocument } from '../documents/types.js';
import { FocusReader } from '../focus/focus.js';
import { gazetteerGlossary, Kinship } from '../focus/kinship.js';
import { SearchEngine, type SearchSettings } from '../search/engine.js';
import { prebuiltNormalized } from '../search/prebuilt.js';
import { buildVocabulary } from '../search/query.js';
import { normalize, seedNormalized } from '../text/normalize.js';

/** What reads and ranks questions: the question focus, the kinship of names, and the search engine. */
export interface SearchParts {
  focus: FocusReader;
  kin: Kinship;
  engine: SearchEngine;
}

export function buildSearch(library: Library, settings: SearchSettings): SearchParts {
  // The names and words below are normalised as when the index file was built: no need to do it again.
  const seeds = prebuiltNormalized(library.prebuiltSearch);
  seedNormalized(seeds.pairs, seeds.unchanged);
  const primary = library.documents[0] as LoadedDocument;
  // The recorded mentions are of the one shipped document; with others beside it they are computed.
  const mentions = library.documents.length === 1 ? library.gazetteerMentions : undefined;
  const focus = new FocusReader(
    library.gazetteer,
    primary.paragraphs,
    mentions,
    library.documents.map((d) => d.info.title),
  );
  const kin = new Kinship(library.gazetteer, focus.mentions);
  const vocabulary = buildVocabulary(
    library.stopWords,
    library.synonyms,
    [...library.glossary, ...gazetteerGlossary(library.gazetteer, focus.mentions, primary.paragraphs)],
    library.englishRelated,
  );
  vocabulary.namesEn = oneWordNames(library.gazetteer, focus.mentions);
  return { focus, kin, engine: new SearchEngine(library.documents, vocabulary, settings, library.prebuiltSearch) };
}

/** The gazetteer's one-word English names of what the documents mention (Gaza, Syria), normalised. */
function oneWordNames(entries: readonly GazetteerEntry[], mentions: ReadonlyMap<string, number[]>): Set<string> {
  const mentioned = entries.filter((e) => (mentions.get(e.id)?.length ?? 0) > 0);
  return new Set(mentioned.flatMap((e) => e.en.map((n) => normalize(n)).filter((n) => /^\p{L}+$/u.test(n))));
}

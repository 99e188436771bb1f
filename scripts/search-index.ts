// `npm run search-index`: builds the search index of index/ (the declaration's
// paragraphs analysed into MiniSearch, the terms' document frequencies) and writes
// index/search-index.json, which the core loads at start instead of building it.
// The core checks its fingerprint and builds its own when the documents or the
// vocabulary differ; a test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearch } from '../src/core/search-parts.js';
import { DEFAULT_INDEX_DIR } from '../src/create-core.js';
import { loadLibrary, SEARCH_INDEX_FILE } from '../src/documents/load.js';
import { SEARCH_DEFAULTS } from '../src/search/engine.js';
import type { PrebuiltSearch } from '../src/search/prebuilt.js';
import { recordNormalized } from '../src/text/normalize.js';

export const SEARCH_INDEX_PATH = join(DEFAULT_INDEX_DIR, SEARCH_INDEX_FILE);

/** The index as built now from index/, never read from the file it is compared with. */
export function freshSearchIndex(): PrebuiltSearch {
  const library = { ...loadLibrary(DEFAULT_INDEX_DIR), prebuiltSearch: undefined };
  const recorded = recordNormalized();
  const engine = buildSearch(library, SEARCH_DEFAULTS).engine;
  const { pairs, unchanged } = recorded();
  return { ...engine.prebuilt(library.documents), normalized: pairs, alreadyNormal: unchanged };
}

if (process.argv[1]?.endsWith('search-index.ts') === true) {
  const index = freshSearchIndex();
  writeFileSync(SEARCH_INDEX_PATH, `${JSON.stringify(index)}\n`);
  console.log(`search-index: ${index.documentFrequency.length} terms → ${SEARCH_INDEX_PATH}`);
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshSearchIndex, SEARCH_INDEX_PATH } from '../../scripts/search-index.js';
import { buildSearch } from '../../src/core/search-parts.js';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/engine.js';
import { searchFingerprint, usablePrebuilt } from '../../src/search/prebuilt.js';

const library = loadLibrary(DEFAULT_INDEX_DIR);
const fresh = freshSearchIndex();

describe('search-index.json', () => {
  it('is what the documents and the vocabulary give now (run npm run search-index after editing index/)', () => {
    expect(JSON.parse(readFileSync(SEARCH_INDEX_PATH, 'utf8'))).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('is used only for the documents and analysis it was built from', () => {
    expect(usablePrebuilt(library.prebuiltSearch, searchFingerprint(library.documents, 'jieba+bigram'))).toBeDefined();
    expect(usablePrebuilt(library.prebuiltSearch, searchFingerprint(library.documents, 'bigram'))).toBeUndefined();
    const edited = library.documents.map((d) => ({ ...d, paragraphs: d.paragraphs.map((p) => ({ ...p, text: `${p.text}。` })) }));
    expect(usablePrebuilt(library.prebuiltSearch, searchFingerprint(edited, 'jieba+bigram'))).toBeUndefined();
  });

  it('ranks as an index built at start does', () => {
    const loaded = buildSearch(library, SEARCH_DEFAULTS).engine;
    const built = buildSearch({ ...library, prebuiltSearch: undefined }, SEARCH_DEFAULTS).engine;
    const ranking = (q: string) => loaded.search(q).hits.map((h) => [h.paragraph.number, h.score, h.coverage]);
    for (const q of ['上合对阿富汗问题怎么看？', 'stance on unilateral sanctions', 'SCO 对 AI 的态度', '比特币']) {
      expect(ranking(q)).toEqual(built.search(q).hits.map((h) => [h.paragraph.number, h.score, h.coverage]));
    }
  });
});

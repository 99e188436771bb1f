// index/search-index.json carries the data's short strings as normalised when it
// was built (test/index/search-index.test.ts checks they are what normalising
// gives now); a start takes them instead of normalising thousands of names again.
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import { loadLibrary } from '../../../src/documents/load.js';
import { prebuiltNormalized } from '../../../src/search/prebuilt.js';
import { mayConvert, normalize, normalizeWithMap, seedNormalized } from '../../../src/text/normalize.js';

describe('normalised strings seeded from the index file', () => {
  it('are taken as they were recorded', () => {
    // A pair no normalisation would give: only the seed can answer it.
    seedNormalized([['測試種子 臺', 'seeded']]);
    expect([normalize('測試種子 臺'), normalizeWithMap('測試種子 臺').text]).toEqual(['seeded', '测试种子台']);
  });

  // Simplified names skip OpenCC; a few hold a character it reads as traditional (俱乐部).
  it('cover the gazetteer’s names that would go through OpenCC, and hold no plain ASCII (normalised fast anyway)', () => {
    const library = loadLibrary(DEFAULT_INDEX_DIR);
    const { pairs, unchanged } = prebuiltNormalized(library.prebuiltSearch);
    const sources = new Set(pairs.map(([source]) => source));
    const ascii = (text: string): boolean => /^[\x00-\x7f]*$/u.test(text);
    const needing = library.gazetteer.flatMap((e) => e.zh).filter((name) => !ascii(name) && name.length <= 64 && mayConvert(name));
    expect({ missing: needing.filter((name) => !sources.has(name)), ascii: pairs.filter(([source]) => ascii(source)), some: needing.length > 0 }).toEqual({
      missing: [],
      ascii: [],
      some: true,
    });
    // The names kept as already normal are: normalising them changes nothing.
    expect({ changed: unchanged.filter((name) => normalizeWithMap(name).text !== name), some: unchanged.length > 1000 }).toEqual({ changed: [], some: true });
  });
});

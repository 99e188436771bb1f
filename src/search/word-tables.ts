import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cachedFromSources, type IndexParts } from './index-cache.js';
import { WordTable, type WordTableFacts } from './word-table.js';

// The one WordTable of jieba's dictionary and IDF table that the analysis (src/search/lazy-jieba.ts)
// and the specificity of words (src/search/specificity.ts) share: built from the two files on a
// first start, read from node_modules/.cache/astana-bot (src/search/index-cache.ts) on later ones.

/** Bumped when the record layout changes, so that an older cache file is not read as this one. */
const LAYOUT = 'words2';

const tables = new Map<string, WordTable>();

function sources(): [string, string] {
  const require = createRequire(import.meta.url);
  // idf.txt and dict.txt by path: the package's dict.js would read the dictionary into a Buffer of its own.
  return [require.resolve('@node-rs/jieba/dict.txt'), require.resolve('@node-rs/jieba/idf.txt')];
}

export function tableParts(table: WordTable): IndexParts {
  const extra = new Uint8Array(table.reachByFirst.length + table.records.length);
  extra.set(table.reachByFirst, 0);
  extra.set(table.records, table.reachByFirst.length);
  return { slots: table.slots, extra, meta: JSON.stringify(table.facts) };
}

export function tableOf(parts: IndexParts): WordTable {
  const facts: unknown = JSON.parse(parts.meta);
  if (!isFacts(facts)) throw new Error('word-tables: cached facts are not ours');
  return new WordTable(parts.extra.subarray(65536), parts.slots, parts.extra.subarray(0, 65536), facts);
}

function isFacts(value: unknown): value is WordTableFacts {
  if (typeof value !== 'object' || value === null) return false;
  const { total, median, tags } = value as Partial<Record<keyof WordTableFacts, unknown>>;
  return typeof total === 'number' && typeof median === 'number' && Array.isArray(tags) && tags.every((t) => typeof t === 'string');
}

/** The shared table, from the cache in `cacheDir` (by default beside jieba's package) when it is there. */
export function loadWordTable(cacheDir?: string): WordTable {
  const key = cacheDir ?? '';
  const known = tables.get(key);
  if (known !== undefined) return known;
  const [dict, idf] = sources();
  let built: WordTable | undefined;
  const build = (): IndexParts => {
    built = WordTable.build(readFileSync(dict), readFileSync(idf));
    return tableParts(built);
  };
  const parts = cachedFromSources(LAYOUT, [dict, idf], build, cacheDir);
  let table = built;
  if (table === undefined) {
    try {
      table = tableOf(parts);
    } catch {
      // A damaged cache file: build the table as on a first start.
      build();
      table = built as WordTable | undefined;
    }
  }
  if (table === undefined) throw new Error('word-tables: the table was neither read nor built');
  tables.set(key, table);
  return table;
}

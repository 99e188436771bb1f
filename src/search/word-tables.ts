import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type IndexParts, type PagedParts, pagedFromSources } from './index-cache.js';
import { type PagedFile, releasePagedFiles } from './paged-file.js';
import { type TablePages, WordTable, type WordTableFacts } from './word-table.js';

// The one WordTable of jieba's dictionary and IDF table that the analysis (src/search/word-cutter.ts)
// and the specificity of words (src/search/specificity.ts) share: built from the two files on a
// first start, read from node_modules/.cache/astana-bot (src/search/index-cache.ts) on later ones,
// a page at a time as words are looked up: a start and its first answers hold the few hundred
// kilobytes they read of the 9 MB, a long-running bot more as its questions reach more words.

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

const REACH_BYTES = 65536;

export function tableOf(parts: IndexParts | PagedParts): WordTable {
  const facts: unknown = JSON.parse(parts.meta);
  if (!isFacts(facts)) throw new Error('word-tables: cached facts are not ours');
  const paged = 'pages' in parts ? parts.pages : undefined;
  const pages = paged === undefined ? undefined : tablePages(paged, parts.slots.byteLength);
  return new WordTable(parts.extra.subarray(REACH_BYTES), parts.slots, parts.extra.subarray(0, REACH_BYTES), facts, pages);
}

/**
 * The slots from byte 0 of the file's buffer and the reach table after them, read at once: the
 * first cut probes nearly every page of the slots (the data's 1,264 dictionary lines are looked
 * up), so reading them page by page would only take more reads. Then the records, read as used.
 */
function tablePages(file: PagedFile, slotBytes: number): TablePages {
  const recordsAt = slotBytes + REACH_BYTES;
  file.ensure(0, recordsAt);
  return { record: (from, to) => file.ensure(recordsAt + from, recordsAt + to) };
}

function isFacts(value: unknown): value is WordTableFacts {
  if (typeof value !== 'object' || value === null) return false;
  const { total, median, tags } = value as Partial<Record<keyof WordTableFacts, unknown>>;
  return typeof total === 'number' && typeof median === 'number' && Array.isArray(tags) && tags.every((t) => typeof t === 'string');
}

/**
 * Lets go of the shared tables and closes their files: the next look-up reads them again.
 * What holds a table must let go of it too (src/search/analyzer.ts: forgetDictionary).
 */
export function forgetWordTables(): void {
  tables.clear();
  releasePagedFiles();
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
  const parts = pagedFromSources(LAYOUT, [dict, idf], build, cacheDir);
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

// The compact lexicon must find every word at the index the model's list gives it,
// read back from the cache exactly what it built, and take the words wink-nlp adds
// as an array and an object would; a damaged cache file only means parsing again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LexiconJson, lexiconOf, lexiconParts, loadLexicon } from '../../../src/search/english-lexicon.js';

const WORDS = ['$%^oov^%$', '\n', 'the', 'organization', 'organisation', 'café', 'don’t', 'SCO', 'sco', '上合'];

/** A model's JSON in miniature: four 32-bit words of lexicon, two of expansions, the words, and the rest. */
function json(): LexiconJson & { pos: { hash: Record<string, number> } } {
  const lexicon = Buffer.from(new Uint32Array([1, 2, 3, 0xffffffff]).buffer).toString('base64');
  const xpansions = Buffer.from(new Uint32Array([7, 8]).buffer).toString('base64');
  return { lexicon, xpansions, features: { lexeme: { list: [...WORDS] } }, pos: { hash: { NOUN: 3 } } };
}

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('CompactWords', () => {
  const { words, lexicon, xpansions, rest } = lexiconOf<{ pos: unknown; features: unknown }>(lexiconParts(json()));

  it('gives each word its index in the list, and reads it back', () => {
    expect(WORDS.map((w) => words.indexOf(w))).toEqual(WORDS.map((_w, i) => i));
    expect(WORDS.map((_w, i) => words.word(i))).toEqual(WORDS);
    expect([words.count, words.length]).toEqual([WORDS.length, WORDS.length]);
  });

  it('does not find a word it lacks, a prefix of one, or one that differs only in case', () => {
    expect(['thee', 'th', 'Organization', 'cafe', 'caf', '上', ''].map((w) => words.indexOf(w))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps the lexicon, the expansions and the rest of the model as they were', () => {
    expect([...lexicon]).toEqual([1, 2, 3, 0xffffffff]);
    expect([...xpansions]).toEqual([7, 8]);
    expect(rest).toEqual({ pos: { hash: { NOUN: 3 } }, features: {} });
  });

  it('takes words added after the model’s, as wink-nlp adds them (index first, then the word)', () => {
    const { words: fresh } = lexiconOf(lexiconParts(json()));
    fresh.setIndex('Huawei', fresh.length);
    expect(fresh.push('Huawei')).toBe(WORDS.length + 1);
    expect([fresh.indexOf('Huawei'), fresh.word(WORDS.length), fresh.count]).toEqual([WORDS.length, 'Huawei', WORDS.length]);
  });
});

describe('loadLexicon', () => {
  it('parses the model once, then reads the same lexicon from the cache', () => {
    dir = mkdtempSync(join(tmpdir(), 'english-lexicon-'));
    const source = join(dir, 'model.json');
    writeFileSync(source, JSON.stringify(json()));
    let parsed = 0;
    const parse = (): LexiconJson => {
      parsed++;
      return json();
    };
    const cacheDir = join(dir, 'cache');
    const built = loadLexicon(source, parse, cacheDir);
    const cached = loadLexicon(source, parse, cacheDir);
    expect(parsed).toBe(1);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const view = (l: typeof built): unknown => [WORDS.map((w) => l.words.indexOf(w)), [...l.lexicon], [...l.xpansions], l.rest];
    expect(view(cached)).toEqual(view(built));
  });

  it('parses the model again when the cache file is damaged, and replaces the file', () => {
    dir = mkdtempSync(join(tmpdir(), 'english-lexicon-'));
    const source = join(dir, 'model.json');
    writeFileSync(source, JSON.stringify(json()));
    const cacheDir = join(dir, 'cache');
    loadLexicon(source, json, cacheDir);
    const [file] = readdirSync(cacheDir);
    const path = join(cacheDir, file ?? '');
    // A file of the right size whose facts are not ours.
    const damaged = Buffer.alloc(16);
    damaged.writeUInt32LE(0x31544c41, 0);
    writeFileSync(path, damaged);
    let parsed = 0;
    const parse = (): LexiconJson => {
      parsed++;
      return json();
    };
    expect(loadLexicon(source, parse, cacheDir).words.indexOf('organization')).toBe(3);
    expect(loadLexicon(source, parse, cacheDir).words.indexOf('organization')).toBe(3);
    expect(parsed).toBe(1);
  });

  it('does not take a file damaged inside, with its header and size intact, for the lexicon', () => {
    dir = mkdtempSync(join(tmpdir(), 'english-lexicon-'));
    const source = join(dir, 'model.json');
    writeFileSync(source, JSON.stringify(json()));
    const cacheDir = join(dir, 'cache');
    const built = lexiconParts(json());
    loadLexicon(source, json, cacheDir);
    const path = join(cacheDir, readdirSync(cacheDir)[0] ?? '');
    const bytes = readFileSync(path);
    // Every slot taken, by no word of the list: a search of the slots would never end.
    const slotsAt = bytes.length - built.extra.length - built.slots.byteLength;
    bytes.fill(0xff, slotsAt, slotsAt + built.slots.byteLength);
    writeFileSync(path, bytes);
    const read = loadLexicon(source, json, cacheDir);
    expect([read.words.indexOf('zzqx'), read.words.indexOf('café')]).toEqual([undefined, 5]);
  });
});

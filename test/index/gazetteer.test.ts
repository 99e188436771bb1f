import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MENTIONS_FILE, mentionsRecord } from '../../scripts/gazetteer-mentions.js';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';

const library = loadLibrary(DEFAULT_INDEX_DIR);
const record = mentionsRecord();
const mentioned = (id: string): number[] | undefined => record.mentioned[id];

describe('gazetteer', () => {
  it('keeps gazetteer.mentions.json equal to what the text says (run npm run gazetteer after editing the gazetteer)', () => {
    expect(JSON.parse(readFileSync(MENTIONS_FILE, 'utf8'))).toEqual(record);
  });

  it('counts a name the text writes in another form: Israel through 巴以, ASEAN and the CIS by their long names', () => {
    expect([mentioned('israel'), mentioned('asean'), mentioned('cis')]).toEqual([[29], [114], [114]]);
  });

  it('finds the member states the text names in full (俄罗斯联邦, 中华人民共和国)', () => {
    expect([mentioned('russia')?.length, mentioned('china')?.length].every((n) => (n ?? 0) > 0)).toBe(true);
  });

  it('records what the text never names as not mentioned', () => {
    expect(record.notMentioned).toEqual(expect.arrayContaining(['ukraine', 'united-states', 'nato', 'covid-19']));
  });

  it('has unique ids and pairs whose members are entries', () => {
    const ids = library.gazetteer.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = library.gazetteer.flatMap((e) => e.members.filter((m) => !ids.includes(m)));
    expect(missing).toEqual([]);
  });

  it('has no single-character Chinese name, which would match inside everyday words', () => {
    expect(library.gazetteer.flatMap((e) => e.zh.filter((z) => [...z].length < 2))).toEqual([]);
  });
});

import type { GazetteerEntry } from '../documents/types.js';
import { normalize } from '../text/normalize.js';

// A place's name inside another place's: 俄罗斯 in 白俄罗斯 (Belarus), 印度 in 印度尼西亚, 德里 in 新德里.
// The search finds the characters wherever they are; a quote must not emphasise Russia inside Belarus
// as if the paragraph named it (the gazetteer already does not count it as a mention).

/** Kinds of entries whose names stand inside one another's. */
export const PLACE_KINDS: ReadonlySet<GazetteerEntry['kind']> = new Set(['country', 'place', 'region']);

/** For a Chinese phrase, the longer names of other countries and places that hold it (normalised). */
export function nameHolders(entries: readonly GazetteerEntry[]): (phrase: string) => readonly string[] {
  const places = entries.filter((e) => PLACE_KINDS.has(e.kind)).map((e) => ({ id: e.id, names: e.zh.map((n) => normalize(n)).filter((n) => n !== '') }));
  const known = new Map<string, readonly string[]>();
  return (phrase) => {
    let holders = known.get(phrase);
    if (holders === undefined) {
      // Not a longer name of the phrase's own place (俄罗斯联邦 holds 俄罗斯, and is Russia).
      const own = new Set(places.filter((p) => p.names.includes(phrase)).map((p) => p.id));
      holders = places.filter((p) => !own.has(p.id)).flatMap((p) => p.names.filter((n) => n.length > phrase.length && n.includes(phrase)));
      known.set(phrase, holders);
    }
    return holders;
  };
}

/** Whether the phrase found at `at` in the normalised text stands inside one of its holders there. */
export function insideHolder(norm: string, at: number, phrase: string, holders: readonly string[]): boolean {
  return holders.some((h) => {
    for (let k = h.indexOf(phrase); k >= 0; k = h.indexOf(phrase, k + 1)) if (at - k >= 0 && norm.startsWith(h, at - k)) return true;
    return false;
  });
}

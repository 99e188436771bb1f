import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../src/documents/types.js';
import { insideHolder, nameHolders } from '../../../src/focus/name-holders.js';
import { emphasize } from '../../../src/quote.js';

const entry = (id: string, kind: GazetteerEntry['kind'], zh: string[]): GazetteerEntry => ({
  id,
  kind,
  region: undefined,
  zh,
  en: [],
  members: [],
  namedAfter: [],
});
const entries = [
  entry('russia', 'country', ['俄罗斯', '俄罗斯联邦']),
  entry('belarus', 'country', ['白俄罗斯', '白俄罗斯共和国']),
  entry('india', 'country', ['印度']),
];

describe('nameHolders', () => {
  it("gives another place's longer names holding a phrase, not the phrase's own place's", () => {
    const holders = nameHolders(entries);
    expect(holders('俄罗斯')).toEqual(['白俄罗斯', '白俄罗斯共和国']);
    expect(holders('印度')).toEqual([]);
  });

  it('tells a phrase inside a holder from one standing alone', () => {
    const text = '白俄罗斯共和国、俄罗斯联邦';
    expect(insideHolder(text, 1, '俄罗斯', ['白俄罗斯'])).toBe(true);
    expect(insideHolder(text, 8, '俄罗斯', ['白俄罗斯'])).toBe(false);
  });

  it('keeps a quote from emphasising Russia inside Belarus', () => {
    const segments = emphasize('白俄罗斯共和国、俄罗斯联邦', { phrases: ['俄罗斯'], terms: new Set(), holders: nameHolders(entries) }, 'jieba+bigram');
    // Only Russia standing alone, and the text whole.
    expect(segments.map((s) => [s.text, s.emphasis])).toEqual([
      ['白俄罗斯共和国、', false],
      ['俄罗斯', true],
      ['联邦', false],
    ]);
  });
});

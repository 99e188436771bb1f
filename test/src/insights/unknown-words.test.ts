import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import { loadLibrary } from '../../../src/documents/load.js';
import { unknownWordsFinder } from '../../../src/insights/unknown-words.js';

describe('unknown words of a question', () => {
  const unknown = unknownWordsFinder(loadLibrary(DEFAULT_INDEX_DIR));

  it('names the words the declaration does not contain, in either language, and no stop or question words', () => {
    expect(unknown('世界杯在哪里举办？')).toEqual(['世界杯']);
    expect(unknown('What about Bitcoin and the World Cup?')).toEqual(['bitcoin', 'cup']);
  });

  it('finds nothing unknown in a question the declaration answers, traditional characters and British spelling included', () => {
    expect(unknown('上合对阿富汗问题怎么看？')).toEqual([]);
    expect(unknown('恐怖主義融資')).toEqual([]);
    expect(unknown('the organisation on terrorism')).toEqual([]);
  });
});

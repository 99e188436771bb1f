import { describe, expect, it } from 'vitest';
import { wholeNames } from '../../src/absent-names.js';

describe('wholeNames', () => {
  it.each([
    ['South China Sea?', ['South', 'Sea'], ['South China Sea']],
    ['What about West Asia?', ['West'], ['West Asia']],
    ['Does it mention Elon Musk', ['Elon', 'Musk'], ['Elon Musk']],
    ['克罗库斯音乐厅恐袭', ['克罗', '库斯', '音乐厅'], ['克罗库斯音乐厅']],
  ])('names %s as written: %j → %j', (text, names, whole) => {
    expect(wholeNames(text, names)).toEqual(whole);
  });

  it('stops at a word opening the question, a possessive, a hyphen, and words in lower case', () => {
    expect(wholeNames('Does Gazprom supply gas?', ['Gazprom'])).toEqual(['Gazprom']);
    expect(wholeNames("Did the leaders condemn Hamas's October 7 attack?", ['Hamas'])).toEqual(['Hamas']);
    expect(wholeNames('ChatGPT-style models?', ['ChatGPT'])).toEqual(['ChatGPT']);
    // Two things the question names side by side are two names.
    expect(wholeNames('the WHO pandemic treaty', ['WHO', 'pandemic'])).toEqual(['WHO', 'pandemic']);
    expect(wholeNames('Hamas and Hezbollah', ['Hamas', 'Hezbollah'])).toEqual(['Hamas', 'Hezbollah']);
    expect(wholeNames("in the driver's seat", ["driver's", 'seat'])).toEqual(["driver's", 'seat']);
  });

  it('keeps a name the question does not write as it is (a gazetteer name in the other language)', () => {
    expect(wholeNames('does it mention 乌克兰', ['Ukraine'])).toEqual(['Ukraine']);
  });
});

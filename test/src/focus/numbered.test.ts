import { describe, expect, it } from 'vitest';
import { numberedNames } from '../../../src/focus/numbered.js';

describe('numberedNames', () => {
  it.each([
    ['UNSC resolution 2720 on Gaza', [{ surface: 'UNSC resolution 2720', digits: '2720' }]],
    ['what does it say about Res. 2712', [{ surface: 'Res. 2712', digits: '2712' }]],
    ['decision No. 15', [{ surface: 'decision No. 15', digits: '15' }]],
    ['联合国安理会第2720号决议', [{ surface: '第2720号决议', digits: '2720' }]],
  ])('finds in %s %j', (text, names) => {
    expect(numberedNames(text)).toEqual(names);
  });

  it.each(['the 2030 strategy', 'paragraph 48', '2231', 'resolutions of the UN'])('finds none in %s', (text) => {
    expect(numberedNames(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ParagraphChoices } from '../../adapters/paragraph-choices.js';
import { createCore } from '../../src/create-core.js';

const core = createCore();
const choices = new ParagraphChoices(core, { choices: 25, label: 100 });

describe('paragraph suggestions', () => {
  it('suggests the paragraphs whose number starts with what was typed, with their opening words', () => {
    const suggested = choices.suggest('§4');
    expect(suggested.slice(0, 2).map((c) => c.value)).toEqual(['4', '40']);
    expect(suggested[0]?.name).toMatch(/^§4 .*…$/u);
    expect(suggested.every((c) => c.value.startsWith('4'))).toBe(true);
  });
  it('suggests a topic’s paragraphs for a topic typed in either language', () => {
    const byId = choices.suggest('drugs').map((c) => c.value);
    expect(byId.length).toBeGreaterThan(0);
    expect(choices.suggest('禁毒').map((c) => c.value)).toEqual(byId);
  });
  it('suggests each topic’s first paragraph when nothing was typed', () => expect(choices.suggest('').length).toBeGreaterThan(1));
  it('keeps to the platform’s limits on count and label length', () => {
    const small = new ParagraphChoices(core, { choices: 3, label: 12 });
    const suggested = small.suggest('1');
    expect(suggested).toHaveLength(3);
    expect(suggested.every((c) => [...c.name].length <= 12)).toBe(true);
  });
  it('suggests nothing for what matches no number and no topic', () => expect(choices.suggest('zzzz')).toEqual([]));
});

// The Taiwan wording table costs a quarter of a second to build: the
// declaration, its data and questions in simplified characters never need it;
// text written in traditional characters does, and gets mainland wording.
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/create-core.js';
import { normalize, taiwanWordingLoaded } from '../../../src/text/normalize.js';

describe('Taiwan wording', () => {
  it('is not built for the declaration, its data, or simplified questions (what 么 alone became)', () => {
    const core = createCore();
    core.ask('上合组织怎么看阿富汗问题？');
    core.ask('么');
    expect(taiwanWordingLoaded()).toBe(false);
  });

  it('is built for text written in traditional characters, and turns Taiwan words into mainland ones', () => {
    expect([normalize('數位經濟'), normalize('網路安全'), taiwanWordingLoaded()]).toEqual(['数字经济', '网络安全', true]);
  });
});

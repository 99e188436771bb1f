import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/create-core.js';
import type { Core } from '../../src/core.js';
import type { Answer } from '../../src/model.js';

let core: Core;
beforeAll(() => {
  core = createCore();
});

const shown = (answer: Answer): number[] | string =>
  answer.kind === 'paragraphs' ? answer.paragraphs.map((p) => p.paragraph) : `${answer.kind}${answer.kind === 'error' ? `:${answer.code}` : ''}`;

describe('the typed core API', () => {
  it('gives paragraphs by number exactly as the typed-in reference does', () => {
    expect(core.paragraphs([{ from: 12, to: 14 }])).toEqual(core.ask('§12-14'));
    expect(
      shown(
        core.paragraphs([
          { from: 3, to: 3 },
          { from: 7, to: 7 },
        ]),
      ),
    ).toEqual([3, 7]);
  });

  it('refuses ranges no parser would have produced', () => {
    expect([core.paragraphs([]), core.paragraphs([{ from: 5, to: 4 }]), core.paragraphs([{ from: 1.5, to: 2 }])].map(shown)).toEqual([
      'error:malformedReference',
      'error:malformedReference',
      'error:malformedReference',
    ]);
    expect([core.paragraphs([{ from: 0, to: 1 }]), core.paragraphs([{ from: 1, to: 121 }])].map(shown)).toEqual(['error:outOfRange', 'error:outOfRange']);
    expect(shown(core.paragraphs([{ from: 1, to: 1 }], { documentId: 'nope' }))).toEqual('error:unknownDocument');
  });

  it('lists the topics and one topic by id, as the typed-in commands do', () => {
    expect(core.topics({ language: 'zh' })).toEqual(core.ask('主题'));
    expect(core.topic('drugs')).toEqual(core.ask('topic drugs'));
  });

  it('takes a topic by its id only, with the known ids in the refusal', () => {
    const answer = core.topic('禁毒', { language: 'zh' });
    expect(answer.kind === 'error' ? [answer.code, answer.language, answer.message.includes('drugs')] : answer.kind).toEqual(['unknownTopic', 'zh', true]);
  });

  it('answers in the language the caller gives', () => {
    expect(
      [
        core.paragraphs([{ from: 42, to: 42 }], { language: 'zh' }),
        core.context('astana-declaration-2024', 42, { language: 'zh' }),
        core.topic('drugs', { language: 'zh' }),
      ].map((a) => a.language),
    ).toEqual(['zh', 'zh', 'zh']);
    expect(core.context('astana-declaration-2024', 500, { language: 'zh' }).language).toBe('zh');
  });
});

describe("ask's language for input with none of its own", () => {
  it("takes the caller's default for '§42' and a bare number, English when none is given", () => {
    expect(
      [core.ask('§42', { language: 'zh' }), core.ask('42', { language: 'zh' }), core.ask('§42'), core.ask('§500', { language: 'zh' })].map((a) => a.language),
    ).toEqual(['zh', 'zh', 'en', 'zh']);
  });

  it('lets words decide their own language over the default', () => {
    expect(
      [core.ask('paragraph 42', { language: 'zh' }), core.ask('第42段', { language: 'en' }), core.ask('topics', { language: 'zh' })].map((a) => a.language),
    ).toEqual(['en', 'zh', 'en']);
  });
});

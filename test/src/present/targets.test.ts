import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/create-core.js';
import type { Core } from '../../../src/core.js';
import type { Answer } from '../../../src/model.js';
import type { CardActionType, CardTarget } from '../../../src/present/card.js';
import { present } from '../../../src/present/present.js';
import { follow } from '../../../src/present/targets.js';

let core: Core;
beforeAll(() => {
  core = createCore();
});

const target = (answer: Answer, type: CardActionType): CardTarget => {
  const action = present(answer).actions.find((a) => a.type === type);
  if (action === undefined || action.type === 'rate') throw new Error(`no ${type} action`);
  return action.target;
};
const numbers = (answer: Answer): number[] | string => (answer.kind === 'paragraphs' ? answer.paragraphs.map((p) => p.paragraph) : answer.kind);

describe('following a card action on the real core', () => {
  it("pages '§1-10' on to §6–10", () => {
    const later = follow(core, target(core.ask('§1-10'), 'later'));
    expect([numbers(later), later.kind === 'paragraphs' && later.window.center]).toEqual([[6, 7, 8, 9, 10], undefined]);
  });

  it('shows the whole paragraph of a highlight', () => {
    const highlight: Answer = {
      kind: 'highlight',
      language: 'zh',
      highlight: {
        document: core.documents[0] ?? { id: '', title: '' },
        paragraph: 45,
        topic: undefined,
        quote: [],
        english: undefined,
        position: 1,
        cycleLength: 40,
        date: '2024-09-02',
      },
    };
    const whole = follow(core, target(highlight, 'paragraph'));
    expect([numbers(whole), whole.language]).toEqual([[45], 'zh']);
  });

  it('opens a paragraph in context and pages from there both ways', () => {
    const context = follow(core, target(core.ask('§44'), 'context'));
    expect(numbers(context)).toEqual([43, 44, 45]);
    expect([numbers(follow(core, target(context, 'earlier'))), numbers(follow(core, target(context, 'later')))]).toEqual([
      [40, 41, 42],
      [46, 47, 48],
    ]);
  });

  it("keeps a Chinese reader's language through '§42' and its buttons", () => {
    const context = follow(core, target(core.ask('§42', { language: 'zh' }), 'context'));
    expect([context.language, follow(core, target(context, 'later')).language]).toEqual(['zh', 'zh']);
  });

  it('gives the next passages for "more results"', () => {
    const first = core.ask('恐怖主义');
    const next = follow(core, target(first, 'more'));
    expect(next.kind === 'passages' ? next.offset : next.kind).toBe(3);
  });
});

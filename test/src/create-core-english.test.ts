import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/create-core.js';
import type { Core } from '../../src/core.js';
import { ELLIPSIS, plain, type Passage } from '../../src/model.js';

let core: Core;
beforeAll(() => {
  core = createCore();
});

function passage(question: string, paragraph: number): Passage {
  const answer = core.ask(question);
  const found = answer.kind === 'passages' ? answer.passages.find((p) => p.paragraph === paragraph) : undefined;
  if (found === undefined) throw new Error(`expected §${paragraph} for ${JSON.stringify(question)}, got ${JSON.stringify(answer).slice(0, 200)}`);
  return found;
}

describe('English under an elided quote, end to end', () => {
  it('shows the English of the quoted second sentence only, after the same ellipsis (§120)', () => {
    const p = passage('where is the next summit?', 120);
    expect(plain(p.quote)).toBe(`${ELLIPSIS}上合组织成员国元首理事会下一次会议将于 2025 年在中华人民共和国举行。`);
    expect(plain(p.english ?? [])).toBe(
      `${ELLIPSIS} The next meeting of the SCO Council of Heads of State will be held in 2025 in the People's Republic of China.`,
    );
  });

  it('shows the English of the quoted first sentence only, before the same ellipsis (§107)', () => {
    const p = passage('SCO Youth Council', 107);
    expect(plain(p.quote)).toBe(`成员国强调，应加强上合组织青年委员会工作，密切青年交流。${ELLIPSIS}`);
    expect(plain(p.english ?? [])).toBe(
      `The Member States stress the need to strengthen the work of the SCO Youth Council and to intensify youth exchanges. ${ELLIPSIS}`,
    );
    expect(p.english?.filter((s) => s.emphasis).map((s) => s.text)).toContain('Youth Council');
  });
});

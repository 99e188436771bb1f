import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_TEXT, NO_WORDS_TEXT, TOO_LONG_TEXT, outOfRangeText, malformedReferenceText } from '../../src/core-messages.js';
import { createCore } from '../../src/create-core.js';
import type { Core } from '../../src/core.js';
import { ELLIPSIS, plain, type Answer, type AnswerOf } from '../../src/model.js';

let core: Core;
beforeAll(() => {
  core = createCore();
});

function passages(answer: Answer): AnswerOf<'passages'> {
  if (answer.kind !== 'passages') throw new Error(`expected passages, got ${JSON.stringify(answer).slice(0, 200)}`);
  return answer;
}

describe('questions', () => {
  it('cites the Afghanistan paragraphs for a colloquial Chinese question', () => {
    expect(passages(core.ask('上合对阿富汗问题怎么看？')).passages[0]?.paragraph).toBeOneOf([40, 41]);
  });

  it('finds traditional characters (恐怖主義融資) in the simplified text', () => {
    expect(passages(core.ask('恐怖主義融資')).passages[0]?.paragraph).toBe(27);
  });

  it("matches full-width digits and the text's spaced years (２０３５年)", () => {
    const answer = passages(core.ask('上合组织２０３５年前发展战略'));
    expect(answer.passages.map((p) => p.paragraph)).toContain(15);
  });

  it('understands a paraphrase through the synonym list (导弹防御 → 反导)', () => {
    expect(passages(core.ask('导弹防御')).passages[0]?.paragraph).toBe(10);
  });

  it('answers an English question from the English rendering', () => {
    expect(passages(core.ask('stance on unilateral sanctions')).passages.map((p) => p.paragraph)).toContain(63);
  });

  it.each([
    ['What does the declaration say about Afghanistan?', [40, 41, 42, 43]],
    ['anything on legalising drugs?', [45]],
    ['Who proposed the Greater Eurasian Partnership?', [67, 68]],
    ['position on weaponisation of outer space', [51, 52]],
    ['Belarus becoming a member', [118]],
    ['where is the next summit?', [120]],
  ])('lands the English question %j in the top 3 on %j', (q, expected) => {
    expect(passages(core.ask(q)).passages.some((p) => expected.includes(p.paragraph))).toBe(true);
  });

  it('quotes verbatim: every quoted piece is in the paragraph', () => {
    for (const q of ['上合对阿富汗问题怎么看？', '禁毒', '人工智能', 'climate change']) {
      for (const p of passages(core.ask(q)).passages) {
        for (const piece of plain(p.quote)
          .split(ELLIPSIS)
          .filter((s) => s !== ''))
          expect(p.text).toContain(piece);
      }
    }
  });

  it('marks left-out text with an ellipsis', () => {
    const p = passages(core.ask('大麻合法化')).passages.find((x) => x.paragraph === 45);
    const long = passages(core.ask('禁毒 未来峰会 维也纳')).passages.find((x) => x.paragraph === 44);
    expect(p).toBeDefined();
    expect(long === undefined || plain(long.quote) === long.text || plain(long.quote).includes(ELLIPSIS)).toBe(true);
  });

  it('emphasises the matched words', () => {
    const p = passages(core.ask('单边制裁')).passages[0];
    expect(p?.quote.filter((s) => s.emphasis).map((s) => s.text)).toContain('单边制裁');
  });

  it('emphasises whole phrases, not pieces of other words', () => {
    const p = passages(core.ask('Pakistan')).passages.find((x) => x.paragraph === 66);
    expect(p?.quote.filter((s) => s.emphasis).map((s) => s.text)).toEqual(['巴基斯坦伊斯兰共和国']);
  });

  it('pages on with offset', () => {
    const first = passages(core.ask('恐怖主义', { limit: 2 }));
    const next = passages(core.ask('恐怖主义', { offset: 2, limit: 2 }));
    expect(next.offset).toBe(2);
    expect(next.passages[0]?.paragraph).not.toBe(first.passages[0]?.paragraph);
  });

  it('reports the question language', () => {
    expect(passages(core.ask('SCO 对 AI 的态度')).language).toBe('mixed');
  });
});

describe('not covered', () => {
  it.each(['比特币', '世界杯谁夺冠了', 'Mars base', 'Bitcoin price', 'Who won the World Cup?'])('refuses %s with suggestions', (q) => {
    const answer = core.ask(q);
    expect(answer.kind).toBe('notCovered');
    expect(answer.kind === 'notCovered' && answer.suggestions.length).toBeGreaterThan(0);
  });

  it('suggests the topic whose keywords share a rarer character with what the declaration never mentions (洪灾: 灾害, 疫苗: 防疫)', () => {
    const answer = core.ask('宣言提到洪灾了吗');
    expect(answer.kind === 'notCovered' && answer.suggestions[0]?.id).toBe('security');
    const vaccines = core.ask('宣言提到疫苗了吗');
    expect(vaccines.kind === 'notCovered' && vaccines.suggestions[0]?.id).toBe('health');
    // The question's frame (有没有) points to no topic: only what is not mentioned does.
    const women = core.ask('有没有提到妇女');
    expect(women.kind === 'notCovered' && women.suggestions[0]?.id).not.toBe('security');
  });
});

describe('paragraphs by number', () => {
  it('returns the paragraph asked for', () => {
    const answer = core.ask('§44');
    expect(answer.kind === 'paragraphs' && answer.paragraphs.map((p) => p.paragraph)).toEqual([44]);
  });

  it('returns a range in order', () => {
    const answer = core.ask('第12至14段');
    expect(answer.kind === 'paragraphs' && answer.paragraphs.map((p) => p.paragraph)).toEqual([12, 13, 14]);
  });

  it('caps a request at 5 paragraphs and says how many were asked', () => {
    const answer = core.ask('§1-10');
    expect(answer.kind === 'paragraphs' && [answer.paragraphs.length, answer.requested]).toEqual([5, 10]);
  });

  it.each(['§121', '§0', '第一百五十段'])('refuses %s, saying there are 120', (q) => {
    expect(core.ask(q)).toMatchObject({
      kind: 'error',
      code: 'outOfRange',
      message: outOfRangeText(120).en.includes('120') ? expect.stringContaining('120') : '',
    });
  });

  it('explains a malformed number', () => {
    expect(core.ask('§abc')).toEqual({ kind: 'error', language: 'en', code: 'malformedReference', message: malformedReferenceText(120).en });
  });

  it('gives the context around a paragraph', () => {
    const answer = core.context('astana-declaration-2024', 1, { before: 2, after: 2 });
    expect(answer.kind === 'paragraphs' && [answer.paragraphs.map((p) => p.paragraph), answer.window.center]).toEqual([[1, 2, 3], 1]);
  });
});

describe('topics', () => {
  it('lists every topic with its paragraphs, covering all 120', () => {
    const answer = core.ask('topics');
    expect(answer.kind === 'topics' && answer.topics.flatMap((t) => t.paragraphs).sort((a, b) => a - b)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('lists a topic by id or Chinese name with first sentences', () => {
    const en = core.ask('topic drugs');
    const zh = core.ask('主题 禁毒');
    expect(en.kind === 'topic' && en.entries.map((e) => e.paragraph)).toEqual(zh.kind === 'topic' && zh.entries.map((e) => e.paragraph));
    expect(en.kind === 'topic' && en.entries[0]?.firstSentence.endsWith('。')).toBe(true);
  });

  it('refuses an unknown topic', () => {
    expect(core.ask('topic football')).toMatchObject({ kind: 'error', code: 'unknownTopic' });
  });
});

describe('bad input', () => {
  it.each(['', '   ', '\n\t'])('asks for a question when the message is empty (%j)', (q) => {
    expect(core.ask(q)).toEqual({ kind: 'error', language: 'en', code: 'empty', message: EMPTY_TEXT.en });
  });

  it('refuses a 10,000-character message politely', () => {
    expect(core.ask('恐'.repeat(10_000))).toEqual({ kind: 'error', language: 'zh', code: 'tooLong', message: TOO_LONG_TEXT.zh });
  });

  it('says there is nothing to search in emoji only', () => {
    expect(core.ask('😀🎉👍')).toEqual({ kind: 'error', language: 'en', code: 'noWords', message: NO_WORDS_TEXT.en });
  });

  it('ignores control and zero-width characters', () => {
    expect(passages(core.ask('单\u200b边\u0007制\u200d裁\u202e')).passages[0]?.paragraph).toBeOneOf([62, 63]);
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the regex metacharacters are the test's input, written as typed.
  it.each(['.*+?^${}()|[]\\', '(((', '<script>alert(1)</script>', '**bold** _x_ `code`', '@everyone @here <!channel>'])('answers %s without throwing', (q) => {
    expect(['notCovered', 'passages', 'error']).toContain(core.ask(q).kind);
  });

  it('does not echo markup into quotes: quotes come from the document only', () => {
    const answer = core.ask('<b>恐怖主义</b> @everyone');
    expect(answer.kind === 'passages' && answer.passages.every((p) => !plain(p.quote).includes('<b>'))).toBe(true);
  });
});

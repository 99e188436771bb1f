import { describe, expect, it } from 'vitest';
import { RULES, classifyParagraph, classifySentence } from '../../src/highlights/classify.js';
import { kindsFilePath, readKindsFile, type ParagraphKinds } from '../../src/highlights/kinds.js';
import { splitSentences } from '../../src/highlights/sentences.js';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';

const DOC = 'astana-declaration-2024';
const data = readKindsFile(kindsFilePath(DEFAULT_INDEX_DIR, DOC));
const entry = (n: number): ParagraphKinds => {
  const e = data.paragraphs.find((p) => p.paragraph === n);
  if (e === undefined) throw new Error(`no §${n} in the kinds data`);
  return e;
};
const committingText = (n: number): string[] => entry(n).committing.map((i) => entry(n).sentences[i]?.text ?? '');

describe('sentence splitting', () => {
  it('keeps every character: the sentences joined give the paragraph back', () => {
    const text = '成员国指出，愿进一步密切各成员国智库专家沟通交流。各方欢迎第19届上合组织论坛成果；强调该机制重要！';
    expect(
      splitSentences(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('splits on 。！？； outside quotes', () => {
    expect(splitSentences('甲。乙；丙！丁？').map((s) => s.text)).toEqual(['甲。', '乙；', '丙！', '丁？']);
  });

  it('does not split inside a quoted title', () => {
    expect(splitSentences('成员国欢迎通过《甲。乙》决议。成员国将合作。').map((s) => s.text)).toEqual(['成员国欢迎通过《甲。乙》决议。', '成员国将合作。']);
  });
});

describe('commitment cues', () => {
  it('reads 成员国将… as a commitment', () => {
    expect(classifySentence('成员国将采取措施，防止任何违反原则的行为。').kinds).toEqual(['commitment']);
  });

  it('does not read 将于 (a date) as a commitment', () => {
    expect(classifySentence('成员国元首理事会下一次会议将于 2025 年在中华人民共和国举行。').kinds).toEqual([]);
  });

  it('does not read a 将 inside another subject’s clause as a commitment', () => {
    expect(classifySentence('成员国认为，公约将对切实加强国际反恐制度建设作出重要贡献。').kinds).toEqual(['position']);
  });

  it('does not read a 将 inside a document title as a commitment', () => {
    expect(classifySentence('成员国欢迎通过《各国将共同应对挑战的声明》。').kinds).toEqual(['acknowledgement']);
  });

  it('does not read 将其 (把) as a commitment', () => {
    expect(classifySentence('成员国认为应加强合作，并将其作为重要手段。').kinds).toEqual(['position']);
  });

  it('reads 愿 as a commitment but not 愿景 or 愿望', () => {
    expect(classifySentence('成员国愿深化旅游领域互利合作。').kinds).toEqual(['commitment']);
    expect(classifySentence('成员国支持实现共同愿景。').kinds).toEqual(['position']);
    expect(classifySentence('成员国赞赏国际社会扩大合作的愿望。').kinds).toEqual(['acknowledgement']);
  });

  it('has a 愿 cue that does not match inside 愿景, 愿望, 意愿 or 自愿', () => {
    const ready = RULES.find((r) => r.id === 'ready')?.cue;
    expect(['愿景', '愿望', '意愿', '自愿'].map((w) => ready?.test(w))).toEqual([false, false, false, false]);
    expect(ready?.test('愿在')).toBe(true);
  });

  it('reads 重申将… as a commitment, not as a position', () => {
    const s = classifySentence('成员国重申将继续坚决打击恐怖主义。');
    expect(s.kinds).toEqual(['commitment']);
    expect(s.cues.map((c) => c.rule)).toEqual(['will']);
  });

  it('reads 一致认为应… as a commitment but 认为应… as a position', () => {
    expect(classifySentence('成员国一致认为，应加强公共卫生体系建设。').kinds).toEqual(['commitment']);
    expect(classifySentence('成员国认为应完善本组织运作机制。').kinds).toEqual(['position']);
  });

  it('reads 决定 as the member states’ verb, not the noun', () => {
    expect(classifySentence('成员国决定建立合作关系。').kinds).toEqual(['commitment']);
    expect(classifySentence('联合国通过了一项决定。').kinds).toEqual([]);
  });

  it('needs the member states as the subject', () => {
    expect(classifySentence('下一任上合组织轮值主席国将由中华人民共和国担任。').kinds).toEqual([]);
    expect(classifySentence('成员国领导人将出席会议。').kinds).toEqual([]);
  });

  it('reads 欢迎通过《…》 as an acknowledgement, not an adoption', () => {
    expect(classifySentence('成员国欢迎通过《港口和物流中心发展合作构想》。').kinds).toEqual(['acknowledgement']);
  });

  it('marks a paragraph a commitment when any one of its sentences commits', () => {
    const p = classifyParagraph('成员国强调合作十分重要。成员国愿加强交流。各方注意到有关倡议。');
    expect(p.kinds).toEqual(['commitment', 'position', 'acknowledgement']);
    expect(p.committing).toEqual([1]);
  });
});

describe('the committed classification (index/*.kinds.json)', () => {
  it('is what the rules give for the current text (run scripts/classify-paragraphs.ts after a change)', () => {
    const doc = loadLibrary(DEFAULT_INDEX_DIR).documents.find((d) => d.info.id === DOC);
    const fresh = doc?.paragraphs.map((p) => {
      const c = classifyParagraph(p.text);
      return {
        paragraph: p.number,
        kinds: c.kinds,
        committing: c.committing,
        sentences: c.sentences.map((s) => ({ text: s.text, kinds: s.kinds, cues: s.cues })),
      };
    });
    expect(data.paragraphs).toEqual(fresh);
  });

  it('records the rule that produced each kind', () => {
    expect(entry(101).sentences[0]?.cues).toEqual([{ kind: 'commitment', rule: 'agreed', cue: '商定', at: 3 }]);
    expect(data.rules.map((r) => r.id)).toContain('agreed');
  });

  it.each([
    [19, '成员国将采取措施，防止在本国领土发生任何违反尊重国家主权和领土完整原则的行为。'],
    [47, '成员国决定上合组织秘书处同中亚地区禁毒信息协调中心建立合作关系，并签署相应备忘录。'],
    [86, '有意愿发展民用核能的成员国承诺在自愿和相互协商基础上，依据本国立法在研究、创新、开发、部署等民用核技术方面开展合作。'],
    [101, '成员国商定将 2025 年宣布为上合组织“可持续发展年”。'],
  ])('pins §%i as a commitment quoting its committing sentence', (n, sentence) => {
    expect(entry(n).kinds).toContain('commitment');
    expect(committingText(n)).toEqual([sentence]);
  });

  it.each([6, 18, 31, 59, 62, 118])('pins §%i as a position only', (n) => {
    expect(entry(n).kinds).toEqual(['position']);
  });

  it.each([39, 42, 43, 56, 80, 114])('pins §%i as an acknowledgement only', (n) => {
    expect(entry(n).kinds).toEqual(['acknowledgement']);
  });

  it('pins §20 (mixed): the committing sentence is the first; the second only acknowledges', () => {
    expect(entry(20).kinds).toEqual(['commitment', 'position', 'acknowledgement']);
    expect(committingText(20)).toEqual(['成员国重申将继续坚决打击恐怖主义、分裂主义和极端主义，强调不允许利用恐怖、分裂和极端组织牟取私利。']);
  });

  it('pins §88 (mixed): the commitment is the first sentence, not the welcome that follows', () => {
    expect(entry(88).kinds).toEqual(['commitment', 'position', 'acknowledgement']);
    expect(committingText(88)).toEqual(['成员国指出，愿进一步密切各成员国智库专家沟通交流。']);
  });

  it('pins §102 (mixed): the committing sentence is the second, not the first line', () => {
    expect(entry(102).committing).toEqual([1]);
    expect(committingText(102)[0]).toMatch(/^为此，成员国欢迎签署/u);
  });

  it('pins §90 (mixed): the commitment is in the second sentence', () => {
    expect(entry(90).committing).toEqual([1]);
    expect(committingText(90)[0]).toMatch(/^成员国表示愿进一步深化地方合作/u);
  });

  it.each([
    [10, 'a 将 in what some states do (反导系统将危害)'],
    [25, 'a 将 in what a convention will do (公约将)'],
    [34, 'a 将 in Tajikistan’s plan (以及将同联合国)'],
    [49, 'a 将 in what a protocol will do (生效将为)'],
    [65, 'an adoption the member states only call important (指出，通过《…》十分重要)'],
    [69, '愿望 (a wish) of the international community'],
  ])('pins §%i as no commitment despite %s', (n) => {
    expect(entry(n).kinds).not.toContain('commitment');
  });

  it.each([1, 2, 120])('pins §%i as neither: the member states do nothing in it', (n) => {
    expect(entry(n).kinds).toEqual([]);
  });
});

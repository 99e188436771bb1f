import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/documents/split.js';

const raw = readFileSync(new URL('../../../index/astana-declaration-2024.zh.txt', import.meta.url), 'utf8');
const { title, paragraphs } = splitParagraphs(raw);

describe('splitParagraphs on the declaration', () => {
  it('reads the title', () => {
    expect(title).toBe('上海合作组织成员国元首理事会阿斯塔纳宣言');
  });

  it('finds exactly 120 paragraphs', () => {
    expect(paragraphs).toHaveLength(120);
  });

  it('starts with the opening paragraph', () => {
    expect(paragraphs[0]).toBe('上海合作组织（以下称“上合组织”或“本组织”）成员国领导人于2024年7月4日在阿斯塔纳市举行元首理事会会议，并发表宣言如下：');
  });

  it('ends with the next chairmanship', () => {
    expect(paragraphs[119]).toBe('下一任上合组织轮值主席国将由中华人民共和国担任。上合组织成员国元首理事会下一次会议将于 2025 年在中华人民共和国举行。');
  });

  // Each pair is the text on both sides of a stray blank line in the PDF text.
  it.each([
    ['贸易畅通、', '资金融通'],
    ['以及贩', '毒、武器走私'],
    ['《打击国际', '恐怖主义全面公约》'],
    ['2025 年', '至 2027 年合作纲要》'],
    ['非医疗', '目的麻醉药品'],
    ['《上合组织至', '2030 年经济发展战略》'],
    ['《上', '合组织宪章》宗旨'],
    ['为重点，', '开展多领域协作'],
    ['《2024—2025', '年〈上海合作组织成员国旅游'],
    ['上合组织国家经', '济竞争力'],
    ['成果，', '支持通过《上合组织秘书处同'],
  ])('rejoins %s / %s inside one paragraph', (before, after) => {
    expect(paragraphs.filter((p) => p.includes(before + after))).toHaveLength(1);
  });

  it('leaves no paragraph unfinished', () => {
    expect(paragraphs.filter((p) => !/[。：]$/u.test(p))).toEqual([]);
  });
});

describe('splitParagraphs on a small text', () => {
  it('joins a block that does not end a sentence to the next', () => {
    expect(splitParagraphs('标题\n\n第一句没有\n\n结束。\n\n第二段。\n').paragraphs).toEqual(['第一句没有结束。', '第二段。']);
  });

  it('keeps a paragraph ending in a colon', () => {
    expect(splitParagraphs('标题\n\n宣言如下：\n\n第一段。').paragraphs).toEqual(['宣言如下：', '第一段。']);
  });
});

import { describe, expect, it } from 'vitest';
import { offeredNames } from '../../../src/focus/offered.js';

describe('offeredNames', () => {
  it.each([
    ['Which UN agencies did the SCO Secretariat sign documents with — UNEP, FAO?', ['SCO', 'UNEP', 'FAO'], ['UNEP', 'FAO']],
    ['Which other regional bodies does the SCO work with - the CIS, the CSTO?', ['SCO', 'CIS', 'CSTO'], ['CIS', 'CSTO']],
    ['which bodies, e.g. the CIS or ASEAN?', ['CIS', 'ASEAN'], ['CIS', 'ASEAN']],
    ['哪些国际组织和上合秘书处签了文件，比如粮农组织？', ['上合秘书处', '粮农组织'], ['粮农组织']],
    ['开发银行是不是中国提的', ['中国'], ['中国']],
    ['Who proposed the investment fund, Kazakhstan?', ['Kazakhstan'], ['Kazakhstan']],
    ['Who proposed the investment fund, was it China?', ['China'], ['China']],
    ['Where is the next summit, in China?', ['China'], ['China']],
    ['谁担任下一任轮值主席国，是中国吗？', ['中国'], ['中国']],
  ])('in %s offers %j the answers %j', (question, surfaces, offered) => {
    expect([...offeredNames(question, surfaces)].sort()).toEqual([...offered].sort());
  });

  it.each([
    ["Kazakhstan's SCO investment fund proposal - what did leaders decide", ['Kazakhstan', 'SCO']],
    ['Who proposed the Kazakhstan initiative: the fund?', ['Kazakhstan']],
    ['哈萨克斯坦提的那个倡议是谁支持的', ['哈萨克斯坦']],
    ['Which countries back the BRI - and does India?', ['BRI', 'India']],
    ["Kazakhstan's SCO investment fund proposal, who backed it?", ['Kazakhstan']],
  ])('in %s offers none of %j: they are what is asked about', (question, surfaces) => {
    expect([...offeredNames(question, surfaces)]).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutSmallTalk } from '../../../src/query/small-talk.js';

describe('withoutSmallTalk', () => {
  it.each([
    ['谢谢！那关于伊朗呢？', '关于伊朗呢？'],
    ['hi there, what can you do?', 'what can you do?'],
    ['thanks! and what about Iran', 'what about Iran'],
    ['hey @bot what does it say about climate', 'what does it say about climate'],
    ['@SCObot Gaza?', 'Gaza?'],
    ['lemme know what it says on Iran', 'Iran'],
    ['boss wants to know about sanctions', 'sanctions'],
    ['for my thesis: what does it say about water', 'what does it say about water'],
    ['any mention of Gaza, asking for a friend', 'any mention of Gaza,'],
    ['Cool, and the next summit?', 'the next summit?'],
    ['ok gracias, what about terrorism', 'what about terrorism'],
    ['danke - and the JCPOA?', 'the JCPOA?'],
    ['merci, and what about Iran?', 'what about Iran?'],
    ["Correct me if I'm wrong, but did they back the youth business council?", 'did they back the youth business council?'],
    ['just to double-check: any mention of drugs?', 'any mention of drugs?'],
    ['sorry if this is obvious, but what about Gaza?', 'what about Gaza?'],
    ['iirc they said something about AI', 'they said something about AI'],
    ["Did they call for a ceasefire? need the wording roughly for a piece I'm filing", 'Did they call for a ceasefire?'],
    ['for a story I’m writing: what about drugs?', 'what about drugs?'],
    ['“上海精神”具体包括哪几个词来着，老记不全，求助', '“上海精神”具体包括哪几个词来着，'],
    ['for a diplomat cable: humanitarian access in Gaza language?', 'humanitarian access in Gaza ?'],
    ["what's the exact wording on unilateral sanctions", "what's unilateral sanctions"],
    ['hey quick one, cuba embargo?', 'cuba embargo?'],
    ['just one question: where is the secretariat', 'where is the secretariat'],
    ["one last thing: what's 2025's theme year", "what's 2025's theme year"],
    ['real quick, cuba?', 'cuba?'],
    ['最后一个问题，宣言提到古巴了吗', '宣言提到古巴了吗'],
    ['再问个问题：秘书处在哪', '秘书处在哪'],
  ])('reads %s as %s', (text, question) => {
    expect(withoutSmallTalk(text)).toBe(question);
  });

  it.each([
    'Great Wall',
    'OK',
    'hello',
    'Cool roofs and climate',
    'need the date for a piece',
    'the correct implementation of sanctions',
    'language teaching',
    'when was the last one held',
    'a quick reaction force',
  ])('leaves %s as it is', (text) => {
    expect(withoutSmallTalk(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { topicParts } from '../../src/topic-parts.js';

describe('topicParts', () => {
  it.each([
    ['climate and energy', ['climate', 'energy']],
    ['tourism plus sports', ['tourism', 'sports']],
    ['Gaza + Afghanistan', ['Gaza', 'Afghanistan']],
    ['Gaza & Afghanistan', ['Gaza', 'Afghanistan']],
    ['e-commerce / antitrust', ['e-commerce', 'antitrust']],
    ['1) AI 2) Gaza', ['AI', 'Gaza']],
    ['what does it say about AI and about climate change?', ['AI', 'climate change']],
    ['anything on the dev bank and the investment fund?', ['dev bank', 'investment fund']],
    ['AI, drugs, tourism', ['AI', 'drugs', 'tourism']],
    ['AI, drugs and tourism', ['AI', 'drugs', 'tourism']],
    ['AI or drugs', ['AI', 'drugs']],
    ['人工智能、毒品、旅游', ['人工智能', '毒品', '旅游']],
    ['1）人工智能 2）毒品 3）旅游', ['人工智能', '毒品', '旅游']],
    // The organisation itself is whose the topics are, not one of them.
    ['SCO, climate and energy', ['climate', 'energy']],
  ])('reads %s as the topics %j', (text, parts) => {
    expect(topicParts(text)).toEqual(parts);
  });

  it.each([
    'Who takes over the chair, and where is the summit?',
    'Does the SCO back trade and investment?',
    'the role of the UN in countering transnational crime and drug trafficking in Central Asia',
    '气候和能源',
    '气候这块，巴黎协定提到没？',
    '中东局势除了巴以，还提叙利亚没',
    '反恐、禁毒合作怎么样',
    'MoU between SCO secretariat and UNEP - date and city',
    'the drug strategy: dates and places',
    'climate',
    'SCO and NATO cooperation?',
    '上合、北约',
  ])('lists no topics in %s', (text) => {
    expect(topicParts(text)).toEqual([]);
  });
});

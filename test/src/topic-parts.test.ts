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
    ['Is there anything on de-dollarisation or trading in national currencies?', ['de-dollarisation', 'trading in national currencies']],
    ['do they mention the Paris Olympics or an Olympic truce?', ['Paris Olympics', 'Olympic truce']],
    ['any reference to Gaza or Afghanistan?', ['Gaza', 'Afghanistan']],
    // A list set out inside a longer question: between dashes, after a colon, after a dash to the end, after 'such as'.
    [
      "Tajik initiatives — the Dushanbe Process on terror financing, the security belt around Afghanistan and the antimonopoly heads' meeting — where are they?",
      ['Dushanbe Process on terror financing', 'security belt around Afghanistan', "antimonopoly heads' meeting"],
    ],
    [
      'Uzbekistan floated ideas: an SCO cultural exchange calendar, a partnership week and a youth programme. Which paragraphs?',
      ['SCO cultural exchange calendar', 'partnership week', 'youth programme'],
    ],
    [
      'What China items are there — Qingdao as tourism capital, the digital education alliance, and the next chairmanship?',
      ['Qingdao as tourism capital', 'digital education alliance', 'next chairmanship'],
    ],
    [
      'Which bodies are named, such as the energy ministers meeting, the transport ministers meeting or the youth council?',
      ['energy ministers meeting', 'transport ministers meeting', 'youth council'],
    ],
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
    // Single words after a question are examples of what it asks, not things of their own; two items may be one thing.
    'Which types of tourism does the SCO want to develop — culinary, medical, eco?',
    "what's the AI language - safety, controllability, that kind of thing?",
    'the drug strategy — the dates and the places',
  ])('lists no topics in %s', (text) => {
    expect(topicParts(text)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { americanSpelling, englishTerm } from '../../../src/search/analyzer.js';
import { questionFrame, readEnglish, topicHead, topicWords } from '../../../src/search/english.js';
import { prepareQuery } from '../../../src/search/query.js';
import { joinedAsWritten } from '../../../src/search/english-words.js';

const vocabulary = {
  stopZh: new Set<string>(),
  stopEn: new Set(['which', 'the', 'of']),
  frameEn: new Set(['country', 'body']),
  frameZh: new Set<string>(),
  expansions: [],
  expansionIndex: new Map<string, number[]>(),
};

describe('English analysis', () => {
  it('reduces words to their lemma and tells verbs from nouns', () => {
    const words = readEnglish('Which country proposed the creation of the police body?');
    expect(words.get('proposed')).toEqual({ lemma: 'propose', pos: 'VERB', name: false });
    expect(words.get('creation')?.pos).toEqual('NOUN');
  });

  it('folds British spellings onto American ones on both sides', () => {
    expect(americanSpelling('organisation')).toEqual('organization');
    expect(americanSpelling('neighbouring')).toEqual('neighboring');
    // The rendering's good-neighbourliness meets a question's good-neighborly: both fold before the stemmer cuts them.
    expect(americanSpelling('neighbourliness')).toEqual('neighborliness');
    expect(englishTerm('neighbourliness')).toEqual(englishTerm('neighborly'));
    expect(englishTerm('defence')).toEqual(englishTerm('defense'));
    expect(englishTerm('organisations')).toEqual(englishTerm('organizations'));
  });

  it('reads an ordinal as one term however it is written', () => {
    expect(englishTerm('Fourth')).toEqual(englishTerm('4th'));
    expect(englishTerm('nineteenth')).toEqual(englishTerm('19th'));
    expect(englishTerm('north')).toEqual('north');
  });

  it('keeps apart words the stemmer would cut to another concept’s stem, and each with its own forms', () => {
    expect(englishTerm('university')).not.toEqual(englishTerm('universal'));
    expect(englishTerm('universities')).toEqual(englishTerm('University'));
    expect(englishTerm('communications')).not.toEqual(englishTerm('community'));
    expect(englishTerm('internal')).not.toEqual(englishTerm('international'));
    expect(englishTerm('resolutions')).not.toEqual(englishTerm('resolutely'));
  });

  it('reads an abbreviated month as the month the rendering writes out', () => {
    expect(englishTerm('Sept')).toEqual(englishTerm('september'));
    expect(englishTerm('feb')).toEqual(englishTerm('February'));
    expect(englishTerm('may')).toEqual(englishTerm('May'));
  });

  it('reads what a question asks in dictionary forms, its wh-phrase cut to the head noun', () => {
    expect(questionFrame('On what dates was it held?')).toMatch(/^on what date be it hold/u);
    expect(questionFrame('Which Chinese leader proposed it?')).toMatch(/^which leader propose/u);
    expect(questionFrame('What emissions-reduction figures were given?')).toMatch(/^what figure be give/u);
    // A noun before the noun is a compound of another kind; a capitalised noun ends a name.
    expect(questionFrame('What theme year was chosen?')).toMatch(/^what theme year/u);
    expect(questionFrame('What Sustainable Development Year is it?')).toMatch(/^what sustainable development year/u);
  });

  it('reads the topic a question sets before a dash or a colon, by its last noun', () => {
    expect(topicHead('hydrogen fuel: any joint projects?')).toBe('fuel');
    expect(topicHead('Drug trafficking - what do they commit to?')).toBe('trafficking');
    expect(topicHead('cross-border crime – who leads the response?')).toBe('crime');
    // No topic set first: a question that starts otherwise, or a noun phrase not followed by a break.
    expect(topicHead('What about vaccines?')).toBeUndefined();
    expect(topicHead('drug trafficking in the region?')).toBeUndefined();
    expect(topicWords('cross-border crime – who leads the response?')).toEqual(['cross', 'border', 'crime']);
  });

  it('weighs verbs and frame words as such', () => {
    const q = prepareQuery('Which country proposed the police body?', vocabulary, 'jieba+bigram');
    expect(q.words.map((w) => [w.word, w.role])).toEqual([
      ['country', 'frame'],
      ['proposed', 'verb'],
      ['police', 'content'],
      ['body', 'frame'],
    ]);
  });

  it('weighs an adverb as a verb: it says how, not what about', () => {
    const q = prepareQuery('Is the police body still planned?', vocabulary, 'jieba+bigram');
    expect(q.words.find((w) => w.word === 'still')?.role).toEqual('verb');
    expect(q.words.find((w) => w.word === 'police')?.role).toEqual('content');
  });

  it('weighs an adjective the documents never use as a verb: it says how the asker sees the subject', () => {
    const known = new Set([englishTerm('route'), englishTerm('peace'), englishTerm('nuclear')]);
    const q = prepareQuery('the only viable route to peace', vocabulary, 'jieba+bigram', (t) => known.has(t));
    expect(q.words.find((w) => w.word === 'viable')?.role).toEqual('verb');
    const used = prepareQuery('nuclear peace', vocabulary, 'jieba+bigram', (t) => known.has(t));
    expect(used.words.find((w) => w.word === 'nuclear')?.role).toEqual('content');
  });

  it('reads the bare word after an auxiliary and its subject as the verb the model took for a noun', () => {
    expect(readEnglish('Which kinds of tourism did leaders flag for cooperation?').get('flag')?.pos).toEqual('VERB');
    expect(readEnglish('Did SCO leaders call for a ceasefire?').get('call')?.pos).toEqual('VERB');
    // A plural ends the subject (member states of …): it is no bare verb.
    expect(readEnglish('Do member states of the SCO support it?').get('states')?.pos).toEqual('NOUN');
  });

  it('reads the parts of a hyphenated word the model keeps whole, the last as its head', () => {
    const words = readEnglish('Does the declaration talk about de-dollarization?');
    expect(words.get('dollarization')?.pos).toEqual('NOUN');
    expect(words.get('de')?.pos).toEqual('ADJ');
  });

  it('weighs the words an analyst frames a question with (frame, characterise, components) as frame words', () => {
    const frameEn = new Set<string>(JSON.parse(readFileSync(new URL('../../../index/stopwords.json', import.meta.url), 'utf8')).frameEn);
    for (const word of ['frame', 'characterise', 'portrays', 'components', 'elements']) expect(frameEn.has(word)).toBe(true);
    const q = prepareQuery('How does it frame the police body?', { ...vocabulary, frameEn }, 'jieba+bigram');
    expect(q.words.find((w) => w.word === 'frame')?.role).toEqual('frame');
  });

  it('takes function words the stop list lacks for frame words', () => {
    const q = prepareQuery('years since the police body was founded', vocabulary, 'jieba+bigram');
    expect(q.words.find((w) => w.word === 'since')?.role).toEqual('frame');
  });

  it('takes a word for a piece of the text before on, about or to for a frame word', () => {
    const asked = prepareQuery('any language on vaccine cooperation', vocabulary, 'jieba+bigram');
    expect(asked.words.find((w) => w.word === 'language')?.role).toEqual('frame');
    const subject = prepareQuery('support for native languages', vocabulary, 'jieba+bigram');
    expect(subject.words.find((w) => w.word === 'languages')?.role).toEqual('content');
  });

  it('splits a compound the documents write apart', () => {
    const known = new Set([englishTerm('counter'), englishTerm('terrorism')]);
    const q = prepareQuery('counterterrorism', vocabulary, 'jieba+bigram', (t) => known.has(t));
    expect(q.words[0]?.terms).toEqual([englishTerm('counter'), englishTerm('terrorism')]);
  });

  it('keeps a word whole when the documents know it', () => {
    const q = prepareQuery('counterterrorism', vocabulary, 'jieba+bigram', () => true);
    expect(q.words[0]?.terms).toEqual([englishTerm('counterterrorism')]);
  });
});

describe('joinedAsWritten', () => {
  const known = (term: string): boolean => ['antimonopoli', 'antiterror', 'terror', 'counter'].includes(term);

  it('joins a hyphenated word the documents write joined and whose last part they never use alone', () => {
    expect(joinedAsWritten('anti-monopoly cooperation', known)).toBe('antimonopoly cooperation');
  });

  it('leaves one whose parts the documents use, or that they never write joined', () => {
    expect(joinedAsWritten('anti-terror exercise', known)).toBe('anti-terror exercise');
    expect(joinedAsWritten('e-commerce and co-operation', known)).toBe('e-commerce and co-operation');
  });
});

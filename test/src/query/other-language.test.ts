import { describe, expect, it } from 'vitest';
import { inAnotherLatinLanguage } from '../../../src/query/other-language.js';
import { knownToLexicon } from '../../../src/search/english.js';

// The English model's lexicon decides what English knows, as in the bot.
const other = (text: string): boolean => inAnotherLatinLanguage(text, knownToLexicon);

describe('inAnotherLatinLanguage', () => {
  it.each([
    '¿Qué dice sobre Afganistán?',
    'Que dit la déclaration sur le climat ?',
    'Was sagt die Erklärung über Afghanistan?',
    'O que diz sobre o terrorismo?',
    'che cosa dice sul terrorismo',
    'Apa kata deklarasi tentang terorisme?',
    'Vad säger deklarationen om terrorism?',
    'Mitä julistus sanoo terrorismista?',
  ])('reads %s as another language', (text) => {
    expect(other(text)).toBe(true);
  });

  it.each([
    'What does it say about Afghanistan?',
    'quid pro quo deals?',
    'anything on the Rio de Janeiro summit?',
    'wat abt the drgs thng',
    'la nina',
    'Tokayev Mirziyoyev Rahmon meeting?',
    '上合对 la déclaration 怎么看',
  ])('reads %s as English (or Chinese), not another language', (text) => {
    expect(other(text)).toBe(false);
  });

  it('is consulted with the lexicon only for three words or more', () => {
    const asked: string[] = [];
    inAnotherLatinLanguage('qué tal', (w) => {
      asked.push(w);
      return false;
    });
    expect(asked).toEqual([]);
  });
});

// wink-nlp and the parts of its English model, imported so that the bundle for the startup
// snapshot holds them (src/search/english.ts would otherwise require them from node_modules,
// and a snapshot can hold no module loaded by require).
import winkNLP from 'wink-nlp';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import metaCER from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import negation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import pos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import sbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import type { EnglishLibrary } from '../../src/search/english.js';
import type { EnglishModelParts } from '../../src/search/english-model.js';

export const bundledEnglish: EnglishLibrary = {
  winkNLP,
  parts: { sbd, pos, negation, metaCER, featureFn, lemmatize: lemmatize as EnglishModelParts['lemmatize'] },
};

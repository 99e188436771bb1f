// wink-eng-lite-web-model, loaded for what the English analysis uses (tokens,
// parts of speech, lemmas, the lexicon) and no more. The package's own loader
// keeps its 3 MB JSON in the module cache and works on a deep copy of it, and
// wink-nlp loads the named-entity and sentiment machines whether or not the
// pipe asks for them: together some 14 MB of memory and 80 ms that a question
// never uses. Here the core model's large parts (its words and their features)
// are read compact from a cache (src/search/english-lexicon.ts), parsed from its
// file only when the cache lacks them, and the model is prepared the way the
// package prepares its copy (dist/read-core-model.js and load-core-model.js of
// version 1.8); the entity and sentiment machines are empty. test/src/search/english-model.test.ts reads every evaluation question
// with both models and expects the same tokens, tags, lemmas and ids.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from 'wink-nlp';
import { type CompactLexicon, type CompactWords, type LexiconJson, loadLexicon } from './english-lexicon.js';

const require = createRequire(import.meta.url);

/** A state machine that recognises nothing, in wink-nlp's automaton format ([version, lastState, fsm, terminal, marked, custom]). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The fields of the core model's JSON that its preparation touches, once the compact lexicon has its large parts. */
interface CoreModelJson {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  pos: { hash: Record<string, number> };
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
}

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  list.forEach((word, k) => {
    hash[word] = k;
  });
  return hash;
}

/**
 * The lexeme feature over the compact words: wink-nlp reads a word by index, pushes
 * the words it adds and reads the list's length; it looks words up by key and sets
 * the index of a word it adds. Nothing else of the two is used.
 */
function lexemeFeature(words: CompactWords): Feature {
  const list = new Proxy([] as string[], {
    get: (_target, key) => {
      if (key === 'length') return words.length;
      if (key === 'push') return (word: string) => words.push(word);
      return typeof key === 'string' ? words.word(Number(key)) : undefined;
    },
  });
  const hash = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? words.indexOf(key) : undefined),
    set: (_target, key, value: number) => {
      if (typeof key === 'string') words.setIndex(key, value);
      return true;
    },
    has: (_target, key) => typeof key === 'string' && words.indexOf(key) !== undefined,
  });
  return { list, hash, intrinsicSize: words.count, index: words.count };
}

/** The core model as wink-nlp expects it: the compact lexicon in place, each listed feature indexed, its sizes set. */
function prepareCore(compact: CompactLexicon<Omit<CoreModelJson, 'lexicon' | 'xpansions'>>): CoreModelJson {
  const model: CoreModelJson = { ...compact.rest, lexicon: compact.lexicon, xpansions: compact.xpansions };
  const { packing, features } = model;
  features.lexeme = lexemeFeature(compact.words);
  packing.efList = [];
  for (const [name, layout] of Object.entries(packing.layout)) {
    const feature = features[name];
    if (layout[3] === 0 && feature !== undefined) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] ?? 0) >>> (layout[2] ?? 0);
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  const clusters = features.posClusters.list;
  clusters.forEach((cluster, k) => {
    if (typeof cluster === 'string') clusters[k] = new Set(cluster.split('_').map((tag) => model.pos.hash[tag] ?? 0));
  });
  return model;
}

/** The parts of wink-eng-lite-web-model besides its core JSON, as its own loader (model.js) gathers them. */
export interface EnglishModelParts {
  sbd: Model['sbd'];
  pos: Model['pos'];
  negation: Model['negation'];
  metaCER: Model['metaCER'];
  featureFn: Model['featureFn'];
  lemmatize: NonNullable<Model['addons']['lemmatize']>;
}

/** Where the installed wink-eng-lite-web-model keeps its files. */
function modelDist(): string {
  return join(dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist');
}

/** The parts, required from node_modules when first needed (a startup snapshot brings its own: adapters/prepared-core/). */
export function requiredModelParts(): EnglishModelParts {
  const dist = modelDist();
  const part = (file: string): unknown => require(join(dist, file));
  return {
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    negation: part('load-negation-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    lemmatize: part('lemmatize.js') as EnglishModelParts['lemmatize'],
  };
}

/**
 * The model, for `winkNLP(model, ['pos'])`. Its lexicon is read from the cache in `cacheDir`
 * (by default beside the model's package; src/search/english-lexicon.ts) when it is there.
 */
export function leanEnglishModel(parts: EnglishModelParts = requiredModelParts(), cacheDir?: string): Model {
  const coreFile = join(modelDist(), 'languages', 'cur', 'models', 'eng-core-web-model.json');
  const { lemmatize, ...loaders } = parts;
  return {
    ...loaders,
    core: () => prepareCore(loadLexicon(coreFile, () => JSON.parse(readFileSync(coreFile, 'utf8')) as LexiconJson, cacheDir)),
    ner: () => ({ machines: [], transformers: [] }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    addons: { lemmatize },
  };
}

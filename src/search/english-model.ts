// wink-eng-lite-web-model, loaded for what the English analysis uses (tokens,
// parts of speech, lemmas, the lexicon) and no more. The package's own loader
// keeps its 3 MB JSON in the module cache and works on a deep copy of it, and
// wink-nlp loads the named-entity and sentiment machines whether or not the
// pipe asks for them: together some 14 MB of memory and 80 ms that a question
// never uses. Here the core model is read once from its file and prepared in
// place the way the package prepares its copy (dist/read-core-model.js and
// load-core-model.js of version 1.8); the entity and sentiment machines are
// empty. test/src/search/english-model.test.ts reads every evaluation question
// with both models and expects the same tokens, tags, lemmas and ids.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from 'wink-nlp';

const require = createRequire(import.meta.url);

/** A state machine that recognises nothing, in wink-nlp's automaton format ([version, lastState, fsm, terminal, marked, custom]). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The fields of the core model's JSON that its preparation touches. */
interface CoreModelJson {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
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

/** Base64 of little-endian 32-bit words, as the model stores its lexicon, as a Uint32Array. */
function words32(base64: string | Uint32Array): Uint32Array {
  if (typeof base64 !== 'string') return base64;
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  list.forEach((word, k) => {
    hash[word] = k;
  });
  return hash;
}

/**
 * The same index for the lexicon's 88,000 words, held in a Map: wink-nlp only
 * reads and adds words by key, and a Map of that size builds in half the time
 * of an object and takes 2.6 MB less.
 */
function mapBackedIndexOf(list: readonly string[]): Record<string, number> {
  const words = new Map<string, number>();
  list.forEach((word, k) => {
    words.set(word, k);
  });
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? words.get(key) : undefined),
    set: (_target, key, value: number) => {
      if (typeof key === 'string') words.set(key, value);
      return true;
    },
    has: (_target, key) => typeof key === 'string' && words.has(key),
  });
}

/** The core model as wink-nlp expects it: lexicon decoded, each listed feature indexed, its sizes set. */
function prepareCore(model: CoreModelJson): CoreModelJson {
  const { packing, features } = model;
  model.lexicon = words32(model.lexicon);
  model.xpansions = words32(model.xpansions);
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
  const { lexeme } = features;
  lexeme.hash = mapBackedIndexOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
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

/** The model, for `winkNLP(model, ['pos'])`. */
export function leanEnglishModel(parts: EnglishModelParts = requiredModelParts()): Model {
  const coreFile = join(modelDist(), 'languages', 'cur', 'models', 'eng-core-web-model.json');
  const { lemmatize, ...loaders } = parts;
  return {
    ...loaders,
    core: () => prepareCore(JSON.parse(readFileSync(coreFile, 'utf8')) as CoreModelJson),
    ner: () => ({ machines: [], transformers: [] }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    addons: { lemmatize },
  };
}

/**
 * wink's English model, loaded faster than the package loads it. wink-eng-lite-web-model reads
 * its 3 MB core model by `require` when it is imported (a JSON parse), then, when wink asks for
 * it, copies the whole of it (`JSON.parse(JSON.stringify(…))`) and decodes its two packed
 * arrays with `atob` and a loop over every byte: about half of the model's loading time, which
 * every run and every worker thread pays before reading its first article. Here the core model
 * is parsed once from its file and its arrays decoded by `Buffer`, and the rest of the model
 * (sentence, part-of-speech, entity … machines) comes from the package's own modules. The result
 * is the very object the package builds (tests/nlp/wink-model.test.ts compares them whole), so
 * the tokens and tags are the same.
 *
 * The package's entry point is not imported at all: it would parse the core model on import.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model';
const CORE_MODEL_FILE = `${PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`;

/** A feature of the core model: its values, and (once loaded) their index by value. */
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The parts of the core model the loading touches, as the package's loader reads them. */
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** Per feature: [_, mask, shift, 0 when the feature is hashed, 1 when it is an extension]. */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: Feature };
  pos: { hash: Record<string, number> };
}

/** Decodes base64 into a fresh, aligned buffer of 32-bit words, as the package's `atob` loop does. */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/** Builds the value → index table of a feature's list (later values win, as in the package). */
function indexOf(list: readonly unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

/**
 * The core model, as the package's `load-core-model.js` (and the `read-core-model.js` it calls)
 * returns it, step for step, without the copy and with a native base64 decoder.
 */
export function loadCoreModel(): unknown {
  const model = JSON.parse(readFileSync(require.resolve(CORE_MODEL_FILE), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  for (const f in packing.layout) if ((packing.layout[f] as number[])[3] === 0) (features[f] as Feature).hash = indexOf((features[f] as Feature).list);
  features.lexeme.hash = indexOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    if (layout[3] === 0) {
      const feature = features[f] as Feature;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The model object `winkNLP` takes, assembled as the package's `dist/model.js` assembles it. */
export interface WinkModel {
  core: () => unknown;
  [part: string]: unknown;
}

/**
 * wink's English model with the fast core loader. Falls back to the package's own model when
 * its files are not where this version of the package keeps them.
 */
export function winkModel(): WinkModel {
  const dist = `${PACKAGE}/dist/`;
  try {
    const model: WinkModel = Object.create(null);
    model.core = loadCoreModel;
    model.sbd = require(`${dist}load-sbd-model.js`);
    model.pos = require(`${dist}load-pos-model.js`);
    model.ner = require(`${dist}load-ner-model.js`);
    model.negation = require(`${dist}load-negation-model.js`);
    model.sa = require(`${dist}load-sa-model.js`);
    model.metaCER = require(`${dist}load-cer-meta-model.js`);
    model.featureFn = require(`${dist}feature.js`);
    // The package makes the addons with a null prototype, which V8 keeps in dictionary mode:
    // wink looks `addons.lemmatize` up for most tokens it lemmatizes, each time a dictionary
    // search. The same four functions in an object literal are read through its map.
    model.addons = {
      stem: require(`${dist}porter-stemmer.js`),
      lemmatize: require(`${dist}lemmatize.js`),
      readabilityStats: require(`${dist}readability-stats.js`),
      wordVectors: undefined,
    };
    require.resolve(CORE_MODEL_FILE);
    return model;
  } catch {
    return require(PACKAGE) as WinkModel;
  }
}

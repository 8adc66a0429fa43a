import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCoreModel, winkModel } from '../../src/nlp/wink-model.js';

const require = createRequire(import.meta.url);

describe('winkModel', () => {
  it('loads the very core model the package loads', () => {
    const packaged = (require('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown)();
    const fast = loadCoreModel() as Record<string, unknown>;
    expect(fast.lexicon).toBeInstanceOf(Uint32Array);
    expect(fast).toEqual(packaged);
  });

  it('assembles every other part from the package’s own modules', () => {
    const packaged = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const model = winkModel();
    expect(Object.keys(model).sort()).toEqual(Object.keys(packaged).sort());
    for (const part of Object.keys(packaged)) {
      if (part === 'core' || part === 'addons') continue;
      expect(model[part], part).toBe(packaged[part]);
    }
    expect(model.addons).toEqual(packaged.addons);
    expect(model.core).toBe(loadCoreModel);
  });
});

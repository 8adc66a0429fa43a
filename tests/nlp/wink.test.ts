/**
 * wink-nlp adds every unseen word to its shared lexicon as it reads (wink-nlp#143); dossier's
 * patch marks and rolls the lexicon back around each read, so that a document's tokens and tags
 * do not depend on the documents read before it.
 */
import { describe, expect, it } from 'vitest';
import { getWink, readIsolated, type WinkEngine } from '../../src/nlp/wink.js';

type Patched = WinkEngine & { markLexicon(): unknown };

/** The words of a text never seen by the model: made up, so they are new to every lexicon. */
const UNSEEN = 'Zorvathian Quillibrex met Okafor’s envoys, Plimsquander said.';

describe('wink lexicon rollback', () => {
  const wink = getWink() as Patched;

  it('a read outside readIsolated grows the lexicon (what the rollback undoes)', () => {
    const before = wink.markLexicon();
    wink.readDoc(`${UNSEEN} Grelmwick`);
    expect(wink.markLexicon()).not.toEqual(before);
  });

  it('leaves the lexicon as it was after a read', () => {
    const before = wink.markLexicon();
    readIsolated(wink, () => wink.readDoc(`${UNSEEN} Brannowick Fedderly`).tokens().out());
    expect(wink.markLexicon()).toEqual(before);
  });

  it('rolls back when the read throws', () => {
    const before = wink.markLexicon();
    expect(() =>
      readIsolated(wink, () => {
        wink.readDoc('Vexillant Orbisquor of Trenchmoor.');
        throw new Error('stage failed');
      }),
    ).toThrow('stage failed');
    expect(wink.markLexicon()).toEqual(before);
  });

  it('tokenises a word the same before and after another text has taught wink a form of it', () => {
    const tokens = (text: string): string[] => readIsolated(wink, () => wink.readDoc(text).tokens().out() as string[]);
    const first = tokens('But Adaeze Okafor’s rivals can slow her.');
    tokens('He gave to no campaign except Okafor’s, records show.');
    expect(tokens('But Adaeze Okafor’s rivals can slow her.')).toEqual(first);
    expect(first).toContain('Okafor');
  });
});

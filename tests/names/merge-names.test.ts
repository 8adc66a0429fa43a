import { describe, expect, it } from 'vitest';
import { mergeNames, type CorpusName } from '../../src/names/merge-names.js';
import { foldName, nameParts } from '../../src/names/name-parts.js';

const corpus = (...names: (string | [string, number])[]): CorpusName[] =>
  names.map((n) => (typeof n === 'string' ? { name: n, articles: 1, mentions: 1 } : { name: n[0], articles: n[1], mentions: n[1] }));

/** The groups of more than one name, each sorted, shown name first. */
function merged(names: CorpusName[]): string[][] {
  return mergeNames(names)
    .filter((g) => g.others.length > 0)
    .map((g) => [g.name, ...[...g.others].sort()]);
}

describe('nameParts', () => {
  it('finds given name, middles, surname with its particles, and suffix', () => {
    expect(nameParts('Donald J. Trump')).toEqual({ given: 'donald', middles: ['j'], surname: 'trump', suffix: '' });
    expect(nameParts('Charles de Gaulle')).toEqual({ given: 'charles', middles: [], surname: 'de gaulle', suffix: '' });
    expect(nameParts('de Gaulle')).toEqual({ given: '', middles: [], surname: 'de gaulle', suffix: '' });
    expect(nameParts('Martin Luther King Jr.')).toEqual({ given: 'martin', middles: ['luther'], surname: 'king', suffix: 'jr' });
    expect(nameParts('Obama')).toEqual({ given: '', middles: [], surname: 'obama', suffix: '' });
  });

  it('folds case, accents, full stops and apostrophes', () => {
    expect(foldName('José  Díaz')).toBe('jose diaz');
    expect(foldName('Conan O’Brien')).toBe("conan o'brien");
  });
});

describe('mergeNames', () => {
  it('joins a surname to the one person of the corpus with that surname', () => {
    expect(merged(corpus(['Barack Obama', 5], 'Obama'))).toEqual([['Barack Obama', 'Obama']]);
  });

  it('leaves a surname apart when two people of the corpus have it', () => {
    expect(merged(corpus('Barack Obama', 'Michelle Obama', 'Obama'))).toEqual([]);
  });

  it('leaves a word apart that the corpus also uses as a given name', () => {
    expect(merged(corpus('Rand Paul', 'Paul Ryan', 'Paul'))).toEqual([]);
    expect(merged(corpus('Dana Garrow', 'Advantage Dana', 'Dana'))).toEqual([]);
  });

  it('joins a middle initial to the same name without it, and to the name it abbreviates', () => {
    expect(merged(corpus(['Donald Trump', 9], 'Donald J. Trump', 'Donald John Trump', 'Trump'))).toEqual([
      ['Donald Trump', 'Donald J. Trump', 'Donald John Trump', 'Trump'],
    ]);
  });

  it('never joins two different full names', () => {
    expect(merged(corpus('George Bush', 'George W. Bush', 'George H. W. Bush'))).toEqual([]);
    expect(merged(corpus('John Adam Smith', 'John Alan Smith', 'John A. Smith', 'John Smith'))).toEqual([]);
    expect(merged(corpus('Donald Trump', 'Donald Trump Jr.', 'Trump'))).toEqual([]);
    expect(merged(corpus('Hillary Clinton', 'Bill Clinton'))).toEqual([]);
  });

  it('joins names written with and without accents', () => {
    expect(merged(corpus(['José Díaz', 3], 'Jose Diaz'))).toEqual([['José Díaz', 'Jose Diaz']]);
  });

  it('shows the full name used in most articles', () => {
    expect(mergeNames(corpus(['Obama', 50], ['Barack Obama', 3], ['Barack H. Obama', 4]))).toEqual([
      { name: 'Barack H. Obama', others: ['Obama', 'Barack Obama'] },
    ]);
  });
});

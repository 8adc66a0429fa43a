import { describe, expect, it } from 'vitest';
import { misspeltSurname, oneEditApart } from '../../../src/analysis/entities/spelling-variant.js';

describe('oneEditApart', () => {
  it('accepts one letter added, dropped, changed, or two neighbours swapped, whatever the capitals', () => {
    expect(oneEditApart('McAlvey', 'MacAlvey')).toBe(true);
    expect(oneEditApart('Halvorsen', 'Halversen')).toBe(true);
    expect(oneEditApart('Halvorsen', 'Halvrosen')).toBe(true);
    expect(oneEditApart('Ashcroft', 'Ashcrofft')).toBe(true);
  });

  it('refuses two edits, the same word, a plural, and punctuation', () => {
    expect(oneEditApart('Halvorsen', 'Halvarsan')).toBe(false);
    expect(oneEditApart('Halvorsen', 'Halvorsen')).toBe(false);
    expect(oneEditApart('Polaroid', 'Polaroids')).toBe(false);
    expect(oneEditApart("O'Neill", 'O’Neill')).toBe(false);
  });
});

describe('misspeltSurname', () => {
  it('finds the one surname a word misspells', () => {
    expect(misspeltSurname('Halversen', ['Ashcroft', 'Halvorsen'])).toBe('Halvorsen');
  });

  it('finds none when two surnames are as close, when the first letters differ, or the word is short', () => {
    expect(misspeltSurname('Halversen', ['Halvorsen', 'Halvarsen'])).toBeUndefined();
    expect(misspeltSurname('Kalvorsen', ['Halvorsen'])).toBeUndefined();
    expect(misspeltSurname('Dunne', ['Dunn'])).toBeUndefined();
  });
});

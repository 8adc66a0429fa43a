import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The build script keeps its own copy of the key functions (it runs before tsc).
import * as build from '../../scripts/build-gazetteer.mjs';
import { foldKey, givenNameKey, nameKey, unshout } from '../../src/gazetteer/normalize.js';

describe('nameKey', () => {
  it('drops dots and straightens apostrophes and dashes', () => {
    expect(nameKey('U.S.')).toBe('US');
    expect(nameKey('St. Louis')).toBe('St Louis');
    expect(nameKey('Côte d’Ivoire')).toBe("Côte d'Ivoire");
    expect(nameKey('Friuli–Venezia Giulia')).toBe('Friuli-Venezia Giulia');
    expect(nameKey('  New\u00a0 York ')).toBe('New York');
  });

  it('keeps case', () => {
    expect(nameKey('Nice')).not.toBe(nameKey('nice'));
  });

  it('unifies composed and decomposed accents', () => {
    expect(nameKey('Zu\u0308rich')).toBe(nameKey('Z\u00fcrich'));
  });
});

describe('foldKey', () => {
  it('removes diacritics and spells special letters in ASCII', () => {
    expect(foldKey('Zürich')).toBe('Zurich');
    expect(foldKey('Chișinău')).toBe('Chisinau');
    expect(foldKey('Łódź')).toBe('Lodz');
    expect(foldKey('Tórshavn')).toBe('Torshavn');
    expect(foldKey('Straße')).toBe('Strasse');
  });
});

describe('givenNameKey', () => {
  it('ignores case and accents', () => {
    expect(givenNameKey('José')).toBe(givenNameKey('JOSE'));
  });
});

describe('unshout', () => {
  it('title-cases long all-capitals words only', () => {
    expect(unshout('MOSCOW')).toBe('Moscow');
    expect(unshout('NEW YORK')).toBe('New York');
    expect(unshout("O'HARE")).toBe("O'Hare");
    expect(unshout('US')).toBeUndefined();
    expect(unshout('Moscow')).toBeUndefined();
  });
});

describe('build script and runtime agree on keys', () => {
  it('on sample names', () => {
    for (const s of ['U.S.', 'Zürich', 'Nuku‘alofa', 'Washington, D.C.', 'Straße', 'Ærø', 'São Tomé']) {
      expect(build.nameKey(s)).toBe(nameKey(s));
      expect(build.foldKey(s)).toBe(foldKey(s));
      expect(build.givenNameKey(s)).toBe(givenNameKey(s));
    }
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(build.nameKey(s)).toBe(nameKey(s));
        expect(build.foldKey(s)).toBe(foldKey(s));
        expect(build.givenNameKey(s)).toBe(givenNameKey(s));
      }),
    );
  });
});

describe('build rules', () => {
  it('derives spelling variants', () => {
    const dc = build.nameVariants('Washington, D.C.');
    expect(dc).toContain('Washington');
    expect(dc).toContain('Washington DC');
    expect(build.nameVariants('St. Louis')).toContain('Saint Louis');
    expect(build.nameVariants('Saint Helena')).toContain('St Helena');
    expect(build.nameVariants('The Gambia')).toContain('Gambia');
    expect(build.nameVariants('Falkland Islands (Malvinas)')).toContain('Falkland Islands');
    expect(build.nameVariants('Zürich')).toContain('Zurich');
    expect(build.nameVariants('Frankfurt am Main', false)).toContain('Frankfurt');
    expect(build.nameVariants('Freiburg im Breisgau', false)).toContain('Freiburg');
    expect(build.nameVariants('Rothenburg ob der Tauber', false)).toContain('Rothenburg');
    expect(build.nameVariants('Al Fallūjah', false, true)).toContain('Fallujah');
    expect(build.nameVariants('Al Fallūjah', false)).not.toContain('Fallujah');
  });

  it('does not turn city districts into homonyms of the city', () => {
    expect(build.nameVariants('Zürich (Kreis 10)', false)).not.toContain('Zürich');
  });

  it('pluralizes demonyms that inflect', () => {
    expect(build.demonymPlural('Russian')).toBe('Russians');
    expect(build.demonymPlural('Iraqi')).toBe('Iraqis');
    expect(build.demonymPlural('Chinese')).toBeUndefined();
    expect(build.demonymPlural('Swiss')).toBeUndefined();
    expect(build.demonymPlural('Polish')).toBeUndefined();
  });
});

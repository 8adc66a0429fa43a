import { describe, expect, it } from 'vitest';
import { F } from '../../../src/analysis/mentions/features.js';
import { typed } from '../analysis-helpers.js';

const firedFor = (text: string, name: string) => typed(text).find((c) => c.text === name)?.evidence.fired ?? [];

describe('shapeFeatures', () => {
  it('reads capitals as an acronym, two capitals as a term’s, a common word shouted as a word', () => {
    expect(firedFor('Officials at KVTN said no.', 'KVTN')).toContain(F.acronym);
    expect(firedFor('He works in HR now.', 'HR')).toContain(F.shortAcronym);
    expect(firedFor('The sign said FREE today.', 'FREE')).toContain(F.commonWordInCapitals);
  });

  it('reads letters and digits as a code, a listed body as known, an acronym in the plural as a kind', () => {
    expect(firedFor('They watched Fox13 all night.', 'Fox13')).toContain(F.lettersAndDigits);
    expect(firedFor('She joined Google last year.', 'Google')).toContain(F.knownOrganization);
    expect(firedFor('Two super PACs spent more.', 'PACs')).toContain(F.pluralAcronym);
  });

  it('reads acronyms joined by a hyphen as one body’s, also in a title, but not two places paired', () => {
    expect(firedFor('The AFL-CIO endorsed her.', 'AFL-CIO')).toContain(F.acronym);
    expect(typed('Later, AFL-CIO President Linda Garrow spoke.').map((c) => c.text)).toContain('AFL-CIO');
    expect(firedFor('The UK-EU deal was signed.', 'UK-EU')).not.toContain(F.acronym);
  });

  it('reads a unit or a code after a number, and a surname’s prefix', () => {
    expect(firedFor('It cost 100 DKK in all.', 'DKK')).not.toContain(F.acronym);
    expect(firedFor('Later McAllister spoke.', 'McAllister')).toContain(F.prefixedSurname);
  });
});

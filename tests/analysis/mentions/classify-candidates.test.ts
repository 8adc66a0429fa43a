import { describe, expect, it } from 'vitest';
import { typed } from '../analysis-helpers.js';

const types = (text: string): Record<string, string | undefined> =>
  Object.fromEntries(typed(text).map((c) => [c.text, c.type]));

describe('classifyCandidates', () => {
  it('types people by title, places by reference data, organizations by head word', () => {
    expect(types('Russian President Vladimir Putin told the Moscow State University audience in Beijing that NATO was wrong.')).toEqual({
      'Vladimir Putin': 'person',
      'Moscow State University': 'organization',
      Beijing: 'place',
      NATO: 'organization',
    });
  });

  it('never reports a demonym as a place', () => {
    const found = typed('Russian officials met Ukrainian negotiators.');
    expect(found.filter((c) => c.type !== undefined)).toEqual([]);
  });

  it('makes a surname-only mention the person named in full', () => {
    expect(types('Jordan Peterson spoke first. Later, Peterson said the talks in Jordan had failed.')).toMatchObject({
      'Jordan Peterson': 'person',
      Peterson: 'person',
    });
  });

  it('keeps the type of an acronym defined in brackets', () => {
    expect(types('The World Health Organization (WHO) said on Monday that cases fell.')).toMatchObject({
      'World Health Organization': 'organization',
      WHO: 'organization',
    });
  });

  it('reads "-based" as a place cue', () => {
    expect(types('A Springfield-based charity helped.')).toMatchObject({ Springfield: 'place' });
  });

  it('reads a following "said" as a person cue', () => {
    expect(types('“We are ready,” Kowalczyk said.')).toMatchObject({ Kowalczyk: 'person' });
  });
});

describe('events', () => {
  it('keeps the name word of a storm from becoming a person', () => {
    const found = Object.fromEntries(typed('Cyclone Phailin hit the coast. Phailin weakened as it moved inland.').map((c) => [c.text, c.type]));
    expect(found).toEqual({ 'Cyclone Phailin': undefined, Phailin: undefined });
  });
});

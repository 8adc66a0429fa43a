import { describe, expect, it } from 'vitest';
import { typed, typedWith } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';
import { F } from '../../../src/analysis/mentions/features.js';
import { domainForm, webDomainLabels } from '../../../src/analysis/mentions/web-domains.js';

/** News facts, and a few organizations and common words of the test's own. */
const facts = fixtureGazetteer({
  ...NEWS_FACTS,
  organizations: [...(NEWS_FACTS.organizations ?? []), 'Al Tamran', 'Open Harbour'],
  commonWords: [...(NEWS_FACTS.commonWords ?? []), 'open', 'harbour', 'licence', 'canary', 'canaries', 'game'],
});
const typesOf = (text: string, name: string) => typedWith(facts, text).filter((c) => c.text === name).map((c) => c.type);
const fired = (text: string, name: string) => typedWith(facts, text).find((c) => c.text === name)?.evidence.fired ?? [];
const typesOfNews = (text: string, name: string) => typed(text).filter((c) => c.text === name).map((c) => c.type);

describe('names of organizations', () => {
  it('reads a listed organization of several words as one, though it opens with a given name', () => {
    const text = 'Reporters for Al Tamran filmed the march in Westbury.';
    expect(fired(text, 'Al Tamran')).toContain(F.knownOrganization);
    expect(fired(text, 'Al Tamran')).not.toContain(F.givenNameFirst);
    expect(typesOf(text, 'Al Tamran')).toEqual(['organization']);
  });

  it('still reads an unlisted name opening with a given name as a person', () => {
    expect(fired('Reporters for Al Garrow filmed the march.', 'Al Garrow')).toContain(F.givenNameFirst);
  });

  it('does not weigh the common words of a listed name against it', () => {
    const text = 'The poster was shared under an Open Harbour licence by Halvorsen.';
    expect(fired(text, 'Open Harbour')).not.toContain(F.commonWords);
  });

  it('reads a persuasion in the plural after a qualifier as a party, not after a chamber', () => {
    expect(fired('The Westbury Greens won four seats.', 'Westbury Greens')).toContain(F.organizationHeadLast);
    expect(typesOf('The Westbury Greens won four seats.', 'Westbury Greens')).toEqual(['organization']);
    expect(fired('House Progressives blocked the bill.', 'House Progressives')).not.toContain(F.organizationHeadLast);
  });

  it('reads one word compounded with the head of a body as a body, not a given name ending so', () => {
    expect(fired('Vostrasoft shipped the update on Monday.', 'Vostrasoft')).toContain(F.organizationHeadLast);
    expect(fired('Tamranews reported the vote first.', 'Tamranews')).toContain(F.organizationHeadLast);
    expect(fired('Halvorsen met Fibrebank officials.', 'Fibrebank')).toContain(F.organizationHeadLast);
  });

  it('reads firms named with the head words of trades and families', () => {
    expect(typesOf('Pruitt joined Garrow Brothers in 1998.', 'Garrow Brothers')).toEqual(['organization']);
    expect(typesOf('The Keane Choir sang at the opening.', 'Keane Choir')).toEqual(['organization']);
    expect(typesOf('In the 1990s he turned Varnick Healthcare into a large business.', 'Varnick Healthcare')).toEqual(['organization']);
    // A court of appeals named by its circuit.
    expect(typesOf('The ruling went to the Kessin Circuit on appeal.', 'Kessin Circuit')).toEqual(['organization']);
  });

  it('reads the nickname of a club named after its town as the club', () => {
    const text = 'Vickers signed for the Ashford Canaries in May. He has played every game for the Canaries since.';
    expect(typesOf(text, 'Ashford Canaries')).toEqual(['organization']);
    expect(typesOf(text, 'Canaries')).toEqual(['organization']);
  });
});

describe('e-mail domains', () => {
  it('finds the label a body registers, past country registries and subdomains', () => {
    expect([...webDomainLabels('Write to ops@northgate.com or sales@mail.vostra.co.uk today.')]).toEqual(['northgate', 'vostra']);
    expect(webDomainLabels('See www.garrow.com for more.').size).toBe(0);
  });

  it('spells a name as an address would', () => {
    expect(domainForm('Northgate Labs')).toBe('northgatelabs');
  });

  it('types a name spelled as the domain of an e-mail address in the text as an organization', () => {
    const text = 'Pruitt said Northgate would sign today. Questions to Carla Pruitt at carla.pruitt@northgate.com please.';
    expect(typesOfNews(text, 'Northgate')).toEqual(['organization']);
  });
});

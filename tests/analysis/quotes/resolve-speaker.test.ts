import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/analysis/quotes/resolve-speaker.js';
import { docOf, entitiesOf, type Named } from './helpers.js';

/** Resolves the phrase `phrase` (its first occurrence after `after`) in `text`. */
function resolve(text: string, phrase: string, named: readonly Named[], after = 0) {
  const doc = docOf(text);
  const at = text.indexOf(phrase, after);
  const start = doc.tokens.findIndex((t) => t.start === at);
  const end = doc.tokens.findIndex((t) => t.end === at + phrase.length) + 1;
  const found = resolveSpeaker(doc, entitiesOf(doc, named), { start, end });
  return { ...found, mention: found.mention && text.slice(found.mention.start, found.mention.end) };
}

describe('resolveSpeaker', () => {
  it('names the person a phrase contains, the name as the mention', () => {
    expect(resolve('Florida’s Rick Wilson spoke.', 'Florida’s Rick Wilson', [{ name: 'Rick Wilson' }])).toEqual({ entity: 0, name: 'Rick Wilson', mention: 'Rick Wilson' });
  });

  it('takes the head before "of", not the organization after it', () => {
    const text = 'Ann Lee of Harbor Rights Watch spoke.';
    expect(resolve(text, 'Ann Lee of Harbor Rights Watch', [{ name: 'Ann Lee' }, { name: 'Harbor Rights Watch', type: 'organization' }]).name).toBe('Ann Lee');
  });

  it('resolves he and she by gender, skipping people of the other', () => {
    const text = 'Tom Reyes met Ann Lee. Later she spoke.';
    const named: Named[] = [
      { name: 'Tom Reyes', gender: 'male' },
      { name: 'Ann Lee', gender: 'female' },
    ];
    expect(resolve(text, 'she', named)).toEqual({ entity: 1, name: 'Ann Lee', mention: 'she' });
    expect(resolve('Ann Lee met Tom Reyes. Later he spoke.', 'he', named)).toMatchObject({ entity: 0, name: 'Tom Reyes' });
  });

  it('keeps a pronoun with nobody to refer to as written', () => {
    expect(resolve('Later she spoke.', 'she', [])).toEqual({ name: 'she', mention: 'she' });
  });

  it('resolves "it" to an organization, not a person', () => {
    const text = 'Acme Corp hired Ann Lee. It said the deal was done.';
    expect(resolve(text, 'It', [{ name: 'Acme Corp', type: 'organization' }, { name: 'Ann Lee' }]).name).toBe('Acme Corp');
  });

  it('resolves a relative pronoun to the phrase before it', () => {
    const text = 'The guests included Ray Carlton, who joked about it.';
    expect(resolve(text, 'who', [{ name: 'Ray Carlton' }])).toEqual({ entity: 0, name: 'Ray Carlton', mention: 'who' });
  });

  it('resolves a definite description by the title the person holds', () => {
    const text = 'Gov. Ann Lee met Tom Reyes. Later the governor spoke.';
    const found = resolve(text, 'the governor', [{ name: 'Ann Lee', titles: ['Gov.'] }, { name: 'Tom Reyes' }]);
    expect(found).toEqual({ entity: 0, name: 'Ann Lee', mention: 'the governor' });
  });

  it('does not resolve an indefinite description', () => {
    const text = 'Gov. Ann Lee left. A governor spoke.';
    expect(resolve(text, 'A governor', [{ name: 'Ann Lee', titles: ['Gov.'] }])).toEqual({ name: 'A governor', mention: 'A governor' });
  });

  it('does not take the possessor of the phrase for the speaker', () => {
    expect(resolve('Ann Lee’s lawyer spoke.', 'Ann Lee’s lawyer', [{ name: 'Ann Lee' }])).toEqual({ name: 'Ann Lee’s lawyer', mention: 'Ann Lee’s lawyer' });
  });

  it('does not resolve a possessive description to its possessor, nor to someone else by recency', () => {
    const text = 'Ann Lee met Tom Reyes on Monday. Later Ann Lee’s lawyer spoke.';
    expect(resolve(text, 'Ann Lee’s lawyer', [{ name: 'Ann Lee' }, { name: 'Tom Reyes' }], 20)).toEqual({ name: 'Ann Lee’s lawyer', mention: 'Ann Lee’s lawyer' });
  });

  it('finds by name a person the entity stages did not mark at this place', () => {
    const text = 'Tom Garrow spoke first. Later Rep. Tom Garrow (R-Fla.) spoke again.';
    const doc = docOf(text);
    const entities = entitiesOf(doc, [{ name: 'Tom Garrow' }]);
    // Only the first mention is known to the entity stages.
    entities.mentions.splice(1);
    (entities.entities[0] as { mentions: unknown[] }).mentions.splice(1);
    const at = text.indexOf('Rep. Tom');
    const start = doc.tokens.findIndex((t) => t.start === at);
    const end = doc.tokens.findIndex((t) => t.text === ')') + 1;
    const found = resolveSpeaker(doc, entities, { start, end });
    expect(found.entity).toBe(0);
    expect(text.slice(found.mention?.start, found.mention?.end)).toBe('Tom Garrow');
  });
});

describe('resolveSpeaker: descriptions of people the article introduced', () => {
  it('takes the person whose appositive gave the description its noun', () => {
    const text = 'Dana Wills, the union’s president, met Tom Reyes on Monday.\n\nThe union’s president said the vote was fair.';
    expect(resolve(text, 'The union’s president', [{ name: 'Dana Wills' }, { name: 'Tom Reyes' }])).toEqual({ entity: 0, name: 'Dana Wills', mention: 'The union’s president' });
    const historian = 'The plan was opposed by Dr. Tom Reyes, a historian at the university, and by Ann Lee.\n\nLater the historian said it was over.';
    expect(resolve(historian, 'the historian', [{ name: 'Tom Reyes' }, { name: 'Ann Lee' }])).toMatchObject({ entity: 0, name: 'Tom Reyes' });
  });

  it('takes the name set in apposition right after the description, the name as the mention', () => {
    const text = 'The company’s chief executive, Tom Reyes, told analysts it was done.';
    expect(resolve(text, 'The company’s chief executive', [{ name: 'Tom Reyes' }])).toEqual({ entity: 0, name: 'Tom Reyes', mention: 'Tom Reyes' });
  });

  it('matches the proper modifiers of a description against the person’s role phrases', () => {
    const text = 'Sam Price, the Ohio real estate developer, has lobbied for months. He met Ann Lee and Tom Reyes on Monday.\n\nThe Ohio businessman said the cuts were unfair.';
    const named: Named[] = [{ name: 'Sam Price' }, { name: 'Ann Lee' }, { name: 'Tom Reyes' }];
    expect(resolve(text, 'The Ohio businessman', named)).toMatchObject({ entity: 0, name: 'Sam Price' });
  });

  it('takes the one person just named for an occupation noun, and only then', () => {
    const text = 'Tom Reyes built his first hotel in 1990.\n\nThe businessman said the market had turned.';
    expect(resolve(text, 'The businessman', [{ name: 'Tom Reyes', gender: 'male' }])).toMatchObject({ entity: 0, name: 'Tom Reyes' });
    // Two people named: no telling which.
    const two = 'Tom Reyes met Sam Price in 1990.\n\nThe businessman said the market had turned.';
    expect(resolve(two, 'The businessman', [{ name: 'Tom Reyes' }, { name: 'Sam Price' }]).entity).toBeUndefined();
    // An unnamed businessman came in after the person named.
    const unnamed = 'Tom Reyes left early. A local businessman stayed on.\n\nThe businessman said the market had turned.';
    expect(resolve(unnamed, 'The businessman', [{ name: 'Tom Reyes' }], 40).entity).toBeUndefined();
    // The person was given another occupation.
    const other = 'Tom Reyes, the presidential candidate, spoke first.\n\nThe tycoon said the market had turned.';
    expect(resolve(other, 'The tycoon', [{ name: 'Tom Reyes' }]).entity).toBeUndefined();
  });

  it('leaves out of a gendered description a person the article’s own pronouns give the other gender', () => {
    // Nothing but "she" tells that Jordan Vickers is a woman; Garrow's gender is unknown.
    const text =
      'Jordan Vickers said she would back the levy. Vickers added that she expected a close vote.\n\n' +
      'Vickers and Tom Garrow both attacked the levy on Monday.\n\n“We need a new plan,” the businessman said.';
    const named: Named[] = [{ name: 'Jordan Vickers' }, { name: 'Tom Garrow' }];
    expect(resolve(text, 'the businessman', named)).toMatchObject({ entity: 1, name: 'Tom Garrow' });
  });

  it('takes the person plainly under discussion for an occupation noun, unless the possessor is under discussion too', () => {
    const named: Named[] = [{ name: 'Tom Reyes' }, { name: 'Sam Price' }, { name: 'Ann Lee' }, { name: 'Mark Dell' }];
    // Reyes is the subject (past a time and before Price's infinitive); Dell is not discussed.
    const text = 'Tom Reyes on Wednesday called on Sam Price to apologize to Ann Lee.\n\n“That was outrageous,” Mark Dell’s former strategist said.';
    expect(resolve(text, 'Mark Dell’s former strategist', named)).toMatchObject({ entity: 0, name: 'Tom Reyes' });
    const discussed = 'Tom Reyes attacked Mark Dell on Monday.\n\n“That was unfair,” Mark Dell’s strategist said.';
    expect(resolve(discussed, 'Mark Dell’s strategist', named).entity).toBeUndefined();
  });

  it('does not resolve an office, a source noun or a plural by recency', () => {
    const text = 'Ann Lee asked about the vote.\n\nThe senator said it was close. The official said so too. The attendees cheered.';
    const named: Named[] = [{ name: 'Ann Lee' }];
    expect(resolve(text, 'The senator', named).entity).toBeUndefined();
    expect(resolve(text, 'The official', named).entity).toBeUndefined();
    expect(resolve(text, 'The attendees', named).entity).toBeUndefined();
  });
});

describe('speaker sieves', () => {
  it('gives a name no entity holds without its title and bracketed note', () => {
    const found = resolve('Rep. Ann Lee (R-Fla.) said so.', 'Rep. Ann Lee (R-Fla.)', []);
    expect(found).toEqual({ name: 'Ann Lee', mention: 'Ann Lee' });
  });

  it('does not take a bracketed state for the speaker', () => {
    const found = resolve('Rep. Ann Lee (D-Md.) said so.', 'Rep. Ann Lee (D-Md.)', [{ name: 'Ann Lee' }, { name: 'Md.' }]);
    expect(found.name).toBe('Ann Lee');
  });

  it('resolves "the union" and "the paper" to the organization of that kind named before', () => {
    const named: Named[] = [{ name: 'Association of Bus Drivers', type: 'organization' }, { name: 'Dayton Herald', type: 'organization' }, { name: 'Acme Corp', type: 'organization' }];
    const text = 'The Association of Bus Drivers met Acme Corp. The Dayton Herald covered it. The union wrote a letter. The paper said so. The company said no.';
    expect(resolve(text, 'The union', named).name).toBe('Association of Bus Drivers');
    expect(resolve(text, 'The paper', named).name).toBe('Dayton Herald');
    // No organization named as a company: kept as written.
    expect(resolve(text, 'The company', named).name).toBe('The company');
  });

  it('gives a description followed by a titled name in apposition to that person', () => {
    const text = 'His niece, state Del. Ann Lee (D-Va.), shouted.';
    expect(resolve(text, 'His niece', [{ name: 'Ann Lee' }])).toEqual({ entity: 0, name: 'Ann Lee', mention: 'Ann Lee' });
  });
});

describe('speaker sieves: organizations and names', () => {
  it('gives "the <organization> report" to the organization', () => {
    const text = 'The Acme Corp report said sales fell.';
    expect(resolve(text, 'The Acme Corp report', [{ name: 'Acme Corp', type: 'organization' }]).name).toBe('Acme Corp');
  });

  it('prefers a person bearing the name word to an organization with it in its name', () => {
    const named: Named[] = [{ name: 'Peter Ashford' }, { name: 'Ashford of the Harbor Club', type: 'organization' }];
    const text = 'Peter Ashford spoke. Later Mr. Ashford of the club said no.';
    expect(resolve(text, 'Mr. Ashford of the club', named).name).toBe('Peter Ashford');
  });
});

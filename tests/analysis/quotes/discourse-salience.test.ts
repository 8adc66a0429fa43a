import { describe, expect, it } from 'vitest';
import { discourseModel } from '../../../src/analysis/quotes/discourse-salience.js';
import { inferredGenders } from '../../../src/analysis/quotes/inferred-gender.js';
import { narratorMask } from '../../../src/analysis/quotes/quote-context.js';
import type { Span } from '../../../src/nlp/document.js';
import { docOf, entitiesOf, type Named } from './helpers.js';

/** The reading of the `nth` occurrence of pronoun `word` in `text`, quotations being the curly-quoted stretches. */
function readingOf(text: string, named: readonly Named[], word: string, nth = 0) {
  const doc = docOf(text);
  const quoted: Span[] = [];
  for (const m of text.matchAll(/“[^”]*”/gu)) quoted.push({ start: m.index, end: m.index + m[0].length });
  const model = discourseModel(doc, entitiesOf(doc, named), quoted);
  const tokens = doc.tokens.filter((t) => t.text === word);
  return model.readings.get((tokens[nth] as { index: number }).index);
}

describe('discourseModel', () => {
  it('gives "he" to the subject of the sentence before, not to a man named after him', () => {
    const text = 'Tom Reyes visited Paul Kane on Friday. He said the visit went fine.';
    const named: Named[] = [{ name: 'Tom Reyes', gender: 'male' }, { name: 'Paul Kane', gender: 'male' }];
    expect(readingOf(text, named, 'He')?.chosen?.name).toBe('Tom Reyes');
  });

  it('weighs the gender most bearers of a given name have where nothing else tells it', () => {
    const text = 'Robin Vickers met Dana Keane in May. She said the talks went well.';
    const leaning: Named[] = [{ name: 'Robin Vickers', genderLean: 'male' }, { name: 'Dana Keane', genderLean: 'female' }];
    expect(readingOf(text, leaning, 'She')?.chosen?.name).toBe('Dana Keane');
    // Without the leans, the sentence's subject is read as "she".
    expect(readingOf(text, [{ name: 'Robin Vickers' }, { name: 'Dana Keane' }], 'She')?.chosen?.name).toBe('Robin Vickers');
  });

  it('takes a name before a dashed aside and its verb as that verb’s subject', () => {
    const text = 'The costs would swamp the savings, said Ann Lee. It is a fight now, with Mary Kane — who has asked for a recount — attacking the count. “It is the same trick again,” she said.';
    const named: Named[] = [{ name: 'Ann Lee', gender: 'female' }, { name: 'Mary Kane', gender: 'female' }];
    expect(readingOf(text, named, 'she')?.chosen?.name).toBe('Mary Kane');
  });

  it('weighs the subject of a clause opened by a capitalised "While" as embedded, no more than the man named after it', () => {
    const text = 'While Tom Reyes had a band playing for him, the same is not true for Ann Lee, which troubles Paul Kane, chair of the caucus. “No one plays for her,” he said.';
    const named: Named[] = [{ name: 'Tom Reyes', gender: 'male' }, { name: 'Ann Lee', gender: 'female' }, { name: 'Paul Kane', gender: 'male' }];
    expect(readingOf(text, named, 'he')?.chosen?.name).not.toBe('Tom Reyes');
  });

  it('never gives "he" to a woman, nor a name said inside a quotation', () => {
    const text = 'Paul Kane spoke in Dayton. “Ann Lee will lose,” he said.';
    const named: Named[] = [{ name: 'Paul Kane', gender: 'male' }, { name: 'Ann Lee', gender: 'female' }];
    const reading = readingOf(text, named, 'he');
    expect(reading?.chosen?.name).toBe('Paul Kane');
    expect(reading?.candidates.map((c) => c.referent.name)).toEqual(['Paul Kane']);
  });

  it('keeps a chain of "he said" on its referent until a new subject comes', () => {
    const text = 'Mayor Tom Reyes opened the bridge. “It is done,” he said. He thanked Paul Kane. “We waited,” he said. Paul Kane, the engineer, was calmer. “It holds,” he said.';
    const named: Named[] = [{ name: 'Tom Reyes', gender: 'male' }, { name: 'Paul Kane', gender: 'male' }];
    expect(readingOf(text, named, 'he', 1)?.chosen?.name).toBe('Tom Reyes');
    expect(readingOf(text, named, 'he', 2)?.chosen?.name).toBe('Paul Kane');
  });

  it('leaves a pronoun unresolved when two referents are about as salient', () => {
    const text = 'Tom Reyes wept and Paul Kane laughed. Later, he said it was over.';
    const named: Named[] = [{ name: 'Tom Reyes', gender: 'male' }, { name: 'Paul Kane', gender: 'male' }];
    const reading = readingOf(text, named, 'he');
    expect(reading?.chosen).toBeUndefined();
    expect(reading?.unresolved).toBe('too-close');
  });

  it('gives "they" to people named together as a subject, never to one person', () => {
    const text = 'Ann Lee and Paul Kane wrote to the board. “The plan must go,” they wrote.';
    const named: Named[] = [{ name: 'Ann Lee', gender: 'female' }, { name: 'Paul Kane', gender: 'male' }];
    expect(readingOf(text, named, 'they')?.chosen).toMatchObject({ name: 'Ann Lee and Paul Kane', kind: 'group' });
  });

  it('gives "they" to an organization, but leaves it when a plural noun subject is nearer', () => {
    const named: Named[] = [{ name: 'Acme Corp', type: 'organization' }];
    expect(readingOf('Acme Corp cut prices. They said demand fell.', named, 'They')?.chosen?.name).toBe('Acme Corp');
    const reading = readingOf('Acme Corp cut prices. Workers said they were not told.', named, 'they');
    expect(reading?.chosen).toBeUndefined();
  });
});

describe('namesakes', () => {
  it('reads a surname alone as the namesake the article names far most often', () => {
    const text = [
      'Sen. Tom Reyes won the vote. Reyes said the bill would pass. Reyes thanked his staff.',
      'Reyes spoke again on Monday. His wife, Ann Reyes, joined him on stage.',
      '“We are ready,” Reyes said.',
    ].join('\n\n');
    const doc = docOf(text);
    const entities = entitiesOf(doc, [{ name: 'Tom Reyes', gender: 'male' }]);
    // Ann Reyes, to whom a linker going by the most recent full name gives the last "Reyes".
    const ann = { index: 1, type: 'person' as const, name: 'Ann Reyes', aliases: [], titles: [], gender: 'female' as const, mentions: [] as typeof entities.mentions };
    entities.entities.push(ann);
    for (const m of entities.mentions) {
      const full = m.start === text.indexOf('Ann Reyes') + 4;
      if (full || m.start === text.lastIndexOf('Reyes')) {
        m.entity = 1;
        ann.mentions.push(m);
      }
    }
    const model = discourseModel(doc, entities, [{ start: text.indexOf('“'), end: text.indexOf('”') + 1 }]);
    const at = doc.tokens.findIndex((t) => t.start === text.lastIndexOf('Reyes'));
    expect(model.namesakes.get(at)).toBe(0);
  });
});

describe('inferredGenders', () => {
  it('tells the gender of an ambiguous given name from the pronouns the reporter uses', () => {
    const text = 'Robin Hale spoke first. Hale said she was ready. Later Hale said she would sign it.';
    const doc = docOf(text);
    const genders = inferredGenders(doc, entitiesOf(doc, [{ name: 'Robin Hale' }]), narratorMask(doc, []));
    expect(genders.get(0)).toBe('female');
  });

  it('does not count pronouns inside quotations or in sentences naming two people', () => {
    const text = 'Robin Hale said: “He is wrong, and he knows it.” Robin Hale met Ann Lee, and she left.';
    const doc = docOf(text);
    const quoted = [{ start: text.indexOf('“'), end: text.indexOf('”') + 1 }];
    const genders = inferredGenders(doc, entitiesOf(doc, [{ name: 'Robin Hale' }, { name: 'Ann Lee', gender: 'female' }]), narratorMask(doc, quoted));
    expect(genders.get(0)).toBeUndefined();
    expect(genders.get(1)).toBe('female');
  });
});

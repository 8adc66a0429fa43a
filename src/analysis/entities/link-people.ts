/**
 * People: full names join when the surnames agree and the given names do not contradict;
 * a surname alone joins the person named in full (the one named in this sentence or the one
 * before, else the one introduced first), as does a name one person alone holds inside a full
 * name ("Lula", "Ms. Acosta" for Melba Acosta Febo); a shared given name never merges two
 * people, an honorific's gender sets namesakes apart.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { TypedCandidate } from '../mentions/classify-candidates.js';
import { initialsOf, nameParts } from '../mentions/classify-candidates.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { titleGender } from './gender.js';
import { MIN_VARIANT_LENGTH, misspeltSurname } from './spelling-variant.js';
import { attach, newDraft, newEntity, nameWordsOf, toMention, type Draft, type NameWords } from './entity-drafts.js';

/**
 * Same person when the surnames agree and the given names do not contradict ("J." ~ "John"),
 * nor the generational suffixes: "Donald Trump Jr." is not "Donald J. Trump".
 */
function sameFullName(x: NameWords, y: NameWords): boolean {
  // Surname and suffix were read once per name: this runs for every pair of a mention and a person.
  if (x.surname !== y.surname || x.suffix !== y.suffix) return false;
  const a = x.words;
  const b = y.words;
  // "Von der Halde" is the end of "Greta von der Halde".
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  const tail = longer.slice(longer.length - shorter.length);
  if (shorter.length >= 2 && tail.every((w, i) => w.toLowerCase() === (shorter[i] as string).toLowerCase())) return true;
  const ga = (a[0] as string).replace(/\.$/, '');
  const gb = (b[0] as string).replace(/\.$/, '');
  return ga === gb || (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb));
}

/**
 * The people made so far, and the lists a mention looks them up in, each in the order the
 * people were made (the order a search of all of them would meet them in). Looked up by key, a
 * mention costs the same however many people the article names: searching all of them for each
 * mention was quadratic in a roll of thousands of names.
 */
interface PeopleIndex {
  all: Draft[];
  /** Every person by surname and suffix, which a full name must share ({@link sameFullName}). */
  bySurnameKey: Map<string, Draft[]>;
  /** People named by one word, by that word. */
  alone: Map<string, Draft[]>;
  /** People named in full, by surname and by given name: made once every full name is read. */
  bySurname: Map<string, Draft[]>;
  byGiven: Map<string, Draft[]>;
  /** People named in full by three words or more, by each capitalised word between the first and the last. */
  byMiddle: Map<string, Draft[]>;
}

const surnameKey = (name: NameWords): string => `${name.surname ?? ''}\u0000${name.suffix ?? ''}`;

function listed<K>(map: Map<K, Draft[]>, key: K, d: Draft): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

function addPerson(index: PeopleIndex, d: Draft): Draft {
  index.all.push(d);
  listed(index.bySurnameKey, surnameKey(d), d);
  if (d.words.length === 1) listed(index.alone, d.words[0] as string, d);
  return d;
}

/** The first person a full name names, if any. */
function personNamed(index: PeopleIndex, name: NameWords): Draft | undefined {
  return index.bySurnameKey.get(surnameKey(name))?.find((d) => sameFullName(d, name));
}

/** Groups the people mentions: full names first, then each surname, given name or initials to its person. */
export function linkPeople(doc: NlpDocument, gazetteer: Gazetteer, people: TypedCandidate[]): Draft[] {
  const index: PeopleIndex = { all: [], bySurnameKey: new Map(), alone: new Map(), bySurname: new Map(), byGiven: new Map(), byMiddle: new Map() };
  const full = people.filter((c) => nameParts(c, doc).length >= 2);
  // Full names first, so a surname mentioned before the full name still finds its person.
  for (const c of full) {
    const name = nameWordsOf(nameParts(c, doc));
    const words = name.words;
    const found = personNamed(index, name);
    if (found) {
      // (The surname and suffix stay: the two names share them.)
      if (words.length > found.words.length) Object.assign(found, name);
      found.firstAnchor = Math.min(found.firstAnchor, c.start);
    } else addPerson(index, newDraft(newEntity('person', words.join(' ')), name, c.start));
  }
  // Only one-word people are made from here on: the full names are final.
  for (const d of index.all) {
    listed(index.bySurname, d.surname as string, d);
    listed(index.byGiven, d.words[0] as string, d);
    for (const middle of d.words.slice(1, -1)) if (/^\p{Lu}\p{Ll}/u.test(middle) && middle !== d.surname) listed(index.byMiddle, middle, d);
  }
  addSetApartSurnames(doc, gazetteer, people, index);
  for (const c of people) {
    const words = nameParts(c, doc);
    const mention = toMention(c, 'person');
    let target: Draft | undefined;
    if (words.length >= 2) {
      target = personNamed(index, nameWordsOf(words));
    } else {
      const word = words[0] ?? c.text;
      const bySurname = index.bySurname.get(word) ?? [];
      const byGiven = index.byGiven.get(word) ?? [];
      const alone = index.alone.get(word) ?? [];
      // "AK:" in an interview: the initials of the one person named so.
      const byInitials = /^\p{Lu}{2,3}$/u.test(word) ? index.all.filter((d) => d.words.length >= 2 && initialsOf(d.words) === word) : [];
      // "Mrs. Abernathy" is Linda, not Frank: an honorific's gender narrows the namesakes.
      const wanted = mention.title ? titleGender(mention.title) : undefined;
      // A bare surname may also mean the namesake an honorific sets apart ("Mr. Obama" beside
      // Michelle Obama), even one the article calls so only further on.
      const setApart = bySurname.length && !wanted ? alone.filter((d) => d.firstAnchor < Infinity) : [];
      // "Lula" for Luiz Inácio Lula da Silva: the name a person goes by inside their full name,
      // when one person alone holds it there.
      const byMiddle = index.byMiddle.get(word) ?? [];
      const candidates = bySurname.length ? [...bySurname, ...setApart] : byGiven.length === 1 ? byGiven : byInitials.length === 1 ? byInitials : byMiddle.length === 1 && !byGiven.length ? byMiddle : alone;
      const same = wanted ? candidates.filter((d) => draftGender(d, gazetteer) === wanted) : [];
      const notOpposite = wanted ? candidates.filter((d) => (draftGender(d, gazetteer) ?? wanted) === wanted) : [];
      // When the honorific rules out every namesake ("Mr. Obama" with only Michelle Obama named
      // in full), the mention is someone else of that surname.
      const pool = same.length ? same : notOpposite.length ? notOpposite : wanted ? alone : candidates;
      // Namesakes: one named in this sentence or the one before is meant; otherwise the one the
      // article introduced first, its principal ("O’Brien’s career" after his daughter spoke).
      const sentence = (doc.tokens[c.tokenStart] as Token).sentence;
      const recent = pool.filter((d) => d.lastSentence >= sentence - 1);
      target = recent.length === 1 ? recent[0] : (recent.length ? recent : pool).reduce<Draft | undefined>((best, d) => (!best || introduced(d) < introduced(best) ? d : best), undefined);
      target ??= misspeltPerson(index.all, word, wanted, gazetteer);
      target ??= addPerson(index, newDraft(newEntity('person', word), nameWordsOf([word]), Infinity));
    }
    attach(target as Draft, mention, (doc.tokens[c.tokenStart] as Token).sentence);
  }
  return index.all.filter((d) => d.entity.mentions.length > 0);
}

/**
 * "Halversen" when the article names only "Tyra Halvorsen": the one person named in full whose
 * surname the word misspells, unless an honorific says otherwise.
 */
function misspeltPerson(drafts: readonly Draft[], word: string, wanted: 'female' | 'male' | undefined, gazetteer: Gazetteer): Draft | undefined {
  if (word.length < MIN_VARIANT_LENGTH) return undefined;
  const named = drafts.filter((d) => d.words.length >= 2 && d.surname !== undefined);
  const surname = misspeltSurname(word, named.map((d) => d.surname as string));
  const bearers = named.filter((d) => d.surname === surname);
  const [only] = bearers;
  return bearers.length === 1 && (!wanted || (draftGender(only as Draft, gazetteer) ?? wanted) === wanted) ? only : undefined;
}

/** Where the article first brings a person in: their first mention, or their first anchor ahead. */
function introduced(d: Draft): number {
  return Math.min(d.firstSeen >= 0 ? d.firstSeen : Infinity, d.firstAnchor);
}

/**
 * Surnames an honorific sets apart from every namesake named in full ("Mr. Obama" when the
 * article names only Michelle Obama in full) belong to someone else of that surname. They are
 * found before any mention is linked, so that a bare "Obama" ahead of the first "Mr. Obama"
 * can be him too.
 */
function addSetApartSurnames(doc: NlpDocument, gazetteer: Gazetteer, people: readonly TypedCandidate[], index: PeopleIndex): void {
  for (const c of people) {
    const words = nameParts(c, doc);
    const wanted = c.evidence.title ? titleGender(c.evidence.title) : undefined;
    if (words.length !== 1 || !wanted) continue;
    const word = words[0] as string;
    const namesakes = index.bySurname.get(word) ?? [];
    if (!namesakes.length || namesakes.some((d) => (draftGender(d, gazetteer) ?? wanted) === wanted)) continue;
    const own = index.alone.get(word)?.[0];
    if (own) own.firstAnchor = Math.min(own.firstAnchor, c.start);
    else addPerson(index, newDraft(newEntity('person', word), nameWordsOf([word]), c.start));
  }
}

/** Gender a draft person's given name tells, if any. */
function draftGender(d: Draft, gazetteer: Gazetteer): 'female' | 'male' | undefined {
  const known = d.words.length >= 2 ? gazetteer.givenName(d.words[0] as string) : undefined;
  return known && known.gender !== 'both' ? known.gender : undefined;
}

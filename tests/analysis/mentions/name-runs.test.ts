import { describe, expect, it } from 'vitest';
import { extendRun } from '../../../src/analysis/mentions/name-runs.js';
import { isNameWord } from '../../../src/analysis/mentions/name-words.js';
import { gazetteer, nameContext } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const context = nameContext;

/** The run of name words that starts at the first token whose text is `first` (or the last, `fromLast`). */
function runFrom(text: string, first: string, facts = gazetteer, fromLast = false): string {
  const ctx = context(text, facts);
  const start = fromLast ? ctx.doc.tokens.findLastIndex((t) => t.text === first) : ctx.doc.tokens.findIndex((t) => t.text === first);
  const end = extendRun(ctx, start);
  return text.slice(ctx.doc.tokens[start]?.start, ctx.doc.tokens[end - 1]?.end);
}

describe('extendRun past a legal form', () => {
  it('ends a company’s name at its legal form written with a full stop, unless another legal form follows', () => {
    expect(runFrom('Traders at Varnosco Inc. Kessin and others were buying.', 'Varnosco')).toBe('Varnosco Inc.');
    expect(runFrom('Shares of Kessin Electronics Co. Ltd. rose.', 'Kessin')).toBe('Kessin Electronics Co. Ltd.');
  });
});

describe('extendRun across "of" and postal districts', () => {
  it('ends a people or a faith before "of" and where they live', () => {
    expect(runFrom('They supported the Sunnis of Fallujah all year.', 'Sunnis')).toBe('Sunnis');
    expect(runFrom('She banked with the Bank of Westbury all year.', 'Bank')).toBe('Bank of Westbury');
  });

  it('takes no postal district after its town, nor goes on to the name after it', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Garrow: { name: 'Garrow', kind: 'city', country: 'GB', population: 120_000 } } });
    expect(runFrom('Lena Ford, 24, Garrow E17 Waheed Zaman, 22, Garrow E5.', 'Garrow', facts)).toBe('Garrow');
    const ctx = context('Lena Ford, 24, Garrow E17 Waheed Zaman, 22.', facts);
    expect(isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === 'E17'))).toBe(false);
  });
});

describe('extendRun in an address', () => {
  it('ends a street before the town written after it with no comma, not before a head word', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Holyoke: { name: 'Holyoke', kind: 'city', country: 'US', population: 40_000 }, University: { name: 'University', kind: 'city', country: 'US', population: 40_000 } } });
    expect(runFrom('Write to One Sullivan Road Holyoke, MA 01040.', 'Sullivan', facts)).toBe('Sullivan Road');
    expect(runFrom('She studied at Georgian Court University for a year.', 'Georgian', facts)).toBe('Georgian Court University');
  });
});

describe('extendRun', () => {
  it('ends a party’s people before "of" and their leader’s name', () => {
    expect(runFrom('They joined the Democrats of John Vickers in 2012.', 'Democrats')).toBe('Democrats');
    expect(runFrom('He left the Bank of John Street in 2012.', 'Bank')).toBe('Bank of John Street');
  });

  it('stops a name in a headline before a verb in "-s" that another name follows', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'slams', 'taxes'] });
    expect(runFrom('Linda Reyes Slams John Vickers On Taxes\n\nThe mayor spoke.', 'Linda', facts)).toBe('Linda Reyes');
  });

  it('reads a surname the tagger calls a verb after a given name in a headline, not a verb after a surname', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'hits', 'ford', 'says'] });
    const ctx = context('Tom Garrow Hits Mary Ford On Taxes\n\nThe mayor spoke.', facts);
    const word = (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));
    expect([word('Hits'), word('Mary'), word('Ford')]).toEqual([false, true, true]);
  });

  it('reads a common word after an honorific or a title of address in a headline as a surname, even one read as a verb, but not another title', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'baker', 'cook', 'senator', 'backs', 'harbor', 'bill', 'announcement', 'president'] });
    const ctx = context('Senator Baker Backs Harbor Bill As Mr. Cook Waits\n\nThe vote is today.', facts);
    const word = (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));
    expect([word('Baker'), word('Cook'), word('Harbor')]).toEqual([true, true, false]);
    // A title after a title stays a common word: "Harbor Senator President".
    const titled = context('Harbor Backs Senator President Announcement Today\n\nThe vote is today.', facts);
    expect(isNameWord(titled, titled.doc.tokens.find((t) => t.text === 'President'))).toBe(false);
  });

  it('reads a common word in a headline as a place only when a country or a large city, and a proper noun after a given name as its surname', () => {
    const facts = fixtureGazetteer({
      ...NEWS_FACTS,
      places: {
        ...NEWS_FACTS.places,
        Surprise: { name: 'Surprise', kind: 'city', country: 'US', population: 140_000 },
        Bush: { name: 'Bush', kind: 'city', country: 'EG', population: 20_000 },
        Turkey: { name: 'Turkey', kind: 'country', country: 'TR' },
      },
      givenNames: { ...NEWS_FACTS.givenNames, Billy: 'male' },
      commonWords: [...(NEWS_FACTS.commonWords ?? []), 'surprise', 'might', 'learn', 'harbor', 'taxes', 'turkey', 'talks', 'stall', 'bush', 'trump', 'joins', 'board', 'campaign', 'stalls', 'you', 'to', 'about', 'with', 'again', 'today', 'before', 'vote', 'as', 'chair', 'it'],
    });
    const word = (text: string, name: string) => {
      const ctx = context(`${text}\n\nThe vote is today.`, facts);
      return isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === name));
    };
    expect([
      word('It Might Surprise You To Learn About Harbor Taxes', 'Surprise'),
      word('Harbor Talks With Turkey Stall Again Today', 'Turkey'),
      word('Billy Bush Joins Harbor Board As Chair', 'Bush'),
      word('Billy Trump Joins Harbor Board As Chair', 'Trump'),
      word('Billy Campaign Stalls Again Before Harbor Vote', 'Campaign'),
    ]).toEqual([false, true, true, true, false]);
  });

  it('stops a name in a headline before a verb written with a capital', () => {
    expect(runFrom('Linda Reyes Hit Hard By Winter Storm Again\n\nThe mayor spoke.', 'Linda')).toBe('Linda Reyes');
    expect(runFrom('Linda Reyes Just Dropped A Bombshell On The Harbour Board\n\nThe mayor spoke.', 'Linda')).toBe('Linda Reyes');
  });

  it('reads "and" inside a body’s name up to its last head word, but not after a person named in full', () => {
    expect(runFrom('It filed with the Securities and Exchange Commission on Monday.', 'Securities')).toBe('Securities and Exchange Commission');
    expect(runFrom('The Food and Drug Administration agreed.', 'Food')).toBe('Food and Drug Administration');
    // A law's name: "and" before its head word.
    expect(runFrom('It violates the Emergency Medical Treatment and Labor Act, known as EMTALA.', 'Emergency')).toBe('Emergency Medical Treatment and Labor Act');
    // The same first word again after "and" opens a second body.
    expect(runFrom('The Harbor Party of Ohio and Harbor Party of Kentucky merged.', 'Harbor')).toBe('Harbor Party of Ohio');
    expect(runFrom('The panel chose Linda Reyes and Fox News anchors.', 'Linda')).toBe('Linda Reyes');
    expect(runFrom('Harbor Airlines and Westbury Airlines merged.', 'Harbor')).toBe('Harbor Airlines');
    // A body known by its name alone is one of two.
    expect(runFrom('The market is led by Google and Vostra Technology.', 'Google')).toBe('Google');
  });

  it('ends a subdivision named head last before "of" and its region, not a country or a court’s district', () => {
    expect(runFrom('It lies in Kessin County of West Virginia, near the border.', 'Kessin')).toBe('Kessin County');
    expect(runFrom('The case went to the Eastern District of West Virginia court.', 'Eastern')).toBe('Eastern District of West Virginia');
    expect(runFrom('He lived in the District of Ohio for years.', 'District')).toBe('District of Ohio');
  });

  it('reads a common noun’s plural possessive inside a body’s name, not a person’s or a party’s', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'workers', 'democrats'] });
    expect(runFrom('The Workers’ Party won the vote.', 'Workers', facts)).toBe('Workers’ Party');
    expect(runFrom('He wrote to Vickers’ Senate office.', 'Vickers', facts)).toBe('Vickers');
    expect(runFrom('He chairs the Democrats’ Senate campaign arm.', 'Democrats', facts)).toBe('Democrats');
  });

  it('ends a person’s name before a possessive, not an institution’s', () => {
    expect(runFrom('He ran for John Vickers’s Senate seat.', 'John')).toBe('John Vickers');
    expect(runFrom('He ran for Mr. Vickers’s Senate seat.', 'Mr.')).toBe('Mr. Vickers');
    expect(runFrom('She works at Boston Children’s Hospital now.', 'Boston')).toBe('Boston Children’s Hospital');
  });

  it('reads an epithet after one name, not "the" after a full name', () => {
    expect(runFrom('She can deny John Vickers the Republican nomination.', 'John')).toBe('John Vickers');
    expect(runFrom('Later Ivan the Terrible ruled.', 'Ivan')).toBe('Ivan the Terrible');
  });

  it('stops before "of" and a body after an honorific and a surname, or a full name', () => {
    expect(runFrom('"It was fair," Mr. Varnick of the Sierra Club said.', 'Varnick')).toBe('Varnick');
    expect(runFrom('Frank Varnick of Fox News disagreed.', 'Frank')).toBe('Frank Varnick');
  });

  it('stops before "of the" and a body after an untitled full name of words no list knows', () => {
    expect(runFrom('Qiaomei Varnoudin of the Institute of Harbour Studies led it.', 'Qiaomei')).toBe('Qiaomei Varnoudin');
    expect(runFrom('She joined the Friends of the Harbour Society.', 'Friends')).not.toBe('Friends');
  });

  it('stops before "of the" and a body after a person: a given name that is also a word, or a surname named in full before', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Carol: 'female', Ruth: 'female', Tom: 'male' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'carol', 'lee', 'grace'] });
    expect(runFrom('— Carol Lee of the Ashford Gazette, winner of the award.', 'Carol', facts)).toBe('Carol Lee');
    expect(runFrom('Ruth Keane Pruitt spoke. Pruitt of the U.S. Supreme Court was ill.', 'Pruitt', facts)).toBe('Pruitt');
    // A head word makes it a body's name; a common word after a given name is no surname.
    expect(runFrom('Grace Church of the Nazarene met.', 'Grace', facts)).toBe('Grace Church of the Nazarene');
    expect(runFrom('Tom Church spoke. Later Church of the Holy Trinity Council met.', 'Church', facts, true)).toBe('Church of the Holy Trinity Council');
  });

  it('stops before "of the" and a body after a role and a name the reference data lacks, but not after a name of common words', () => {
    expect(runFrom('Opposition leader Navid Sharaf of the Ruritania Farmers League welcomed the move.', 'Navid')).toBe('Navid Sharaf');
    expect(runFrom('The chairman Royal Trust of the Ashford Group spoke.', 'Royal')).not.toBe('Royal Trust');
  });

  it('reads the particle "arap" inside a Kalenjin name', () => {
    expect(runFrom('President Daniel arap Moi won.', 'Daniel')).toBe('Daniel arap Moi');
  });

  it('stops a party’s people before "of" and their leader’s title', () => {
    expect(runFrom('They protested against the Socialists of President Tom Vickers on Monday.', 'Socialists')).toBe('Socialists');
  });

  it('reads four or more words run together as no name word: a page’s buttons or a hashtag, not a brand', () => {
    const ctx = context('Tom Vickers FlagShareLikeReply said so. GlaxoSmithKline agreed.');
    const word = (text: string) => ctx.doc.tokens.find((t) => t.text === text);
    expect(isNameWord(ctx, word('FlagShareLikeReply'))).toBe(false);
    expect(isNameWord(ctx, word('GlaxoSmithKline'))).toBe(true);
  });

  it('takes the possessive into the name of a firm listed with it, not into a person’s', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, organizations: [...(NEWS_FACTS.organizations ?? []), "Kestrel's"], givenNames: { ...NEWS_FACTS.givenNames, Tom: 'male' } });
    expect(runFrom("Shoppers at Kestrel's said prices fell.", 'Kestrel', facts)).toBe("Kestrel's");
    expect(runFrom("The chain became Kestrel's, and sales rose.", "Kestrel's", facts)).toBe("Kestrel's");
    expect(runFrom("Tom Kestrel spoke. Later Kestrel's car was red.", 'Kestrel', facts, true)).toBe('Kestrel');
  });

  it('stops before "of" and a state after a full name or a party word', () => {
    expect(runFrom('In January, Gov. John Pruitt of West Virginia praised him.', 'John')).toBe('John Pruitt');
    expect(runFrom('Critics like Senator Ann Grove, Republican of Ohio, objected.', 'Republican')).toBe('Republican');
  });

  it('goes over hyphens, connectors and possessive institutions', () => {
    expect(runFrom('He met Jean-Luc Picard there.', 'Jean')).toBe('Jean-Luc Picard');
    expect(runFrom('They met Ban Ki-moon in the morning.', 'Ban')).toBe('Ban Ki-moon');
    // The Arabic article in lower case, written onto the surname.
    expect(runFrom('Forces loyal to Frank al-Tarrow advanced.', 'Frank')).toBe('Frank al-Tarrow');
    expect(runFrom('The talks with Park Geun-hye ended.', 'Park')).toBe('Park Geun-hye');
    expect(runFrom('They met Park Geun-hye.', 'Park')).toBe('Park Geun-hye');
    // A Korean second syllable of five letters; a hyphenated given name before the surname.
    expect(runFrom('said Lee Jae-myung, the party leader.', 'Lee')).toBe('Lee Jae-myung');
    expect(runFrom('Reporting by Soo-hyang Choi in Seoul.', 'Soo')).toBe('Soo-hyang Choi');
    expect(runFrom('Bilal Nazi-level rhetoric grew.', 'Bilal')).toBe('Bilal Nazi');
    expect(runFrom('The New York-based firm grew.', 'New')).toBe('New York');
    expect(runFrom('She works at the Bank of America now.', 'Bank')).toBe('Bank of America');
    // A party or a government and the person who leads it, named after "of", are two names; a
    // place after "of" is the party's.
    expect(runFrom('The Harbor Party of Linda Tolle won 37 seats.', 'Harbor')).toBe('Harbor Party');
    expect(runFrom('The Communist Party of Ruritania won 37 seats.', 'Communist')).toBe('Communist Party of Ruritania');
    expect(runFrom('He was taken to Boston Children’s Hospital at once.', 'Boston')).toBe('Boston Children’s Hospital');
    // A saint's possessive opens an institution, though a parish bears the saint's name; a
    // place's possessive is the place's.
    const parish = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, 'St. Luke': { name: 'Saint Luke', kind: 'region', country: 'DM' }, Kessin: { name: 'Kessin', kind: 'region', country: 'DM' } } });
    expect(runFrom("Doctors at St. Luke's Health System in Boise agreed.", 'St.', parish)).toBe("St. Luke's Health System");
    expect(runFrom("Doctors at Kessin's Health Department agreed.", 'Kessin', parish)).toBe('Kessin');
    // A titled person's possessive is theirs; a royal's or a saint's opens an institution.
    expect(runFrom("Prime Minister Varnick Tolle's Harbor Party lost.", 'Prime')).toBe('Prime Minister Varnick Tolle');
    expect(runFrom("Students at King Edward's School cheered.", 'King')).toBe("King Edward's School");
    expect(runFrom("She works at St. Thomas' Hospital now.", 'St.')).toBe("St. Thomas' Hospital");
  });

  it('goes over "for" after an organization head word, and "and" after it', () => {
    expect(runFrom('The report came from the Centre for Welsh and Cornish Studies in 2011.', 'Centre')).toBe('Centre for Welsh and Cornish Studies');
    expect(runFrom('She told CBS News on Monday that she would stay.', 'CBS')).toBe('CBS News');
  });

  it('goes over "and" between the fields a body covers after "of", not between two names', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'arts', 'sciences', 'housing', 'urban', 'development', 'justice', 'congress', 'labor'] });
    expect(runFrom('She joined the Ruritanian Academy of Arts and Sciences in 2011.', 'Ruritanian', facts)).toBe('Ruritanian Academy of Arts and Sciences');
    expect(runFrom('A complaint went to the Department of Housing and Urban Development on Monday.', 'Department', facts)).toBe('Department of Housing and Urban Development');
    // A body after "and", a place after "of", a role after "and": two names.
    expect(runFrom('The Department of Justice and Congress disagreed.', 'Department', facts)).toBe('Department of Justice');
    expect(runFrom('The Museum of Toronto and Urban Development staff met.', 'Museum', facts)).toBe('Museum of Toronto');
    expect(runFrom('The Department of Labor and Labor Secretary Kessin spoke.', 'Department', facts)).toBe('Department of Labor');
  });

  it('goes over a regnal "I" before another name word, not the pronoun', () => {
    expect(runFrom('The Dom Luís I Bridge links the two banks.', 'Dom')).toBe('Dom Luís I Bridge');
    expect(runFrom('She told Kowalski I would come.', 'Kowalski')).toBe('Kowalski');
  });

  it('goes over "and" inside an organization’s name, not between two names', () => {
    expect(runFrom('The U.S. Food and Drug Administration is reviewing the data.', 'U.S.')).toBe('U.S. Food and Drug Administration');
    expect(runFrom('The port serves Harbor Airlines and Westbury Airlines daily.', 'Harbor')).toBe('Harbor Airlines');
    expect(runFrom('They met Smith and Jones at noon.', 'Smith')).toBe('Smith');
    expect(runFrom('It passed the House and Senate last week.', 'House')).toBe('House');
  });

  it('goes over a nickname in double quotation marks and a capitalised function word before a head word', () => {
    expect(runFrom('Police caught Joaquin “El Chapo” Guzman again.', 'Joaquin')).toBe('Joaquin “El Chapo” Guzman');
    expect(runFrom('The appeal was filed by the Freedom From Noise Foundation in May.', 'Freedom')).toBe('Freedom From Noise Foundation');
    expect(runFrom('Critics say Garrow Jeered After Hinting the same.', 'Garrow')).toBe('Garrow Jeered');
  });
});

/**
 * The registry of typing features: every cue that says something about what a candidate name
 * is, by name, with an integer id and one line of description. Detectors (evidence.ts,
 * evidence-cues.ts) only report which features fire; what a feature is worth for each type lives
 * in one weights table (typing-model.ts), learned from annotated text (scripts/train-weights.mjs).
 */

/** The classes a candidate can be given, in the order of the weights table's columns. */
export const CLASSES = ['person', 'place', 'organization', 'none'] as const;
/** Number of columns of the weights table. */
export const CLASS_COUNT = CLASSES.length;

/** Every feature: its name and what fires it. The position in this list is the feature's id. */
export const FEATURE_LIST = [
  ['bias', 'always fires: the threshold a name must clear to be reported'],
  ['honorificTitle', 'an honorific before the name ("Mr.", "Sen.", "Dr.")'],
  ['roleTitle', 'a role title before the name ("President", "former senator")'],
  ['organizationHeadLast', 'the name ends in an organization head word ("Ministry", "Inc.")'],
  ['placeHeadLast', 'a name of several words ends in a place head word ("River", "Street")'],
  ['organizationHeadBeforeFor', 'an organization head word before "for" or "on" ("Centre for …")'],
  ['organizationHeadBeforeOf', 'an organization head word before "of" ("Bank of …")'],
  ['placeHeadBeforeOf', 'a place head word before "of" ("Gulf of …")'],
  ['placeOpener', 'a word that opens place names ("Rue", "Mount")'],
  ['organizationOpener', 'a word that opens organization names in other languages ("Partido", "Bloc")'],
  ['gazetteerCountry', 'the reference data has a country of this name'],
  ['gazetteerRegion', 'the reference data has a region (state, province) of this name'],
  ['gazetteerContinent', 'the reference data has a continent of this name'],
  ['gazetteerBigCity', 'the reference data has a city of a million people or more of this name'],
  ['gazetteerCity', 'the reference data has a city of 100,000 to a million people of this name'],
  ['gazetteerSmallTown', 'the reference data has a smaller town of this name'],
  ['wholeNameTown', 'a name of several words is, whole, a town under a million people in the reference data ("San Joaquin")'],
  ['stateAbbreviation', 'a US state as news style abbreviates it, after a comma or a party tag ("Ky.", "D-Nev.")'],
  ['sharesFullName', 'a word of a name shared with a neighbour ("Frank" in "Frank and Linda Abernathy")'],
  ['givenNameFirst', 'a name of several words opens with a given name'],
  ['ambiguousGivenNameFirst', 'opens with a given name that is also a place or a common word'],
  ['abstractNounLast', 'opens with a given name, ends in an abstract noun ("Peace Action")'],
  ['abstractNounAlone', 'one word shaped as an abstract noun, no given name, place or listed body ("Hostilities", "Sequestration")'],
  ['commonWordLast', 'opens with a given name, ends in another common word ("Christian Voice")'],
  ['ambiguousGivenNameInSentence', 'a given name that is also a common word opens a name of two words after a verb or "by", "with" ("met Bill Gates")'],
  ['loneGivenName', 'a one-word name that is a given name'],
  ['unfamiliarFullName', 'two or three name-shaped words, none a given name, common word, place or head word ("Ranvir Deshal")'],
  ['opensWithArticle', 'a two-word name opened by an article ("La Liga", "El Clasico")'],
  ['initialThenSurname', 'an initial before a surname ("W. Rouse")'],
  ['postNominal', 'letters of an honour or office after a name and a comma ("QC")'],
  ['currencyCode', 'a currency code ("DKK")'],
  ['timeZoneCode', 'a time zone\'s abbreviation ("EDT", "GMT")'],
  ['abbreviationEnd', 'the end of an abbreviation written without spaces ("D." in "Ph.D.")'],
  ['companySuffixAlone', 'a company’s legal form alone, after a comma or standing by itself ("…, Inc.", "LLC")'],
  ['contactLabel', 'a label of an address block or signature ("Tel", "Fax")'],
  ['singleLetter', 'a capital letter alone ("line E")'],
  ['acronym', 'a word in capitals ("NATO")'],
  ['shortAcronym', 'two capitals alone ("HR", "TV", "OK"): abbreviations of terms far more often than of bodies'],
  ['innerCapital', 'one word with an inner capital ("YouTube")'],
  ['lettersAndDigits', 'a word of letters and digits, perhaps parted by a hyphen ("Future45", "AK47", "EB-5"): a station, product or code, never a person'],
  ['knownOrganization', 'on the list of organizations and brands'],
  ['namedAfterHomeTown', 'a place followed by team or company words ("Boston Red Sox")'],
  ['teamNickname', 'a place followed by a plural nickname or a club word ("Ashford Canaries", "Leeds Rovers")'],
  ['eventWord', 'an event, storm or disease word in the name ("World Cup", "Hurricane Helene", "Lyme Disease")'],
  ['datedElection', 'between a year and an election, naming the vote ("the 1992 Ruritania general election")'],
  ['courtCase', 'one word naming a party to a court case ("Roe v. Wade"): the case, not the party'],
  ['qualifiedPlace', 'a common word before a known place ("Northern Greece")'],
  ['commonWords', 'every word of the name is a common English word'],
  ['commonWordsAfterThe', 'common words, several, after "the" mid-sentence ("the White House")'],
  ['placePreposition', 'after a place preposition ("in", "near")'],
  ['passiveAgent', 'a lone unknown name as the agent of a passive ("owned by …")'],
  ['indefiniteArticleBefore', 'after "a" or "an", heading its phrase ("a Democrat")'],
  ['stockOf', 'after "shares of", or "stock in" and no known place ("stocks in Tokyo")'],
  ['organizationNounBefore', 'after an organization noun ("side", "lender")'],
  ['datelineAgency', 'in brackets after a dateline ("LONDON (Reuters) -")'],
  ['affiliation', 'after a role or person and "for" or "at" ("a spokeswoman for …")'],
  ['personOf', 'after a person’s full name and "of", no known place ("Nathan Vickers of Kestrel Power"): the body the person belongs to'],
  ['hometownOf', 'a known place after a person’s full name and "of" ("Jason Gilbert of Cheyenne"): where the person lives'],
  ['workplaceAt', 'after a role in lower case, perhaps with its field, or "worked", "a job", "a stint", and "at" ("a professor of law at …"): where the role is held'],
  ['placeNounOf', 'after a place noun or a direction and "of" ("the town of …", "the villages of …", "the riding of …", "north of …")'],
  ['motionTo', 'after a verb of motion and "to" ("returned to …")'],
  ['roleBeforeComma', 'after a role with its determiner and a comma ("the club’s manager, …")'],
  ['personObjectVerb', 'the object of a verb whose object is a person ("appointed", "married")'],
  ['theBefore', 'after "the", not owning a person’s noun'],
  ['capitalisedThe', 'after "The" written with its capital in mid-sentence ("told The Guardian"): a publication’s or a work’s name'],
  ['basedSuffix', 'followed by "-based"'],
  ['commaPlace', 'followed by a comma and a region or country ("Austin, Texas")'],
  ['regionOfTown', 'after a town and a comma, the region or country it lies in ("Seattle, Washington")'],
  ['reportingVerbIts', 'followed by a reporting verb and "its" ("said its")'],
  ['reportingVerbAfter', 'followed by a reporting verb ("said", "told")'],
  ['reportingVerbBefore', 'after a reporting verb after a quotation or a comma, inverted ("“…,” said Peter Rice")'],
  ['ageAfter', 'followed by a comma, an age in figures and a comma or stop ("Harry Bond, 30, of Raleigh")'],
  ['pluralSubject', 'a plural word with a plural verb ("Broadcasters were")'],
  ['verbIts', 'the subject of a verb followed by "its"'],
  ['verbHisHer', 'the subject of a verb followed by "his" or "her"'],
  ['subjectOfVerb', 'the subject of another verb'],
  ['appositionOrganization', 'an apposition or predicate headed by an organization noun ("…, the agency")'],
  ['appositionPlace', 'an apposition or predicate headed by a place noun ("…, a town in …")'],
  ['appositionRole', 'an apposition or predicate headed by a role noun ("…, the developer")'],
  ['placeNounAfter', 'followed by a place noun ("… district", "… lake")'],
  ['placeWordAfter', 'followed by a place head word in lower case ("… river")'],
  ['bodyNounAfter', 'followed by a kind of body in lower case ("… party", "… company")'],
  ['workNounAfter', 'a name of several words qualifying a study or project'],
  ['personPossessionAfter', 'followed by a noun a person has ("administration", "campaign")'],
  ['companyPossessionAfter', 'followed by a noun a company has ("shares", "headquarters")'],
  ['authorCitation', 'cited with "et al." or a year in brackets ("Quilis (1964)", "Brieber 2014;")'],
  ['possessiveAfter', 'followed by a possessive mark ("Kolashi’s")'],
  ['sideOfPlayer', 'owning a player of a position ("Westbury’s Canadian striker")'],
  ['whoAfter', 'followed by "who"'],
  ['addressedByName', 'a given name greeted, thanked or signing alone on its line ("Thanks, Sue", "Hi Mark")'],
  ['commonWordInCapitals', 'one common English word in capitals ("FREE", "HIT"): not an acronym'],
  ['datelinePlace', 'in capitals, opening a line before a comma and a place or a date ("VAIL, Colorado", "OSLO, Dec. 6")'],
  ['positionalCapital', 'one common English word capitalised only by its place: opening a sentence or in a line of capitals ("SALE", "Most states")'],
  ['toldLoneName', 'one word, no given name, after "told" ("told Reuters")'],
  ['sourceLoneName', 'one word, no given name, cited as a source: after "according to" or an interview "with" ("according to Politico")'],
  ['photoCredit', 'one word after a name and a slash, closing its line or sentence: a photo’s credit ("Gary Cameron/Reuters")'],
  ['partnerWith', 'the other party to talks or a deal ("talks with Labour")'],
  ['organizationNounBeforeComma', 'in apposition after an organization noun ("the operator, …")'],
  ['officeName', 'a role and its complement, an office ("Secretary of State", "Minister of Finance")'],
  ['officeOf', 'after an office in a body and "of" ("leader of Hamas", "chairman of …")'],
  ['memberNounAfter', 'followed by the people of a body ("Hamas leaders", "Labour MPs")'],
  ['whichAfter', 'followed by a comma or a bracket and "which"'],
  ['kindSuchAs', 'after bodies of a kind and "such as", "like" or "including" ("companies such as …", "groups like …")'],
  ['abbreviatedAfter', 'a name of several words followed by its abbreviation in brackets ("Forza Europa (FE)")'],
  ['sideOfCareer', 'the side a player plays, signs or scores for or against ("played for Ashford", "scored against Westbury")'],
  ['foundedBody', 'the object or passive subject of a verb of founding ("founded Kessin", "Kessin was founded in 1898")'],
  ['pluralAcronym', 'an acronym in the plural ("PACs", "CEOs", "NGOs"): a kind of thing, not one named'],
  ['prefixedSurname', 'one word shaped like a surname with its prefix ("McAllister", "O’Donnell", "DiMarco"), the rest no common word'],
  ['groupOfCountry', 'a noun in the plural before a country or region ("Veterans Ruritania", "Families Ruritania"): a group'],
  ['ownsCompanyRole', 'owning what only a company has: its chief executive, chairman, founder or shareholders ("Kessin’s chief executive")'],
  ['givenNameSpeaks', 'a given name alone before a reporting verb, whose place reading is no country, continent or city of a million ("Paul told reporters")'],
  ['pollAfter', 'followed by a poll or survey in lower case, or by its possessive and one ("a Gallup poll", "Gallup’s survey"): a pollster or the body that ran it'],
  ['publishedIn', 'after what a publication prints and "in" or "for" ("an article in Politico", "a column for Forbes")'],
  ['reportedLoneName', 'one word, no given name or title, before "reported" or "published" ("Xinhua reported", "Kestrel first reported"): an outlet'],
  ['scorecardPlayer', 'in a cricket scorecard, after the letter of a dismissal ("c Crawley b Silverwood 43") or before bowling figures ("Gough 14-3-39-1")'],
  ['commodityGrade', 'before "crude" or "blend" in lower case ("Brent crude", "the Urals blend"): an oil benchmark, not its place'],
  ['clubBeforeTown', 'a sports club named by a word before its town: a club abbreviation anywhere ("FC Utrecht", "AC Milan"), an unknown word, an acronym or a region in sports copy ("Sparta Rotterdam", "PSV Eindhoven", "Bayern Munich")'],
  ['partyNoun', 'one word that names a party by a noun, inside a sentence or before a possessive ("stood for Labour", "Labour\'s spokesman", "the Tories")'],
  ['constituencyFor', 'after a legislator’s initials and "for" ("the MP for York Central"): the seat, a place'],
  ['nationalBody', 'a common word before a country’s initials ("Age UK", "Choice USA"): a national body, no place'],
  ['listedCompany', 'before its stock exchange and ticker symbol in brackets ("Hanbit Robotics (KOSDAQ: HBRT)"): a listed company'],
  ['tickerSymbol', 'a ticker symbol after its stock exchange and a colon ("(NASDAQ: NVDA)", "NYSE:F"): the company’s symbol, no name'],
  ['eponymNoun', 'before a condition or a law named after it, in the possessive or not ("Alzheimer’s disease", "Lyme disease", "Moore’s law")'],
  ['syllabicName', 'an East Asian name with a hyphenated given name, surname first or last ("Leung Yiu-chung", "Ju-min Park")'],
  ['creditLine', 'listed in a credit line after "Reporting by", "Editing by", "Photos by" … ("(Reporting by Soo-hyang Choi; Editing by Gerry Doyle)")'],
  ['sideInBrackets', 'in sports copy, alone in brackets after a player named in full, no country, region or given name ("Jon Callard (Bath)"): the club'],
] as const;

/**
 * Features read from the words around a name rather than from the name itself: each mention
 * brings its own. When the rules weigh a written form over the whole document
 * (document-scores.ts), each kind of context counts once however many mentions bring it, and the
 * name's own evidence (the reference data, its words, its shape) is averaged over its mentions.
 */
export const CONTEXT_FEATURES: ReadonlySet<FeatureName> = new Set<FeatureName>([
  'placePreposition', 'passiveAgent', 'indefiniteArticleBefore', 'stockOf', 'organizationNounBefore', 'datelineAgency',
  'affiliation', 'personOf', 'hometownOf', 'workplaceAt', 'placeNounOf', 'motionTo', 'roleBeforeComma', 'personObjectVerb', 'theBefore', 'capitalisedThe', 'basedSuffix', 'commaPlace', 'regionOfTown',
  'reportingVerbIts', 'reportingVerbAfter', 'reportingVerbBefore', 'ageAfter', 'pluralSubject', 'verbIts', 'verbHisHer', 'subjectOfVerb', 'appositionOrganization',
  'appositionPlace', 'appositionRole', 'placeNounAfter', 'placeWordAfter', 'bodyNounAfter', 'workNounAfter', 'personPossessionAfter',
  'companyPossessionAfter', 'authorCitation', 'possessiveAfter', 'sideOfPlayer', 'whoAfter', 'addressedByName', 'toldLoneName', 'sourceLoneName', 'photoCredit',
  'partnerWith', 'organizationNounBeforeComma', 'officeOf', 'memberNounAfter', 'whichAfter', 'kindSuchAs', 'abbreviatedAfter',
  'givenNameSpeaks', 'foundedBody', 'datedElection', 'courtCase', 'sideOfCareer', 'ownsCompanyRole', 'publishedIn', 'pollAfter',
  'reportedLoneName', 'sideInBrackets', 'creditLine', 'eponymNoun', 'tickerSymbol', 'listedCompany', 'constituencyFor', 'scorecardPlayer', 'commodityGrade',
]);

/** A feature's name. */
export type FeatureName = (typeof FEATURE_LIST)[number][0];

/** Number of features. */
export const FEATURE_COUNT = FEATURE_LIST.length;

/** Feature ids by name: `F.acronym` is the id detectors report. */
export const F = Object.freeze(Object.fromEntries(FEATURE_LIST.map(([name], id) => [name, id]))) as Readonly<Record<FeatureName, number>>;

/** The name of feature `id`. */
export function featureName(id: number): FeatureName {
  return (FEATURE_LIST[id] as (typeof FEATURE_LIST)[number])[0];
}

/** What fires feature `id`, in words. */
export function featureDescription(id: number): string {
  return (FEATURE_LIST[id] as (typeof FEATURE_LIST)[number])[1];
}

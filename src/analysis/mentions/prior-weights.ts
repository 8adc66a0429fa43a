/**
 * The hand-set weights of the typing features (features.ts): the prior the learned weights start
 * from (scripts/train-weights.mjs), one row per feature, columns person, place, organization, none.
 */
import type { FeatureName } from './features.js';

/** A feature's weight for each class: person, place, organization, none. */
export type WeightRow = readonly [number, number, number, number];

const ALL = -6;
const COMMON = -2;
/** Every feature has a row. */
export const PRIOR_WEIGHTS: Readonly<Record<FeatureName, WeightRow>> = {
  bias: [0, 0, 0, 1],
  honorificTitle: [8, 0, 0, 0],
  roleTitle: [5, 0, 0, 0],
  organizationHeadLast: [0, 0, 6, 0],
  placeHeadLast: [0, 5, 0, 0],
  organizationHeadBeforeFor: [0, 0, 6, 0],
  organizationHeadBeforeOf: [0, 0, 6, 0],
  placeHeadBeforeOf: [0, 5, 0, 0],
  placeOpener: [0, 5, 0, 0],
  organizationOpener: [0, 0, 5, 0],
  gazetteerCountry: [0, 7, 0, 0],
  gazetteerRegion: [0, 7, 0, 0],
  gazetteerContinent: [0, 7, 0, 0],
  gazetteerBigCity: [0, 5, 0, 0],
  gazetteerCity: [0, 4, 0, 0],
  gazetteerSmallTown: [0, 1.5, 0, 0],
  wholeNameTown: [0, 2, 0, 0],
  stateAbbreviation: [0, 7, 0, 0],
  sharesFullName: [5, 0, 0, 0],
  givenNameFirst: [3, 0, 0, 0],
  ambiguousGivenNameFirst: [1.5, 0, 0, 0],
  abstractNounLast: [-3, 0, 1, 0],
  abstractNounAlone: [-3, -2, -1.5, 0],
  commonWordLast: [-1, 0, 0, 0],
  ambiguousGivenNameInSentence: [1.5, 0, 0, 0],
  loneGivenName: [2, 0, 0, 0],
  unfamiliarFullName: [1.5, 0, 0, 0],
  opensWithArticle: [-4, 0, 0, 0],
  initialThenSurname: [3, 0, 0, 0],
  postNominal: [ALL, ALL, ALL, 0],
  currencyCode: [ALL, ALL, ALL, 0],
  // "8 p.m. EDT": a time, however like an acronym it looks.
  timeZoneCode: [ALL, ALL, ALL, 0],
  abbreviationEnd: [ALL, ALL, ALL, 0],
  companySuffixAlone: [ALL, ALL, ALL, 0],
  contactLabel: [ALL, ALL, ALL, 0],
  singleLetter: [ALL, ALL, ALL, 0],
  acronym: [0, 0, 3, 0],
  shortAcronym: [-1.5, 0, 0.5, 0],
  innerCapital: [0, 0, 3, 0],
  lettersAndDigits: [ALL, -2, 0, 0],
  knownOrganization: [0, 0, 3, 0],
  namedAfterHomeTown: [0, 0, 5, 0],
  teamNickname: [-5, -2, 3, 0],
  eventWord: [ALL, ALL, ALL, 0],
  datedElection: [ALL, -16, ALL, 0],
  // A party of a case named by one word is the case's name, whatever place shares it ("Moyle v.
  // United States", "Texas v. Johnson"): as with a dated election, outweighs a country or region.
  courtCase: [ALL, -16, ALL, 0],
  qualifiedPlace: [0, 4, 0, 0],
  commonWords: [COMMON, COMMON, COMMON, 0],
  commonWordsAfterThe: [COMMON, COMMON, 0.5, 0],
  placePreposition: [0, 1.5, 0, 0],
  passiveAgent: [0, 0, 1, 0],
  indefiniteArticleBefore: [-4, 0, -4, 0],
  stockOf: [-2, -3, 4, 0],
  organizationNounBefore: [0, 0, 3, 0],
  datelineAgency: [0, 0, 6, 0],
  affiliation: [0, 0, 2, 0],
  // "Ann Lee of Kestrel Power": a person's body; "Ann Lee of Cheyenne": a person's home town.
  personOf: [-1, 0, 2, 0],
  hometownOf: [-2, 2, 0, 0],
  // Where a role is held is a body or a place, not a person ("a professor at Harvard").
  workplaceAt: [-3, -1.5, 2, 0],
  placeNounOf: [0, 4, 0, 0],
  motionTo: [0, 1.5, 0, 0],
  roleBeforeComma: [4, 0, 0, 0],
  personObjectVerb: [2, 0, 0, 0],
  theBefore: [-1.5, 0, 0.75, 0],
  // "told The Guardian", "in The Atlantic": news names publications so; a known place keeps
  // its place ("in The Hague").
  capitalisedThe: [-2, -1, 2.5, 0],
  basedSuffix: [0, 4, 0, 0],
  commaPlace: [0, 2.5, 0, 0],
  regionOfTown: [0, 5, 0, 0],
  reportingVerbIts: [0, 0, 2.5, 0],
  reportingVerbAfter: [1.5, 0, 0, 0],
  // "“…,” said Peter Rice": inverted after a quotation, as "Rice said" is after the name.
  reportingVerbBefore: [2, -1, 0, 0],
  // "Harry Bond, 30, of Raleigh": only people have ages.
  ageAfter: [3, -2, -2, 0],
  pluralSubject: [COMMON, COMMON, COMMON, 0],
  verbIts: [-1.5, 0, 2.5, 0],
  verbHisHer: [2.5, 0, 0, 0],
  subjectOfVerb: [1, 0, 0, 0],
  appositionOrganization: [0, 0, 4, 0],
  appositionPlace: [0, 4, 0, 0],
  appositionRole: [4, 0, 0, 0],
  placeNounAfter: [0, 3, 0, 0],
  placeWordAfter: [0, 3, 0, 0],
  bodyNounAfter: [0, 0, 3, 0],
  workNounAfter: [ALL, ALL, ALL, 0],
  personPossessionAfter: [2.5, 0, 0, 0],
  companyPossessionAfter: [0, 0, 2.5, 0],
  authorCitation: [2.5, 0, 0, 0],
  possessiveAfter: [1.5, 0, 0, 0],
  sideOfPlayer: [-3, 0, 4, 0],
  whoAfter: [2.5, 0, 0, 0],
  addressedByName: [3, 0, 0, 0],
  commonWordInCapitals: [-2, -2, -2, 0],
  datelinePlace: [0, 6, 0, 0],
  positionalCapital: [-1.5, -6.5, -3, 0],
  toldLoneName: [0, 0, 3, 0],
  sourceLoneName: [-1, 0, 3, 0],
  photoCredit: [-2, -2, 4, 0],
  partnerWith: [0, 0, 2.5, 0],
  organizationNounBeforeComma: [0, 0, 3, 0],
  officeName: [ALL, ALL, ALL, 0],
  officeOf: [0, 0, 2.5, 0],
  memberNounAfter: [0, 0, 3, 0],
  whichAfter: [-3, 0.5, 1, 0],
  kindSuchAs: [0, 0, 3, 0],
  givenNameSpeaks: [6, 0, 0, 0],
  // Where a piece is printed: a publication, though "in" reads as a place and the name may be a
  // given name ("an article in Forbes").
  publishedIn: [-1.5, -1.5, 3, 0],
  // Who runs a poll: a polling firm or a paper, rarely a person; a state's poll stays the state's
  // by the reference data ("the Iowa poll").
  pollAfter: [-1.5, -1, 3, 0],
  // What reports by a one-word name is an outlet ("Xinhua reported").
  reportedLoneName: [-1.5, 0, 3, 0],
  foundedBody: [-3, 0, 1.5, 0],
  ownsCompanyRole: [-3, -1, 4, 0],
  groupOfCountry: [-2, -3, 3, 0],
  prefixedSurname: [2, 0, 0, 0],
  pluralAcronym: [-3, -3, -3, 0],
  sideOfCareer: [-1, -4, 4, 0],
  abbreviatedAfter: [0, 0, 3.5, 0],
  // A squad list's club or a result's side, in brackets after each player ("Jon Callard (Bath)");
  // a town there, when not a club, is where the person is from, which results give by country.
  sideInBrackets: [-2, -1.5, 3, 0],
  // "the MP for York Central": the constituency, named like a town, a person or a body.
  constituencyFor: [-3, 5, -2, 0],
  // "Age UK", "Choice USA": a body of that country, named by a word and its initials.
  nationalBody: [-2, -3, 4, 0],
  // "Hanbit Robotics (KOSDAQ: HBRT)": only companies are listed.
  listedCompany: [-4, -4, 6, 0],
  // "(NASDAQ: NVDA)": a symbol, not a name of the company (nor a person or a place).
  tickerSymbol: [ALL, ALL, ALL, 0],
  // "Alzheimer's disease", "Moore's law": no one and nowhere of the story.
  eponymNoun: [-5, -5, -4, 0],
  // "Leung Yiu-chung", "Ju-min Park": a person's name whose given name the reference data lacks.
  syllabicName: [3, -1, -1, 0],
  // A credit line lists journalists, whatever their given names ("Reporting by Soo-hyang Choi").
  creditLine: [3, -2, -1, 0],
  // Only players are caught, bowled or given figures, whatever town bears their name ("c Crawley").
  scorecardPlayer: [5, -3, -3, 0],
  // "Labour", "the Tories": a party, whatever the common word says.
  partyNoun: [-3, -3, 6, 0],
  // A club named before its town, as "Manchester United" after it: the club, not the town.
  clubBeforeTown: [-3, -4, 6, 0],
  // An oil benchmark is no place, person or body ("Brent crude").
  commodityGrade: [-4, -6, -4, 0],
};

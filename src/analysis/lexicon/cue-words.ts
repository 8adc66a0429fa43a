/**
 * Closed-class cue words that tell what kind of thing a capitalised name is. These are
 * grammar, not reference data: honorifics and role nouns that precede a person's name, head
 * nouns that end an organization's or a place's name, and the small words names carry inside
 * ("Bank of America", "de Gaulle"). Reference data (countries, cities, given names) lives in
 * the gazetteer, which is compiled from npm data packages.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Honorifics in the plural, before two or more names ("Sens. Ann Grove and Tom Vickers"), and
 * each one's singular, the title of one of those people. Lower-case keys, dots kept; wink splits
 * some from their full stop ("Sens" "."), so the bare form is listed too.
 */
export const PLURAL_HONORIFICS: ReadonlyMap<string, string> = new Map(
  [
    ['sens', 'Sen.'],
    ['reps', 'Rep.'],
    ['govs', 'Gov.'],
    ['drs', 'Dr.'],
    ['profs', 'Prof.'],
    ['gens', 'Gen.'],
    ['messrs', 'Mr.'],
  ].flatMap(([plural, singular]) => [
    [plural as string, singular as string],
    [`${plural}.`, singular as string],
  ]),
);

/** Honorifics: a following name is certainly a person ("Mr.", "Dr.", "Sen."). Lower-case, dots kept. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...words(`
    mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. sir dame lord lady madam mme mme. mlle
    sen. sen rep. rep gov. gov gen. lt. col. maj. capt. cmdr. adm. sgt. cpl. pvt. gen lt col maj capt
    rev. rev fr. sr. jr. hon. pres. supt. insp. det. atty. amb. del.
  `),
  ...PLURAL_HONORIFICS.keys(),
]);

/** Role nouns that, before a name, make it a person's title ("President", "coach", "Secretary"). */
export const ROLE_NOUNS = words(`
  president vice-president premier chancellor minister secretary senator congressman congresswoman
  congressmember representative governor mayor councillor councilman councilwoman councilor
  ambassador envoy diplomat spokesman spokeswoman spokesperson chairman chairwoman chair chairperson
  director ceo cfo coo cto founder co-founder executive chief commissioner commander general admiral
  colonel major captain lieutenant sergeant corporal private officer detective inspector sheriff
  judge justice magistrate prosecutor attorney lawyer counsel king queen prince princess emperor
  empress duke duchess earl count countess baron baroness lord pope cardinal bishop archbishop
  rabbi imam pastor reverend father sister brother saint professor lecturer dr doctor coach manager striker
  midfielder defender goalkeeper quarterback pitcher forward guard skipper captain author writer
  novelist poet artist actor actress singer rapper musician composer producer filmmaker journalist
  reporter editor columnist correspondent anchor host presenter analyst economist researcher
  scientist physicist chemist biologist historian candidate nominee leader deputy aide adviser
  advisor strategist pollster speaker whip treasurer auditor registrar superintendent principal
  dean provost rector chancellor headmaster teacher nurse surgeon physician dean officer trooper
  agent officer superstar star champion president-elect ex-president sheikh emir sultan shah tsar
  czar ayatollah mullah developer businessman businesswoman entrepreneur investor owner
  farmer student resident worker official activist lobbyist consultant engineer architect designer
  player athlete runner driver campaigner organiser organizer volunteer owner mother father son famer
  daughter wife husband widow brother sister rival challenger opponent counterpart
  mp mpp mla mha mep msp administrator comptroller coroner assessor clerk supervisor
`);

/** Role nouns that companies and clubs hold as well as people ("rival Airbus", "owner Tata", "champions Ajax"). */
export const BODY_ROLES = words(`
  rival rivals challenger opponent counterpart owner owners champion champions leader leaders
  producer developer investor partner
`);

/** True when `normal` is a role noun, singular or plural ("analyst", "analysts"). */
export function isRoleNoun(normal: string): boolean {
  return ROLE_NOUNS.has(normal) || (normal.endsWith('s') && ROLE_NOUNS.has(normal.slice(0, -1)));
}

/** Public offices, which end a run that names the office and no one ("the Ohio Governor", "New York City Comptroller"). */
export const OFFICE_NOUNS = words(`
  president vice-president premier chancellor minister secretary senator congressman congresswoman
  governor mayor councillor councilman councilwoman councilor ambassador envoy spokesman spokeswoman
  spokesperson chairman chairwoman chairperson commissioner sheriff prosecutor treasurer auditor
  superintendent comptroller
`);

/** Offices written before a surname as a title of address ("Senator Baker", "Governor Cook"). */
export const ADDRESS_TITLES = words(`senator governor president mayor judge congressman congresswoman`);

/** Words that may stand inside a title before the role noun ("Vice", "Deputy", "Former"). */
export const TITLE_MODIFIERS = words(`
  vice deputy acting former interim assistant associate senior junior chief executive general
  prime foreign defense defence finance interior health home state first second lady press
  national district attorney supreme high federal regional head lead managing principal
  co ex then late
`);

/** Head words that make a name an organization ("Ministry", "Inc.", "University", "Party"). */
export const ORGANIZATION_WORDS = words(`
  inc inc. corp corp. corporation co co. company companies ltd ltd. llc llp plc gmbh ag sa nv
  group holdings partners associates bank banks fund trust insurance capital securities markets
  ministry department agency bureau office administration authority commission committee council
  board service services directorate secretariat cabinet parliament congress senate assembly
  embassy consulate
  legislature court tribunal police army navy force forces guard corps command militia
  university college school academy institute institution laboratory laboratories lab labs
  hospital clinic system foundation society association federation union league alliance coalition
  organization organisation organisations organizations network movement front party
  church synagogue diocese order brotherhood club team fc athletic athletics
  rovers wanderers times post journal herald tribune gazette news newspaper paper magazine press review
  television tv radio broadcasting studios records publishing publishers airlines airways motors
  images pictures international forum watch nations
  bulletin chronicle courier observer telegraph examiner inquirer enquirer sentinel dispatch globe newsroom
  register ledger
  systems technologies technology industries enterprises solutions pharmaceuticals labs media research
  networks brands communications entertainment energy petroleum logistics
  center centre museum library orchestra band ensemble theatre theater opera ballet festival gaming
  exchange reserve treasury commonwealth federation consortium cooperative co-op
  baseball football basketball hockey soccer cricket rugby
  partisi partiya párt puolue morcha sabha
  agencies institutes departments divisions division subcommittee confederation guild faction politburo
  polytechnic brothers sons consulting management marketing productions investments savings
  financial utilities telecommunications chemicals pharmaceutical computers aviation
  telegram tech
  oil gas electric brewery limited partnership collective choir quartet crew
  government consulate legion veterans engineers aid weekly monthly community healthcare circuit
`);

/**
 * Organization head words that name one body when written alone with a capital ("Congress
 * passed the bill", "Parliament", "the Treasury"); other head words alone are common nouns
 * ("Police arrested", "University collections").
 */
export const STANDALONE_INSTITUTIONS = words(`
  congress parliament senate assembly legislature cabinet treasury commonwealth secretariat
  directorate reserve
`);

/**
 * Institutions named by a common word alone after "the", in capitals mid-sentence: "the House
 * passed the bill", "a vote in the Commons", "talks with the Government". Not head words of
 * longer names ("Opera House"), except head first before "of" ("House of Representatives").
 */
export const CHAMBERS_AFTER_THE = words(`house commons lords government`);

/** Head words that make a name a place ("River", "County", "Square", "Airport"). */
export const PLACE_WORDS = words(`
  river lake sea ocean bay gulf strait channel canal island islands isle isles peninsula coast beach
  mountain mountains mount mt mt. hill hills valley desert forest park parks canyon falls cape
  county province state district region territory prefecture borough township village town city
  street st road rd avenue ave boulevard blvd lane square plaza bridge tunnel highway freeway
  airport station port harbor harbour residence palace castle cathedral temple tower towers
  building stadium arena field gardens garden zoo reservoir dam border frontier quarter
  heights springs creek brook east west north south municipality parish
  mosque minster abbey basilica shrine pagoda monastery fortress citadel terrace turnpike parkway
  empire kingdom republic sultanate caliphate emirate principality duchy khanate
  expressway motorway archipelago atoll reef glacier volcano plateau marsh lagoon cove fjord oasis
  hotel area gym gymnasium pavilion playfield playground dock docks wharf pier junction pond strip
  monument memorial mall cave caves trail mansion manor hemisphere cemetery inn belt
`);

/**
 * Adjectives of faiths and churches ("Christian", "Catholic", "Sunni"), and the faiths themselves
 * ("Islam", "Judaism"): like demonyms, they describe and are never an entity alone.
 */
export const RELIGIOUS_ADJECTIVES = words(`
  christian christians catholic catholics protestant protestants orthodox anglican anglicans
  methodist methodists baptist baptists lutheran lutherans presbyterian evangelical evangelicals
  pentecostal mormon mormons jewish muslim muslims islamic buddhist buddhists hindu hindus sikh
  sikhs shia shiite shiites sunni sunnis jain taoist confucian coptic
  islam christianity judaism hinduism buddhism sikhism jainism taoism catholicism protestantism
`);

/** Small words that can stand inside a name between capitalised words ("Bank of America"). */
export const NAME_CONNECTORS = words(`of of the de du des da do dos das van von der den del della di la le al el bin ibn arap y &`);

/** Particles that can open a surname ("de Gaulle", "van Gogh", "al-Assad"). */
export const SURNAME_PARTICLES = words(`de da di du van von der den del della la le al el bin ibn ben arap`);

/** Prepositions after which a name is likely a place ("in Kyiv", "near Donetsk"). */
export const PLACE_PREPOSITIONS = words(`in at near into across outside inside throughout around from through via toward towards off`);

/**
 * The legal forms written after a company's name, and after a comma when the name has one
 * already ("Northgate Holdings, Inc."): alone, they name nothing.
 */
export const COMPANY_SUFFIXES = words(`inc inc. ltd ltd. llc l.l.c. llp l.p. lp plc corp corp. co. gmbh ag s.a. n.v.`);

/** Legal forms written before a company's name ("AB Volvo", "PT Telkom", "OAO Gazprom"). */
export const COMPANY_PREFIXES = words(`ab pt oao pao zao ooo jsc`);

/** Labels of an address block or a signature ("Tel", "Fax"): some are given names in the reference data too. */
export const CONTACT_LABELS = words(`tel tel. fax phone telephone email e-mail`);

/** Nouns of employment that "at" and a workplace follow ("a job at …", "his stint at …"). */
export const EMPLOYMENT_NOUNS = words(`job jobs career stint tenure internship employment`);

/** Verbs that open a line telling the reader how to reach someone ("Contact Jane Doe at …", "Reach …"). */
export const CONTACT_VERBS = words(`contact reach email e-mail call follow write`);

/**
 * Letters of honours and offices written after a person's name ("Mark Tedeschi, QC", "Jane
 * Doe, MP"): they name no organization.
 */
export const POST_NOMINALS = words(`
  qc kc sc mp mep msp mla mpp mha ao ac am obe mbe cbe kbe dbe gbe ch om vc gc dso frs freng
  phd md dds jp esq cpa
`);

/** Generational suffixes that belong to a person's name ("Jr.", "III"). */
export const NAME_SUFFIXES = words(`jr jr. sr sr. ii iii iv`);

/** Head words of events, laws, awards and works: such names are none of dossier's three kinds. */
export const EVENT_WORDS = words(`
  war wars games olympics paralympics olympiad cup championship championships series tournament open
  pilgrimage festival awards award prize medal act bill amendment treaty accord accords agreement convention
  revolution uprising crisis pandemic epidemic cyclone hurricane typhoon storm earthquake
  disease diseases syndrome virus encephalopathy influenza flu
  day week month year era age ages dynasty century conference summit expo show study
  wwi wwii ww1 ww2
`);

/** Legal-form suffixes that close a company's name ("Inc.", "Corp.", "GmbH"). */
export const CORPORATE_SUFFIXES = words(`inc inc. corp corp. co. ltd ltd. llc llp plc gmbh ag sa s.a. nv n.v. bv`);

/**
 * Words that open a place's name ("Lake Mead", "Mount Kenya", "Cape Cod", "Fort Lee"), in English
 * and in the languages whose street and landmark names travel and foreign news keep ("Rue de
 * Rivoli", "Paseo de Montejo", "Plac Wolności", "Masjid Al-Haram").
 */
export const PLACE_OPENERS = words(`
  lake mount mt mt. cape isle gulf fort port bay loch glen camp
  rue paseo calle avenida piazza plac ulica lago lac monte mont sierra isla île ilha pointe anse
  bahía playa praia cerro catedral iglesia église masjid wat meidan meydan
`);

/**
 * Words that open the names of parties, movements and unions in the languages foreign news
 * keeps untranslated, where the head comes first ("Partido Popular", "Parti Québécois", "Bloc
 * Québécois", "Lega Nord", "Mouvement Réformateur"); and "Radio" before a station's name in
 * any language ("Radio Programas del Peru", "Radio Free Europe").
 */
export const ORGANIZATION_OPENERS = words(`
  partido partito parti partei partij partia partidul lega mouvement movimento movimiento
  universidad universidade università universität université universiteit uniwersytet instituto
  istituto institut laboratorio laboratoire banco banca ministerio ministère ministero fundación
  fundação fondazione consejo conselho consiglio comisión comissão commissione gobierno governo
  escola escuela colegio
  frente fronte bloc bloque unione unión union alianza alleanza alliance rassemblement
  congrès congreso confederación confederazione
  radio
`);

/** Nouns that, in an apposition ("Eurostat, the EU’s statistics agency"), say the name is an organization. */
export const ORGANIZATION_NOUNS = words(`
  agency company firm lender insurer carrier broadcaster newspaper paper club side team outfit
  charity watchdog regulator maker manufacturer retailer startup start-up operator provider
  publisher network group bank party union organization organisation institute university
  college school ministry department office body association federation league band label
  studio airline chain conglomerate giant subsidiary unit division business brand nonprofit
  magazine website site outlet channel tabloid carmaker automaker drugmaker chipmaker steelmaker
  planemaker
`);

/** Nouns that, in an apposition ("Molde, a town in Norway"), say the name is a place. */
export const PLACE_NOUNS = words(`
  city town village country nation region province state county district suburb neighbourhood
  neighborhood island capital port municipality territory republic kingdom area community
  border borders diocese desert outskirts coast shores commune hamlet parish settlement township
  borough locality canton prefecture cave
`);

/**
 * Nouns of electoral districts, which name a place after "of" ("the riding of …", "the seat of
 * …"), though not before a name: "the Senate seat" is a seat in the Senate.
 */
export const ELECTORAL_DISTRICT_NOUNS = words(`riding constituency seat electorate`);

/** Words that end sports clubs' names after their town ("Ashford United", "Bolton Wanderers"). */
export const TEAM_WORDS = words(`united athletic albion rovers wanderers rangers celtic hotspur alexandria argyle academicals sox`);

/** The four compass points, which qualify a place ("North Crimea") or end a surname ("Oliver North"). */
export const COMPASS_POINTS = words(`north south east west`);

/** Words that greet or sign off before a given name ("Hi Ken", "Thanks, Sue"). */
export const GREETINGS = words(`hi hello hey dear thanks thank regards cheers love sincerely`);

/** Verbs of a player's career, before "for" or "against" and the side: "played for …", "signed for …". Lemmas. */
export const PLAYER_LEMMAS = words(`play sign debut score captain coach compete transfer`);

/** Positions of players in a side, which belong to a club or a national team ("Westbury's striker"). */
export const PLAYING_POSITIONS = words(`
  striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers goalie winger wingers
  quarterback quarterbacks pitcher pitchers outfielder infielder shortstop catcher fullback playmaker
`);

/** Words for a vote, after the place it is held in: "the 1992 Ruritania general election". */
export const ELECTION_WORDS = words(`election elections by-election by-elections referendum primary primaries caucus caucuses plebiscite`);

/** Abbreviated months and days, which the tagger does not always read as dates ("Sept. 26"). */
export const DATE_ABBREVIATIONS = words(`jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.`);

/**
 * Nouns a person owns, after the name: "the Obama administration", "the Clinton campaign". Not
 * "spokesman": the Kremlin, the Pentagon and the police have one as often as a politician.
 */
export const PERSON_POSSESSIONS = words(`administration campaign presidency aides allies supporters camp surrogates government speech speeches visit pollster`);

/** Verbs whose object is a person: "appointed Solon", "she married Brandt". Lemmas. */
export const PERSON_OBJECT_LEMMAS = words(`appoint elect hire marry nominate arrest interview sack knight crown succeed depose`);

/**
 * Verbs whose object is a body or a settlement, never a person: "founded Kessin", "Kessin was
 * founded". Lemmas ("co-founded" as well: wink leaves it as written).
 */
export const FOUNDING_LEMMAS = words(`found co-found co-founded cofound establish incorporate`);

/** Verbs of a journey, before "to" and a place: "travelled … to Gaul". Lemmas. */
export const MOTION_LEMMAS = words(`
  go travel move return fly sail flee emigrate migrate journey head drive walk relocate retreat
  march come arrive deport exile send evacuate
`);

/**
 * Verbs that report speech or thought after a name: "Reyes said", "Kowalski believes", and the
 * verbs of manner only people speak with ("Ashford lamented", "Keane quipped"); not those bodies
 * use as well ("announced", "confirmed", "demanded": the quotation cues of reporting-verbs.ts).
 * Lemmas.
 */
export const REPORTING_LEMMAS = words(`
  say tell add explain state argue claim note write insist ask reply recall warn tweet testify
  admit acknowledge believe think
  lament muse concur concede counter quip retort scoff sigh vow whisper mutter plead boast brag
  joke exclaim interject gloat fume marvel grumble shout yell
`);

/** Plural verb forms: a one-word name before them names a group ("Broadcasters were"). */
export const PLURAL_VERBS = words(`are were have`);

/** Nouns of a piece of work a name may qualify ("the National Harbor Sediment study"). */
export const WORK_NOUNS = words(`study survey project programme trial initiative scheme`);

/** Words that open a storm's name given with a given name ("Storm Amy", "Hurricane Helene"). */
export const STORM_WORDS = words(`storm hurricane typhoon cyclone`);

/** What a company issues, before "of" or "in" and its name: "shares of", "stock in". */
export const STOCK_WORDS = words(`shares stock stocks stake bonds`);

/**
 * What a company has, after its name: "Amazon shares", "Novo Nordisk headquarters". Not
 * "spokesman": "Garrow spokesman Tom Keane" is a senator's.
 */
export const COMPANY_POSSESSIONS = words(`shares stock shareholders headquarters subsidiary employees`);

/**
 * The people of a body, after its name: "Hamas leaders", "Labour MPs", "Pentagon officials".
 * Not "aides" or "supporters" (PERSON_POSSESSIONS): a politician has those too.
 */
export const MEMBER_NOUNS = words(`
  member members militant militants fighter fighters lawmaker lawmakers legislators mps executive executives
  leader leaders leadership official officials staffers bosses politician politicians
`);

/** The people of a school or a university, after its name ("Harvard professor", "a Stanford alumna", "Yale students"): no person has them. */
export const ACADEMIC_MEMBERS = words(`
  professor professors student students alumnus alumni alumna alumnae grad grads graduate graduates
  faculty researcher researchers
`);

/** Who leads or speaks for a body, before "of": "leader of Hamas", "chairman of Northgate". */
export const BODY_OFFICE_NOUNS = words(`
  member members leader leaders leadership founder founders co-founder chairman chairwoman chair ceo
  spokesman spokeswoman spokesperson head director directors president
`);

/**
 * What kind of body a name is, written in lower case after it: "the Fatah party", "the Vostra
 * company". Not "team", "side" or "camp": "the Clinton team" is a person's.
 */
export const BODY_NOUNS = words(`
  party movement company firm bank union network newspaper agency airline charity group league
  federation association ministry band organization organisation corporation conglomerate
  magazine website channel broadcaster tabloid publisher board
`);

/** What a polling firm or a paper puts its name to, in lower case after the name: "a Gallup poll", "the Kestrel surveys". */
export const POLL_NOUNS = words(`poll polls polling survey surveys`);

/**
 * Parties that go by a noun alone, in Britain, Ireland, Australia, New Zealand and Israel ("stood
 * for Labour", "Labor MPs", "the Tories"): capitalised inside a sentence, never the common word.
 */
export const PARTY_NOUNS = words(`labour labor tories`);

/**
 * Plurals of political persuasions that head a party's name of several words ("the Westbury
 * Greens", "Free Progressives", "Young Libertarians"); alone they name the people of a side.
 */
export const PARTY_PLURALS = words(`
  democrats republicans liberals socialists conservatives greens communists nationalists
  unionists libertarians progressives
`);

/** A party's adjective or member noun in the singular ("Democratic", "Republican"): what kind of people, not a body's name. */
export const PARTY_ADJECTIVES = words(`
  democratic democrat republican liberal socialist conservative green communist nationalist
  unionist libertarian progressive
`);

/** What a publication prints, before "in" or "for" and its name: "an article in Politico", "a column for Forbes". */
export const PUBLICATION_NOUNS = words(`article articles story stories op-ed op-eds column columns editorial editorials essay essays`);

/** What one gives a journalist, before "with" and an outlet: "in an interview with …". */
export const INTERVIEW_NOUNS = words(`interview interviews`);

/** Modifiers in -s that name a trade, not a plural, before a kind of body: "news agency", "sports network". */
export const TRADE_MODIFIERS = words(`news sports`);

/** Labels that head a line of an article's furniture or a notice, not a transcript's turn ("UPDATE:", "Q:"). Lower case. */
export const NOT_SPEAKER_LABELS = words(`update updated note editor correction related watch read video photo photos source sources credit q a transcript breaking warning disclaimer`);

/** The deal or talks a partner is named after, before "with" or "between": "talks with Labour". */
export const PARTNER_NOUNS = words(`talks negotiations deal deals agreement merger partnership coalition alliance contract joint-venture`);

/** Romance-language articles written with a capital at the head of a name ("La Liga"). As written. */
export const ARTICLES = words(`El La Le Los Las Les Il Lo`);

/**
 * The abbreviations news style (AP) writes for US states after a town or in a party tag
 * ("LOUISVILLE, Ky.", "D-Nev."), without their full stop, with the state each stands for. A
 * convention of writing, like the honorifics: the state itself is looked up in the gazetteer.
 */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  `Ala Alabama|Ariz Arizona|Ark Arkansas|Calif California|Colo Colorado|Conn Connecticut|D.C District of Columbia|Del Delaware|Fla Florida|Ga Georgia|Ill Illinois|Ind Indiana|Kan Kansas|Kans Kansas|Ky Kentucky|La Louisiana|Md Maryland|Mass Massachusetts|Mich Michigan|Minn Minnesota|Miss Mississippi|Mo Missouri|Mont Montana|Neb Nebraska|Nebr Nebraska|Nev Nevada|N.H New Hampshire|N.J New Jersey|N.M New Mexico|N.Y New York|N.C North Carolina|N.D North Dakota|Okla Oklahoma|Ore Oregon|Pa Pennsylvania|R.I Rhode Island|S.C South Carolina|S.D South Dakota|Tenn Tennessee|Tex Texas|Vt Vermont|Va Virginia|Wash Washington|W.Va West Virginia|Wis Wisconsin|Wyo Wyoming`
    .split('|')
    .map((entry) => {
      const space = entry.indexOf(' ');
      return [entry.slice(0, space), entry.slice(space + 1)] as const;
    }),
);

/**
 * The two-letter codes the US postal service gives the states and the capital district, as
 * addresses write them after a town ("Springfield, IL 62701") and party tags after a name
 * ("R-TX"), with the state each stands for. Read as a state only there: alone, "PA" or "CA"
 * may abbreviate anything.
 */
export const STATE_POSTAL_CODES: ReadonlyMap<string, string> = new Map(
  `AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming`
    .split('|')
    .map((entry) => [entry.slice(0, 2), entry.slice(3)] as const),
);

// The curated record of HRC34 that a fresh database starts with (the seed), from what was read in
// its source excerpts: data in, acts out. import/builtin-hrc34.ts reads the files.
import type { Act, ActOf } from '../domain/act.js';
import { HRC_SEATS, hrcTerm } from '../domain/membership.js';
import { resolveStateName } from '../domain/state.js';
import type { TextRecord, TextSponsorship, TextVote } from './text-records.js';
import { namesAct, voteAct, type TextContext } from './text-to-acts.js';

/** The excerpts whose text the seed reads (by the two digits their file names start with); the others are cited only. */
export const HRC34_PARSED = ['01', '02', '04', '05', '07', '13'] as const;
export type Hrc34Parsed = (typeof HRC34_PARSED)[number];

/** What the seed is made of: the excerpts as sources, and the records read in those HRC34_PARSED names. */
export interface Hrc34Excerpts {
  readonly importedAt: string;
  /** A source act per excerpt, in file order; each `file` starts with the excerpt's two digits. */
  readonly sources: ReadonlyArray<ActOf<'sourceRecorded'>>;
  /** The records read in each excerpt HRC34_PARSED names. */
  readonly records: Readonly<Record<Hrc34Parsed, readonly TextRecord[]>>;
}

/**
 * UN documents behind the mandate on human rights defenders, each cited by its symbol (undocs.org
 * resolves a symbol to the document in the Official Document System). Dates of adoption are the
 * OHCHR voting catalogue's (searchlibrary.ohchr.org); what each says, as the note gives it, was read
 * in the document itself or, where the note says so, in another UN document.
 */
const UN_DOCUMENTS: ReadonlyArray<readonly [symbol: string, note: string]> = [
  [
    'E/CN.4/RES/2000/61',
    'Commission on Human Rights resolution 2000/61, "Human rights defenders", 26 April 2000 (recorded vote, 50-0-3): para. 3 requests the Secretary-General to appoint, for three years, a special representative on the situation of human rights defenders.',
  ],
  [
    'E/CN.4/RES/2003/64',
    'Commission on Human Rights resolution 2003/64, "Human rights defenders", 24 April 2003, adopted without a vote; the Special Representative\'s later reports were submitted "pursuant to Commission on Human Rights resolutions 2000/61 and 2003/64" (E/CN.4/2006/95).',
  ],
  [
    'A/HRC/RES/7/8',
    'Human Rights Council resolution 7/8, "Mandate of the Special Rapporteur on the situation of human rights defenders", 27 March 2008, adopted without a vote: para. 2 extends the special procedure as a Special Rapporteur for three years; the preamble recalls GA resolution 60/251, para. 6 (the Council assumes the Commission\'s mandates).',
  ],
  [
    'A/HRC/RES/16/5',
    'Human Rights Council resolution 16/5, "Mandate of the Special Rapporteur on the situation of human rights defenders", 24 March 2011, adopted without a vote.',
  ],
  [
    'A/HRC/RES/25/18',
    'Human Rights Council resolution 25/18, "Mandate of the Special Rapporteur on the situation of human rights defenders", 28 March 2014, adopted without a vote (draft A/HRC/25/L.24 as amended).',
  ],
  [
    'A/HRC/RES/34/5',
    'Human Rights Council resolution 34/5, "Mandate of the Special Rapporteur on the situation of human rights defenders", 23 March 2017, adopted without a vote (draft A/HRC/34/L.5).',
  ],
  [
    'E/CN.4/2001/94',
    'First report of Hina Jilani, Special Representative of the Secretary-General on human rights defenders (26 January 2001): she began her work at the end of September 2000.',
  ],
  [
    'A/HRC/25/55',
    'Report of the Special Rapporteur, Margaret Sekaggya (23 December 2013), on "the work of the mandate since the Special Rapporteur took over in 2008".',
  ],
  ['A/HRC/28/63', 'First report of the Special Rapporteur, Michel Forst, to the Council (29 December 2014).'],
  [
    'A/HRC/34/52',
    'Report of the Special Rapporteur, Michel Forst, on his first term, June 2014 to 2017 (the period as a summary of the report gives it).',
  ],
];
const un = (symbol: string) => `un:${symbol}`;
/** OHCHR's page of the mandate: the holder and since when. */
const OHCHR_MANDATE = 'ohchr:sr-human-rights-defenders';

/**
 * The curated record of HRC34 that a fresh database starts with. Every fact names its source;
 * where the sources stop (co-sponsors after the 43rd, per-country lists of the amendment votes,
 * who proposed which amendment, the outcome of L.21) the record stops too and says so.
 */
export function hrc34SeedActs({ importedAt, sources, records }: Hrc34Excerpts): Act[] {
  const src: Record<string, string> = {};
  const acts: Act[] = [];
  for (const source of sources) {
    src[(source.file ?? '').slice(0, 2)] = source.id;
    acts.push(source);
  }
  for (const [symbol, note] of UN_DOCUMENTS)
    acts.push({
      kind: 'sourceRecorded',
      id: un(symbol),
      title: symbol,
      url: `https://undocs.org/${symbol}`,
      file: null,
      retrievedAt: null,
      importedAt,
      note,
      sourceKind: 'publication',
    });
  acts.push({
    kind: 'sourceRecorded',
    id: OHCHR_MANDATE,
    title: 'OHCHR: Special Rapporteur on the situation of human rights defenders',
    url: 'https://www.ohchr.org/en/special-procedures/sr-human-rights-defenders',
    file: null,
    retrievedAt: null,
    importedAt,
    note: 'The mandate\'s page: "Ms. Mary Lawlor is the Special Rapporteur on the situation of human rights defenders since 1 May 2020."',
    sourceKind: 'publication',
  });
  const s = (...keys: string[]) => keys.map((k) => src[k] as string);
  const parsed = (key: Hrc34Parsed) => records[key];
  const code = (name: string) => {
    const r = resolveStateName(name);
    if (!r) throw new Error(`built-in record: unknown State ${name}`);
    return r.state.code;
  };

  // The Council, its 2017 members and their terms (file 14).
  acts.push({ kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } });
  const term = (state: string, firstYear: number, sources: string[]): Act => ({
    kind: 'termRecorded',
    ...hrcTerm(state, firstYear),
    sources,
  });
  const electedIn2016 = [
    'Brazil',
    'Croatia',
    'Egypt',
    'Hungary',
    'Iraq',
    'Japan',
    'Rwanda',
    'Tunisia',
    'United States',
    'China',
    'Cuba',
    'Saudi Arabia',
    'South Africa',
    'United Kingdom',
  ];
  const outgoingEnd2017 = [
    'Albania',
    'Bangladesh',
    'Bolivia',
    'Botswana',
    'Congo',
    'El Salvador',
    'Ghana',
    'India',
    'Indonesia',
    'Latvia',
    'Netherlands',
    'Nigeria',
    'Paraguay',
    'Portugal',
    'Qatar',
  ];
  const continuing = [
    'Albania',
    'Bangladesh',
    'Belgium',
    'Bolivia',
    'Botswana',
    'Burundi',
    'Congo',
    'Côte d’Ivoire',
    'Ecuador',
    'El Salvador',
    'Ethiopia',
    'Georgia',
    'Germany',
    'Ghana',
    'India',
    'Indonesia',
    'Kenya',
    'Kyrgyzstan',
    'Latvia',
    'Mongolia',
    'Netherlands',
    'Nigeria',
    'Panama',
    'Paraguay',
    'Philippines',
    'Portugal',
    'Qatar',
    'Republic of Korea',
    'Slovenia',
    'Switzerland',
    'Togo',
    'United Arab Emirates',
    'Venezuela',
  ];
  const members = [...electedIn2016, ...continuing];
  acts.push(
    namesAct(
      members.map((n) => ({ code: code(n), asWritten: n, onBehalfOf: null })),
      src['14'] as string,
    ) as Act,
  );
  for (const n of electedIn2016) acts.push(term(code(n), 2017, s('14')));
  // Continuing members whose term ended in 2017 began in 2015; the others, elected in 2015, began in 2016.
  for (const n of continuing) acts.push(term(code(n), outgoingEnd2017.includes(n) ? 2015 : 2016, s('14')));
  for (const n of ['Nigeria', 'Qatar']) acts.push(term(code(n), 2018, s('14')));

  acts.push({
    kind: 'sessionRecorded',
    body: 'HRC',
    session: '34',
    title: 'Thirty-fourth regular session',
    start: '2017-02-27',
    end: '2017-03-24',
    presidentState: null,
    sources: s('06', '05'),
  });

  // A/HRC/34/L.5: human rights defenders (files 02, 03, 04).
  const L5 = 'A/HRC/34/L.5';
  const ctx = (date: string, sources: string): TextContext => ({
    body: 'HRC',
    session: '34',
    date,
    subject: null,
    sourceId: sources,
  });
  acts.push({
    kind: 'draftTabled',
    body: 'HRC',
    session: '34',
    symbol: L5,
    title: 'Mandate of the Special Rapporteur on the situation of human rights defenders',
    agendaItem: '3',
    tabledOn: null,
    paragraphs: null,
    sources: s('02'),
  });
  const cosponsors = parsed('04').find((r): r is TextSponsorship => r.kind === 'sponsorship') as TextSponsorship;
  acts.push(namesAct(cosponsors.co, src['04'] as string) as Act);
  acts.push({
    kind: 'sponsorsRecorded',
    draft: L5,
    sponsors: [
      { state: 'NOR', asWritten: 'Norway', onBehalfOf: null, role: 'main', joined: 'tabling' },
      ...cosponsors.co.map((c) => ({
        state: c.code,
        asWritten: c.asWritten,
        onBehalfOf: c.onBehalfOf,
        role: 'co' as const,
        joined: 'unknown' as const,
      })),
    ],
    announcedCount: cosponsors.announced,
    complete: false,
    sources: s('04', '02'),
  });
  acts.push({
    kind: 'statementRecorded',
    draft: L5,
    speaker: { state: 'NOR', asWritten: 'Norway', onBehalfOf: null },
    statement: 'introduction',
    date: '2017-03-23',
    summary:
      'Introduced by Ambassador Hans Brattskar: a technical update of consensus resolution 25/18, renewing the mandate.',
    sources: s('02', '04'),
  });
  const amendmentVotes = parsed('02').filter((r): r is TextVote => r.kind === 'vote');
  amendmentVotes.forEach((v, i) => {
    acts.push({
      kind: 'amendmentTabled',
      symbol: `A/HRC/34/${v.symbol}`,
      draft: L5,
      proposers: [],
      rank: i + 1,
      operations: null,
      excludes: [],
      sources: s('02'),
    });
  });
  acts.push({
    kind: 'statementRecorded',
    draft: L5,
    speaker: { state: 'GBR', asWritten: 'The UK delegation', onBehalfOf: 'co-sponsors of the resolution' },
    statement: 'generalComment',
    date: '2017-03-23',
    summary:
      'Expressed disappointment at the number of amendments, "designed to undermine the legitimacy of human rights defenders all over the world."',
    sources: s('03'),
  });
  for (const v of amendmentVotes)
    acts.push(
      voteAct(
        { ...v, title: `Amendment ${v.symbol} to A/HRC/34/L.5 (human rights defenders)` },
        ctx('2017-03-23', src['02'] as string),
      ),
    );
  acts.push({
    kind: 'draftRevised',
    draft: L5,
    revision: 'oral',
    by: 'NOR',
    note: 'Adopted "as orally revised"; the revision itself is not in the sources.',
    operations: null,
    sources: s('02'),
  });
  acts.push({
    kind: 'draftDecided',
    draft: L5,
    outcome: 'adoptedWithoutVote',
    vote: null,
    date: '2017-03-23',
    asOrallyRevised: true,
    adoptedAs: 'A/HRC/RES/34/5',
    sources: [...s('02', '04'), un('A/HRC/RES/34/5')],
  });

  // The mandate on human rights defenders and its history, each step cited to the UN document that took it.
  const HRD = 'human-rights-defenders';
  acts.push({
    kind: 'mandateRecorded',
    id: HRD,
    title: 'Special Rapporteur on the situation of human rights defenders',
    mandateKind: 'thematic',
    holderTitle: 'Special Rapporteur',
    sources: [un('E/CN.4/RES/2000/61'), un('A/HRC/RES/7/8'), ...s('02')],
  });
  const event = (
    ev: 'created' | 'renewed' | 'converted',
    by: string,
    date: string | null,
    termYears: number | null,
    note: string | null,
    sources: string[],
  ): Act => ({ kind: 'mandateEventRecorded', mandate: HRD, event: ev, by, date, termYears, note, sources });
  acts.push(
    event(
      'created',
      'E/CN.4/RES/2000/61',
      '2000-04-26',
      3,
      'Created by the Commission on Human Rights: a Special Representative of the Secretary-General, for three years.',
      [un('E/CN.4/RES/2000/61')],
    ),
  );
  acts.push(event('renewed', 'E/CN.4/RES/2003/64', '2003-04-24', null, null, [un('E/CN.4/RES/2003/64')]));
  acts.push(
    event(
      'converted',
      'A/HRC/RES/7/8',
      '2008-03-27',
      3,
      'Taken over by the Human Rights Council (GA res 60/251, para. 6) and continued as a Special Rapporteur for three years.',
      [un('A/HRC/RES/7/8')],
    ),
  );
  acts.push(event('renewed', 'A/HRC/RES/16/5', '2011-03-24', null, null, [un('A/HRC/RES/16/5')]));
  acts.push(event('renewed', 'A/HRC/RES/25/18', '2014-03-28', null, null, [un('A/HRC/RES/25/18'), ...s('02')]));
  acts.push(
    event(
      'renewed',
      'A/HRC/RES/34/5',
      '2017-03-23',
      3,
      'Renewed for three years, in the same terms as resolution 16/5.',
      [un('A/HRC/RES/34/5'), ...s('02', '04', '05', '13')],
    ),
  );
  const holder = (name: string, from: string, to: string | null, sources: string[]): Act => ({
    kind: 'holderAppointed',
    mandate: HRD,
    name,
    from,
    to,
    sources,
  });
  acts.push(holder('Hina Jilani', '2000', '2008', [un('E/CN.4/2001/94'), un('A/HRC/25/55')]));
  acts.push(holder('Margaret Sekaggya', '2008', '2014', [un('A/HRC/25/55'), un('A/HRC/28/63')]));
  acts.push(
    holder('Michel Forst', '2014-06', '2020-04', [
      un('A/HRC/34/52'),
      un('A/HRC/28/63'),
      ...s('03', '04'),
      OHCHR_MANDATE,
    ]),
  );
  acts.push(holder('Mary Lawlor', '2020-05-01', null, [OHCHR_MANDATE]));

  // A/HRC/34/L.3: foreign debt (files 05, 06, 13).
  const L3 = 'A/HRC/34/L.3';
  const l3Records = parsed('05');
  const l3Sponsors = l3Records.find((r): r is TextSponsorship => r.kind === 'sponsorship') as TextSponsorship;
  const l3Vote = l3Records.find((r): r is TextVote => r.kind === 'vote') as TextVote;
  acts.push({
    kind: 'draftTabled',
    body: 'HRC',
    session: '34',
    symbol: L3,
    agendaItem: '3',
    tabledOn: null,
    paragraphs: null,
    sources: s('05', '06'),
    title:
      'Mandate of the Independent Expert on the effects of foreign debt and other related international financial obligations of States on the full enjoyment of all human rights, particularly economic, social and cultural rights',
  });
  acts.push(
    namesAct(
      [...l3Sponsors.main, ...(l3Vote.lists ? [...l3Vote.lists.yes, ...l3Vote.lists.no] : [])],
      src['05'] as string,
    ) as Act,
  );
  acts.push({
    kind: 'sponsorsRecorded',
    draft: L3,
    sponsors: l3Sponsors.main.map((m) => ({
      state: m.code,
      asWritten: m.asWritten,
      onBehalfOf: null,
      role: 'main' as const,
      joined: 'tabling' as const,
    })),
    announcedCount: null,
    complete: false,
    sources: s('05'),
  });
  acts.push(
    voteAct(
      { ...l3Vote, title: 'Mandate of the Independent Expert on foreign debt and human rights' },
      ctx('2017-03-23', src['05'] as string),
      { sources: s('05', '06', '13') },
    ),
  );
  acts.push({
    kind: 'draftDecided',
    draft: L3,
    outcome: 'adopted',
    vote: null,
    date: '2017-03-23',
    asOrallyRevised: false,
    adoptedAs: 'A/HRC/RES/34/3',
    sources: s('05', '06'),
  });
  const DEBT = 'foreign-debt';
  acts.push({
    kind: 'mandateRecorded',
    id: DEBT,
    title:
      'Independent Expert on the effects of foreign debt and other related international financial obligations of States on the full enjoyment of all human rights, particularly economic, social and cultural rights',
    mandateKind: 'thematic',
    holderTitle: 'Independent Expert',
    sources: s('05', '06'),
  });
  acts.push({
    kind: 'mandateEventRecorded',
    mandate: DEBT,
    event: 'renewed',
    by: 'A/HRC/RES/34/3',
    date: '2017-03-23',
    termYears: 3,
    note: 'Mandate of Juan Pablo Bohoslavsky (Argentina) extended for three years.',
    sources: s('05', '13'),
  });

  // A/HRC/34/L.21: the right to food (file 01: the report, cut off in the "In favour" list).
  const l21 = parsed('01');
  const l21Sponsors = l21.find((r): r is TextSponsorship => r.kind === 'sponsorship') as TextSponsorship;
  acts.push({
    kind: 'draftTabled',
    body: 'HRC',
    session: '34',
    symbol: 'A/HRC/34/L.21',
    title: 'The right to food',
    agendaItem: null,
    tabledOn: '2017-03-23',
    paragraphs: null,
    sources: s('01'),
  });
  acts.push(namesAct([...l21Sponsors.main, ...l21Sponsors.co, ...l21Sponsors.joined], src['01'] as string) as Act);
  acts.push({
    kind: 'sponsorsRecorded',
    draft: 'A/HRC/34/L.21',
    sponsors: [
      ...l21Sponsors.main.map((m) => ({
        state: m.code,
        asWritten: m.asWritten,
        onBehalfOf: m.onBehalfOf,
        role: 'main' as const,
        joined: 'tabling' as const,
      })),
      ...l21Sponsors.co.map((m) => ({
        state: m.code,
        asWritten: m.asWritten,
        onBehalfOf: m.onBehalfOf,
        role: 'co' as const,
        joined: 'tabling' as const,
      })),
      ...l21Sponsors.joined.map((m) => ({
        state: m.code,
        asWritten: m.asWritten,
        onBehalfOf: m.onBehalfOf,
        role: 'co' as const,
        joined: 'subsequently' as const,
      })),
    ],
    announcedCount: null,
    complete: true,
    sources: s('01'),
  });
  acts.push({
    kind: 'statementRecorded',
    draft: 'A/HRC/34/L.21',
    speaker: { state: 'CUB', asWritten: 'Cuba', onBehalfOf: null },
    statement: 'introduction',
    date: '2017-03-23',
    summary: null,
    sources: s('01'),
  });
  acts.push({
    kind: 'draftRevised',
    draft: 'A/HRC/34/L.21',
    revision: 'oral',
    by: 'CUB',
    note: null,
    operations: null,
    sources: s('01'),
  });
  acts.push({
    kind: 'statementRecorded',
    draft: 'A/HRC/34/L.21',
    speaker: { state: 'USA', asWritten: 'United States of America', onBehalfOf: null },
    statement: 'generalComment',
    date: '2017-03-23',
    summary: null,
    sources: s('01'),
  });
  acts.push({
    kind: 'statementRecorded',
    draft: 'A/HRC/34/L.21',
    speaker: { state: 'GBR', asWritten: 'United Kingdom of Great Britain and Northern Ireland', onBehalfOf: null },
    statement: 'explanationBefore',
    date: '2017-03-23',
    summary: null,
    sources: s('01'),
  });
  const l21Vote = l21.find((r): r is TextVote => r.kind === 'vote') as TextVote;
  acts.push(
    voteAct({ ...l21Vote, title: 'The right to food' }, ctx('2017-03-23', src['01'] as string), { meeting: '56th' }),
  );

  // Cooperation with Georgia: adopted 24 March by 18-5-24 with all three lists (files 07, 08, 13). The sources give no L symbol.
  const georgia = parsed('07').find((r): r is TextVote => r.kind === 'vote' && r.lists !== null) as TextVote;
  acts.push(
    namesAct(
      georgia.lists ? [...georgia.lists.yes, ...georgia.lists.no, ...georgia.lists.abstain] : [],
      src['07'] as string,
    ) as Act,
  );
  acts.push(
    voteAct(georgia, ctx('2017-03-24', src['07'] as string), {
      subject: { kind: 'resolution', symbol: null },
      sources: s('07', '08', '13'),
    }),
  );

  // Tallies without lists from UN press releases (file 13).
  const pressTallies: Array<[number, string, string]> = [
    [
      1,
      'Situation of human rights in the Islamic Republic of Iran (mandate of the Special Rapporteur extended for one year)',
      '2017-03-24',
    ],
    [2, 'Commission of Inquiry on the Syrian Arab Republic (mandate extended for one year)', '2017-03-24'],
    [
      3,
      'Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and Programme of Action (mandate renewed)',
      '2017-03-24',
    ],
  ];
  const press = parsed('13').filter((r): r is TextVote => r.kind === 'vote');
  for (const [index, title, date] of pressTallies) {
    const v = press[index] as TextVote;
    acts.push(
      voteAct({ ...v, title }, ctx(date, src['13'] as string), { subject: { kind: 'resolution', symbol: null } }),
    );
  }
  return acts.filter(Boolean);
}

import { z } from 'zod';
import { Iso3 as iso3 } from '../domain/state-code.js';

/**
 * The answers of /api/v1/analysis/…, strict like every answer (src/api/schemas.ts): what the use
 * cases of src/services/analysis/ answer, and so what `plenary agree|cohesion|ideal|consensus|forecast
 * --json` prints, with what each figure rests on. Every figure carries its
 * denominator and is null below the minimum the answer states.
 */
const obj = z.strictObject;
const count = z.number().int().min(0);
const measure = z
  .enum(['index', 'coincidence'])
  .describe(
    'index: identical 1, yes or no against an abstention ½, opposite 0, over votes both cast a ballot in; coincidence (US State Department): identical / (identical + opposite), votes where both voted yes or no',
  );
const percentOrNull = z.number().min(0).max(100).nullable();

const body = z
  .string()
  .nullable()
  .describe(
    'the body the figures cover: the one asked, else HRC when the record holds it; null: every body (body=all)',
  );
const votesUsed = {
  body,
  used: count.describe('votes with complete lists the figures rest on'),
  tallyOnly: count.describe(
    'votes the filters matched that have a tally only (no lists): left out of per-State figures',
  ),
  partial: count.describe('votes the filters matched whose lists are partial: left out too'),
};
export const VotesUsedSchema = obj(votesUsed).meta({ id: 'AnalysisVotesUsed' });

const counts = {
  identical: count,
  opposite: count,
  abstentions: count.describe('index: one of the two abstained; coincidence: at least one abstained'),
  absences: count.describe('both were members and at least one cast no ballot (not counted in `votes`)'),
  votes: count.describe('the denominator: index, votes both cast a ballot in; coincidence, identical + opposite'),
  value: percentOrNull.describe('agreement in percent; null below minVotes'),
};

export const AgreementRowSchema = obj({ state: iso3, ...counts }).meta({ id: 'AgreementRow' });

export const AgreementAnswerSchema = obj({
  state: iso3,
  measure,
  minVotes: count.describe('below this many votes a value is withheld (null)'),
  basis: VotesUsedSchema,
  items: z
    .array(AgreementRowSchema)
    .describe('every other State that shared a vote with it as members, most alike first'),
}).meta({ id: 'AgreementAnswer' });

const excluded = obj({ tallyOnly: count, partial: count }).describe(
  'votes of the period left out for want of complete lists',
);
export const AgreementPeriodSchema = z
  .union([
    obj({ session: z.string(), ...counts, excluded }),
    obj({ year: z.string().regex(/^\d{4}$/), ...counts, excluded }),
  ])
  .meta({ id: 'AgreementPeriod' });

export const AgreementOverTimeSchema = obj({
  states: z.tuple([iso3, iso3]),
  body,
  by: z.enum(['session', 'year']),
  measure,
  minVotes: count,
  items: z
    .array(AgreementPeriodSchema)
    .describe(
      'oldest first; each item names its session or year; periods they were never members together in are left out',
    ),
}).meta({ id: 'AgreementOverTime' });

export const AgreementMatrixSchema = obj({
  measure,
  minVotes: count,
  basis: VotesUsedSchema,
  states: z
    .array(
      obj({ state: iso3, point: z.number().nullable().describe('ideal point on the same votes; null when withheld') }),
    )
    .describe('ordered by ideal point, highest first; States without a point last, by code'),
  values: z
    .array(z.array(percentOrNull))
    .describe('values[i][j]: agreement of states[i] with states[j] in percent; null below minVotes'),
  counts: z.array(z.array(count)).describe('counts[i][j]: the votes values[i][j] rests on'),
}).meta({ id: 'AgreementMatrix' });

const position = z.enum(['yes', 'no', 'abstain']);
export const CohesionSchema = obj({
  group: z.string().describe('the regional group, or the States named'),
  states: z.array(iso3),
  minVoters: count.describe('a vote has an index when at least this many of the States voted'),
  basis: VotesUsedSchema,
  sessions: z
    .array(
      obj({
        body: z.string(),
        session: z.string().nullable(),
        first: z
          .string()
          .nullable()
          .describe("the session's earliest dated vote (sessions are in this order, undated ones last)"),
        index: z
          .number()
          .min(0)
          .max(1)
          .nullable()
          .describe("Hix–Noury–Roland agreement index, the mean of the votes' indices; null when no vote has one"),
        votes: count.describe('votes with an index (the mean is over these)'),
        against: count.describe("ballots cast against the group's majority on those votes"),
      }),
    )
    .describe('in the order the sessions first appear'),
  votes: z
    .array(
      obj({
        id: z.string(),
        date: z.string().nullable(),
        title: z.string(),
        yes: count,
        no: count,
        abstain: count,
        absent: count.describe('members of the group that were members of the body and cast no ballot'),
        index: z.number().min(0).max(1).nullable(),
        majority: position.nullable().describe('null on a tie for first'),
        against: z.array(obj({ state: iso3, position })).describe("who voted other than the group's majority"),
      }),
    )
    .nullable()
    .describe('each vote, when asked with votes=true; else null'),
}).meta({ id: 'Cohesion' });

export const IdealPointsSchema = obj({
  anchor: iso3.nullable().describe('the State whose point is positive by convention; null when it has no point here'),
  minVotes: count.describe('a State with fewer yes/no ballots on the dividing votes has no point (null)'),
  iterations: count,
  converged: z.boolean(),
  basis: obj({
    ...votesUsed,
    dividing: count.describe('votes the fit used: both yes and no ballots'),
    unanimous: count.describe('votes left out because nobody voted no, or nobody yes'),
  }),
  intervals: z
    .enum(['curvature', 'bootstrap'])
    .describe(
      '95% intervals: from the curvature of the posterior (vote parameters held fixed, so too narrow), or from a parametric bootstrap when asked (bootstrap=n)',
    ),
  bootstrap: count.nullable().describe("the bootstrap's replicates; null for intervals from the curvature"),
  items: z
    .array(
      obj({
        state: iso3,
        point: z.number().nullable(),
        low: z.number().nullable(),
        high: z.number().nullable(),
        votes: count.describe('its yes and no ballots on the dividing votes'),
      }),
    )
    .describe('highest point first; withheld points last'),
}).meta({ id: 'IdealPoints' });

const probability = z.number().min(0).max(1);
const probabilityOrNull = probability.nullable();
const tallyRange = obj({
  expected: z.number().min(0).describe('the expected number of members voting this way'),
  low: count.describe('5th percentile'),
  high: count.describe('95th percentile'),
});

export const ForecastSchema = obj({
  subject: z.string().describe('the pending draft or amendment'),
  kind: z.enum(['draft', 'amendment']),
  title: z.string().describe("the title its subject is keyed by (an amendment's: its draft's)"),
  body: z.string(),
  sponsors: z.array(iso3).describe("a draft's standing sponsors or an amendment's proposers: each taken to vote yes"),
  subjectKey: z.string().nullable().describe('the folded kind and title that make two votes the same subject'),
  earlierVotes: z
    .array(z.string())
    .describe('earlier votes with complete lists on the same subject, most recent last: "as last time" rests on these'),
  adopted: probabilityOrNull.describe(
    'probability that yes outnumber no (rules 125–126); null when withheld (see reason). A model’s forecast, not a count',
  ),
  likelyTally: obj({ yes: count, no: count, abstain: count }).describe(
    'each member with a forecast at its most likely position (withheld members left out)',
  ),
  likelyOutcome: z.enum(['adopted', 'rejected']).nullable(),
  tallyRange: obj({ yes: tallyRange, no: tallyRange, abstain: tallyRange })
    .nullable()
    .describe(
      'the uncertainty of the tally: for each position, how many of the members with a forecast are expected to take it and a 90% range (each member independent given the model); null when the outcome is withheld',
    ),
  reason: z.string().nullable().describe('why the outcome is withheld, when it is'),
  pAdopted: probabilityOrNull.describe(
    'probability that the text is adopted, with or without a vote: P(without a vote) + P(vote) · P(adopted | vote); without texts of its kind in the record, the members’ outcome (`adopted`)',
  ),
  pWithoutVote: probabilityOrNull.describe(
    'probability that it is adopted without a vote (the first stage, from the texts of its series, its agenda item, its sponsors); null when the record holds no decided text of its kind',
  ),
  stages: obj({
    pWithoutVote: probability.describe('adopted without a vote'),
    pVote: probability.describe('put to a vote'),
    pAdoptedIfVoted: probability.describe(
      "adopted if put to a vote: a draft, the record's drafts put to the vote (its series' twice); an amendment, the fitted model",
    ),
    pAdopted: probability.describe('adopted, with or without a vote'),
  })
    .nullable()
    .describe(
      'the two stages: is a vote called at all, and is the text adopted if it is; null without texts of its kind',
    ),
  basis: obj({
    insufficient: z
      .string()
      .nullable()
      .describe('"insufficient basis: …" with what is missing, when the forecast rests on too little; null otherwise'),
    missing: z.array(z.string()).describe('what the forecast lacks, one item each'),
    series: z
      .array(
        obj({
          symbol: z.string(),
          session: z.string(),
          title: z.string(),
          outcome: z.enum(['withoutVote', 'adopted', 'rejected']),
        }),
      )
      .describe("earlier drafts of its series (an amendment: its draft's) the body decided, oldest first"),
    seriesWithoutVote: count.describe('of those, adopted without a vote'),
    seriesAdoptedByVote: count.describe('of those, adopted by a vote'),
    seriesRejected: count.describe('of those, rejected'),
    agendaItem: obj({ item: z.string(), withoutVote: count, voted: count })
      .nullable()
      .describe("its agenda item's earlier drafts: adopted without a vote, put to a vote"),
    sponsors: obj({ withoutVote: count, voted: count })
      .nullable()
      .describe('earlier drafts its sponsors sponsored (one per sponsor and draft): without a vote, put to a vote'),
    hostile: z
      .boolean()
      .nullable()
      .describe("an amendment's: no proposer sponsors the draft; null when the draft's sponsors are unknown"),
    proposers: obj({ adopted: count, rejected: count })
      .nullable()
      .describe("an amendment's: its proposers' earlier amendments, adopted and rejected"),
    fittedOn: obj({ texts: count, withoutVote: count, adoptedByVote: count, rejected: count })
      .nullable()
      .describe('the decided texts of its kind the first stages were fitted on'),
    votesWithLists: count.describe(
      'earlier votes on its subject with complete lists: what the members’ positions rest on',
    ),
  }).describe('what the forecast rests on'),
  withheld: count.describe('members without a forecast: fewer than minVotes ballots in the history window'),
  minVotes: count.describe("below this many ballots in the history window a member's forecast is withheld (null)"),
  swingThreshold: probability.describe(
    'a member whose most likely position is below this probability is a swing State',
  ),
  model: obj({
    sessions: z.array(z.string()).describe('the sessions whose ballots the model was fitted on (its training window)'),
    ballots: count.describe('the ballots it was fitted on'),
    converged: z.boolean(),
    historySessions: z
      .array(z.string())
      .describe("the sessions a member's usual position and ideal point are taken from (each member's `votes`)"),
    features: z.array(z.string()).describe('the features of the multinomial logistic regression, in order'),
  }),
  members: z
    .array(
      obj({
        state: iso3,
        group: z.string().nullable(),
        yes: probabilityOrNull,
        no: probabilityOrNull,
        abstain: probabilityOrNull,
        likely: position.nullable(),
        sponsor: z.boolean(),
        votes: count.describe('the denominator: its ballots in the history window'),
        lastTime: obj({ vote: z.string(), position })
          .nullable()
          .describe('its ballot on the most recent earlier vote on the same subject'),
        ideal: obj({ point: z.number(), votes: count })
          .nullable()
          .describe('its ideal point and the ballots behind it'),
        swing: z.boolean(),
        swingReason: z.string().nullable(),
      }),
    )
    .describe('the members of the body on the day, by code'),
}).meta({ id: 'Forecast' });

const textCount = (what: string) => count.describe(what);
export const ConsensusSchema = obj({
  kind: z.literal('consensus').describe('signals from texts adopted without a vote: not votes'),
  note: z.string().describe('what these figures are and are not (they are never part of the vote-based figures)'),
  dissociationsRecorded: z
    .boolean()
    .describe(
      'whether any text in scope comes from a source that records dissociations; false: every "joined" is only the absence of a recorded dissociation (the OHCHR voting catalogue records none), not a finding',
    ),
  dissociationNote: z
    .string()
    .nullable()
    .describe(
      'said when some or all texts in scope come only from sources that record no dissociations; null otherwise',
    ),
  state: iso3.nullable().describe('the State asked, or null for every State'),
  minTexts: count.describe('below this many texts a percentage is withheld (null)'),
  basis: obj({
    texts: textCount('texts adopted without a vote that the filters matched'),
    withMembers: textCount("of them, texts whose members on the day of adoption the record's terms give"),
    withoutMembers: textCount(
      'texts no term covers on the day of adoption (or without a date): no State is counted as a member of them',
    ),
    withSponsors: textCount('texts with at least one standing sponsor in the record: the denominator of sponsorship'),
    dissociations: count.describe("States' dissociations from the texts (one per State and text)"),
    dissociationsUncounted: count.describe("dissociations from texts without members: in no State's figures"),
    withoutDissociationSource: textCount(
      'texts told only by sources that record no dissociations (the OHCHR voting catalogue, a dataset): joined there means none recorded',
    ),
  }),
  items: z
    .array(
      obj({
        state: iso3,
        adoptions: textCount('texts adopted without a vote while a member: the denominator of joined and dissociated'),
        joined: textCount('a member and did not dissociate: joined consensus'),
        dissociated: textCount('a member and dissociated (from the whole text or from a part of it)'),
        dissociatedPartly: textCount('of dissociated, from a part of the text only'),
        joinedPercent: percentOrNull.describe('joined / adoptions in percent; null below minTexts'),
        nonMemberDissociations: textCount('dissociations while not a member: in neither joined nor dissociated'),
        main: textCount('texts it sponsored as main sponsor'),
        co: textCount('texts it co-sponsored'),
        sponsorTexts: textCount('texts with sponsors in the record: the denominator of main and co'),
        sponsoredPercent: percentOrNull.describe('(main + co) / sponsorTexts in percent; null below minTexts'),
      }),
    )
    .describe("every State with something counted, by code; with state, that State's row alone"),
  pairs: z
    .array(
      obj({
        state: iso3.describe('the other State'),
        together: textCount('texts adopted without a vote while both were members: the denominator of the next four'),
        bothJoined: count,
        stateDissociated: count.describe('the State asked dissociated, the other joined'),
        otherDissociated: count.describe('the other dissociated, the State asked joined'),
        bothDissociated: count,
        bothJoinedPercent: percentOrNull.describe('bothJoined / together in percent; null below minTexts'),
        sponsoredBoth: textCount('texts both sponsored (main or co)'),
        sponsorTexts: textCount('texts with sponsors in the record: the denominator of sponsoredBoth'),
      }),
    )
    .nullable()
    .describe(
      'with state: every other State a member with it on one of the texts or sponsoring one with it, by code; else null',
    ),
}).meta({ id: 'Consensus' });

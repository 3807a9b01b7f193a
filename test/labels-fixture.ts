// The labels' fixture: the built-in HRC34 record and the cases issue 18 names (test/api/labels.test.ts, e2e/indexes.test.ts).
import type { Act } from '../src/domain/act.js';
import { buildHrc34Record } from '../src/import/builtin-hrc34.js';

const AT = '2026-12-07T00:00:00Z';
const SRC = 'labels:catalogue';
const actor = { user: 'sec', delegation: null, role: 'secretariat' as const };

/**
 * Beside the built-in HRC34 record: a draft whose amendment the catalogue titles with the draft's
 * title (as lszoszk/hrc-voting does), an amendment withdrawn before the vote, a draft ended by a
 * no-action motion carried 30–12–10, and a draft tabled live, not yet decided.
 */
export function labelActs(): Act[] {
  const base = {
    importedAt: AT,
    retrievedAt: null,
    note: null,
  };
  const draft = (symbol: string, title: string, extra: Partial<Act> = {}): Act =>
    ({
      kind: 'draftTabled',
      body: 'HRC',
      session: '34',
      symbol,
      title,
      agendaItem: '4',
      tabledOn: '2017-03-20',
      paragraphs: null,
      sources: [SRC],
      ...extra,
    }) as Act;
  const vote = (
    id: string,
    subject: Extract<Act, { kind: 'voteRecorded' }>['subject'],
    title: string,
    yes: number,
    no: number,
    abstain: number,
    outcome: 'adopted' | 'rejected',
  ): Act => ({
    kind: 'voteRecorded',
    id,
    body: 'HRC',
    session: '34',
    date: '2017-03-24',
    meeting: null,
    subject,
    title,
    requestedBy: null,
    tally: { yes, no, abstain },
    ballots: null,
    listsComplete: false,
    statedOutcome: outcome,
    sources: [SRC],
  });
  return [
    ...buildHrc34Record(AT),
    { kind: 'sourceRecorded', id: SRC, title: 'A catalogue', url: null, file: null, ...base, sourceKind: 'catalogue' },
    draft('A/HRC/34/L.90', 'Situation of human rights in Ruritania'),
    {
      kind: 'amendmentTabled',
      symbol: 'A/HRC/34/L.91',
      draft: 'A/HRC/34/L.90',
      proposers: [{ state: 'RUS', asWritten: 'Russian Federation', onBehalfOf: null }],
      rank: 1,
      operations: null,
      excludes: [],
      sources: [SRC],
    },
    {
      kind: 'amendmentTabled',
      symbol: 'A/HRC/34/L.93',
      draft: 'A/HRC/34/L.90',
      proposers: [{ state: 'CHN', asWritten: 'China', onBehalfOf: null }],
      rank: 2,
      operations: null,
      excludes: [],
      sources: [SRC],
    },
    {
      kind: 'draftDecided',
      draft: 'A/HRC/34/L.93',
      outcome: 'withdrawn',
      vote: null,
      date: '2017-03-24',
      asOrallyRevised: false,
      adoptedAs: null,
      sources: [SRC],
    },
    vote(
      'cat-91',
      { kind: 'amendment', symbol: 'A/HRC/34/L.91' },
      'Situation of human rights in Ruritania',
      7,
      28,
      11,
      'rejected',
    ),
    {
      kind: 'draftDecided',
      draft: 'A/HRC/34/L.90',
      outcome: 'adoptedWithoutVote',
      vote: null,
      date: '2017-03-24',
      asOrallyRevised: false,
      adoptedAs: null,
      sources: [SRC],
    },
    draft('A/HRC/34/L.92', 'Human rights in Freedonia'),
    { kind: 'motionTabled', draft: 'A/HRC/34/L.92', motion: 'noAction', proposer: 'CHN', sources: [SRC] },
    vote('cat-92', { kind: 'noAction', symbol: 'A/HRC/34/L.92' }, 'Human rights in Freedonia', 30, 12, 10, 'adopted'),
    draft('A/HRC/34/L.94', 'Live draft on the right to water', { actor, at: '2017-03-21T10:00:00Z' } as Partial<Act>),
  ];
}

import type { Act } from '../domain/act.js';
import type { Decision, Ledger } from '../domain/ledger.js';
import { HRC_SEATS } from '../domain/membership.js';
import { ActRecorder, type RefusedAct } from './act-recorder.js';
import type { CatalogueBody, CatalogueRecord } from './catalogue.js';
import { CATALOGUE_BODY_NAMES, CatalogueRun, catalogueSourceId, recordSession } from './catalogue-session.js';
import type { Origin } from './ports.js';

/*
 * What the HRC/CHR voting catalogue's records mean as acts. One record is one text decided (a
 * resolution, a decision, a presidential statement) or one amendment, with its outcome and, for a
 * recorded vote, its official totals and its per-country list. Every act cites the record's own
 * catalogue page. Where the record already holds what a catalogue record tells (the built-in HRC34
 * record, an earlier import), the catalogue's telling is added beside it, never over it: another
 * source's telling of a vote is linked to that vote (domain/tellings.ts), a draft or amendment
 * already tabled is not tabled again, and an outcome already recorded is compared, not replaced.
 * The records come read (services/catalogue.ts); the steps of one session are catalogue-session.ts.
 */

export { CATALOGUE_BODY_NAMES };

/** What an import of the catalogue adds, and what it found that the record shows as told. */
export interface CatalogueActs {
  readonly acts: Act[];
  /** Each act's decision, judged on a fork of the ledger given (recordActs takes them in as they are). */
  readonly decisions: Decision[];
  /** Things the import kept out or could not place, for the import's report (never silently). */
  readonly notes: string[];
  /** Acts the rules refused: any one, and nothing is imported. */
  readonly problems: RefusedAct[];
  /** Records already in the record (same catalogue record), skipped. */
  readonly skipped: number;
}

/**
 * The acts that record the catalogue, judged as they are produced against a scratch copy of
 * `ledger`, so that what the record already holds is told beside, not again. Every act's record
 * line goes into `origins`.
 */
export function catalogueToActs(
  records: readonly CatalogueRecord[],
  /** The files read and their digest (the parser's: the same bytes are the same dataset, nothing to do). */
  dataset: { readonly files: ReadonlyArray<{ readonly path: string }>; readonly digest: string },
  ledger: Ledger,
  importedAt: string,
  origins?: WeakMap<Act, Origin>,
): CatalogueActs {
  const { files } = dataset;
  const resFile = (files[0]?.path ?? 'resolutions.csv').replace(/^.*\//, '').replace(/\.gz$/, '');
  const datasetId = `hrc-voting:${dataset.digest}`;
  if (ledger.sources.has(datasetId))
    return { acts: [], decisions: [], notes: [], problems: [], skipped: records.length };
  const recorder = new ActRecorder(ledger.fork(), resFile, origins);
  const scratch = recorder.ledger;
  recorder.record(
    {
      kind: 'sourceRecorded',
      id: datasetId,
      title: 'HRC and CHR voting records (lszoszk/hrc-voting): the OHCHR Search Library "Voting" collection',
      url: 'https://github.com/lszoszk/hrc-voting',
      file: files.map((f) => f.path.replace(/^.*\//, '')).join(', '),
      retrievedAt: null,
      importedAt,
      note: 'PolyForm Noncommercial 1.0.0; read from where the user keeps it, never copied into Plenary. Official totals and per-country lists are separate fields of each record and are kept as published.',
      sourceKind: 'dataset',
    },
    null,
  );

  const fresh = records.filter((r) => !scratch.sources.has(catalogueSourceId(r)));
  const skipped = records.length - fresh.length;
  const symbolCount = new Map<string, number>();
  for (const r of fresh) symbolCount.set(r.symbol, (symbolCount.get(r.symbol) ?? 0) + 1);
  const run = new CatalogueRun(recorder, datasetId, (s) => symbolCount.get(s) === 1);

  const unsessioned = fresh.filter((r) => !r.session).length;
  if (unsessioned)
    recorder.notes.push(`${unsessioned} record(s) name no session in their statement or symbol: kept out`);
  for (const body of ['HRC', 'CHR'] as const) {
    if (!scratch.bodies.has(body) && fresh.some((r) => r.body === body))
      recorder.record(
        {
          kind: 'bodyRecorded',
          code: body,
          name: CATALOGUE_BODY_NAMES[body],
          // The Commission grew from 18 members to 53; its size on a date is its membership then.
          size: body === 'HRC' ? 47 : null,
          seats: body === 'HRC' ? { ...HRC_SEATS } : null,
        },
        null,
      );
  }
  for (const { body, session, records: list } of sessionsInTimeOrder(fresh))
    recordSession(run, body, session, list, importedAt, resFile);
  for (const v of run.subjectless) recorder.record(v.act, v.line);

  if (run.names.size)
    // Names as catalogued, told right after the dataset (they only need the States to be known).
    recorder.insert(1, { kind: 'stateNamesRecorded', names: [...run.names.values()], sources: [datasetId] }, null);
  const { notes } = recorder;
  if (run.unplacedSponsors)
    notes.push(
      `${run.unplacedSponsors} main sponsor(s) name no State the record knows (e.g. the President of the Council): kept out of the sponsor lists`,
    );
  if (run.noDraft)
    notes.push(
      `${run.noDraft} record(s) name no draft and no regular symbol of their own: their votes are told without a subject, other outcomes are kept out`,
    );
  if (run.unknownCodes.size)
    notes.push(`country codes not known to Plenary, kept out of the lists: ${[...run.unknownCodes].join(', ')}`);
  if (run.outcomesAgree) notes.push(`${run.outcomesAgree} outcome(s) the record already held agree with the catalogue`);
  notes.push(...run.outcomesDiffer);
  return { acts: recorder.acts, decisions: recorder.decisions, notes, problems: recorder.problems, skipped };
}

/** The records of each session (body and session), sessions ordered by their first date. */
function sessionsInTimeOrder(
  records: readonly CatalogueRecord[],
): Array<{ body: CatalogueBody; session: string; records: CatalogueRecord[] }> {
  const bySession = new Map<string, { body: CatalogueBody; session: string; records: CatalogueRecord[] }>();
  for (const r of records) {
    if (!r.session) continue;
    const key = `${r.body}/${r.session}`;
    let s = bySession.get(key);
    if (!s) bySession.set(key, (s = { body: r.body, session: r.session, records: [] }));
    s.records.push(r);
  }
  const firstDate = (rs: readonly CatalogueRecord[]) =>
    rs.reduce<string>((min, r) => (r.date && r.date < min ? r.date : min), '9999');
  // Not a total order where two sessions begin on one day: kept as it is, so the acts come out as before.
  return [...bySession.values()].sort((a, b) => (firstDate(a.records) < firstDate(b.records) ? -1 : 1));
}

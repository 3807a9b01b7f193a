import type { Act, ActOf } from '../domain/act.js';
import type { ActRecorder } from './act-recorder.js';
import type { CatalogueBallot, CatalogueBody, CatalogueRecord, CatalogueSubject } from './catalogue.js';
import { deriveSessionMembership } from './session-membership.js';

/*
 * The steps that record one session of the catalogue: the records' sources, the session, its
 * membership, then each draft with its sponsors, its amendments (tabled, voted or otherwise
 * decided) and its outcome. hrc-voting-to-acts.ts runs them session by session.
 */

export const CATALOGUE_BODY_NAMES = { HRC: 'Human Rights Council', CHR: 'Commission on Human Rights' } as const;

/** The id of the vote a record tells, and of the source that is its catalogue page. */
export const catalogueVoteId = (r: CatalogueRecord) => `ohchr-voting-${r.recordId}`;
export const catalogueSourceId = (r: CatalogueRecord) => `ohchr-voting:${r.recordId}`;

/** A draft or amendment a record is about (a text known only by its own regular symbol counts as a draft). */
export type Subject = Exclude<CatalogueSubject, { kind: 'none' }>;

/** What one import of the catalogue keeps across its sessions. */
export class CatalogueRun {
  /** Names as catalogued, for every code the catalogue uses (told once, after the dataset). */
  readonly names = new Map<string, { state: string; asWritten: string }>();
  readonly unknownCodes = new Set<string>();
  /** Votes told without a subject, recorded after every session's drafts. */
  readonly subjectless: Array<{ act: Act; line: number }> = [];
  unplacedSponsors = 0;
  noDraft = 0;
  outcomesAgree = 0;
  readonly outcomesDiffer: string[] = [];

  constructor(
    readonly recorder: ActRecorder,
    readonly datasetId: string,
    /** Whether only one record (of those imported) has this symbol. */
    readonly uniqueSymbol: (symbol: string) => boolean,
  ) {}

  /** What the record is about; a text known only by its own regular symbol, if no other record has it. */
  subjectOf(r: CatalogueRecord): Subject | null {
    if (r.subject.kind !== 'none') return r.subject;
    if (r.symbolIsText && this.uniqueSymbol(r.symbol)) return { kind: 'draft', symbol: r.symbol, orallyRevised: false };
    return null;
  }

  /** A record's two sources: its catalogue page and the dataset. */
  sources(r: CatalogueRecord): string[] {
    // Two records of the one catalogue telling one vote are one source telling it twice (a
    // possible duplicate), not two sources agreeing.
    return [catalogueSourceId(r), this.datasetId];
  }

  /** The ballot's State, its name as catalogued remembered. */
  stateOf(b: CatalogueBallot): string | null {
    if (b.state && b.country) this.names.set(`${b.state}|${b.country}`, { state: b.state, asWritten: b.country });
    return b.state;
  }

  /** The vote a record tells, about `subject` or about nothing the record holds. */
  vote(
    r: CatalogueRecord,
    body: CatalogueBody,
    session: string | null,
    subject: { kind: 'draft' | 'amendment'; symbol: string } | null,
  ): ActOf<'voteRecorded'> {
    const t = r.totals;
    const tally =
      t.yes !== null && t.no !== null && t.abstain !== null ? { yes: t.yes, no: t.no, abstain: t.abstain } : null;
    const lists = { yes: [] as string[], no: [] as string[], abstain: [] as string[] };
    const unplaced: string[] = [];
    let unknown = 0;
    for (const b of r.ballots) {
      const code = this.stateOf(b);
      if (!code) {
        unknown++;
        continue;
      }
      if (b.vote === 'Y') lists.yes.push(code);
      else if (b.vote === 'N') lists.no.push(code);
      else if (b.vote === 'A') lists.abstain.push(code);
      else if (b.vote === '' && !unplaced.includes(code)) unplaced.push(code);
    }
    const hasLists = r.ballots.length > 0;
    return {
      kind: 'voteRecorded',
      id: catalogueVoteId(r),
      body,
      session,
      date: r.date,
      meeting: r.meeting,
      subject: subject ?? { kind: 'other', symbol: r.symbol || null },
      title: r.title || r.symbol,
      requestedBy: null,
      tally,
      ballots: hasLists ? lists : null,
      // A list with a blank code (or a code Plenary cannot place) is not the whole roll call.
      listsComplete: hasLists && unplaced.length === 0 && unknown === 0,
      ...(unplaced.length ? { unplaced: unplaced.sort() } : {}),
      statedOutcome: r.statedOutcome,
      sources: [catalogueSourceId(r), this.datasetId],
    };
  }

  /** Tells the record's vote without a subject, after every session's drafts, if it tells one. */
  deferVote(r: CatalogueRecord, body: CatalogueBody, session: string): void {
    if (r.ballots.length || r.recordedVote)
      this.subjectless.push({ act: this.vote(r, body, session, null), line: r.line });
  }
}

function ordinal(n: string): string {
  const k = Number(n);
  const suffix = k % 100 >= 11 && k % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function sessionTitle(body: CatalogueBody, session: string): string {
  const name = CATALOGUE_BODY_NAMES[body];
  if (session.startsWith('S-')) return `${name}, ${ordinal(session.slice(2))} special session`;
  if (session.startsWith('OM-')) return `${name}, ${ordinal(session.slice(3))} organizational meeting`;
  if (session.startsWith('nuclear-')) return `${name} (nuclear Commission), ${ordinal(session.slice(8))} session`;
  return `${name}, ${ordinal(session)} session`;
}

/** Records one session: its records' sources, the session, its membership, its drafts and their outcomes. */
export function recordSession(
  run: CatalogueRun,
  body: CatalogueBody,
  session: string,
  list: readonly CatalogueRecord[],
  importedAt: string,
  file: string,
): void {
  recordSources(run, list, importedAt, file);
  recordSessionItself(run, body, session, list);
  recordMembership(run, body, session, list);
  for (const [symbol, item] of itemsOf(run, body, session, list)) recordItem(run, body, session, symbol, item);
}

function recordSources(run: CatalogueRun, list: readonly CatalogueRecord[], importedAt: string, file: string): void {
  for (const r of list)
    run.recorder.record(
      {
        kind: 'sourceRecorded',
        id: catalogueSourceId(r),
        title: `${r.symbol || `record ${r.recordId}`}: ${r.title}`,
        url: r.recordUrl,
        file,
        retrievedAt: null,
        importedAt,
        note: `OHCHR Search Library, Voting collection, record ${r.recordId}${r.urlResolution ? `; text: ${r.urlResolution}` : ''}${r.urlDraft ? `; draft: ${r.urlDraft}` : ''}`,
        sourceKind: 'catalogue',
      },
      r.line,
    );
}

function recordSessionItself(
  run: CatalogueRun,
  body: CatalogueBody,
  session: string,
  list: readonly CatalogueRecord[],
): void {
  if (run.recorder.ledger.sessions.has(`${body}/${session}`)) return;
  run.recorder.record(
    {
      kind: 'sessionRecorded',
      body,
      session,
      title: sessionTitle(body, session),
      start: null,
      end: null,
      presidentState: null,
      sources: [run.datasetId],
    },
    list[0]?.line ?? null,
  );
}

/** Membership derived from the session's roll calls; the States left out named in a note. */
function recordMembership(run: CatalogueRun, body: CatalogueBody, session: string, list: readonly CatalogueRecord[]) {
  const derived = deriveSessionMembership(list);
  if (!derived) return;
  for (const r of derived.rollCalls)
    for (const b of r.ballots) if (!run.stateOf(b)) run.unknownCodes.add(`${b.iso3} (${b.country})`);
  if (derived.strays.length)
    run.recorder.notes.push(
      `${body} session ${session}: ${derived.strays.join(', ')} listed in fewer than half of its ${derived.rollCalls.length} roll calls (${derived.strayRollCalls
        .map((r) => `record ${r.recordId}`)
        .join(', ')}): not counted as members of the session`,
    );
  if (derived.members.length)
    run.recorder.record(
      {
        kind: 'membershipDerived',
        body,
        session,
        from: derived.from,
        to: derived.to,
        members: derived.members,
        sources: [run.datasetId],
      },
      derived.rollCalls[0]?.line ?? null,
    );
}

interface Item {
  /** The records of the draft itself (more than one: the draft catalogued again). */
  readonly draft: CatalogueRecord[];
  readonly amendments: Array<{ record: CatalogueRecord; amendment: Extract<Subject, { kind: 'amendment' }> }>;
}

/** The session's drafts and texts, each with its amendments, in the order first met; records of no draft deferred. */
function itemsOf(
  run: CatalogueRun,
  body: CatalogueBody,
  session: string,
  list: readonly CatalogueRecord[],
): Map<string, Item> {
  const items = new Map<string, Item>();
  const item = (symbol: string) => {
    let it = items.get(symbol);
    if (!it) items.set(symbol, (it = { draft: [], amendments: [] }));
    return it;
  };
  for (const r of list) {
    const subject = run.subjectOf(r);
    if (!subject) {
      run.noDraft++;
      run.deferVote(r, body, session);
    } else if (subject.kind === 'amendment') item(subject.draft).amendments.push({ record: r, amendment: subject });
    else item(subject.symbol).draft.push(r);
  }
  return items;
}

/** One draft: tabled (unless the record holds it), its sponsors, its amendments, then its outcome. */
function recordItem(run: CatalogueRun, body: CatalogueBody, session: string, symbol: string, item: Item): void {
  const { recorder } = run;
  const scratch = recorder.ledger;
  const main = item.draft[0];
  const told = main ?? item.amendments[0]?.record;
  if (!told) return;
  if (!scratch.drafts.has(symbol) && !scratch.amendmentOf.has(symbol))
    recorder.record(
      {
        kind: 'draftTabled',
        body,
        session,
        symbol,
        title: told.title,
        agendaItem: told.agendaItem,
        tabledOn: null,
        paragraphs: null,
        sources: run.sources(told),
      },
      told.line,
    );
  if (scratch.amendmentOf.has(symbol)) {
    // An amendment to an amendment, or an amendment catalogued as a draft: told as votes only.
    recorder.notes.push(
      `${symbol} is an amendment that the catalogue treats as a draft: its records are told as votes without a subject`,
    );
    for (const r of [...item.draft, ...item.amendments.map((a) => a.record)]) run.deferVote(r, body, session);
    return;
  }
  if (main) {
    run.unplacedSponsors += main.sponsors.unplaced;
    if (main.sponsors.named.length)
      recorder.record(
        {
          kind: 'sponsorsRecorded',
          draft: symbol,
          sponsors: main.sponsors.named.map((s) => ({ ...s, role: 'main' as const, joined: 'unknown' as const })),
          announcedCount: null,
          // The catalogue names main sponsors only, never the co-sponsors.
          complete: false,
          sources: run.sources(main),
        },
        main.line,
      );
  }
  recordAmendments(run, body, session, symbol, item.amendments);
  item.draft.forEach((r, i) => {
    if (i === 0) return decideDraft(run, r, symbol);
    // The same draft catalogued again (a separate vote, or a symbol given twice): its vote is told, unlinked.
    if (r.ballots.length || r.recordedVote || r.totals.yes !== null)
      recorder.record(run.vote(r, body, session, null), r.line);
    recorder.notes.push(
      `${symbol} is catalogued more than once (record ${r.recordId} after ${main?.recordId}): told as a vote without a subject`,
    );
  });
}

function lNumber(symbol: string): number {
  return Number(/L\.(\d+)/.exec(symbol)?.[1] ?? 0);
}

/** A draft's amendments, by their own L numbers (the chair's order is not catalogued): tabled, then decided. */
function recordAmendments(
  run: CatalogueRun,
  body: CatalogueBody,
  session: string,
  draft: string,
  amendments: Item['amendments'],
): void {
  const { recorder } = run;
  const scratch = recorder.ledger;
  const ordered = [...amendments].sort((a, b) => lNumber(a.amendment.symbol) - lNumber(b.amendment.symbol));
  ordered.forEach(({ record: r, amendment: { symbol, outcome } }, i) => {
    const proposers = r.sponsors;
    run.unplacedSponsors += proposers.unplaced;
    if (!scratch.amendmentOf.has(symbol) && !scratch.drafts.has(symbol)) {
      const tabled = scratch.drafts.get(draft)?.agenda.amendments.length;
      recorder.record(
        {
          kind: 'amendmentTabled',
          symbol,
          draft,
          proposers: [...proposers.named],
          // The catalogue does not give the chair's order (rule 130): the symbols' order stands in.
          rank: tabled ? tabled + 1 : i + 1,
          operations: null,
          excludes: [],
          sources: run.sources(r),
        },
        r.line,
      );
    } else if (proposers.named.length && scratch.amendmentOf.has(symbol))
      recorder.record(
        { kind: 'proposersRecorded', amendment: symbol, proposers: [...proposers.named], sources: run.sources(r) },
        r.line,
      );
    if (!scratch.amendmentOf.has(symbol)) return;
    if (outcome === 'vote') {
      recorder.record(run.vote(r, body, session, { kind: 'amendment', symbol }), r.line, () =>
        run.vote(r, body, session, null),
      );
      return;
    }
    const status = scratch.drafts.get(draft)?.agenda.amendments.find((a) => a.symbol === symbol)?.status;
    if (status === 'pending')
      recorder.record(
        {
          kind: 'draftDecided',
          draft: symbol,
          outcome,
          vote: null,
          date: r.date,
          asOrallyRevised: false,
          adoptedAs: null,
          sources: run.sources(r),
        },
        r.line,
      );
  });
}

/**
 * The outcome of a draft as its record tells it: decided without a vote, or by the vote the record
 * tells. Where the record already holds an outcome, the catalogue's is compared (agreeing or
 * differing, counted for the report), never told over it.
 */
function decideDraft(run: CatalogueRun, r: CatalogueRecord, symbol: string): void {
  const { recorder } = run;
  const scratch = recorder.ledger;
  const status = scratch.drafts.get(symbol)?.agenda.status;
  const subject = run.subjectOf(r);
  const orally = subject?.kind === 'draft' && subject.orallyRevised;
  const adoptedAs =
    r.symbol &&
    r.symbol !== symbol &&
    r.symbolIsText &&
    run.uniqueSymbol(r.symbol) &&
    !scratch.adoptedTexts.has(r.symbol)
      ? r.symbol
      : null;
  const told = (outcome: ActOf<'draftDecided'>['outcome'], vote: string | null) => {
    const now = scratch.drafts.get(symbol)?.agenda.status;
    if (now !== 'pending' && now !== outcome) {
      run.outcomesDiffer.push(
        `${symbol}: the record holds ${now}; the catalogue (record ${r.recordId}) says ${outcome}`,
      );
      return;
    }
    if (now === outcome && status !== 'pending' && vote === null) {
      run.outcomesAgree++;
      return;
    }
    recorder.record(
      {
        kind: 'draftDecided',
        draft: symbol,
        outcome,
        vote,
        date: r.date,
        asOrallyRevised: orally,
        adoptedAs: outcome === 'adopted' || outcome === 'adoptedWithoutVote' ? adoptedAs : null,
        sources: run.sources(r),
      },
      r.line,
    );
  };
  if (r.outcome === 'noInformation') {
    recorder.notes.push(
      `${symbol} (record ${r.recordId}): no voting information in the catalogue; its outcome is left untold`,
    );
    return;
  }
  if (r.outcome !== 'vote') return told(r.outcome, null);
  const vote = run.vote(r, r.body, r.session, { kind: 'draft', symbol });
  const recorded = recorder.record(vote, r.line, () => run.vote(r, r.body, r.session, null));
  if (!scratch.votes.has(vote.id) || recorded !== vote) return;
  const outcome = vote.statedOutcome;
  if (scratch.retold.has(vote.id)) {
    // Another source's telling of a vote the record holds: the outcome is the one already recorded,
    // unless the record held no result for it (then this telling's result decided the draft).
    const now = scratch.drafts.get(symbol)?.agenda.status;
    if (status === 'pending' && outcome && now === outcome) return told(outcome, vote.id);
    if (status === outcome) run.outcomesAgree++;
    else if (status && status !== 'pending')
      run.outcomesDiffer.push(
        `${symbol}: the record holds ${status}; the catalogue (record ${r.recordId}) says ${outcome}`,
      );
    return;
  }
  if (outcome && scratch.drafts.get(symbol)?.agenda.status === outcome) told(outcome, vote.id);
}

import type { Act, ActOf } from '../domain/act.js';
import type { Ledger } from '../domain/ledger.js';
import { HRC_SEATS } from '../domain/membership.js';
import { findState, withoutBehalf } from '../domain/state.js';
import type { Origin } from './ports.js';
import type { NamedState, TextNote, TextRecord, TextVote } from './text-records.js';

export interface TextContext {
  readonly body: string;
  readonly session: string | null;
  readonly date: string | null;
  /** The draft a text is about when it does not name it (a mission's news item, say). */
  readonly subject: string | null;
  readonly sourceId: string;
  /** The file's name, for the origins of its acts. */
  readonly file?: string;
}

/**
 * "L.42" in session 34 is "A/HRC/34/L.42", in special session S-16 "A/HRC/S-16/L.42". A bare L
 * symbol told of the General Assembly stays as written: it may be a plenary or a committee draft.
 */
export function expandSymbol(symbol: string, body: string, session: string | null): string {
  return /^L\.\d+/.test(symbol) && session && body === 'HRC' ? `A/HRC/${session}/${symbol}` : symbol;
}

/**
 * The bodies a text import records itself when the record does not hold them yet, as the
 * resolutions that created them define them (the Council: GA res 60/251, 47 members, 13/13/8/7/6
 * seats). A text about any other body needs that body in the record first.
 */
export const TEXT_BODIES: Readonly<Record<string, ActOf<'bodyRecorded'>>> = {
  HRC: { kind: 'bodyRecorded', code: 'HRC', name: 'Human Rights Council', size: 47, seats: { ...HRC_SEATS } },
  UNGA: { kind: 'bodyRecorded', code: 'UNGA', name: 'United Nations General Assembly', size: null, seats: null },
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** A stable id for a recorded vote: body, session, subject and date. */
export function voteIdFor(
  body: string,
  session: string | null,
  subject: string | null,
  title: string | null,
  date: string | null,
  line: number,
): string {
  const what = subject
    ? slug(subject.replace(/^A\/HRC\/(S-)?\d+\//, ''))
    : title
      ? slug(title).slice(0, 40)
      : `line-${line}`;
  return [body.toLowerCase(), session ?? 'x', what, date ?? 'undated'].join('-');
}

/** Names exactly as the source wrote them, where they differ from the reference name. */
export function namesAct(states: readonly NamedState[], sourceId: string): ActOf<'stateNamesRecorded'> | null {
  const seen = new Map<string, NamedState>();
  for (const s of states) {
    const plain = withoutBehalf(s.asWritten);
    if (plain !== findState(s.code)?.name) seen.set(`${s.code}|${plain}`, { ...s, asWritten: plain });
  }
  return seen.size
    ? {
        kind: 'stateNamesRecorded',
        names: [...seen.values()].map((s) => ({ state: s.code, asWritten: s.asWritten })),
        sources: [sourceId],
      }
    : null;
}

function allNamed(record: TextRecord): NamedState[] {
  if (record.kind === 'vote')
    return [
      ...(record.lists ? [...record.lists.yes, ...record.lists.no, ...record.lists.abstain] : []),
      ...(record.requestedBy ? [record.requestedBy] : []),
    ];
  return [...record.main, ...record.co, ...record.joined, ...(record.introducedBy ? [record.introducedBy] : [])];
}

export function voteAct(
  v: TextVote,
  ctx: TextContext,
  overrides: Partial<ActOf<'voteRecorded'>> = {},
): ActOf<'voteRecorded'> {
  const symbol = v.symbol ? expandSymbol(v.symbol, ctx.body, ctx.session) : ctx.subject;
  const codes = (list: NamedState[]) => list.map((s) => s.code);
  return {
    kind: 'voteRecorded',
    id: voteIdFor(ctx.body, ctx.session, symbol, v.title, ctx.date, v.line),
    body: ctx.body,
    session: ctx.session,
    date: ctx.date,
    meeting: null,
    subject: { kind: symbol ? (v.subjectKind === 'other' ? 'draft' : v.subjectKind) : 'other', symbol },
    title: v.title ?? symbol ?? 'Recorded vote',
    requestedBy: v.requestedBy?.code ?? null,
    tally: v.tally,
    ballots: v.lists ? { yes: codes(v.lists.yes), no: codes(v.lists.no), abstain: codes(v.lists.abstain) } : null,
    listsComplete: v.listsComplete,
    statedOutcome: v.statedOutcome,
    sources: [ctx.sourceId],
    ...overrides,
  };
}

/**
 * Turns what the text parser read into acts. Drafts the record has not seen are tabled first
 * (with the title left empty: texts rarely give it), so their sponsors and votes have a home.
 * Each act's line in the text goes into `origins`, when given.
 */
export function textRecordsToActs(
  records: readonly TextRecord[],
  ctx: TextContext,
  ledger: Ledger,
  origins?: WeakMap<Act, Origin>,
  onNotes?: (voteId: string, notes: readonly TextNote[]) => void,
): Act[] {
  const acts: Act[] = [];
  let line: number | null = null;
  const push = (act: Act) => {
    acts.push(act);
    if (origins && ctx.file) origins.set(act, { file: ctx.file, line });
  };
  const body = TEXT_BODIES[ctx.body];
  if (body && !ledger.bodies.has(ctx.body) && records.some((r) => r.kind === 'vote' || r.symbol || ctx.subject)) {
    line = records[0]?.line ?? null;
    push({ ...body, seats: body.seats ? { ...body.seats } : null });
  }
  const names = namesAct(records.flatMap(allNamed), ctx.sourceId);
  line = records.find((r) => namesAct(allNamed(r), ctx.sourceId))?.line ?? null;
  if (names) push(names);
  const tabled = new Set<string>();
  const usedIds = new Set<string>();
  const ensureDraft = (symbol: string) => {
    if (ledger.drafts.has(symbol) || ledger.amendmentOf.has(symbol) || tabled.has(symbol) || !ctx.session) return;
    tabled.add(symbol);
    push({
      kind: 'draftTabled',
      body: ctx.body,
      session: ctx.session,
      symbol,
      title: '',
      agendaItem: null,
      tabledOn: null,
      paragraphs: null,
      sources: [ctx.sourceId],
    });
  };
  for (const record of records) {
    line = record.line;
    if (record.kind === 'sponsorship') {
      const symbol = record.symbol ? expandSymbol(record.symbol, ctx.body, ctx.session) : ctx.subject;
      if (!symbol) continue;
      ensureDraft(symbol);
      const entry = (s: NamedState, role: 'main' | 'co', joined: 'tabling' | 'subsequently' | 'unknown') => ({
        state: s.code,
        asWritten: s.asWritten,
        onBehalfOf: s.onBehalfOf,
        role,
        joined,
      });
      const atTabling = record.complete || record.main.length > 0 ? 'tabling' : 'unknown';
      push({
        kind: 'sponsorsRecorded',
        draft: symbol,
        sponsors: [
          ...record.main.map((s) => entry(s, 'main', 'tabling')),
          ...record.co.map((s) => entry(s, 'co', atTabling)),
          ...record.joined.map((s) => entry(s, 'co', 'subsequently')),
        ],
        announcedCount: record.announced,
        complete: record.complete,
        sources: [ctx.sourceId],
      });
      if (record.introducedBy) {
        push({
          kind: 'statementRecorded',
          draft: symbol,
          speaker: { state: record.introducedBy.code, asWritten: record.introducedBy.asWritten, onBehalfOf: null },
          statement: 'introduction',
          date: ctx.date,
          summary: null,
          sources: [ctx.sourceId],
        });
      }
    } else {
      // Another source may tell a vote the record already holds: it is kept under its own id, and
      // the ledger flags it as a possible duplicate of the earlier one.
      const told = voteAct(record, ctx);
      let id = told.id;
      for (let n = 2; ledger.votes.has(id) || usedIds.has(id); n++) id = `${told.id}-${n}`;
      usedIds.add(id);
      const vote = { ...told, id };
      if (vote.subject.symbol && vote.subject.kind === 'draft') ensureDraft(vote.subject.symbol);
      push(vote);
      if (record.notes.length) onNotes?.(id, record.notes);
    }
  }
  return acts;
}

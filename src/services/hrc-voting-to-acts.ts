import type { Act, ActOf } from '../domain/act.js';
import { isDomainError } from '../domain/errors.js';
import type { Decision, Ledger } from '../domain/ledger.js';
import { HRC_SEATS } from '../domain/membership.js';
import { findState, resolveStateName } from '../domain/state.js';
import type { CatalogueBallot, CatalogueRecord } from '../import/parse-hrc-voting.js';
import type { Problem } from '../import/problems.js';
import type { Origin } from './ports.js';

/*
 * What the HRC/CHR voting catalogue's records mean as acts. One record is one text decided (a
 * resolution, a decision, a presidential statement) or one amendment, with its outcome and, for a
 * recorded vote, its official totals and its per-country list. Every act cites the record's own
 * catalogue page. Where the record already holds what a catalogue record tells (the built-in HRC34
 * record, an earlier import), the catalogue's telling is added beside it, never over it: another
 * source's telling of a vote is linked to that vote (domain/tellings.ts), a draft or amendment
 * already tabled is not tabled again, and an outcome already recorded is compared, not replaced.
 */

export const CATALOGUE_BODY_NAMES = { HRC: 'Human Rights Council', CHR: 'Commission on Human Rights' } as const;

/** The catalogue's country codes that are not ISO 3166-1 alpha-3, and the State each stands for. */
const CATALOGUE_CODES: Readonly<Record<string, string>> = {
  // "Germany, Federal Republic Of": the catalogue's code for the Federal Republic before 1990, which
  // is the same State as today's Germany (DEU); the name as catalogued is kept beside it.
  GER: 'DEU',
};

/** What an import of the catalogue adds, and what it found that the record shows as told. */
export interface CatalogueActs {
  readonly acts: Act[];
  /** Each act's decision, judged on a fork of the ledger given (recordActs takes them in as they are). */
  readonly decisions: Decision[];
  /** Things the import kept out or could not place, for the import's report (never silently). */
  readonly notes: string[];
  readonly problems: Problem[];
  /** Records already in the record (same catalogue record), skipped. */
  readonly skipped: number;
}

const SYMBOL = String.raw`(?:A\/HRC\/|E\/CN\.4\/)[A-Za-z0-9.\/()\-]+`;
const AMENDMENT = new RegExp(
  String.raw`^Amendments?\s+(${SYMBOL})\s+to\s+(?:the\s+)?draft\s+(?:resolution|decision)\s+(${SYMBOL}|L\.\d+(?:\/Rev\.\d+)?)\s*(.*)$`,
  'i',
);
const DRAFT = new RegExp(
  String.raw`^Draft\s+(?:resolution|decision|presidential\s+statement)\s+(${SYMBOL})(?:\s+(.*))?$`,
  'i',
);
/** A symbol of a text put before the body: an L document, or a CHR document of the E/CN.4 series. */
const DRAFT_SYMBOL =
  /^(?:A\/HRC\/(?:S-|OM\/)?\d+\/L\.\d+(?:\/Rev\.\d+)?|E\/CN\.4\/(?:\d{4}\/|Sub\.2\/)?(?:L\.)?\d+(?:\/Rev\.\d+)?(?:\/Add\.\d+)?)$/;
/** A regular symbol of an adopted text (A/HRC/RES/34/5, A/HRC/DEC/S-16/101, E/CN.4/RES/2005/1). */
const TEXT_SYMBOL = /^(?:A\/HRC\/(?:RES|DEC|PRST)\/(?:S-|OM\/)?\d+\/\d+|E\/CN\.4\/(?:RES|DEC)\/\d{4}\/\d+[A-Z]?)$/;

/** The session a record was decided at: "at its 34th session" → 34, "16th special session" → S-16. */
export function sessionOf(record: Pick<CatalogueRecord, 'statement' | 'symbol'>): string | null {
  const m = /at its (\d+)(?:st|nd|rd|th) (special session|session|organizational meeting|nuclear session)/i.exec(
    record.statement,
  );
  if (m) {
    const kind = (m[2] as string).toLowerCase();
    if (kind === 'special session') return `S-${m[1]}`;
    if (kind === 'organizational meeting') return `OM-${m[1]}`;
    if (kind === 'nuclear session') return `nuclear-${m[1]}`;
    return m[1] as string;
  }
  const s = /^A\/HRC\/(?:RES|DEC|PRST)?\/?(S-)?(\d+)\//.exec(record.symbol);
  return s ? `${s[1] ?? ''}${s[2]}` : null;
}

function ordinal(n: string): string {
  const k = Number(n);
  const suffix = k % 100 >= 11 && k % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th');
  return `${n}${suffix}`;
}

function sessionTitle(body: 'HRC' | 'CHR', session: string): string {
  const name = CATALOGUE_BODY_NAMES[body];
  if (session.startsWith('S-')) return `${name}, ${ordinal(session.slice(2))} special session`;
  if (session.startsWith('OM-')) return `${name}, ${ordinal(session.slice(3))} organizational meeting`;
  if (session.startsWith('nuclear-')) return `${name} (nuclear Commission), ${ordinal(session.slice(8))} session`;
  return `${name}, ${ordinal(session)} session`;
}

/** The title without the catalogue's trailing " : resolution /" and the like. */
function cleanTitle(title: string): string {
  return title
    .replace(/\s*:\s*(?:resolution|decision|amendment|presidential statement|draft resolution)?\s*\/?\s*$/i, '')
    .trim();
}

/** What a record is about: an amendment, a draft with its symbol, or a text known only by its own symbol. */
type Reading =
  | { kind: 'amendment'; symbol: string; draft: string; rest: string }
  | { kind: 'draft'; symbol: string; rest: string }
  | { kind: 'text'; symbol: string }
  | { kind: 'none' };

function read(record: CatalogueRecord, session: string | null, uniqueSymbol: (s: string) => boolean): Reading {
  const amendment = AMENDMENT.exec(record.draft);
  if (amendment) {
    let draft = amendment[2] as string;
    if (/^L\./.test(draft) && session) draft = `A/HRC/${session}/${draft}`;
    return { kind: 'amendment', symbol: amendment[1] as string, draft, rest: amendment[3] ?? '' };
  }
  const draft = DRAFT.exec(record.draft);
  if (draft && DRAFT_SYMBOL.test(draft[1] as string))
    return { kind: 'draft', symbol: draft[1] as string, rest: draft[2] ?? '' };
  // An amendment catalogued under its own L symbol with another form of draft field.
  if (record.symbol && TEXT_SYMBOL.test(record.symbol) && uniqueSymbol(record.symbol))
    return { kind: 'text', symbol: record.symbol };
  return { kind: 'none' };
}

/** Main sponsors as written ("China, Pakistan (on behalf of the OIC, except Albania)"), split outside brackets. */
export function splitSponsors(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** One sponsor as written: the State, and the group it spoke for ("Pakistan (on behalf of the OIC)"). */
export function readSponsor(asWritten: string): { state: string; onBehalfOf: string | null } | null {
  const behalf = /^(.*?)\s*\(?\s*on behalf of\s+(.+?)\)?$/i.exec(asWritten);
  const name = (behalf ? (behalf[1] as string) : asWritten).replace(/\s*\($/, '').trim();
  const resolved = resolveStateName(name);
  if (!resolved) return null;
  return { state: resolved.state.code, onBehalfOf: behalf ? (behalf[2] as string).trim() : null };
}

const id = (record: CatalogueRecord) => `ohchr-voting-${record.recordId}`;
const sourceId = (record: CatalogueRecord) => `ohchr-voting:${record.recordId}`;

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
  const acts: Act[] = [];
  const decisions: Decision[] = [];
  const notes: string[] = [];
  const problems: Problem[] = [];
  if (ledger.sources.has(datasetId)) return { acts, decisions, notes, problems, skipped: records.length };
  const scratch = ledger.fork();
  /**
   * Judges `act` against the scratch ledger and keeps it. Where the rules refuse a catalogue record's
   * vote as linked to its draft (the catalogue gives a draft symbol that belongs to another text, or
   * an order the rules cannot follow), `fallback` tells the same vote without a subject, and a note
   * says why. Anything else refused is a problem: nothing is imported.
   */
  const push = (act: Act, line: number | null, fallback?: () => Act) => {
    let decision: Decision;
    try {
      decision = scratch.decide(act);
      scratch.evolve(decision);
    } catch (error) {
      // Only the rules' refusals are the catalogue's to explain; anything else is a bug, not a note.
      if (!isDomainError(error)) throw error;
      if (fallback) {
        const other = fallback();
        notes.push(`${resFile}:${line}: told without its subject: ${(error as Error).message}`);
        return push(other, line);
      }
      problems.push({ file: resFile, line, message: `${(error as Error).message} (${act.kind})` });
      return;
    }
    acts.push(act);
    decisions.push(decision);
    origins?.set(act, { file: resFile, line });
  };
  push(
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

  // Names as catalogued, for every code the catalogue uses.
  const names = new Map<string, { state: string; asWritten: string }>();
  const codeOf = (b: CatalogueBallot): string | null => {
    const code = findState(b.iso3) ? b.iso3 : CATALOGUE_CODES[b.iso3];
    if (!code) return null;
    if (b.country) names.set(`${code}|${b.country}`, { state: code, asWritten: b.country });
    return code;
  };

  let skipped = 0;
  const fresh = records.filter((r) => {
    if (scratch.sources.has(sourceId(r))) {
      skipped++;
      return false;
    }
    return true;
  });
  const symbolCount = new Map<string, number>();
  for (const r of fresh) symbolCount.set(r.symbol, (symbolCount.get(r.symbol) ?? 0) + 1);
  const uniqueSymbol = (s: string) => symbolCount.get(s) === 1;

  // Sessions, in time order; each record's reading.
  const readings = new Map<CatalogueRecord, { session: string; reading: Reading }>();
  let unsessioned = 0;
  for (const r of fresh) {
    const session = sessionOf(r);
    if (!session) {
      unsessioned++;
      continue;
    }
    readings.set(r, { session, reading: read(r, session, uniqueSymbol) });
  }
  if (unsessioned) notes.push(`${unsessioned} record(s) name no session in their statement or symbol: kept out`);
  const bySession = new Map<string, CatalogueRecord[]>();
  for (const [r, { session }] of readings) {
    const key = `${r.body}/${session}`;
    bySession.set(key, [...(bySession.get(key) ?? []), r]);
  }
  const firstDate = (rs: readonly CatalogueRecord[]) =>
    rs.reduce<string>((min, r) => (r.date && r.date < min ? r.date : min), '9999');
  const sessions = [...bySession].sort((a, b) => (firstDate(a[1]) < firstDate(b[1]) ? -1 : 1));

  for (const body of ['HRC', 'CHR'] as const) {
    if (!scratch.bodies.has(body) && fresh.some((r) => r.body === body))
      push(
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

  let unplacedSponsors = 0;
  let noDraft = 0;
  let outcomesAgree = 0;
  const outcomesDiffer: string[] = [];
  const unknownCodes = new Set<string>();
  const votes: Array<{ act: Act; line: number }> = [];

  for (const [key, list] of sessions) {
    const [body, session] = key.split('/') as ['HRC' | 'CHR', string];
    // Each act cites its record's page and the dataset: two records of the one catalogue telling one
    // vote are one source telling it twice (a possible duplicate), not two sources agreeing.
    const sources = (r: CatalogueRecord) => [sourceId(r), datasetId];
    for (const r of list)
      push(
        {
          kind: 'sourceRecorded',
          id: sourceId(r),
          title: `${r.symbol || `record ${r.recordId}`}: ${cleanTitle(r.title)}`,
          url: r.recordUrl,
          file: resFile,
          retrievedAt: null,
          importedAt,
          note: `OHCHR Search Library, Voting collection, record ${r.recordId}${r.urlResolution ? `; text: ${r.urlResolution}` : ''}${r.urlDraft ? `; draft: ${r.urlDraft}` : ''}`,
          sourceKind: 'catalogue',
        },
        r.line,
      );
    if (!scratch.sessions.has(key))
      push(
        {
          kind: 'sessionRecorded',
          body,
          session,
          title: sessionTitle(body, session),
          start: null,
          end: null,
          presidentState: null,
          sources: [datasetId],
        },
        list[0]?.line ?? null,
      );

    // Membership, derived from the session's roll calls. A member is listed in nearly every roll
    // call of its session, though often with a blank code (the catalogue recorded no position for
    // it); a State only a stray list names (a roll call catalogued under the wrong vote) is not. So:
    // a State listed with a code (voting, or "." present and not voting) somewhere in the session,
    // and listed at all in at least half of its roll calls. The import names the States left out.
    const recorded = list.filter((r) => r.ballots.length > 0 && r.date);
    if (recorded.length) {
      const listedIn = new Map<string, number>();
      const coded = new Set<string>();
      for (const r of recorded) {
        const seen = new Set<string>();
        for (const b of r.ballots) {
          const code = codeOf(b);
          if (!code) {
            unknownCodes.add(`${b.iso3} (${b.country})`);
            continue;
          }
          seen.add(code);
          if (b.vote !== '') coded.add(code);
        }
        for (const code of seen) listedIn.set(code, (listedIn.get(code) ?? 0) + 1);
      }
      const members = new Set([...coded].filter((code) => 2 * (listedIn.get(code) ?? 0) >= recorded.length));
      const strays = [...coded].filter((code) => !members.has(code)).sort();
      if (strays.length)
        notes.push(
          `${body} session ${session}: ${strays.join(', ')} listed in fewer than half of its ${recorded.length} roll calls (${recorded
            .filter((r) => r.ballots.some((b) => b.vote !== '' && strays.includes(codeOf(b) ?? '')))
            .map((r) => `record ${r.recordId}`)
            .join(', ')}): not counted as members of the session`,
        );
      // Members for the whole session as the catalogue dates it: from its first record to its last
      // (decisions without a vote included), not only the days of its roll calls.
      const dates = list.flatMap((r) => (r.date ? [r.date] : [])).sort();
      if (members.size)
        push(
          {
            kind: 'membershipDerived',
            body,
            session,
            from: dates[0] as string,
            to: dates[dates.length - 1] as string,
            members: [...members].sort(),
            sources: [datasetId],
          },
          recorded[0]?.line ?? null,
        );
    }

    // Drafts and texts, each with its amendments before it.
    const items = new Map<string, { draft: CatalogueRecord[]; amendments: CatalogueRecord[] }>();
    const item = (symbol: string) => {
      let it = items.get(symbol);
      if (!it) items.set(symbol, (it = { draft: [], amendments: [] }));
      return it;
    };
    for (const r of list) {
      const reading = readings.get(r)?.reading;
      if (!reading || reading.kind === 'none') {
        noDraft++;
        if (r.ballots.length || r.voteType.startsWith('RECORDED'))
          votes.push({ act: voteOf(r, body, session, null), line: r.line });
        continue;
      }
      if (reading.kind === 'amendment') item(reading.draft).amendments.push(r);
      else item(reading.symbol).draft.push(r);
    }
    for (const [symbol, { draft, amendments }] of items) {
      const main = draft[0];
      const told = main ?? amendments[0];
      if (!told) continue;
      if (!scratch.drafts.has(symbol) && !scratch.amendmentOf.has(symbol))
        push(
          {
            kind: 'draftTabled',
            body,
            session,
            symbol,
            title: cleanTitle(told.title),
            agendaItem: told.agendaItem,
            tabledOn: null,
            paragraphs: null,
            sources: sources(told),
          },
          told.line,
        );
      if (scratch.amendmentOf.has(symbol)) {
        // An amendment to an amendment, or an amendment catalogued as a draft: told as votes only.
        notes.push(
          `${symbol} is an amendment that the catalogue treats as a draft: its records are told as votes without a subject`,
        );
        for (const r of [...draft, ...amendments])
          if (r.ballots.length || r.voteType.startsWith('RECORDED'))
            votes.push({ act: voteOf(r, body, session, null), line: r.line });
        continue;
      }
      if (main) {
        const sponsors = sponsorsOf(main);
        unplacedSponsors += sponsors.unplaced;
        if (sponsors.list.length)
          push(
            {
              kind: 'sponsorsRecorded',
              draft: symbol,
              sponsors: sponsors.list.map((s) => ({ ...s, role: 'main' as const, joined: 'unknown' as const })),
              announcedCount: null,
              // The catalogue names main sponsors only, never the co-sponsors.
              complete: false,
              sources: sources(main),
            },
            main.line,
          );
      }
      // By the amendments' own L numbers (a record's symbol may be irregular: the reading's is the amendment's).
      const amendmentSymbol = (r: CatalogueRecord) =>
        (readings.get(r)?.reading as Extract<Reading, { kind: 'amendment' }>).symbol;
      const ordered = [...amendments].sort((a, b) => lNumber(amendmentSymbol(a)) - lNumber(amendmentSymbol(b)));
      ordered.forEach((r, i) => {
        const reading = readings.get(r)?.reading as Extract<Reading, { kind: 'amendment' }>;
        const proposers = sponsorsOf(r);
        unplacedSponsors += proposers.unplaced;
        if (!scratch.amendmentOf.has(reading.symbol) && !scratch.drafts.has(reading.symbol))
          push(
            {
              kind: 'amendmentTabled',
              symbol: reading.symbol,
              draft: symbol,
              proposers: proposers.list,
              // The catalogue does not give the chair's order (rule 130): the symbols' order stands in.
              rank: scratch.drafts.get(symbol)?.agenda.amendments.length
                ? scratch.drafts.get(symbol)!.agenda.amendments.length + 1
                : i + 1,
              operations: null,
              excludes: [],
              sources: sources(r),
            },
            r.line,
          );
        else if (proposers.list.length && scratch.amendmentOf.has(reading.symbol))
          push(
            { kind: 'proposersRecorded', amendment: reading.symbol, proposers: proposers.list, sources: sources(r) },
            r.line,
          );
        if (!scratch.amendmentOf.has(reading.symbol)) return;
        const outcome = amendmentOutcome(r, reading.rest);
        if (outcome === 'vote')
          push(voteOf(r, body, session, { kind: 'amendment', symbol: reading.symbol }), r.line, () =>
            voteOf(r, body, session, null),
          );
        else if (outcome) {
          const agenda = scratch.drafts.get(symbol)?.agenda;
          const status = agenda?.amendments.find((a) => a.symbol === reading.symbol)?.status;
          if (status === 'pending')
            push(
              {
                kind: 'draftDecided',
                draft: reading.symbol,
                outcome,
                vote: null,
                date: r.date,
                asOrallyRevised: false,
                adoptedAs: null,
                sources: sources(r),
              },
              r.line,
            );
        }
      });
      draft.forEach((r, i) => {
        if (i > 0) {
          // The same draft catalogued again (a separate vote, or a symbol given twice): its vote is told, unlinked.
          if (r.ballots.length || r.voteType.startsWith('RECORDED') || r.totals.yes !== null)
            push(voteOf(r, body, session, null), r.line);
          notes.push(
            `${symbol} is catalogued more than once (record ${r.recordId} after ${main?.recordId}): told as a vote without a subject`,
          );
          return;
        }
        decide(r, symbol);
      });
    }
  }
  for (const v of votes) push(v.act, v.line);
  if (names.size) {
    // Names as catalogued, told right after the dataset (they only need the States to be known).
    const named: Act = { kind: 'stateNamesRecorded', names: [...names.values()], sources: [datasetId] };
    acts.splice(1, 0, named);
    // Names only need their States known: judged after the rest, its decision holds where it stands.
    decisions.splice(1, 0, scratch.decide(named));
    origins?.set(named, { file: resFile, line: null });
  }
  if (unplacedSponsors)
    notes.push(
      `${unplacedSponsors} main sponsor(s) name no State the record knows (e.g. the President of the Council): kept out of the sponsor lists`,
    );
  if (noDraft)
    notes.push(
      `${noDraft} record(s) name no draft and no regular symbol of their own: their votes are told without a subject, other outcomes are kept out`,
    );
  if (unknownCodes.size)
    notes.push(`country codes not known to Plenary, kept out of the lists: ${[...unknownCodes].join(', ')}`);
  if (outcomesAgree) notes.push(`${outcomesAgree} outcome(s) the record already held agree with the catalogue`);
  for (const d of outcomesDiffer) notes.push(d);
  return { acts, decisions, notes, problems, skipped };

  function decide(r: CatalogueRecord, symbol: string): void {
    const status = scratch.drafts.get(symbol)?.agenda.status;
    const type = r.voteType.toUpperCase();
    const rest = (readings.get(r)?.reading as { rest?: string }).rest ?? '';
    const orally = /orally revised/i.test(rest);
    const adoptedAs =
      r.symbol &&
      r.symbol !== symbol &&
      TEXT_SYMBOL.test(r.symbol) &&
      uniqueSymbol(r.symbol) &&
      !scratch.adoptedTexts.has(r.symbol)
        ? r.symbol
        : null;
    const told = (outcome: ActOf<'draftDecided'>['outcome'], vote: string | null) => {
      const now = scratch.drafts.get(symbol)?.agenda.status;
      if (now !== 'pending' && now !== outcome) {
        outcomesDiffer.push(`${symbol}: the record holds ${now}; the catalogue (record ${r.recordId}) says ${outcome}`);
        return;
      }
      if (now === outcome && status !== 'pending' && vote === null) {
        outcomesAgree++;
        return;
      }
      push(
        {
          kind: 'draftDecided',
          draft: symbol,
          outcome,
          vote,
          date: r.date,
          asOrallyRevised: orally,
          adoptedAs: outcome === 'adopted' || outcome === 'adoptedWithoutVote' ? adoptedAs : null,
          sources: sources(r),
        },
        r.line,
      );
    };
    const sources = (rec: CatalogueRecord) => [sourceId(rec), datasetId];
    if (type.startsWith('ADOPTED WITHOUT VOTE')) return told('adoptedWithoutVote', null);
    if (type.startsWith('WITHDRAWN')) return told('withdrawn', null);
    if (type.startsWith('NOT CONSIDERED')) return told('notConsidered', null);
    if (type.includes('NO VOTING INFORMATION')) {
      notes.push(
        `${symbol} (record ${r.recordId}): no voting information in the catalogue; its outcome is left untold`,
      );
      return;
    }
    // RECORDED and NON-RECORDED: a vote, with the lists when the catalogue has them.
    const vote = voteOf(r, r.body, readings.get(r)?.session ?? null, { kind: 'draft', symbol });
    push(vote, r.line, () => voteOf(r, r.body, readings.get(r)?.session ?? null, null));
    if (!scratch.votes.has(vote.id) || acts[acts.length - 1] !== vote) return;
    const outcome = vote.kind === 'voteRecorded' ? vote.statedOutcome : null;
    if (scratch.retold.has(vote.id)) {
      // Another source's telling of a vote the record holds: the outcome is the one already recorded,
      // unless the record held no result for it (then this telling's result decided the draft).
      const now = scratch.drafts.get(symbol)?.agenda.status;
      if (status === 'pending' && outcome && now === outcome) return told(outcome, vote.id);
      if (status === outcome) outcomesAgree++;
      else if (status && status !== 'pending')
        outcomesDiffer.push(
          `${symbol}: the record holds ${status}; the catalogue (record ${r.recordId}) says ${outcome}`,
        );
      return;
    }
    if (outcome && scratch.drafts.get(symbol)?.agenda.status === outcome) told(outcome, vote.id);
  }

  function voteOf(
    r: CatalogueRecord,
    body: 'HRC' | 'CHR',
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
      const code = codeOf(b);
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
    const rest =
      /\b(rejected)\b/i.test(r.statement) || /\brejected\b/i.test(r.draft)
        ? 'rejected'
        : /\badopted\b/i.test(r.statement) || /\badopted\b/i.test(r.draft)
          ? 'adopted'
          : null;
    return {
      kind: 'voteRecorded',
      id: id(r),
      body,
      session,
      date: r.date,
      meeting: r.meeting.replace(/^Adopted at the /i, '') || null,
      subject: subject ?? { kind: 'other', symbol: r.symbol || null },
      title: cleanTitle(r.title) || r.symbol,
      requestedBy: null,
      tally,
      ballots: hasLists ? lists : null,
      // A list with a blank code (or a code Plenary cannot place) is not the whole roll call.
      listsComplete: hasLists && unplaced.length === 0 && unknown === 0,
      ...(unplaced.length ? { unplaced: unplaced.sort() } : {}),
      statedOutcome: rest,
      sources: [sourceId(r), datasetId],
    };
  }

  function sponsorsOf(r: CatalogueRecord): {
    list: Array<{ state: string; asWritten: string; onBehalfOf: string | null }>;
    unplaced: number;
  } {
    const list: Array<{ state: string; asWritten: string; onBehalfOf: string | null }> = [];
    let unplaced = 0;
    for (const name of splitSponsors(r.mainSponsors)) {
      const s = readSponsor(name);
      if (!s) unplaced++;
      else if (!list.some((x) => x.state === s.state)) list.push({ ...s, asWritten: name });
    }
    return { list, unplaced };
  }
}

function lNumber(symbol: string): number {
  return Number(/L\.(\d+)/.exec(symbol)?.[1] ?? 0);
}

/** What became of an amendment: a vote (recorded or not), or withdrawn / not considered / adopted without a vote. */
function amendmentOutcome(r: CatalogueRecord, rest: string): ActOf<'draftDecided'>['outcome'] | 'vote' | null {
  const type = r.voteType.toUpperCase();
  if (type.startsWith('WITHDRAWN') || /withdrawn/i.test(rest)) return 'withdrawn';
  if (type.startsWith('NOT CONSIDERED') || /not considered|not acted upon/i.test(rest)) return 'notConsidered';
  // Accepted by the draft's sponsor: it became part of the text without a vote.
  if (/acceptable to (?:the )?sponsor/i.test(rest)) return 'adoptedWithoutVote';
  if (type.startsWith('ADOPTED WITHOUT VOTE')) return 'adoptedWithoutVote';
  return 'vote';
}

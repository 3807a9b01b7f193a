import { useState, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useApi, type Answer, type GetParams, type Loaded } from '../api.js';
import { Await, Note, Outcome, ScrollTable, ShareLinks, Sources, draftHref, useTitle } from '../components/common.js';

/*
 * /checks: a claim checked against the record. Pick a kind, fill its form, see the verdict (true,
 * false or cannot tell, with what is missing), the counts behind it and the sources. The question
 * lives in the URL (/checks?kind=…&draft=…), so a verdict can be linked to; the answer is
 * GET /api/v1/checks/{kind}, the one `plenary check KIND --json` prints.
 */

const KINDS = {
  'adopted-without-amendment': 'Adopted without amendment',
  'amendments-defeated': 'Every amendment defeated',
  'majority-by-group': 'A majority of every regional group',
  'majority-spans-groups': 'The prevailing side spans every regional group',
  'voted-every': 'A State voted the same way every time',
} as const;
type Kind = keyof typeof KINDS;
const isKind = (k: string | null): k is Kind => k !== null && k in KINDS;

/** The fields each kind's form shows, in order (named as the API's query names them). */
const FIELDS: Readonly<Record<Kind, readonly Field[]>> = {
  'adopted-without-amendment': ['draft'],
  'amendments-defeated': ['draft', 'proposers'],
  'majority-by-group': ['subjects', 'amendmentsTo', 'position', 'basis'],
  'majority-spans-groups': ['subjects', 'amendmentsTo', 'position'],
  'voted-every': ['state', 'position', 'amendmentsTo', 'mandate', 'subjects', 'from'],
};
type Field = 'draft' | 'proposers' | 'subjects' | 'amendmentsTo' | 'position' | 'basis' | 'state' | 'mandate' | 'from';

const LABELS: Readonly<Record<Field, { label: string; hint: string; placeholder?: string }>> = {
  draft: { label: 'Draft', hint: 'its symbol, or the resolution it became', placeholder: 'A/HRC/34/L.5 or 34/5' },
  proposers: { label: 'Proposed by (optional)', hint: 'ISO3 codes, comma-separated', placeholder: 'RUS,CHN' },
  subjects: {
    label: 'Votes',
    hint: 'vote ids or symbols, comma-separated (or fill “Amendments to”)',
    placeholder: 'A/HRC/34/L.42',
  },
  amendmentsTo: {
    label: 'Amendments to',
    hint: 'every vote on an amendment to this draft',
    placeholder: 'A/HRC/34/L.5',
  },
  position: { label: 'Position', hint: '' },
  basis: { label: 'A majority of', hint: '' },
  state: { label: 'State', hint: 'ISO3 code', placeholder: 'GBR' },
  mandate: {
    label: 'Mandate (instead)',
    hint: 'its id, as the mandates page lists it',
    placeholder: 'human-rights-defenders',
  },
  from: { label: 'From (optional)', hint: 'votes on or after: YYYY, YYYY-MM or YYYY-MM-DD', placeholder: '2017' },
};

export function ChecksPage() {
  const params = new URLSearchParams(useSearch());
  const asked = params.get('kind');
  const [kind, setKind] = useState<Kind>(isKind(asked) ? asked : 'adopted-without-amendment');
  const [, navigate] = useLocation();
  useTitle(isKind(asked) ? `Check: ${KINDS[asked]}` : 'Check a claim');
  // What was asked: the URL's parameters for the kind in the URL.
  const query = isKind(asked)
    ? Object.fromEntries(FIELDS[asked].flatMap((f) => (params.get(f) ? [[f, params.get(f) as string]] : [])))
    : null;
  return (
    <>
      <h1>Check a claim</h1>
      <p>
        A claim about the record, answered from it: <strong>true</strong>, <strong>false</strong> or{' '}
        <strong>cannot tell</strong> (saying which fact is missing), with the counts behind the answer and the sources.
        The same answers come from <code>plenary check</code> and <code>/api/v1/checks/…</code>.
      </p>
      <form
        className="check-form"
        aria-label="The claim"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const next = new URLSearchParams({ kind });
          for (const f of FIELDS[kind]) {
            const v = data.get(f)?.toString().trim();
            if (v) next.set(f, v);
          }
          navigate(`/checks?${next.toString()}`);
        }}
      >
        <p>
          <label htmlFor="check-kind">Claim</label>
          <select id="check-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            {Object.entries(KINDS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </p>
        {FIELDS[kind].map((f) => (
          <FieldInput key={`${kind}-${f}`} kind={kind} field={f} value={asked === kind ? params.get(f) : null} />
        ))}
        <p>
          <button type="submit">Check</button>
        </p>
      </form>
      {isKind(asked) && query ? (
        <>
          <Result kind={asked} query={query} />
          <ShareLinks card={`/api/v1/cards/checks/${asked}`} query={`?${new URLSearchParams(query).toString()}`} />
        </>
      ) : null}
    </>
  );
}

function FieldInput({ kind, field, value }: { kind: Kind; field: Field; value: string | null }) {
  const id = `check-${field}`;
  const { label, hint, placeholder } = LABELS[field];
  if (field === 'position' || field === 'basis') {
    const options =
      field === 'basis'
        ? [
            ['voting', 'those voting yes or no'],
            ['present', 'those present (listed yes, no or abstaining)'],
            ['members', 'all its members'],
          ]
        : (kind === 'majority-spans-groups' ? ['yes', 'no'] : ['yes', 'no', 'abstain']).map((p) => [p, p]);
    return (
      <p>
        <label htmlFor={id}>{label}</label>
        <select id={id} name={field} defaultValue={value ?? (field === 'basis' ? 'voting' : 'no')}>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </p>
    );
  }
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={field}
        defaultValue={value ?? ''}
        placeholder={placeholder}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
      />
      <small id={`${id}-hint`}>{hint}</small>
    </p>
  );
}

type Query = Record<string, string>;

function Result({ kind, query }: { kind: Kind; query: Query }) {
  switch (kind) {
    case 'adopted-without-amendment':
      return <AdoptedResult query={query} />;
    case 'amendments-defeated':
      return <DefeatedResult query={query} />;
    case 'majority-by-group':
      return <ByGroupResult query={query} />;
    case 'majority-spans-groups':
      return <SpansResult query={query} />;
    case 'voted-every':
      return <VotedEveryResult query={query} />;
  }
}

// The query as the URL gives it: the API checks it (a 400 names the field at fault, shown as the answer).
const asQuery = <T,>(q: Query) => q as unknown as T;

function AdoptedResult({ query }: { query: Query }) {
  type Q = GetParams<'/api/v1/checks/adopted-without-amendment'>['query'];
  const result = useApi('/api/v1/checks/adopted-without-amendment', { query: asQuery<Q>(query) });
  return (
    <Answered result={result}>
      {(a) => (
        <>
          <p>
            <Link href={draftHref(a.draft.symbol)}>{a.draft.symbol}</Link> {a.draft.title}:{' '}
            <Outcome value={a.draft.status} />
            {a.draft.decidedOn ? ` on ${a.draft.decidedOn}` : ''}
            {a.draft.asOrallyRevised ? ', as orally revised' : ''}
            {a.draft.adoptedAs ? ` → ${a.draft.adoptedAs}` : ''}.
          </p>
          <Amendments items={a.items} />
        </>
      )}
    </Answered>
  );
}

function DefeatedResult({ query }: { query: Query }) {
  type Q = GetParams<'/api/v1/checks/amendments-defeated'>['query'];
  const result = useApi('/api/v1/checks/amendments-defeated', { query: asQuery<Q>(query) });
  return <Answered result={result}>{(a) => <Amendments items={a.items} />}</Answered>;
}

type AmendmentRow =
  | Answer<'/api/v1/checks/amendments-defeated'>['items'][number]
  | Answer<'/api/v1/checks/adopted-without-amendment'>['items'][number];

function Amendments({ items }: { items: readonly AmendmentRow[] }) {
  if (!items.length) return <p>No amendment in the record.</p>;
  return (
    <ScrollTable label="Amendments">
      <table>
        <caption>Amendments, in the order voted</caption>
        <thead>
          <tr>
            <th scope="col">Amendment</th>
            <th scope="col">Proposed by</th>
            <th scope="col">Fate</th>
            <th scope="col">Yes–No–Abst.</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.symbol}>
              <th scope="row">
                <Link href={`/amendments/${i.symbol}`}>{i.symbol}</Link>
              </th>
              <td>{i.proposers.length ? i.proposers.join(', ') : 'not in the sources'}</td>
              <td>
                <Outcome value={i.fate} />
              </td>
              <td>{i.vote ? <VoteLink vote={i.vote} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

type CheckVote = NonNullable<AmendmentRow['vote']>;

function VoteLink({ vote }: { vote: CheckVote }) {
  return (
    <Link href={`/votes/${vote.id}`}>
      {vote.tally ? `${vote.tally.yes}–${vote.tally.no}–${vote.tally.abstain}` : 'no tally'}
    </Link>
  );
}

function ByGroupResult({ query }: { query: Query }) {
  type Q = GetParams<'/api/v1/checks/majority-by-group'>['query'];
  const result = useApi('/api/v1/checks/majority-by-group', { query: asQuery<Q>(query) });
  return (
    <Answered result={result}>
      {(a) => (
        <>
          {a.items.map((i) => (
            <section key={i.vote.id} aria-labelledby={`v-${i.vote.id}`} className="check-vote">
              <h3 id={`v-${i.vote.id}`}>
                {i.vote.subject ?? i.vote.title} <VoteLink vote={i.vote} />: <VerdictBadge verdict={i.verdict} />
              </h3>
              <p>{i.reason}</p>
              {i.groups.length ? (
                <ScrollTable label={`Groups in ${i.vote.subject ?? i.vote.id}`}>
                  <table>
                    <caption>
                      By regional group: {a.position} of {a.majorityOf === 'voting' ? 'yes + no' : a.majorityOf}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Group</th>
                        <th scope="col">Yes</th>
                        <th scope="col">No</th>
                        <th scope="col">Abst.</th>
                        <th scope="col">Members</th>
                        <th scope="col">{a.position} of</th>
                        <th scope="col">Majority</th>
                      </tr>
                    </thead>
                    <tbody>
                      {i.groups.map((g) => (
                        <tr key={g.group}>
                          <th scope="row">{g.group}</th>
                          <td>{g.yes}</td>
                          <td>{g.no}</td>
                          <td>{g.abstain}</td>
                          <td>{g.members ?? '—'}</td>
                          <td>
                            {g.count} of {g.of ?? '?'}
                          </td>
                          <td>{g.majority === null ? 'cannot tell' : g.majority ? 'yes' : 'no'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              ) : null}
            </section>
          ))}
        </>
      )}
    </Answered>
  );
}

function SpansResult({ query }: { query: Query }) {
  type Q = GetParams<'/api/v1/checks/majority-spans-groups'>['query'];
  const result = useApi('/api/v1/checks/majority-spans-groups', { query: asQuery<Q>(query) });
  return (
    <Answered result={result}>
      {(a) => (
        <>
          {a.items.map((i) => (
            <section key={i.vote.id} aria-labelledby={`v-${i.vote.id}`} className="check-vote">
              <h3 id={`v-${i.vote.id}`}>
                {i.vote.subject ?? i.vote.title} <VoteLink vote={i.vote} />: <VerdictBadge verdict={i.verdict} />
              </h3>
              <p>{i.reason}</p>
              {i.groups.length ? (
                <ScrollTable label={`Groups in ${i.vote.subject ?? i.vote.id}`}>
                  <table>
                    <caption>By regional group: the States voting {a.position}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Group</th>
                        <th scope="col">Yes</th>
                        <th scope="col">No</th>
                        <th scope="col">Abst.</th>
                        <th scope="col">States voting {a.position}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {i.groups.map((g) => (
                        <tr key={g.group}>
                          <th scope="row">{g.group}</th>
                          <td>{g.yes}</td>
                          <td>{g.no}</td>
                          <td>{g.abstain}</td>
                          <td>{g.states.length ? g.states.join(' ') : 'none'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              ) : null}
            </section>
          ))}
        </>
      )}
    </Answered>
  );
}

function VotedEveryResult({ query }: { query: Query }) {
  type Q = GetParams<'/api/v1/checks/voted-every'>['query'];
  const result = useApi('/api/v1/checks/voted-every', { query: asQuery<Q>(query) });
  return (
    <Answered result={result}>
      {(a) => (
        <>
          <p>
            It could vote on {a.couldVote} of {a.items.length} vote(s); {a.exceptions.length} exception(s).
          </p>
          {a.items.length ? (
            <ScrollTable label="Votes">
              <table>
                <caption>
                  How {a.state} voted (asked: {a.position})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Vote</th>
                    <th scope="col">Date</th>
                    <th scope="col">Yes–No–Abst.</th>
                    <th scope="col">{a.state}</th>
                    <th scope="col">As claimed</th>
                  </tr>
                </thead>
                <tbody>
                  {a.items.map((i) => (
                    <tr key={i.vote.id}>
                      <th scope="row">{i.vote.subject ?? i.vote.title}</th>
                      <td>{i.vote.date ?? '—'}</td>
                      <td>
                        <VoteLink vote={i.vote} />
                      </td>
                      <td>{i.position}</td>
                      <td>
                        {i.holds === null
                          ? i.position === 'not a member'
                            ? 'not counted'
                            : 'cannot tell'
                          : i.holds
                            ? 'yes'
                            : 'no'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          ) : null}
        </>
      )}
    </Answered>
  );
}

interface Common {
  readonly claim: string;
  readonly verdict: 'true' | 'false' | 'cannot tell';
  readonly reason: string;
  readonly basis: string;
  readonly missing: readonly string[];
  readonly sources: Parameters<typeof Sources>[0]['sources'];
}

/** The verdict, why, on what basis, what is missing; the kind's own details; the sources. */
function Answered<T extends Common>({ result, children }: { result: Loaded<T>; children: (a: T) => ReactNode }) {
  return (
    <Await result={result}>
      {(a) => (
        <section aria-labelledby="verdict" className="check-answer">
          <h2 id="verdict">
            <VerdictBadge verdict={a.verdict} /> {a.claim}
          </h2>
          <p>{a.reason}.</p>
          <p>
            <small>Basis: {a.basis}.</small>
          </p>
          {a.missing.length ? (
            <Note>
              The record lacks:{' '}
              {a.missing.map((m, i) => (
                <span key={m}>
                  {i ? '; ' : ''}
                  {m}
                </span>
              ))}
              .
            </Note>
          ) : null}
          {children(a)}
          <Sources sources={a.sources} />
        </section>
      )}
    </Await>
  );
}

function VerdictBadge({ verdict }: { verdict: string }) {
  const key = verdict === 'cannot tell' ? 'unknown' : verdict;
  return (
    <span className={`verdict verdict-${key}`}>
      {verdict === 'cannot tell' ? 'Cannot tell' : verdict === 'true' ? 'True' : 'False'}
    </span>
  );
}

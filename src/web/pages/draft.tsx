import { FollowButton } from '../components/follow.js';
import { Suspense, lazy, useEffect, useState } from 'react';
import { Tally } from '../../domain/vote.js';
import { motionName } from '../../domain/labels.js';
import { Link } from 'wouter';
import { REGIONAL_GROUP_NAMES, findState } from '../../domain/state.js';
import { useApi } from '../api.js';
import { Await, Note, Outcome, Sources, VoteOutcome, ScrollTable, useTitle } from '../components/common.js';
import { DraftHistory, When, actorName, describeOp } from '../components/history.js';
import { TellingMarks } from '../components/vote-parts.js';
import type { AmendmentSummary, Draft as DraftData, Motion, Paragraph, ParagraphDiff } from '../api-schema.js';
import { CorrectionsOfVotes } from '../components/corrections.js';
import { DraftCivilSociety } from '../components/positions.js';

// The forecast and its chart load only on the page of a text still pending.
const ForecastSection = lazy(() => import('./forecast.js').then((m) => ({ default: m.ForecastSection })));

/** A pending text's forecast, in a section of its own. */
function PendingForecast({ symbol }: { symbol: string }) {
  return (
    <section aria-labelledby="forecast">
      <h2 id="forecast">Forecast of the vote</h2>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <ForecastSection key={symbol} symbol={symbol} />
      </Suspense>
    </section>
  );
}

const JOINED: Record<string, string> = {
  tabling: 'at tabling',
  subsequently: 'subsequently joined',
  unknown: 'not stated',
};

export function DraftPage({ symbol }: { symbol: string }) {
  const result = useApi('/api/v1/drafts/{symbol}', { path: { symbol } });
  useTitle(result.state === 'ready' ? `${result.data.symbol} ${result.data.title}` : symbol);
  return <Await result={result}>{(d) => <Draft d={d} />}</Await>;
}

function Draft({ d }: { d: DraftData }) {
  const co = d.sponsors.list.filter((s) => s.role === 'co' && !s.withdrawn);
  const withdrew = d.sponsors.list.filter(
    (s) => s.role === 'co' && s.withdrawn && !co.some((c) => c.state === s.state),
  );
  const main = d.sponsors.list.filter((s) => s.role === 'main');
  const { paragraphs } = d;
  const onDraft = d.votes.filter((v) => v.subjectKind === 'draft');
  // A withdrawn amendment was never put to the vote: it is not in the order of voting.
  const put = d.amendments.filter((a) => a.status !== 'withdrawn');
  const withdrawn = d.amendments.filter((a) => a.status === 'withdrawn');
  const removed = new Set(
    d.motions.filter((m) => m.motion === 'division' && m.status === 'rejected').flatMap((m) => m.parts ?? []),
  );
  return (
    <>
      <p className="crumbs">
        <Link href="/">Record</Link> ›{' '}
        <Link href={`/sessions/${d.body}/${d.session}`}>
          {d.body} session {d.session}
        </Link>
      </p>
      <h1>
        <span className="symbol">{d.symbol}</span> {d.title || <em>title not in the sources</em>}
      </h1>
      <FollowButton kind="draft" value={d.symbol} label={d.symbol} />
      <p className="outcome-line">
        <Outcome value={d.status} live={d.actor !== null} takenUp={d.takenUp !== null} />
        {d.asOrallyRevised ? ', as orally revised' : ''}
        {d.decidedOn ? ` on ${d.decidedOn}` : ''}
        {d.adoptedAs ? (
          <>
            {' '}
            → resolution <strong>{d.adoptedAsShort}</strong> ({d.adoptedAs})
          </>
        ) : null}
      </p>
      {d.mandateEffects.map((m) => (
        <p key={m.mandate}>
          Mandate: <Link href={`/mandates/${m.mandate}`}>{m.title}</Link> {m.event}
          {m.termYears ? ` for ${m.termYears} years` : ''}.
        </p>
      ))}

      <h2>Text{d.revisions.length && d.currentText ? ' as revised' : ''}</h2>
      {paragraphs && d.revisions.length && d.currentText ? (
        <>
          <p>
            The revisions are marked against the text as tabled: inserted words underlined, deleted words struck
            through.
          </p>
          <RevisedText tabled={paragraphs} current={d.currentText} />
        </>
      ) : paragraphs ? (
        <ol className="paragraphs">
          {paragraphs.map((p) =>
            removed.has(p.id) ? (
              <li key={p.id}>
                <b>{p.id}</b> <del>{p.text}</del>{' '}
                <small>(rejected in a separate vote, so not in the text adopted)</small>
              </li>
            ) : (
              <li key={p.id}>
                <b>{p.id}</b> {p.text}
              </li>
            ),
          )}
        </ol>
      ) : (
        <Note>The text of this draft is not in the sources Plenary holds.</Note>
      )}
      {d.revisions.length ? (
        <>
          <ul data-testid="revisions">
            {d.revisions.map((r, i) => (
              <li key={i}>
                {r.revision === 'oral'
                  ? 'Revised orally'
                  : r.revision === 'written'
                    ? 'Revised in writing'
                    : `Revised (${r.revision})`}
                {r.by ? (
                  <>
                    {' '}
                    by <Link href={`/states/${r.by}`}>{findState(r.by)?.name ?? r.by}</Link>
                  </>
                ) : null}
                {r.note ? `: ${r.note}` : ''}
                {r.operations?.length ? `: ${r.operations.map(describeOp).join('; ')}` : ''}
                {r.actor && r.at ? (
                  <small className="muted">
                    {' '}
                    — registered by {actorName(r.actor)}, <When at={r.at} />
                  </small>
                ) : null}
              </li>
            ))}
          </ul>
          {paragraphs && !d.currentText ? (
            <Note>
              The text above is the text as tabled: the wording of a revision is not in the sources Plenary holds, so
              the text as revised cannot be shown.
            </Note>
          ) : null}
        </>
      ) : null}

      <h2>Sponsors</h2>
      <p>
        Main sponsor{main.length > 1 ? 's' : ''}:{' '}
        {main.map((m, i) => (
          <span key={m.state}>
            {i > 0 ? (i === main.length - 1 ? ' and ' : ', ') : ''}
            <Link href={`/states/${m.state}`}>{m.name}</Link>
          </span>
        ))}
        {main.length ? null : 'not stated'}. {co.length} co-sponsor{co.length === 1 ? '' : 's'} named
        {d.sponsors.announced !== null ? ` of ${d.sponsors.announced} announced` : ''}.
      </p>
      {d.sponsors.complete === false ? (
        <Note>
          The sources give a partial list of co-sponsors
          {d.sponsors.announced !== null ? `: ${co.length} of ${d.sponsors.announced} are named` : ''}. The others are
          not invented here.
        </Note>
      ) : null}
      {co.length ? (
        <ScrollTable label="Co-sponsors">
          <table data-testid="sponsor-table">
            <caption>Co-sponsors</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Regional group</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {co.map((s, i) => (
                <tr key={`${s.state}-${i}`}>
                  <th scope="row">
                    <Link href={`/states/${s.state}`}>{s.name}</Link>
                    {s.asWritten !== s.name && s.asWritten !== s.state ? (
                      <small> (written “{s.asWritten}”)</small>
                    ) : null}
                  </th>
                  <td>{s.group ? REGIONAL_GROUP_NAMES[s.group] : '—'}</td>
                  <td>
                    {JOINED[s.joined] ?? s.joined}
                    {s.at ? (
                      <>
                        , <When at={s.at} />
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}

      {withdrew.length ? (
        <p data-testid="sponsors-withdrawn">
          Withdrew their co-sponsorship:{' '}
          {withdrew.map((s, i) => (
            <span key={s.state}>
              {i ? ', ' : ''}
              <Link href={`/states/${s.state}`}>{s.name}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}

      {d.amendments.length ? (
        <>
          <h2>Amendments</h2>
          {put.length ? (
            <>
              <p>
                {put.some((a) => a.status !== 'pending') ? 'Voted' : 'To be voted'} before the draft, in this order
                (rule 130: the one furthest removed in substance first).
              </p>
              <ol className="amendments" data-testid="amendments-voted">
                {put.map((a) => (
                  <AmendmentItem key={a.symbol} a={a} />
                ))}
              </ol>
            </>
          ) : null}
          {withdrawn.length ? (
            <>
              <p>Withdrawn by their proposers, so never put to the vote:</p>
              <ul className="amendments" data-testid="amendments-withdrawn">
                {withdrawn.map((a) => (
                  <AmendmentItem key={a.symbol} a={a} />
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}

      {d.motions.length ? (
        <>
          <h2>Motions</h2>
          <ul>
            {d.motions.map((m, i) => (
              <MotionItem key={i} m={m} />
            ))}
          </ul>
        </>
      ) : null}

      {onDraft.length ? (
        <>
          <h2>Vote on the draft</h2>
          <ul>
            {onDraft.map((v) => (
              <li key={v.id}>
                <Link href={`/votes/${v.id}`}>{v.tally ? Tally.format(v.tally) : 'Recorded vote'}</Link>{' '}
                <Outcome value={v.outcome} />
                <TellingMarks vote={v} />
              </li>
            ))}
          </ul>
        </>
      ) : d.status === 'adoptedWithoutVote' ? (
        <p>No recorded vote was requested on the draft itself: the President declared it adopted without a vote.</p>
      ) : null}
      {d.status === 'pending' ? <PendingForecast symbol={d.symbol} /> : null}
      {d.dissociations.length ? (
        <p>
          Dissociated from consensus:{' '}
          {d.dissociations.map((x, i) => (
            <span key={x.state}>
              {i ? ', ' : ''}
              <Link href={`/states/${x.state}`}>{x.name}</Link>
              {x.scope ? ` (${x.scope})` : ''}
            </span>
          ))}
          .
        </p>
      ) : null}

      {d.statements.length ? (
        <>
          <h2>Statements</h2>
          <ul>
            {d.statements.map((s, i) => (
              <li key={i}>
                <b>{STATEMENT[s.kind] ?? s.kind}</b>: {s.asWritten ?? s.state}
                {s.onBehalfOf ? ` (on behalf of ${s.onBehalfOf})` : ''}
                {s.stance ? ` spoke ${s.stance.stance} ${s.stance.on}` : ''}
                {s.summary ? ` — ${s.summary}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.flags
        .filter((f) => f.code !== 'PartialList')
        .map((f) => (
          <Note key={f.code + f.message}>{f.message}</Note>
        ))}
      <CorrectionsOfVotes votes={d.votes} />
      <DraftHistory d={d} />
      <DraftCivilSociety symbol={d.symbol} />
      <Sources sources={d.sources} />
    </>
  );
}

const STATEMENT: Record<string, string> = {
  introduction: 'Introduced by',
  generalComment: 'General comment',
  explanationBefore: 'Explanation of vote before the vote',
  explanationAfter: 'Explanation of vote after the vote',
  other: 'Statement',
};

function MotionItem({ m }: { m: Motion }) {
  const { vote } = m;
  const what = motionName(m.motion, m.parts);
  const fate =
    m.motion === 'division' && m.status === 'adopted'
      ? 'retained'
      : m.motion === 'division' && m.status === 'rejected'
        ? 'rejected, so left out of the text'
        : null;
  return (
    <li>
      {what}, requested by <Link href={`/states/${m.proposer}`}>{m.proposerName}</Link> —{' '}
      {fate ??
        (vote ? (
          <VoteOutcome kind={vote.subjectKind} value={vote.outcome} />
        ) : (
          <Outcome value={m.status} live={m.actor !== null} />
        ))}
      {vote ? (
        <>
          {' '}
          by <Link href={`/votes/${vote.id}`}>{vote.tally ? Tally.format(vote.tally) : 'recorded vote'}</Link>
          <TellingMarks vote={vote} />
        </>
      ) : null}
    </li>
  );
}

function AmendmentItem({ a }: { a: AmendmentSummary }) {
  const vote = a.votes[0];
  return (
    <li>
      <Link href={`/amendments/${a.symbol}`}>{a.symbol}</Link>{' '}
      {a.proposers.length ? `by ${a.proposers.map((p) => p.name).join(', ')} ` : ''}—{' '}
      <Outcome value={a.status} live={a.actor !== null} />
      {vote ? (
        <>
          {' '}
          by <Link href={`/votes/${vote.id}`}>{vote.tally ? Tally.format(vote.tally) : 'recorded vote'}</Link>
          <TellingMarks vote={vote} />
        </>
      ) : null}
    </li>
  );
}

export function AmendmentPage({ symbol }: { symbol: string }) {
  const result = useApi('/api/v1/amendments/{symbol}', { path: { symbol } });
  useTitle(`Amendment ${symbol}`);
  return (
    <Await result={result}>
      {(a) => (
        <>
          <p className="crumbs">
            <Link href="/">Record</Link> › <Link href={`/drafts/${a.draft}`}>{a.draft}</Link>
          </p>
          <h1>
            <span className="symbol">{a.symbol}</span> Amendment to {a.draft}
          </h1>
          <p>{a.draftTitle}</p>
          <p>
            <Outcome value={a.status} live={a.actor !== null} />
            {a.status === 'withdrawn' ? ' — not put to the vote' : ' — voted '}
            {a.status === 'withdrawn' ? null : a.rank}
            {a.status === 'withdrawn'
              ? '.'
              : `${a.rank === 1 ? 'st' : a.rank === 2 ? 'nd' : a.rank === 3 ? 'rd' : 'th'} among the amendments to this draft.`}
          </p>
          <p>
            Proposed by:{' '}
            {a.proposers.length ? a.proposers.map((p) => p.name).join(', ') : <em>not named in the sources</em>}.
          </p>
          {a.actor && a.at ? (
            <p data-testid="tabled-by">
              Tabled at the live desk by {actorName(a.actor)}, <When at={a.at} />.
            </p>
          ) : null}
          <h2>What it would have changed</h2>
          {a.amendedText ? (
            <Redline diff={a.amendedText.diff} />
          ) : (
            <Note>
              The sources Plenary holds give neither the draft's text nor the amendment's wording, so no redline can be
              shown.
            </Note>
          )}
          {a.status === 'pending' ? <PendingForecast symbol={a.symbol} /> : null}
          <h2>Vote</h2>
          {a.votes.map((v) => (
            <p key={v.id}>
              <Link href={`/votes/${v.id}`}>
                Recorded vote of {v.date}:{' '}
                {v.tally
                  ? `${v.tally.yes} yes, ${v.tally.no} no, ${v.tally.abstain} abstentions`
                  : 'tally not in the sources'}
              </Link>{' '}
              — <Outcome value={v.outcome} />
              <TellingMarks vote={v} />
              {v.flags.some((f) => f.code === 'PossibleDuplicate') ? (
                <small> (possibly the vote above, told again: see its note)</small>
              ) : null}
            </p>
          ))}
          <Sources sources={a.sources} />
        </>
      )}
    </Await>
  );
}

/**
 * The text as revised, the revisions marked against the text as tabled. The word diff is the
 * domain's (the one the amendment editor uses), loaded on demand so that it stays out of the first
 * page load; until it arrives the revised text shows unmarked.
 */
function RevisedText({ tabled, current }: { tabled: readonly Paragraph[]; current: readonly Paragraph[] }) {
  const [diff, setDiff] = useState<ParagraphDiff[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../domain/amendment.js').then(
      ({ diffParagraphs }) => live && setDiff(diffParagraphs(tabled, current)),
    );
    return () => {
      live = false;
    };
  }, [tabled, current]);
  return (
    <div data-testid="current-text" aria-busy={diff === null}>
      {diff ? (
        <Redline diff={diff} />
      ) : (
        <ol className="paragraphs">
          {current.map((p) => (
            <li key={p.id}>
              <b>{p.id}</b> {p.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Insertions and deletions against the draft, paragraph by paragraph. */
export function Redline({ diff }: { diff: readonly ParagraphDiff[] }) {
  return (
    <ol className="paragraphs redline">
      {diff.map((p) => (
        <li key={p.id} className={`para-${p.change}`}>
          <b>{p.id}</b>{' '}
          {p.change === 'added' ? (
            <span className="visually-hidden">(new paragraph) </span>
          ) : p.change === 'removed' ? (
            <span className="visually-hidden">(paragraph deleted) </span>
          ) : null}
          {/* <ins> and <del> are not announced by most screen readers: say it in words too. */}
          {p.parts.map((part, i) =>
            part.kind === 'added' ? (
              <ins key={i}>
                <span className="visually-hidden">[inserted: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </ins>
            ) : part.kind === 'removed' ? (
              <del key={i}>
                <span className="visually-hidden">[deleted: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </li>
      ))}
    </ol>
  );
}

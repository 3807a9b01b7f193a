import { Link } from 'wouter';
import { useApi } from '../api.js';
import { Await, Note, ShareLinks, VoteOutcome, Sources, draftHref, useTitle } from '../components/common.js';
import { GroupChart, GroupTable, MemberTable, TallyBar, TellingsPanel } from '../components/vote-parts.js';
import { WorldMap } from '../components/world-map.js';
import { CorrectionTrail } from '../components/corrections.js';

export function VotePage({ id }: { id: string }) {
  const result = useApi('/api/v1/votes/{id}', { path: { id } });
  useTitle(result.state === 'ready' ? `Vote: ${result.data.title}` : 'Vote');
  return (
    <Await result={result}>
      {(v) => (
        <>
          <p className="crumbs">
            <Link href="/">Record</Link>
            {v.session ? (
              <>
                {' '}
                ›{' '}
                <Link href={`/sessions/${v.body}/${v.session}`}>
                  {v.body} session {v.session}
                </Link>
              </>
            ) : null}
          </p>
          <h1>
            Recorded vote:{' '}
            {v.subject && !v.title.includes(v.subject) ? <span className="symbol">{v.subject}</span> : null} {v.title}
          </h1>
          <p>
            {v.date ?? 'Date not in the sources'}
            {v.subjectKind === 'amendment'
              ? ' · vote on an amendment'
              : v.subjectKind === 'part'
                ? ` · separate vote on ${v.subjectParts?.join(' and ') ?? 'part'} of the draft`
                : v.subjectKind === 'noAction'
                  ? ' · vote on a no-action motion'
                  : ''}
            {/* A GA resolution or a text known only by its symbol has no draft page: no link to one. */}
            {v.subject && v.subjectKind !== 'resolution' && v.subjectKind !== 'other' ? (
              <>
                {' '}
                ·{' '}
                <Link href={v.subjectKind === 'amendment' ? `/amendments/${v.subject}` : draftHref(v.subject)}>
                  {v.subjectKind === 'amendment' ? 'the amendment' : 'the draft'}
                </Link>
              </>
            ) : null}
            {v.requestedBy ? ` · requested by ${v.requestedBy}` : ''} ·{' '}
            <VoteOutcome kind={v.subjectKind} value={v.outcome} basis={v.outcomeBasis} />
          </p>
          <TallyBar vote={v} />
          <CorrectionTrail corrections={v.corrections} />
          {!v.ballots ? (
            <Note>
              The sources give the tally only: how each State voted is not known, so no State is shown as voting either
              way.
            </Note>
          ) : !v.listsComplete ? (
            <Note>The country lists in the sources are partial: positions not listed are shown as “Not recorded”.</Note>
          ) : null}
          {v.flags
            // Where the sources disagree, the tellings panel names each difference with each version.
            .filter((f) => f.code !== 'PartialList' && !(f.code === 'SourcesDisagree' && v.tellings.length))
            .map((f) => (
              <Note key={f.message}>{f.message}</Note>
            ))}
          <TellingsPanel vote={v} names={new Map(v.members.map((m) => [m.state, m.name]))} />
          <p className="downloads">
            Download:{' '}
            <a href={`/api/v1/votes/${v.id}.csv`} download data-testid="download-csv">
              CSV
            </a>{' '}
            ·{' '}
            <a href={`/api/v1/votes/${v.id}.json`} download>
              JSON
            </a>
          </p>
          <div className="vote-grid">
            <section aria-labelledby="by-group">
              <h2 id="by-group">By regional group</h2>
              <GroupTable vote={v} />
              <GroupChart vote={v} />
            </section>
            <section aria-labelledby="map">
              <h2 id="map">Map</h2>
              <WorldMap
                members={v.members}
                caption={
                  v.membersKnown
                    ? 'Members on the date of the vote, coloured by their vote.'
                    : 'States named in the lists, coloured by their vote.'
                }
              />
            </section>
          </div>
          <section aria-labelledby="members">
            <h2 id="members">Every member</h2>
            <MemberTable members={v.members} />
          </section>
          <Sources sources={v.sources} />
          <ShareLinks card={`/api/v1/cards/votes/${v.id}`} />
        </>
      )}
    </Await>
  );
}

import { ApiError, useApi } from '../../api.js';
import { Await } from '../../components/common.js';

/**
 * A State's consensus figures: the texts adopted without a vote while it was a member, joined or
 * dissociated, with the note saying when the sources could show no dissociation (the OHCHR voting
 * catalogue records none), so that "joined 100%" is not read as a finding.
 */
export function StateConsensus({ code, body }: { code: string; body: string }) {
  const result = useApi('/api/v1/analysis/consensus', { query: { state: code, body } });
  return (
    <section aria-labelledby="consensus-heading" data-testid="state-consensus">
      <h2 id="consensus-heading">Texts adopted without a vote</h2>
      {result.state === 'error' && result.error instanceof ApiError && result.error.status === 404 ? (
        <p>{result.error.message}</p>
      ) : (
        <Await result={result}>
          {(c) => {
            const row = c.items[0];
            if (!row || row.adoptions === 0)
              return <p>No text adopted without a vote while it was a member of {body}.</p>;
            return (
              <>
                <p>
                  A member at {row.adoptions} adoption{row.adoptions === 1 ? '' : 's'} without a vote: joined{' '}
                  {row.joined}, dissociated from {row.dissociated}
                  {row.joinedPercent === null
                    ? ` (no share below ${c.minTexts} texts)`
                    : ` (joined ${row.joinedPercent.toFixed(1)}%)`}
                  .
                </p>
                {c.dissociationNote ? (
                  <p className="note" role="note" data-testid="dissociation-note">
                    {c.dissociationNote}
                  </p>
                ) : null}
                <p>
                  <small>{c.note}</small>
                </p>
              </>
            );
          }}
        </Await>
      )}
    </section>
  );
}

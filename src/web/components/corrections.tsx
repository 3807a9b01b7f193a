import { Link } from 'wouter';
import { Tally } from '../../domain/vote.js';
import type { Correction } from '../api-schema.js';
import { actorName, When } from './history.js';

const DECIDED: Record<Correction['decidedBy'], string> = {
  secretariat: 'the secretariat',
  president: 'the President',
  council: 'the Council',
};

const outcome = (o: string | null) => (o === 'adopted' ? 'adopted' : o === 'rejected' ? 'rejected' : 'no outcome');

/** One correction as a sentence: when, by whom, why, and the result before and after it. */
export function CorrectionLine({ c }: { c: Correction }) {
  const requested =
    c.was.requestedBy !== c.corrected.requestedBy
      ? `; requested by ${c.was.requestedBy ?? 'no one named'}, corrected to ${c.corrected.requestedBy ?? 'no one named'}`
      : '';
  return (
    <>
      <strong>
        Corrected on <When at={c.at} /> by {actorName(c.actor)}
      </strong>
      {c.decidedBy !== c.actor.role ? ` (decided by ${DECIDED[c.decidedBy]})` : ''}: {c.reason}. Originally recorded as{' '}
      <span className="figures">{Tally.format(c.was.tally)}</span> ({outcome(c.was.outcome)}), corrected to{' '}
      <span className="figures">{Tally.format(c.corrected.tally)}</span> ({outcome(c.corrected.outcome)}){requested}.
    </>
  );
}

/**
 * The corrections of a vote's result, oldest first: shown wherever the corrected figures are, so a
 * reader sees that they were corrected, when, by whom and why, with the figures first recorded.
 */
export function CorrectionTrail({ corrections }: { corrections: readonly Correction[] }) {
  if (!corrections.length) return null;
  return (
    <section aria-labelledby="corrections" className="corrections" data-testid="corrections">
      <h2 id="corrections">Corrections</h2>
      <p>The figures above are as corrected. The result first recorded stays in the journal.</p>
      <ol>
        {corrections.map((c) => (
          <li key={c.seq}>
            <CorrectionLine c={c} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** On a draft's page: every correction of the votes on it, each naming its vote. */
export function CorrectionsOfVotes({
  votes,
}: {
  votes: readonly { id: string; title: string; corrections: readonly Correction[] }[];
}) {
  const corrected = votes.filter((v) => v.corrections.length);
  if (!corrected.length) return null;
  return (
    <section aria-labelledby="vote-corrections" className="corrections" data-testid="corrections">
      <h2 id="vote-corrections">Corrections of votes</h2>
      <ul>
        {corrected.flatMap((v) =>
          v.corrections.map((c) => (
            <li key={c.seq}>
              <Link href={`/votes/${v.id}`}>{v.title}</Link>: <CorrectionLine c={c} />
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

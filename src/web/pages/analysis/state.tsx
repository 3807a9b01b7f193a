import { useState } from 'react';
import { Link } from 'wouter';
import { StateIdeal } from './state-ideal.js';
import { StateAgreementOverTime } from './agreement-over-time.js';
import { StateConsensus } from './consensus.js';

/**
 * A State's page: its agreement over time with the States it votes most and least like (or others
 * chosen), and its ideal point among all States, in the body it voted in most.
 */
export function StateAnalysis({ code, bodies }: { code: string; bodies: readonly string[] }) {
  const [body, setBody] = useState(bodies[0] ?? null);
  if (!body) return <p>This State cast no recorded ballot, so there is nothing to compare.</p>;
  return (
    <>
      {bodies.length > 1 ? (
        <p>
          <label>
            Body{' '}
            <select value={body} onChange={(e) => setBody(e.target.value)}>
              {bodies.map((b) => (
                <option key={b}>{b}</option>
              ))}
            </select>
          </label>
        </p>
      ) : null}
      <StateIdeal code={code} body={body} />
      <StateAgreementOverTime code={code} body={body} />
      <StateConsensus code={code} body={body} />
      <p>
        <Link href={`/analysis?body=${body}`}>Agreement between all States, group cohesion and ideal points</Link>
      </p>
    </>
  );
}

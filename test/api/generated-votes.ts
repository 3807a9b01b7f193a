import type { Act } from '../../src/domain/act.js';

export const GENERATED_SOURCE = 'test:generated-votes';

/**
 * `count` General Assembly roll calls in session `session`, made up for tests that need more votes
 * than any page: vote i is `gen-<i>`, dated 2001-01-(1 + i mod 28) unless it is one of the last
 * `undated` (no date), with NOR and SWE for, USA against and no abstention (three ballots each).
 * Preceded by the source they cite and the body; recorded through the journal like any import.
 */
export function generatedVotes(count: number, undated: number, session = '1'): Act[] {
  const acts: Act[] = [
    {
      kind: 'sourceRecorded',
      id: GENERATED_SOURCE,
      title: 'Roll calls generated for a test',
      url: null,
      file: null,
      retrievedAt: null,
      importedAt: '2026-11-28T00:00:00Z',
      note: null,
    },
    { kind: 'bodyRecorded', code: 'UNGA', name: 'United Nations General Assembly', size: null, seats: null },
  ];
  for (let i = 0; i < count; i++)
    acts.push({
      kind: 'voteRecorded',
      id: `gen-${i}`,
      body: 'UNGA',
      session,
      date: i < count - undated ? `2001-01-${String(1 + (i % 28)).padStart(2, '0')}` : null,
      meeting: null,
      subject: { kind: 'other', symbol: null },
      title: `Generated roll call ${i}`,
      requestedBy: null,
      tally: null,
      ballots: { yes: ['NOR', 'SWE'], no: ['USA'], abstain: [] },
      listsComplete: true,
      statedOutcome: null,
      sources: [GENERATED_SOURCE],
    });
  return acts;
}

/**
 * The order every export gives these votes, worked out from how they were made: dated votes by
 * day, then in the order recorded; the undated after them, in the order recorded.
 */
export function generatedOrder(count: number, undated: number): string[] {
  const dated = Array.from({ length: count - undated }, (_, i) => i).sort((a, b) => (a % 28) - (b % 28) || a - b);
  const rest = Array.from({ length: undated }, (_, k) => count - undated + k);
  return [...dated, ...rest].map((i) => `gen-${i}`);
}

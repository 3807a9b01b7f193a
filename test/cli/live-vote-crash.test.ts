import { it } from 'node:test';
import { crashLiveVote } from '../../scripts/crash-live-vote.js';

/**
 * `kill -9` of `plenary serve` while 47 delegations' ballots arrive, then a restart: every
 * acknowledged ballot is there, none twice, the vote continues and closes on the last acknowledged
 * ballots, the record verifies (scripts/crash-live-vote.ts says how). Two runs per engine here;
 * `npm run soak:live-vote` runs twenty.
 */
it(
  'keeps every acknowledged ballot through kill -9 of the server (2 runs per engine)',
  { timeout: 900_000 },
  async (t) => {
    await crashLiveVote(2, (line) => t.diagnostic(line));
  },
);

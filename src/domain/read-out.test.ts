import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readOut } from './read-out.js';

describe('readOut: the President reads out each result', () => {
  it('names the item, gives the counts in favour to against, and the abstentions', () => {
    assert.equal(
      readOut({
        kind: 'amendment',
        symbol: 'A/HRC/34/L.41',
        tally: { yes: 15, no: 28, abstain: 4 },
        outcome: 'rejected',
      }),
      'The amendment A/HRC/34/L.41 is rejected by 15 votes to 28, with 4 abstentions.',
    );
    assert.equal(
      readOut({ kind: 'draft', symbol: 'A/HRC/34/L.5', tally: { yes: 24, no: 1, abstain: 0 }, outcome: 'adopted' }),
      'The draft resolution A/HRC/34/L.5 is adopted by 24 votes to 1, with no abstentions.',
    );
    assert.equal(
      readOut({ kind: 'noAction', symbol: 'A/HRC/34/L.5', tally: { yes: 1, no: 30, abstain: 1 }, outcome: 'rejected' }),
      'The motion that no action be taken on A/HRC/34/L.5 is rejected by 1 vote to 30, with 1 abstention.',
    );
    assert.equal(
      readOut({
        kind: 'part',
        symbol: 'A/HRC/34/L.5',
        parts: ['PP3', 'OP2'],
        tally: { yes: 20, no: 21, abstain: 6 },
        outcome: 'rejected',
      }),
      'PP3 and OP2 of A/HRC/34/L.5, voted on separately, is rejected by 20 votes to 21, with 6 abstentions.',
    );
    assert.equal(
      readOut({ kind: 'amendment', tally: { yes: 15, no: 28, abstain: 4 }, outcome: 'rejected' }),
      'The amendment is rejected by 15 votes to 28, with 4 abstentions.',
    );
  });

  it('says the rule that decided a tie (rule 133: an equal vote rejects)', () => {
    assert.equal(
      readOut({
        kind: 'amendment',
        symbol: 'A/HRC/62/L.6',
        tally: { yes: 20, no: 20, abstain: 7 },
        outcome: 'rejected',
      }),
      'The amendment A/HRC/62/L.6 is rejected by 20 votes to 20, with 7 abstentions: the votes being equally divided, the proposal is rejected (rule 133 of the rules of procedure of the committees of the General Assembly).',
    );
    // A rejection by a majority against names no tie rule.
    assert.doesNotMatch(
      readOut({ kind: 'draft', symbol: 'X', tally: { yes: 19, no: 20, abstain: 8 }, outcome: 'rejected' }),
      /rule 133/,
    );
  });

  it('says when a vote decided nothing (short of the quorum)', () => {
    assert.match(
      readOut({ kind: 'draft', symbol: 'A/HRC/34/L.5', tally: { yes: 5, no: 5, abstain: 1 }, outcome: null }),
      /^The draft resolution A\/HRC\/34\/L\.5 is not decided: 11 members took part, short of the quorum/,
    );
  });
});

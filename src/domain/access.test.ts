import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCESS, authorize, isAllowed, LIVE_COMMANDS, type Actor, type LiveCommand } from './access.js';
import { isDomainError } from './errors.js';

/**
 * The access table, command × role × own/other delegation, against expectations written out by hand.
 * "own": the delegation acted for is the user's (or, for a draft's main sponsors, the user's
 * delegation is one); "other": it is not. Roles without a delegation see the same object both ways.
 */
const COLUMNS = [
  'public',
  'member/own',
  'member/other',
  'observer/own',
  'observer/other',
  'secretariat',
  'president',
  'ngo/own',
  'ngo/other',
] as const;

// prettier-ignore
const EXPECTED: Readonly<Record<LiveCommand, string>> = {
  //                   pub  m/own m/oth o/own o/oth sec  pres ngo/own ngo/oth
  createSession:      'no   no    no    no    no    yes  yes  no      no',
  setMembership:      'no   no    no    no    no    yes  yes  no      no',
  setDeadline:        'no   no    no    no    no    yes  yes  no      no',
  tableDraft:         'no   yes   no    yes   no    no   no   no      no',
  joinSponsors:       'no   yes   no    yes   no    no   no   no      no',
  withdrawSponsor:    'no   yes   no    yes   no    no   no   no      no',
  reviseDraft:        'no   yes   no    yes   no    yes  yes  no      no',
  withdrawDraft:      'no   yes   no    yes   no    no   no   no      no',
  tableAmendment:     'no   yes   no    yes   no    no   no   no      no',
  withdrawAmendment:  'no   yes   no    yes   no    no   no   no      no',
  moveNoAction:       'no   yes   no    no    no    no   no   no      no',
  requestDivision:    'no   yes   no    no    no    no   no   no      no',
  requestRecordedVote:'no   yes   no    no    no    no   no   no      no',
  takeUp:             'no   no    no    no    no    no   yes  no      no',
  announceOrder:      'no   no    no    no    no    no   yes  no      no',
  recordVoteResult:   'no   no    no    no    no    yes  yes  no      no',
  correctVoteResult:  'no   no    no    no    no    yes  yes  no      no',
  adoptWithoutVote:   'no   no    no    no    no    no   yes  no      no',
  dissociate:         'no   no    no    no    no    no   yes  no      no',
  recordStatement:    'no   yes   no    yes   no    yes  yes  no      no',
  explainVote:        'no   yes   no    no    no    no   no   no      no',
  openVote:           'no   no    no    no    no    no   yes  no      no',
  castBallot:         'no   yes   no    no    no    no   no   no      no',
  closeVote:          'no   no    no    no    no    no   yes  no      no',
  cancelVote:         'no   no    no    no    no    no   yes  no      no',
  accreditOrganisation: 'no no    no    no    no    yes  yes  no      no',
  takePosition:       'no   no    no    no    no    no   no   yes     no',
  draftLetter:        'no   no    no    no    no    no   no   yes     no',
  signLetter:         'no   no    no    no    no    no   no   yes     no',
  publishLetter:      'no   no    no    no    no    no   no   yes     no',
};

function caseOf(column: (typeof COLUMNS)[number]): { actor: Actor; own: boolean } {
  const [role, side] = column.split('/') as [Actor['role'], string | undefined];
  const delegation = role === 'member' ? 'USA' : role === 'observer' ? 'NOR' : null;
  return { actor: { user: `${role}.user`, role, delegation }, own: side !== 'other' };
}

function contextFor(actor: Actor, own: boolean) {
  const theirs = own && actor.delegation ? actor.delegation : 'CHN';
  return {
    delegation: theirs,
    draft: { symbol: 'A/HRC/34/L.5', mainSponsors: new Set([theirs]) },
    amendment: { symbol: 'A/HRC/34/L.37', proposers: [theirs] },
    organisation: { id: 'ishr', users: new Set(own ? [actor.user] : ['someone.else']) },
  };
}

describe('access table', () => {
  it('names every live command once', () => {
    assert.deepEqual(Object.keys(ACCESS).sort(), [...LIVE_COMMANDS].sort());
    assert.deepEqual(Object.keys(EXPECTED).sort(), [...LIVE_COMMANDS].sort());
  });

  it('allows and refuses exactly as written by hand, command × role × own/other delegation', () => {
    let cases = 0;
    for (const command of LIVE_COMMANDS) {
      const row = EXPECTED[command].split(/\s+/);
      COLUMNS.forEach((column, i) => {
        const { actor, own } = caseOf(column);
        const allowed = row[i] === 'yes';
        const context = contextFor(actor, own);
        assert.equal(
          isAllowed(command, actor, context),
          allowed,
          `${command} by ${column}: expected ${allowed ? 'allowed' : 'refused'}`,
        );
        if (!allowed) {
          assert.throws(
            () => authorize(command, actor, context),
            (e: unknown) =>
              isDomainError(e, 'Forbidden') &&
              / \((you act for [A-Z]{3}|you are [a-zA-Z' ]+)\)$/.test(e.message) &&
              e.message.length < 200,
            `${command} by ${column}`,
          );
        }
        cases++;
      });
    }
    assert.equal(cases, LIVE_COMMANDS.length * COLUMNS.length);
  });

  it('refuses a delegation user whose account names no delegation, whatever the command', () => {
    for (const role of ['member', 'observer'] as const) {
      for (const command of LIVE_COMMANDS) {
        const actor: Actor = { user: 'x', role, delegation: null };
        assert.equal(
          isAllowed(command, actor, { delegation: null, draft: { symbol: 'A/HRC/34/L.5', mainSponsors: new Set() } }),
          false,
          `${command} by ${role} without delegation`,
        );
      }
    }
  });

  it('names the rule and who is asking', () => {
    const usa: Actor = { user: 'ann', role: 'member', delegation: 'USA' };
    const draft = { symbol: 'A/HRC/34/L.5', mainSponsors: new Set(['NOR']) };
    assert.throws(() => authorize('reviseDraft', usa, { draft }), {
      code: 'Forbidden',
      message:
        'only a main sponsor of A/HRC/34/L.5 may revise it; the secretariat registers an oral revision as read out (you act for USA)',
    });
    assert.throws(() => authorize('withdrawDraft', usa, { draft }), {
      message: 'only a main sponsor of A/HRC/34/L.5 may withdraw it (you act for USA)',
    });
    assert.throws(
      () => authorize('withdrawAmendment', usa, { amendment: { symbol: 'A/HRC/34/L.37', proposers: ['PAK', 'EGY'] } }),
      { message: 'only a proposer of A/HRC/34/L.37 (PAK, EGY) may withdraw it (you act for USA)' },
    );
    assert.throws(
      () => authorize('explainVote', { user: 'ola', role: 'observer', delegation: 'NOR' }, { delegation: 'NOR' }),
      {
        message: 'only member delegations may explain a vote (you act for NOR)',
      },
    );
    assert.throws(() => authorize('joinSponsors', usa, { delegation: 'CHN', draft }), {
      message: 'nobody may act for a delegation that is not theirs: CHN is not USA (you act for USA)',
    });
    assert.throws(() => authorize('takeUp', { user: 's', role: 'secretariat', delegation: null }), {
      message: 'only the President may take a draft up (you are the secretariat)',
    });
    assert.throws(() => authorize('tableDraft', { user: 'n', role: 'ngo', delegation: null }, { delegation: null }), {
      message: 'only member delegations or observer delegations may table a draft (you are an NGO user)',
    });
    assert.throws(
      () => authorize('moveNoAction', { user: 'o', role: 'observer', delegation: 'RUS' }, { delegation: 'RUS', draft }),
      { message: 'only member delegations may move a no-action motion (you act for RUS)' },
    );
  });
});

import {
  CONSENSUS_NOTE,
  consensusOf,
  ConsensusQuery,
  type ConsensusAnswer,
} from '../../services/analysis/consensus.js';
import { consensusRepository } from '../../store/consensus.repository.js';
import { browseRepository } from '../../store/record.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { asked, csvOf, parseQuestion } from '../options.js';
import { stateLabel, table } from '../format.js';

export interface ConsensusOptions extends GlobalOptions {
  state?: string;
  body?: string;
  /** One session, or several separated by commas. */
  session?: string;
  from?: string;
  to?: string;
  minTexts?: string;
  csv?: boolean;
}

const pct = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/**
 * `plenary consensus [--state X]`: the consensus signals of the texts adopted without a vote (the
 * use case GET /api/v1/analysis/consensus answers with; --json prints its body): per State, or one State against each other. Never mixed with the
 * vote-based figures; what they rest on is said on stderr, so that --json and --csv stay clean.
 */
export async function consensusCommand(opts: ConsensusOptions): Promise<void> {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv: choose one');
  const q = parseQuestion(ConsensusQuery, {
    body: opts.body,
    session: opts.session,
    from: opts.from,
    to: opts.to,
    state: opts.state,
    minTexts: opts.minTexts,
  });
  const source = await withStore(opts, async (store) => ({
    bodies: await browseRepository(store.db).bodies(),
    texts: await consensusRepository(store.db).textsAdoptedWithoutVote(),
  }));
  const answer = await asked(() =>
    consensusOf({ bodies: async () => source.bodies, textsAdoptedWithoutVote: async () => source.texts }, q),
  );
  if (opts.json) return void console.log(JSON.stringify(answer, null, 2));
  const b = answer.basis;
  console.error(
    `note: ${b.texts} text(s) adopted without a vote; ${b.withoutMembers} without terms covering the day of adoption (no State counted as a member of them${b.dissociationsUncounted ? `; ${b.dissociationsUncounted} dissociation(s) there uncounted` : ''}); ${b.withSponsors} with sponsors in the record. Percentages withheld (—) below ${answer.minTexts} texts. ${CONSENSUS_NOTE}`,
  );
  if (answer.dissociationNote) console.error(`note: ${answer.dissociationNote}`);
  if (answer.pairs !== null) return printPairs(answer, opts);
  if (opts.csv)
    return void console.log(
      csvOf(
        [
          'state',
          'adoptions',
          'joined',
          'dissociated',
          'dissociated_partly',
          'joined_percent',
          'non_member_dissociations',
          'main',
          'co',
          'sponsor_texts',
          'sponsored_percent',
        ],
        answer.items.map((r) => [
          r.state,
          r.adoptions,
          r.joined,
          r.dissociated,
          r.dissociatedPartly,
          r.joinedPercent,
          r.nonMemberDissociations,
          r.main,
          r.co,
          r.sponsorTexts,
          r.sponsoredPercent,
        ]),
      ),
    );
  if (answer.items.length === 0) return void console.log('No text adopted without a vote in this scope.');
  console.log(
    table(
      [
        'State',
        '',
        'Adoptions as member',
        'Joined',
        'Dissociated',
        'Joined %',
        'Main',
        'Co',
        'Of texts',
        'Sponsored %',
      ],
      answer.items.map((r) => [
        r.state,
        stateLabel(r.state).slice(0, 32),
        r.adoptions,
        r.joined,
        r.dissociated,
        pct(r.joinedPercent),
        r.main,
        r.co,
        r.sponsorTexts,
        pct(r.sponsoredPercent),
      ]),
    ),
  );
}

function printPairs(answer: ConsensusAnswer, opts: ConsensusOptions): void {
  const pairs = answer.pairs ?? [];
  const own = answer.items[0];
  if (opts.csv)
    return void console.log(
      csvOf(
        [
          'state',
          'together',
          'both_joined',
          'state_dissociated',
          'other_dissociated',
          'both_dissociated',
          'both_joined_percent',
          'sponsored_both',
          'sponsor_texts',
        ],
        pairs.map((p) => [
          p.state,
          p.together,
          p.bothJoined,
          p.stateDissociated,
          p.otherDissociated,
          p.bothDissociated,
          p.bothJoinedPercent,
          p.sponsoredBoth,
          p.sponsorTexts,
        ]),
      ),
    );
  if (own)
    console.log(
      `${own.state} (${stateLabel(own.state)}): a member at ${own.adoptions} adoption(s) without a vote, joined ${own.joined}, dissociated from ${own.dissociated}; main sponsor of ${own.main} and co-sponsor of ${own.co} of the ${own.sponsorTexts} text(s) with sponsors.\n`,
    );
  console.log(
    table(
      [
        'State',
        '',
        'Members together',
        'Both joined',
        `${answer.state} dissoc.`,
        'Other dissoc.',
        'Both dissoc.',
        'Both joined %',
        'Sponsored both',
      ],
      pairs.map((p) => [
        p.state,
        stateLabel(p.state).slice(0, 32),
        p.together,
        p.bothJoined,
        p.stateDissociated,
        p.otherDissociated,
        p.bothDissociated,
        pct(p.bothJoinedPercent),
        p.sponsoredBoth,
      ]),
    ),
  );
}

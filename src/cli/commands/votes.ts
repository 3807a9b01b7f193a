import { positionOf } from '../../domain/vote.js';
import { listOfBodies } from '../../services/bodies.js';
import { listVotes } from '../../services/vote-views.js';
import { votesScope, VotesQuery } from '../../services/votes-query.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { formatTally, formatVote, table, voteOutcome } from '../format.js';
import { asked, parseQuestion } from '../options.js';

export interface VotesOptions extends GlobalOptions {
  body?: string;
  session?: string;
  subject?: string;
  state?: string;
  from?: string;
  to?: string;
  issue?: string;
  agenda?: string;
  sort?: string;
}

/**
 * `plenary votes`: the question GET /api/v1/votes answers (services/votes-query.ts), checked by the
 * same schema, of the same body (the HRC unless --body names another, or all), the latest first.
 */
export async function votesCommand(opts: VotesOptions): Promise<void> {
  const { body, session, subject, state, from, to, issue, agenda, sort } = opts;
  const q = parseQuestion(VotesQuery, { body, session, subject, state, from, to, issue, agenda, sort });
  const { views, covers, code } = await withStore(opts, async (store) => {
    const { filter, newestFirst, covers } = await asked(() =>
      votesScope(() => browseRepository(store.db).bodies(), q, '--body '),
    );
    return {
      views: await listVotes(detailRepository(store.db), filter, { offset: 0, newestFirst }),
      covers,
      code: filter.state,
    };
  });
  if (opts.json) return void console.log(JSON.stringify(views, null, 2));
  console.log(`Votes of ${covers}.`);
  if (views.length === 0) return void console.log('No recorded votes match.');
  if (views.length <= 3) return void console.log(views.map((v) => formatVote(v)).join('\n\n'));
  const rows = views.map((v) => {
    const mine = code && v.ballots ? (positionOf(v.ballots, code) ?? '—') : null;
    return [
      v.date ?? '—',
      `${v.body} ${v.session ?? ''}`.trim(),
      v.subject ?? '—',
      v.title.slice(0, 60),
      formatTally(v.tally),
      voteOutcome(v),
      ...(mine !== null ? [mine] : []),
      v.ballots ? (v.listsComplete ? 'yes' : 'partial') : 'no',
    ];
  });
  console.log(
    table(['Date', 'Session', 'Subject', 'Title', 'Yes–No–Abst.', 'Outcome', ...(code ? [code] : []), 'Lists'], rows),
  );
  console.log(`\n${views.length} recorded vote(s).`);
}

/** What `plenary votes --help` says of --body: the bodies this record holds. */
export async function bodiesHelp(opts: GlobalOptions): Promise<string> {
  const held = await withStore(opts, (store) => browseRepository(store.db).bodies());
  return held.length
    ? `\nThis record holds ${listOfBodies(held)}; --body all mixes them.`
    : '\nThis record holds no body yet.';
}

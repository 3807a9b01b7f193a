import { positionOf } from '../../domain/vote.js';
import { shown } from '../../import/problems.js';
import { unknownBody } from '../../services/bodies.js';
import { listVotes } from '../../services/vote-views.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { formatTally, formatVote, table, voteOutcome } from '../format.js';

export interface VotesOptions extends GlobalOptions {
  body?: string;
  session?: string;
  subject?: string;
  state?: string;
}

export async function votesCommand(opts: VotesOptions): Promise<void> {
  // Body codes are upper case in the record (HRC, UNGA), as the API takes them in any case.
  const body = opts.body?.toUpperCase();
  const views = await withStore(opts, async (store) => {
    if (body !== undefined) {
      const held = await unknownBody(browseRepository(store.db), body);
      if (held !== null) throw new UsageError(`--body ${shown(opts.body ?? '')} is not a body in this record; ${held}`);
    }
    return listVotes(detailRepository(store.db), {
      body,
      session: opts.session,
      subject: opts.subject,
      state: opts.state,
    });
  });
  if (opts.json) return void console.log(JSON.stringify(views, null, 2));
  if (views.length === 0) return void console.log('No recorded votes match.');
  if (views.length <= 3) return void console.log(views.map((v) => formatVote(v)).join('\n\n'));
  const rows = views.map((v) => {
    const mine = opts.state && v.ballots ? (positionOf(v.ballots, opts.state) ?? '—') : null;
    return [
      v.date ?? '—',
      v.subject ?? '—',
      v.title.slice(0, 60),
      formatTally(v.tally),
      voteOutcome(v),
      ...(mine !== null ? [mine] : []),
      v.ballots ? (v.listsComplete ? 'yes' : 'partial') : 'no',
    ];
  });
  console.log(
    table(['Date', 'Subject', 'Title', 'Yes–No–Abst.', 'Outcome', ...(opts.state ? [opts.state] : []), 'Lists'], rows),
  );
  console.log(`\n${views.length} recorded vote(s).`);
}

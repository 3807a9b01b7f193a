// Exports of votes (CSV and JSON, CLI and API): every vote a filter matches, streamed a page at a
// time, so an export holds one page in memory and never stops at a row limit.
import type { DetailRepository, VoteFilter } from './read-ports.js';
import { VOTE_CSV_HEADER, votesCsvRows } from './vote-csv.js';
import { votesOf, type VoteView } from './vote-views.js';

type Repo = Pick<
  DetailRepository,
  'streamVotes' | 'findVotes' | 'findSourcesOfActs' | 'findFlags' | 'findProposers' | 'findCorrections'
>;

/**
 * The views of every vote `filter` matches, in listVotes' order, a page (`pageSize` votes) at a time.
 * Each page's sources, flags and other tellings are read with it, as listVotes reads them for one list.
 */
export async function* votePages(repo: Repo, filter: VoteFilter, pageSize = 500): AsyncGenerator<VoteView[]> {
  // Each vote once, as a list shows it (its presented telling, the others beside it).
  for await (const rows of repo.streamVotes({ presentedOnly: true, ...filter }, pageSize))
    yield await votesOf(repo, rows);
}

/** votesCsv, streamed: the header, then each page's rows. */
export async function* votesCsvChunks(pages: AsyncIterable<readonly VoteView[]>): AsyncGenerator<string> {
  yield VOTE_CSV_HEADER;
  for await (const page of pages) {
    const rows = votesCsvRows(page);
    if (rows) yield rows;
  }
}

/**
 * A JSON array of the views, streamed: `[`, one view a line, `]`. `check` sees each view before it
 * is written (the API checks it against its response schema and stops the stream when one fails).
 */
export async function* votesJsonChunks(
  pages: AsyncIterable<readonly VoteView[]>,
  check: (view: VoteView) => unknown = (view) => view,
): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const page of pages) {
    let chunk = '';
    for (const view of page) {
      chunk += `${first ? '\n' : ',\n'}${JSON.stringify(check(view))}`;
      first = false;
    }
    if (chunk) yield chunk;
  }
  yield first ? ']\n' : '\n]\n';
}

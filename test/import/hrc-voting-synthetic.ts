import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/*
 * SYNTHETIC rows in the HRC/CHR voting catalogue's columns (26 in resolutions.csv, 10 in
 * votes_long.csv), invented for the tests: no row of the catalogue (noncommercial) is copied here.
 */

export const RES_HEADER =
  'record_id,symbol,title,statement,date,year,body,collection,vote_type,meeting,meeting_type,agenda_item_no,agenda_item_title,agenda_symbol,agenda_subject,main_sponsors,draft,yes,no,abstain,nonvoting,total,n_rollcall,url_resolution,url_draft,record_url';
export const VOTE_HEADER = 'record_id,symbol,date,year,body,vote_type,seq,iso3,country,vote';

/** One synthetic record (by default an invented resolution of an invented 99th session, 2–1–0 by roll call). */
export const resRow = (over: Partial<Record<string, string>> = {}) => {
  const r: Record<string, string> = {
    record_id: '900001',
    symbol: 'A/HRC/RES/99/1',
    title: 'Synthetic test resolution : resolution /',
    statement: 'adopted by the Human Rights Council at its 99th session',
    date: '2031-03-20',
    year: '2031',
    body: 'Human Rights Council',
    collection: 'Voting',
    vote_type: 'RECORDED',
    meeting: 'Adopted at the 50th meeting',
    meeting_type: '',
    agenda_item_no: '3.',
    agenda_item_title: 'Synthetic item -',
    agenda_symbol: '',
    agenda_subject: '',
    main_sponsors: 'Norway',
    draft: 'Draft resolution A/HRC/99/L.1',
    yes: '2',
    no: '1',
    abstain: '0',
    nonvoting: '0',
    total: '3',
    n_rollcall: '3',
    url_resolution: '',
    url_draft: '',
    record_url: `https://example.org/synthetic/${over.record_id ?? '900001'}`,
    ...over,
  };
  return RES_HEADER.split(',')
    .map((c) => JSON.stringify(r[c] ?? ''))
    .join(',');
};
export const voteRow = (iso3: string, country: string, vote: string, id = '900001') =>
  [id, 'A/HRC/RES/99/1', '2031-03-20', '2031', 'Human Rights Council', 'RECORDED', '1', iso3, country, vote].join(',');
export const VOTES = [voteRow('NOR', 'Norway', 'Y'), voteRow('FRA', 'France', 'Y'), voteRow('CHN', 'China', 'N')];

/** A folder holding the two synthetic files (gzipped unless `plain`); lines as given, header first. */
export function synthetic(res: string[] = [resRow()], votes: string[] = VOTES, opts: { plain?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrc-voting-synthetic-'));
  const write = (name: string, text: string) =>
    opts.plain ? writeFileSync(join(dir, name), text) : writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
  write('resolutions.csv', `${res.join('\n')}\n`);
  write('votes_long.csv', `${votes.join('\n')}\n`);
  return dir;
}
export const withHeaders = (res: string[], votes: string[] = VOTES) =>
  synthetic([RES_HEADER, ...res], [VOTE_HEADER, ...votes]);

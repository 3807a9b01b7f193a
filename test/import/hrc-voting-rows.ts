import { resRow, voteRow } from './hrc-voting-synthetic.js';

/*
 * A SYNTHETIC catalogue (every row invented) with a record for each branch of catalogueToActs.
 * Lines of resolutions.csv: the header is line 1, record 9001NN is on line NN + 1.
 */

const none = { yes: '', no: '', abstain: '', nonvoting: '', total: '', n_rollcall: '' };
const counts = (yes: number, no: number, abstain: number) => ({
  yes: String(yes),
  no: String(no),
  abstain: String(abstain),
  nonvoting: '0',
  total: String(yes + no + abstain),
  n_rollcall: '',
});

/** Dataset A: sessions HRC 99, S-30, OM-9, 98 (named by its symbol only), 100, and CHR 61. */
export const ROWS_A = [
  // 900101: draft L.1, recorded 3–1–1 by roll call (GER as catalogued: DEU), three main sponsors, one no State.
  resRow({
    record_id: '900101',
    symbol: 'A/HRC/RES/99/1',
    title: 'Synthetic text one : resolution /',
    draft: 'Draft resolution A/HRC/99/L.1',
    main_sponsors: 'Norway, Pakistan (on behalf of the Organisation of Islamic Cooperation), President of the Council',
    ...counts(3, 1, 1),
  }),
  // 900102: amendment L.12 to "L.2", withdrawn (vote type).
  resRow({
    record_id: '900102',
    symbol: 'A/HRC/99/L.12',
    title: 'Amendment twelve : amendment /',
    draft: 'Amendment A/HRC/99/L.12 to draft resolution L.2',
    vote_type: 'WITHDRAWN',
    main_sponsors: 'Russian Federation',
    date: '2031-03-21',
    ...none,
  }),
  // 900103: amendment L.11 to A/HRC/99/L.2, rejected 1–3–0 by roll call, two proposers.
  resRow({
    record_id: '900103',
    symbol: 'A/HRC/99/L.11',
    title: 'Amendment eleven : amendment /',
    statement: 'rejected by the Human Rights Council at its 99th session',
    draft: 'Amendment A/HRC/99/L.11 to draft resolution A/HRC/99/L.2',
    main_sponsors: 'Russian Federation, China',
    date: '2031-03-21',
    ...counts(1, 3, 0),
  }),
  // 900104: amendment L.13, "not considered" in the words after the symbols (vote type NON-RECORDED).
  resRow({
    record_id: '900104',
    symbol: 'A/HRC/99/L.13',
    title: 'Amendment thirteen',
    draft: 'Amendment A/HRC/99/L.13 to draft resolution L.2 (not considered)',
    vote_type: 'NON-RECORDED',
    main_sponsors: '',
    date: '2031-03-21',
    ...none,
  }),
  // 900105: amendment L.14, accepted by the draft's sponsor.
  resRow({
    record_id: '900105',
    symbol: 'A/HRC/99/L.14',
    title: 'Amendment fourteen',
    draft: 'Amendment A/HRC/99/L.14 to draft resolution L.2, acceptable to the sponsor',
    vote_type: 'NON-RECORDED',
    main_sponsors: 'Cuba',
    date: '2031-03-21',
    ...none,
  }),
  // 900106: draft L.2, rejected 1–3–0; a blank code (ISL) and a code of no known State (ZZZ).
  resRow({
    record_id: '900106',
    symbol: 'A/HRC/99/L.2',
    title: 'Synthetic text two : draft resolution /',
    statement: 'rejected by the Human Rights Council at its 99th session',
    draft: 'Draft resolution A/HRC/99/L.2',
    main_sponsors: 'Norway',
    date: '2031-03-21',
    ...counts(1, 3, 0),
  }),
  // 900107: amendment L.21 to the amendment L.11: told as a vote without a subject.
  resRow({
    record_id: '900107',
    symbol: 'A/HRC/99/L.21',
    title: 'Sub-amendment',
    draft: 'Amendment A/HRC/99/L.21 to draft resolution A/HRC/99/L.11',
    main_sponsors: 'China',
    date: '2031-03-21',
    ...counts(2, 2, 1),
  }),
  // 900108: draft L.3, orally revised, adopted without a vote as A/HRC/RES/99/3.
  resRow({
    record_id: '900108',
    symbol: 'A/HRC/RES/99/3',
    title: 'Synthetic text three : resolution /',
    draft: 'Draft resolution A/HRC/99/L.3 as orally revised',
    vote_type: 'ADOPTED WITHOUT VOTE',
    main_sponsors: 'Brazil',
    date: '2031-03-22',
    ...none,
  }),
  // 900109: draft decision L.4, withdrawn.
  resRow({
    record_id: '900109',
    symbol: 'A/HRC/99/L.4',
    title: 'Synthetic decision four',
    draft: 'Draft decision A/HRC/99/L.4',
    vote_type: 'WITHDRAWN',
    main_sponsors: '',
    date: '2031-03-22',
    ...none,
  }),
  // 900110: draft L.5, not considered.
  resRow({
    record_id: '900110',
    symbol: 'A/HRC/99/L.5',
    title: 'Synthetic text five',
    draft: 'Draft resolution A/HRC/99/L.5',
    vote_type: 'NOT CONSIDERED',
    main_sponsors: '',
    date: '2031-03-22',
    ...none,
  }),
  // 900111: draft L.6, no voting information.
  resRow({
    record_id: '900111',
    symbol: 'A/HRC/RES/99/6',
    title: 'Synthetic text six',
    draft: 'Draft resolution A/HRC/99/L.6',
    vote_type: 'NON-RECORDED, no voting information available',
    main_sponsors: '',
    date: '2031-03-22',
    ...none,
  }),
  // 900112: draft L.7, adopted 30–5–2 by a vote not recorded (totals, no lists).
  resRow({
    record_id: '900112',
    symbol: 'A/HRC/RES/99/7',
    title: 'Synthetic text seven',
    draft: 'Draft resolution A/HRC/99/L.7',
    vote_type: 'NON-RECORDED',
    main_sponsors: '',
    date: '2031-03-23',
    ...counts(30, 5, 2),
  }),
  // 900113: a decision known only by its own regular symbol (no draft field), adopted without a vote.
  resRow({
    record_id: '900113',
    symbol: 'A/HRC/DEC/99/101',
    title: 'Synthetic decision 101 : decision /',
    draft: '',
    vote_type: 'ADOPTED WITHOUT VOTE',
    main_sponsors: '',
    date: '2031-03-23',
    ...none,
  }),
  // 900114: no draft and an irregular symbol: its roll call (naming two non-members) told without a subject.
  resRow({
    record_id: '900114',
    symbol: 'A/HRC/99/CRP.1',
    title: 'Synthetic motion',
    draft: '',
    main_sponsors: '',
    date: '2031-03-24',
    ...counts(3, 1, 0),
  }),
  // 900115: draft L.1 catalogued a second time, 3–1–1 without lists: told as a vote without a subject.
  resRow({
    record_id: '900115',
    symbol: 'A/HRC/RES/99/9',
    title: 'Synthetic text one again',
    draft: 'Draft resolution A/HRC/99/L.1',
    main_sponsors: '',
    date: '2031-04-05',
    ...counts(3, 1, 1),
  }),
  // 900116: the 30th special session, 3–0–0 by its totals, but its list names two States.
  resRow({
    record_id: '900116',
    symbol: 'A/HRC/RES/S-30/1',
    title: 'Special text',
    statement: 'adopted by the Human Rights Council at its 30th special session',
    draft: 'Draft resolution A/HRC/S-30/L.1',
    main_sponsors: '',
    date: '2031-05-10',
    ...counts(3, 0, 0),
  }),
  // 900117: the 9th organizational meeting, a decision known by its symbol.
  resRow({
    record_id: '900117',
    symbol: 'A/HRC/DEC/OM/9/1',
    title: 'Organizational decision',
    statement: 'adopted by the Human Rights Council at its 9th organizational meeting',
    draft: '',
    vote_type: 'ADOPTED WITHOUT VOTE',
    main_sponsors: '',
    date: '2031-01-10',
    ...none,
  }),
  // 900118: the Commission, 61st session, recorded 1–1–0.
  resRow({
    record_id: '900118',
    symbol: 'E/CN.4/RES/2005/49',
    title: 'Commission text',
    statement: 'adopted by the Commission on Human Rights at its 61st session',
    body: 'Commission on Human Rights',
    draft: 'Draft resolution E/CN.4/2005/L.56',
    main_sponsors: 'Norway',
    date: '2005-04-20',
    ...counts(1, 1, 0),
  }),
  // 900119: a statement naming no session: the 98th, from the symbol.
  resRow({
    record_id: '900119',
    symbol: 'A/HRC/RES/98/5',
    title: 'Text of the 98th',
    statement: 'Human Rights Council resolution',
    draft: 'Draft resolution A/HRC/98/L.5',
    vote_type: 'ADOPTED WITHOUT VOTE',
    main_sponsors: '',
    date: '2030-10-01',
    ...none,
  }),
  // 900120: no session anywhere: kept out.
  resRow({
    record_id: '900120',
    symbol: '',
    title: 'Unplaced text',
    statement: 'Human Rights Council resolution',
    draft: '',
    vote_type: 'ADOPTED WITHOUT VOTE',
    main_sponsors: '',
    date: '2031-03-22',
    ...none,
  }),
  // 900121: the 100th session gives the draft symbol of the 99th's text L.1 (already adopted).
  resRow({
    record_id: '900121',
    symbol: 'A/HRC/RES/100/1',
    title: 'Text of the 100th',
    statement: 'adopted by the Human Rights Council at its 100th session',
    draft: 'Draft resolution A/HRC/99/L.1',
    main_sponsors: '',
    date: '2031-06-20',
    ...counts(2, 0, 0),
  }),
];

const roll = (id: string, list: string) =>
  list.split(' ').map((b) => {
    const [iso3, vote] = b.split(':') as [string, string];
    const country = COUNTRY[iso3] ?? iso3;
    return voteRow(iso3, JSON.stringify(country), vote, id);
  });
const COUNTRY: Record<string, string> = {
  NOR: 'Norway',
  FRA: 'France',
  BRA: 'Brazil',
  CHN: 'China',
  GER: 'Germany, Federal Republic Of',
  ISL: 'Iceland',
  ZZZ: 'Atlantis',
  USA: 'United States',
  GBR: 'United Kingdom',
};

export const VOTES_A = [
  ...roll('900101', 'NOR:Y FRA:Y BRA:Y CHN:N GER:A'),
  ...roll('900103', 'CHN:Y NOR:N FRA:N BRA:N'),
  ...roll('900106', 'CHN:Y NOR:N FRA:N BRA:N ISL: ZZZ:A GER:.'),
  ...roll('900114', 'NOR:Y FRA:Y USA:Y GBR:N'),
  ...roll('900116', 'NOR:Y FRA:Y'),
  ...roll('900118', 'NOR:Y CHN:N'),
  ...roll('900121', 'NOR:Y FRA:Y'),
];

/** Dataset B: A's rows, and three new records of the 99th session about what A already decided. */
export const ROWS_B = [
  ...ROWS_A,
  // 900122: L.3 adopted without a vote: agrees with what the record holds.
  resRow({
    record_id: '900122',
    symbol: 'A/HRC/RES/99/30',
    title: 'Synthetic text three, told again',
    draft: 'Draft resolution A/HRC/99/L.3',
    vote_type: 'ADOPTED WITHOUT VOTE',
    main_sponsors: '',
    date: '2031-03-22',
    ...none,
  }),
  // 900123: L.4 adopted without a vote: the record holds it withdrawn.
  resRow({
    record_id: '900123',
    symbol: 'A/HRC/RES/99/40',
    title: 'Synthetic decision four, told again',
    draft: 'Draft decision A/HRC/99/L.4',
    vote_type: 'ADOPTED WITHOUT VOTE',
    main_sponsors: '',
    date: '2031-03-22',
    ...none,
  }),
  // 900124: amendment L.11 again, with another proposer, withdrawn (the record holds it rejected).
  resRow({
    record_id: '900124',
    symbol: 'A/HRC/99/L.11',
    title: 'Amendment eleven, told again',
    draft: 'Amendment A/HRC/99/L.11 to draft resolution L.2',
    vote_type: 'WITHDRAWN',
    main_sponsors: 'Cuba',
    date: '2031-03-21',
    ...none,
  }),
];

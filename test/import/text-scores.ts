import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText, type TextVote } from '../../src/import/parse-text.js';

/*
 * Scores the text importer against passages whose expectations were written by hand before it ran
 * on them: votes exact, tallies, list placements and titles, passage by passage.
 */

type Position = 'yes' | 'no' | 'abstain';
const POSITIONS: readonly Position[] = ['yes', 'no', 'abstain'];

export interface ExpectedVote {
  subject: string | null;
  title: string | null;
  tally: { yes: number; no: number; abstain: number } | null;
  lists: Record<Position, string[]> | null;
  complete: boolean;
  flags: string[];
}
export interface Expected {
  publisher: string;
  body: string;
  session: string | null;
  date: string | null;
  votes: ExpectedVote[];
}

export interface PassageScore {
  name: string;
  votes: number;
  votesFound: number;
  exact: number;
  tallies: number;
  talliesFound: number;
  placements: number;
  placementsFound: number;
  /** States placed in a position the passage does not give them. */
  misplaced: number;
  titles: number;
  titlesFound: number;
  problems: number;
}

const sorted = (xs: readonly string[]) => [...xs].sort();

/** A parsed vote in the expectations' terms (title kept apart: it is scored on its own). */
export function comparable(v: TextVote): ExpectedVote {
  return {
    subject: v.symbol,
    title: v.title,
    tally: v.tally,
    lists: v.lists
      ? {
          yes: sorted(v.lists.yes.map((s) => s.code)),
          no: sorted(v.lists.no.map((s) => s.code)),
          abstain: sorted(v.lists.abstain.map((s) => s.code)),
        }
      : null,
    complete: v.listsComplete,
    flags: sorted([...new Set(v.notes.map((n) => n.code))]),
  };
}

const exactKey = (v: ExpectedVote) =>
  JSON.stringify({
    subject: v.subject,
    tally: v.tally,
    lists: v.lists ? { yes: sorted(v.lists.yes), no: sorted(v.lists.no), abstain: sorted(v.lists.abstain) } : null,
    complete: v.complete,
    flags: sorted(v.flags),
  });
const sameTitle = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

export function fixturesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export function expectedOf(dir: string, name: string): Expected {
  return JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
}

export function parsedOf(dir: string, name: string): { votes: ExpectedVote[]; problems: number } {
  const parsed = parseText(readFileSync(join(dir, `${name}.txt`), 'utf8'), `${name}.txt`);
  return {
    votes: parsed.records.filter((r): r is TextVote => r.kind === 'vote').map(comparable),
    problems: parsed.problems.length,
  };
}

/** How well the importer reads one passage: each expected vote is matched to the parsed vote in the same place in order. */
export function scorePassage(dir: string, name: string): PassageScore {
  const want = expectedOf(dir, name).votes;
  const { votes: got, problems } = parsedOf(dir, name);
  const s: PassageScore = {
    name,
    votes: want.length,
    votesFound: got.length,
    exact: 0,
    tallies: 0,
    talliesFound: 0,
    placements: 0,
    placementsFound: 0,
    misplaced: 0,
    titles: 0,
    titlesFound: 0,
    problems,
  };
  // A passage that tells more or fewer votes than expected scores no vote exact, but its tallies,
  // placements and titles are still looked for in any parsed vote, once each.
  const aligned = got.length === want.length;
  const used = new Set<number>();
  want.forEach((w, i) => {
    let k = aligned ? i : -1;
    if (!aligned) {
      const key = JSON.stringify(w.tally);
      k = got.findIndex((g, j) => !used.has(j) && w.tally !== null && JSON.stringify(g.tally) === key);
      if (k < 0)
        k = got.findIndex(
          (g, j) =>
            !used.has(j) &&
            g.lists !== null &&
            POSITIONS.some((p) => g.lists?.[p].some((c) => w.lists?.[p].includes(c))),
        );
    }
    const g = k >= 0 ? got[k] : undefined;
    if (k >= 0) used.add(k);
    if (aligned && g && exactKey(g) === exactKey(w)) s.exact++;
    if (w.tally) {
      s.tallies++;
      if (g && JSON.stringify(g.tally) === JSON.stringify(w.tally)) s.talliesFound++;
    }
    if (w.title) {
      s.titles++;
      if (g && sameTitle(g.title, w.title)) s.titlesFound++;
    }
    for (const p of POSITIONS) {
      const left = [...(g?.lists?.[p] ?? [])];
      for (const code of w.lists?.[p] ?? []) {
        s.placements++;
        const at = left.indexOf(code);
        if (at >= 0) {
          s.placementsFound++;
          left.splice(at, 1);
        }
      }
      for (const code of left) if (!(w.lists?.[p] ?? []).includes(code)) s.misplaced++;
    }
  });
  return s;
}

export function total(scores: readonly PassageScore[]): Omit<PassageScore, 'name'> {
  const t = {
    votes: 0,
    votesFound: 0,
    exact: 0,
    tallies: 0,
    talliesFound: 0,
    placements: 0,
    placementsFound: 0,
    misplaced: 0,
    titles: 0,
    titlesFound: 0,
    problems: 0,
  };
  for (const s of scores) for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += s[k];
  return t;
}

/** One line of SCORES.md's table. */
export function row(s: PassageScore): string {
  return `| ${s.name} | ${s.exact}/${s.votes}${s.votesFound !== s.votes ? ` (${s.votesFound} found)` : ''} | ${s.talliesFound}/${s.tallies} | ${s.placementsFound}/${s.placements}${s.misplaced ? ` (+${s.misplaced} wrong)` : ''} | ${s.titlesFound}/${s.titles} |`;
}

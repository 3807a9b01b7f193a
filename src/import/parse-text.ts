import type { NamedState, TextNote, TextRecord, TextSponsorship, TextVote } from '../services/text-records.js';
import { findStateNames } from './gazetteer.js';
import { unsafeCharacter, type Parsed, type Problem } from './problems.js';
import { countCues, undlBlocks } from './text/counts.js';
import { documentOf } from './text/document.js';
import { runsOf } from './text/lists.js';
import { listCues } from './text/meaning.js';
import { readSponsorships } from './text/sponsorships.js';
import { anchorsOf, votesOf } from './text/votes.js';

export type { NamedState, TextNote, TextRecord, TextSponsorship, TextVote };

// Every pattern of the stages must take time linear in the text, whatever the text: a quantifier
// that can meet itself again (\s+\s*, a lazy scan retried from every start) is bounded or made
// atomic with (?=(…))\k<…>, and scans to a sentence's end are done once (see sentenceEnds).
//
// How a vote passage is read, whoever published it (one file per stage, in text/):
//   0. the text as a document: lines, sentence breaks, L symbols (document.ts), built once per text;
//   1. the State names, found first by the gazetteer (every name and alias the domain knows; names.ts);
//   2. the lists, as runs of names separated by commas, "and", line breaks or numbering, with an
//      item between or after them that is no known name kept as an unplaced name (lists.ts);
//   3. what each list means, from the words just before or just after it, and whether those words
//      hedge it ("including", "among", "such as") (meaning.ts);
//   4. the counts ("19 against, 17 for", "a 22-11 vote", "Against — 24") and the Digital Library's
//      voting records (counts.ts), which with the lists are gathered into votes in the order the
//      text tells them (votes.ts); sponsorship passages are read apart (sponsorships.ts).
// A hedged, cut or short list, or an unplaced name, is kept with a note and never makes the lists
// complete; the rest of the passage is still read. No stage keeps anything between texts.

/**
 * Reads vote and sponsorship passages as the UN publishes them (session reports, UN Geneva and UN
 * press summaries, the Digital Library's voting records) and as press, NGO and news pages copy them.
 */
export function parseText(text: string, file: string): Parsed<TextRecord> {
  const unsafe = unsafeCharacter(text, file);
  if (unsafe) return { records: [], problems: [unsafe] };
  const problems: Problem[] = [];
  const doc = documentOf(text);

  // 1–3: names, runs, meanings; 4: counts, then votes.
  const undl = undlBlocks(text);
  const inUndl = (i: number) => undl.spans.some(([a, b]) => i >= a && i < b);
  const names = findStateNames(text).filter((n) => !undl.spans.length || !inUndl(n.start));
  const runs = runsOf(text, names);
  const cues = [...undl.cues, ...countCues(doc, file, problems), ...listCues(text, runs)];
  const records: TextRecord[] = votesOf(doc, cues, anchorsOf(text));

  records.push(...readSponsorships(doc, file, problems));
  records.sort((a, b) => a.line - b.line);
  if (records.length === 0 && problems.length === 0)
    problems.push({
      file,
      line: 1,
      message: `no recorded vote, tally or sponsorship passage found in the text (lines 1–${doc.lineAt(text.length)})`,
    });
  return { records, problems };
}

import pc from 'picocolors';
import { REGIONAL_GROUPS, REGIONAL_GROUP_NAMES, findState } from '../domain/state.js';
import { draftStatusText, voteOutcomeText, type DraftStage } from '../domain/labels.js';
import { Tally } from '../domain/vote.js';
import type { VoteView } from '../services/vote-views.js';

/** Left-aligned columns, right-aligned numbers, sized to their content. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => visible(r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (numeric[i] ? pad(c, widths[i] as number, true) : pad(c, widths[i] as number, false)))
      .join('  ')
      .trimEnd();
  return [pc.bold(line(headers as string[])), ...cells.slice(1).map(line)].join('\n');
}

function visible(s: string): string {
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - visible(s).length));
  return right ? fill + s : s + fill;
}

export function formatTally(t: Tally | null): string {
  return t ? Tally.format(t) : 'tally unknown';
}

/** A draft's, amendment's or motion's status as words (never the record's own codes such as "noAction"), coloured. */
export function outcomeText(status: string | null, stage?: DraftStage): string {
  return colour(status, lower(draftStatusText(status, stage)));
}

/** A vote's outcome as what it decided (a no-action motion carried reads so, not "adopted"). */
export function voteOutcome(v: Pick<VoteView, 'subjectKind' | 'outcome' | 'outcomeBasis'>): string {
  const text = lower(voteOutcomeText(v.subjectKind, v.outcome));
  return colour(v.outcome, v.outcomeBasis === 'implied' ? `${text} (implied by the count)` : text);
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function colour(status: string | null, text: string): string {
  if (status === 'adopted' || status === 'adoptedWithoutVote') return pc.green(text);
  if (status === 'rejected') return pc.red(text);
  if (status === null || status === 'pending') return pc.dim(text);
  return text;
}

export function stateLabel(code: string): string {
  return findState(code)?.name ?? code;
}

/** A vote with its regional breakdown and, when known, who voted how. */
export function formatVote(v: VoteView, { lists = true } = {}): string {
  const out: string[] = [];
  out.push(`${pc.bold(v.subject ?? v.title)}${v.subject && v.title !== v.subject ? `  ${v.title}` : ''}`);
  out.push(
    `  ${v.date ?? 'date unknown'}  ${v.body}${v.session ? ` session ${v.session}` : ''}  ${formatTally(v.tally)} (yes–no–abstain)  ${voteOutcome(v)}${v.requestedBy ? `  requested by ${stateLabel(v.requestedBy)}` : ''}`,
  );
  if (!v.ballots) out.push(pc.yellow('  Country lists: not in the sources (tally only).'));
  else {
    if (!v.listsComplete) out.push(pc.yellow('  Country lists are partial in the sources.'));
    if (v.byGroup) {
      const rows = [...REGIONAL_GROUPS, 'NONE' as const]
        .filter(
          (g) =>
            g !== 'NONE' || (v.byGroup?.NONE.yes ?? 0) + (v.byGroup?.NONE.no ?? 0) + (v.byGroup?.NONE.abstain ?? 0) > 0,
        )
        .map((g) => {
          const t = v.byGroup?.[g] as Tally;
          return [g === 'NONE' ? 'No group' : REGIONAL_GROUP_NAMES[g], t.yes, t.no, t.abstain];
        });
      out.push(indent(table(['Regional group', 'Yes', 'No', 'Abstain'], rows)));
    }
    if (lists) {
      for (const [label, list] of [
        ['Yes', v.ballots.yes],
        ['No', v.ballots.no],
        ['Abstain', v.ballots.abstain],
      ] as const) {
        out.push(
          `  ${pc.bold(`${label} (${list.length}):`)} ${
            list
              .map(stateLabel)
              .sort((a, b) => a.localeCompare(b))
              .join(', ') || '—'
          }`,
        );
      }
    }
  }
  for (const f of v.flags) out.push(pc.yellow(`  ! ${f.code}: ${f.message}`));
  if (v.ballotsFrom) out.push(pc.dim(`  Lists as told by ${v.ballotsFrom} (this telling gives none).`));
  if (v.tellings.length) {
    const agree = v.discrepancies.length === 0;
    out.push(
      `  ${agree ? pc.green('Corroborated') : pc.yellow('Sources disagree')}: told by ${v.tellings.length + 1} sources (also ${v.tellings.map((t) => t.id).join(', ')}; \`plenary votes --json\` gives each telling)`,
    );
    for (const d of v.discrepancies) out.push(pc.yellow(`  ≠ ${d.field}: ${d.message}`));
  }
  if (v.sources.length) out.push(pc.dim(`  Sources: ${v.sources.map((s) => s.url ?? s.file ?? s.id).join('; ')}`));
  return out.join('\n');
}

export function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}

import { CHECK_KINDS, CHECKS, type CheckKind } from '../../services/checks/index.js';
import type { SourceView } from '../../services/vote-views.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { asked, parseQuestion } from '../options.js';

export interface CheckOptions extends GlobalOptions {
  proposers?: string;
  position?: string;
  basis?: string;
  amendmentsTo?: string;
  state?: string;
  mandate?: string;
  subjects?: string;
  from?: string;
}

const isKind = (k: string): k is CheckKind => (CHECK_KINDS as readonly string[]).includes(k);

/**
 * `plenary check KIND [SUBJECT…]`: a claim checked against the record (the use case
 * GET /api/v1/checks/KIND answers with; --json prints its body). The draft checks take one DRAFT,
 * the majority checks SUBJECTs (or --amendments-to), voted-every --subjects, --amendments-to or --mandate.
 */
export async function checkCommand(kind: string, args: readonly string[], opts: CheckOptions): Promise<void> {
  if (!isKind(kind)) throw new UsageError(`no check "${kind.slice(0, 40)}"; the checks are ${CHECK_KINDS.join(', ')}`);
  const draftKind = kind === 'adopted-without-amendment' || kind === 'amendments-defeated';
  if (draftKind && args.length > 1) throw new UsageError(`${kind} checks one DRAFT, not ${args.length}`);
  if (kind === 'voted-every' && args.length)
    throw new UsageError('voted-every takes its votes from --subjects, --amendments-to or --mandate, not arguments');
  const raw = {
    draft: draftKind ? args[0] : undefined,
    subjects: kind === 'voted-every' ? opts.subjects : !draftKind && args.length ? args.join(',') : undefined,
    proposers: opts.proposers,
    position: opts.position,
    basis: opts.basis,
    amendmentsTo: opts.amendmentsTo,
    state: opts.state,
    mandate: opts.mandate,
    from: opts.from,
  };
  const check = CHECKS[kind];
  // An option this kind does not take is refused, not ignored: the answer would not be to the question asked.
  const accepted = Object.keys((check.query as unknown as { shape: Record<string, unknown> }).shape);
  const stray = Object.entries(raw).find(([k, v]) => v !== undefined && !accepted.includes(k));
  const names = { draft: 'DRAFT', subjects: kind === 'voted-every' ? '--subjects' : 'SUBJECT' };
  if (stray) throw new UsageError(`${optionName(stray[0], names)}: ${kind} does not take it`);
  const q = parseQuestion(check.query, raw, names);
  const answer = (await withStore(opts, (store) =>
    asked(() => check.run({ record: detailRepository(store.db), browse: browseRepository(store.db) }, q), names),
  )) as PrintedAnswer;
  if (opts.json) return void console.log(JSON.stringify(answer, null, 2));
  console.log(print(answer));
}

const optionName = (param: string, names: Readonly<Record<string, string>>) =>
  names[param] ?? `--${param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** What every answer holds, for the text output. */
interface PrintedAnswer {
  readonly claim: string;
  readonly verdict: string;
  readonly reason: string;
  readonly basis: string;
  readonly missing: readonly string[];
  readonly items: ReadonlyArray<Record<string, unknown>>;
  readonly sources: readonly SourceView[];
}

function print(a: PrintedAnswer): string {
  const lines = [`${a.verdict.toUpperCase()}: ${a.claim}`, `  ${a.reason}`, `  basis: ${a.basis}`];
  for (const m of a.missing) lines.push(`  missing: ${m}`);
  if (a.items.length) lines.push('', ...a.items.map(itemLine));
  lines.push('', ...a.sources.map((s, i) => `${i ? '         ' : 'Sources: '}${s.url ?? s.file ?? s.title}`));
  return lines.join('\n');
}

function itemLine(item: Record<string, unknown>): string {
  const vote = item['vote'] as {
    id: string;
    subject: string | null;
    tally: { yes: number; no: number; abstain: number } | null;
  } | null;
  const tally = vote?.tally ? ` ${vote.tally.yes}–${vote.tally.no}–${vote.tally.abstain}` : '';
  const head =
    typeof item['symbol'] === 'string'
      ? `${item['symbol']}  ${String(item['fate'])}`
      : (vote?.subject ?? vote?.id ?? '');
  const verdict = typeof item['verdict'] === 'string' ? `  ${item['verdict']}` : '';
  const position = typeof item['position'] === 'string' ? `  ${item['position']}` : '';
  const reason = typeof item['reason'] === 'string' ? `: ${item['reason']}` : '';
  return `  ${head}${tally}${position}${verdict}${reason}`;
}

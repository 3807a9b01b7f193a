import pc from 'picocolors';
import { REGIONAL_GROUP_NAMES, REGIONAL_GROUPS } from '../../domain/state.js';
import { motionName } from '../../domain/labels.js';
import { showSymbol, type DraftView } from '../../services/draft-views.js';
import { detailRepository } from '../../store/record.repository.js';
import { withStore, type GlobalOptions } from '../context.js';
import { formatTally, formatVote, indent, outcomeText, stateLabel, table } from '../format.js';

export async function showCommand(symbol: string, opts: GlobalOptions & { session?: string }): Promise<void> {
  const view = await withStore(opts, (store) => showSymbol(detailRepository(store.db), symbol, opts.session));
  if (opts.json) return void console.log(JSON.stringify(view, null, 2));
  if (view.kind === 'amendment') {
    console.log(`${pc.bold(view.symbol)}  amendment to ${view.draft}${view.draftTitle ? ` (${view.draftTitle})` : ''}`);
    console.log(
      `  Proposed by: ${view.proposers.length ? view.proposers.map((p) => p.name).join(', ') : pc.yellow('not named in the sources')}`,
    );
    console.log(
      `  Fate: ${outcomeText(view.status, { live: view.actor !== null })}  (voted ${view.rank}${ordinal(view.rank)} among the amendments to ${view.draft})`,
    );
    console.log(
      `  Text of the amendment: ${view.operations ? JSON.stringify(view.operations) : pc.yellow('not in the sources')}`,
    );
    for (const v of view.votes) console.log('\n' + indent(formatVote(v)));
    return;
  }
  if (view.kind === 'resolution') {
    console.log(`${pc.bold(view.symbol)}  ${view.title}`);
    console.log(
      `  ${view.body}${view.session ? ` session ${view.session}` : ''}: the record holds ${view.votes.length === 1 ? 'its roll call' : `${view.votes.length} roll calls on it`}, not its draft`,
    );
    for (const v of view.votes) console.log('\n' + indent(formatVote(v)));
    return;
  }
  printDraft(view);
}

function ordinal(n: number): string {
  return n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
}

function printDraft(d: DraftView): void {
  console.log(pc.bold(`${d.symbol}  ${d.title || pc.dim('(title not given in the sources)')}`));
  console.log(`  ${d.body} session ${d.session}${d.agendaItem ? `, agenda item ${d.agendaItem}` : ''}`);
  const decided = outcomeText(d.status, { live: d.actor !== null, takenUp: d.takenUp !== null });
  console.log(
    `  Outcome: ${decided}${d.asOrallyRevised ? ', as orally revised' : ''}${d.decidedOn ? ` on ${d.decidedOn}` : ''}${d.adoptedAs ? ` → ${pc.bold(`resolution ${d.adoptedAsShort}`)} (${d.adoptedAs})` : ''}`,
  );

  const s = d.sponsors;
  const main = s.list.filter((x) => x.role === 'main');
  const co = s.list.filter((x) => x.role === 'co');
  const known =
    s.announced !== null && s.announced !== co.length
      ? `${co.length} named of ${s.announced} announced`
      : `${co.length}`;
  console.log(
    `\n${pc.bold('Sponsors')}  main: ${main.map((m) => m.name).join(', ') || '—'}; co-sponsors: ${known}${s.complete === false ? pc.yellow(' (list partial in the sources)') : ''}`,
  );
  if (co.length) {
    const rows = co.map((c) => [
      c.name,
      c.group ? REGIONAL_GROUP_NAMES[c.group] : '—',
      c.joined === 'subsequently' ? 'subsequently joined' : c.joined === 'tabling' ? 'at tabling' : 'when not stated',
    ]);
    console.log(indent(table(['State', 'Regional group', 'Joined'], rows)));
    console.log(indent(pc.dim(`By group: ${REGIONAL_GROUPS.map((g) => `${g} ${s.byGroup[g]}`).join(', ')}`)));
  }
  for (const r of d.revisions)
    console.log(
      `\n${pc.bold('Revision')} ${r.revision}${r.by ? ` by ${stateLabel(r.by)}` : ''}${r.note ? `: ${r.note}` : ''}`,
    );
  // A withdrawn amendment was never put to the vote: listed apart, not in the order of voting.
  const put = d.amendments.filter((a) => a.status !== 'withdrawn');
  const withdrawn = d.amendments.filter((a) => a.status === 'withdrawn');
  if (put.length) {
    const voted = put.some((a) => a.status !== 'pending');
    console.log(`\n${pc.bold('Amendments')} (${voted ? 'voted in this order' : 'to be voted in this order'})`);
    const rows = put.map((a) => [
      a.symbol,
      a.proposers.map((p) => p.name).join(', ') || '—',
      formatTally(a.votes[0]?.tally ?? null),
      a.votes[0]?.ballots ? 'known' : 'not in sources',
      outcomeText(a.status, { live: a.actor !== null }),
    ]);
    console.log(indent(table(['Amendment', 'Proposed by', 'Yes–No–Abst.', 'Country lists', 'Fate'], rows)));
  }
  if (withdrawn.length)
    console.log(
      `\n${pc.bold('Amendments withdrawn')} (not put to the vote): ${withdrawn
        .map((a) => `${a.symbol}${a.proposers.length ? ` (${a.proposers.map((p) => p.name).join(', ')})` : ''}`)
        .join(', ')}`,
    );
  for (const m of d.motions) {
    const what = motionName(m.motion, m.parts);
    const fate =
      m.status === 'pending'
        ? outcomeText(m.status, { live: m.actor !== null })
        : m.motion === 'division' && m.status === 'adopted'
          ? pc.green('retained')
          : m.motion === 'division' && m.status === 'rejected'
            ? pc.red('rejected, so left out of the text')
            : m.motion === 'noAction' && m.status === 'adopted'
              ? pc.bold('carried: no action on the draft')
              : m.motion === 'noAction' && m.status === 'rejected'
                ? 'defeated: the draft went on to its decision'
                : outcomeText(m.status);
    console.log(`\n${pc.bold(what)} requested by ${m.proposerName}: ${fate}`);
    if (m.vote) console.log(indent(formatVote(m.vote)));
  }
  const onDraft = d.votes.filter((v) => v.subjectKind === 'draft');
  if (onDraft.length) {
    console.log(`\n${pc.bold('Votes on the draft')}`);
    for (const v of onDraft) console.log(indent(formatVote(v)));
  } else if (d.status === 'adoptedWithoutVote')
    console.log(`\n${pc.bold('Vote on the draft')}: none requested; adopted without a vote.`);
  if (d.dissociations.length) {
    console.log(
      `\n${pc.bold('Dissociated from consensus')}: ${d.dissociations.map((x) => `${x.name}${x.scope ? ` (${x.scope})` : ''}`).join(', ')}`,
    );
  }
  if (d.statements.length) {
    console.log(`\n${pc.bold('Statements')}`);
    for (const st of d.statements)
      console.log(
        `  ${st.kind}: ${st.asWritten ?? (st.state ? stateLabel(st.state) : '—')}${st.onBehalfOf ? ` (on behalf of ${st.onBehalfOf})` : ''}${st.summary ? ` — ${st.summary}` : ''}`,
      );
  }
  if (d.mandateEffects.length) {
    console.log(`\n${pc.bold('Mandate effects')}`);
    for (const m of d.mandateEffects)
      console.log(
        `  ${m.event} ${m.title}${m.termYears ? ` for ${m.termYears} years` : ''}${m.note ? ` — ${m.note}` : ''}`,
      );
  }
  for (const f of d.flags) console.log(pc.yellow(`! ${f.code}: ${f.message}`));
  console.log(pc.dim(`\nSources: ${d.sources.map((x) => x.url ?? x.file ?? x.id).join('\n         ')}`));
}

import { AccreditOrganisationInput, accreditOrganisation } from '../../services/organisations.js';
import { recordActs } from '../../services/record-acts.js';
import { journalRepository } from '../../store/journal.repository.js';
import { organisationRepository } from '../../store/organisation.repository.js';
import { now, withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';

/** The option each field of the input comes from, to name it in an error. */
const OPTION: Record<string, string> = {
  id: 'ID',
  name: '--name',
  status: '--status',
  country: '--country',
  website: '--website',
  users: '--user',
};

/**
 * `plenary orgs add ID --name NAME --status STATUS [--country ISO3] [--website URL] [--user NAME…]`:
 * the secretariat accredits an organisation (again: its details and accounts as they now stand),
 * an act in the journal like the API's POST /api/v1/organisations, judged by the same rules. The
 * act names who took it (`--by`, the operator's name; "cli" when not given) in the secretariat's role.
 * `plenary orgs list`: the organisations and coalitions accredited.
 */
export async function orgsAddCommand(
  id: string,
  opts: GlobalOptions & {
    name: string;
    status: string;
    country?: string;
    website?: string;
    user?: string[];
    by?: string;
  },
): Promise<void> {
  const parsed = AccreditOrganisationInput.safeParse({
    id,
    name: opts.name,
    status: opts.status,
    country: opts.country?.toUpperCase() ?? null,
    website: opts.website ?? null,
    users: opts.user ?? [],
  });
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues.map((i) => `${OPTION[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('; '),
    );
  const input = parsed.data;
  const actor = { user: opts.by ?? 'cli', role: 'secretariat' as const, delegation: null };
  const result = await withStore(opts, (store) =>
    store.transaction((tx) =>
      recordActs(journalRepository(tx), (ledger) => accreditOrganisation(ledger, actor, input, now()), now),
    ),
  );
  if (opts.json) console.log(JSON.stringify({ id, seq: result.lastSeq ?? null }, null, 2));
  else
    console.log(
      `organisation ${id} accredited (${opts.status}); accounts acting for it: ${input.users.join(', ') || 'none'}`,
    );
}

export async function orgsListCommand(opts: GlobalOptions): Promise<void> {
  const orgs = await withStore(opts, (store) => organisationRepository(store.db).listOrganisations());
  if (opts.json) {
    console.log(JSON.stringify(orgs, null, 2));
    return;
  }
  if (!orgs.length) console.log('no organisations yet: plenary orgs add ID --name NAME --status STATUS');
  for (const o of orgs)
    console.log(
      [o.id.padEnd(24), o.kind.padEnd(12), (o.status ?? '-').padEnd(8), (o.country ?? '-').padEnd(4), o.name].join(
        '  ',
      ),
    );
}

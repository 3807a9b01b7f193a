import { createToken, listTokens, revokeToken, tokenLimitsFromEnv } from '../../services/accounts.js';
import { accountRepository } from '../../store/account.repository.js';
import { now, withStore, type GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';

/** `plenary tokens create NAME`: an API token with NAME's role and delegation, printed once (only its hash is kept). */
export async function tokensCreateCommand(name: string, opts: GlobalOptions & { days?: string }): Promise<void> {
  const days = opts.days === undefined ? undefined : Number(opts.days);
  if (days !== undefined && !Number.isInteger(days))
    throw new UsageError(`--days ${opts.days}: expected a whole number`);
  const limits = tokenLimitsFromEnv();
  const { id, token, account, expiresAt } = await withStore(
    opts,
    (store) => createToken(accountRepository(store.db), name, now(), { days, limits }),
    { seed: false },
  );
  if (opts.json)
    console.log(
      JSON.stringify(
        { id, token, user: account.name, role: account.role, delegation: account.delegation, expiresAt },
        null,
        2,
      ),
    );
  else
    console.log(
      `token ${id} for ${account.name}, until ${expiresAt} (shown once; send it as Authorization: Bearer <token>):\n${token}`,
    );
}

/** `plenary tokens revoke ID`: the token stops working at once. */
export async function tokensRevokeCommand(id: string, opts: GlobalOptions): Promise<void> {
  const result = await withStore(opts, (store) => revokeToken(accountRepository(store.db), id, now()), { seed: false });
  if (opts.json) console.log(JSON.stringify({ id, revoked: true, already: result === 'already' }));
  else console.log(result === 'already' ? `token ${id} was already revoked` : `token ${id} revoked`);
}

/** `plenary tokens list [--user NAME]`: ids, users, when created and revoked (never the tokens). */
export async function tokensListCommand(opts: GlobalOptions & { user?: string }): Promise<void> {
  const tokens = await withStore(opts, (store) => listTokens(accountRepository(store.db), opts.user), { seed: false });
  if (opts.json) console.log(JSON.stringify(tokens, null, 2));
  else
    for (const t of tokens)
      console.log(
        [
          t.id,
          t.account.padEnd(24),
          `created ${t.createdAt}`,
          t.expiresAt ? `expires ${t.expiresAt}` : 'no expiry',
          t.lastUsedAt ? `last used ${t.lastUsedAt}` : 'never used',
          t.revokedAt ? `revoked ${t.revokedAt}` : 'active',
        ].join('  '),
      );
}

import type { Kysely, Selectable } from 'kysely';
import type { AccountRole, AccountsPort, StoredAccount } from '../services/accounts.js';
import type { AccountTable, DB } from './schema.js';

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

function accountOf(row: Selectable<AccountTable>): StoredAccount {
  return {
    name: row.name,
    role: row.role as AccountRole,
    delegation: row.delegation,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    disabled: row.disabled,
    createdAt: iso(row.created_at),
  };
}

/** Accounts, sign-in sessions and API tokens in their own tables (not the journal). */
export function accountRepository(db: Kysely<DB>): AccountsPort {
  return {
    async findAccount(name) {
      const row = await db.selectFrom('account').selectAll().where('name', '=', name).executeTakeFirst();
      return row ? accountOf(row) : undefined;
    },
    async listAccounts() {
      return (await db.selectFrom('account').selectAll().orderBy('name').execute()).map(accountOf);
    },
    async insertAccount(a) {
      const result = await db
        .insertInto('account')
        .values({
          name: a.name,
          role: a.role,
          delegation: a.delegation,
          password_hash: a.passwordHash,
          totp_secret: a.totpSecret,
          disabled: a.disabled,
          created_at: a.createdAt,
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async disableAccount(name, at) {
      // No transaction of its own (the caller may hold one): a disabled account's sessions are refused anyway.
      const result = await db
        .updateTable('account')
        .set({ disabled: true })
        .where('name', '=', name)
        .executeTakeFirst();
      await db
        .updateTable('login_session')
        .set({ revoked_at: at })
        .where('account', '=', name)
        .where('revoked_at', 'is', null)
        .execute();
      return Number(result.numUpdatedRows) === 1;
    },
    async insertSession(s) {
      await db
        .insertInto('login_session')
        .values({
          id_hash: s.idHash,
          account: s.account,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
          revoked_at: null,
        })
        .execute();
    },
    async findSession(idHash) {
      const row = await db
        .selectFrom('login_session')
        .select(['account', 'expires_at', 'revoked_at'])
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row
        ? { account: row.account, expiresAt: iso(row.expires_at), revokedAt: isoOrNull(row.revoked_at) }
        : undefined;
    },
    async revokeSession(idHash, at) {
      await db
        .updateTable('login_session')
        .set({ revoked_at: at })
        .where('id_hash', '=', idHash)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async insertToken(t) {
      await db
        .insertInto('api_token')
        .values({ id: t.id, account: t.account, token_hash: t.tokenHash, created_at: t.createdAt, revoked_at: null })
        .execute();
    },
    async findToken(tokenHash) {
      const row = await db
        .selectFrom('api_token')
        .select(['id', 'account', 'revoked_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? { id: row.id, account: row.account, revokedAt: isoOrNull(row.revoked_at) } : undefined;
    },
    async revokeToken(id, at) {
      const row = await db.selectFrom('api_token').select('revoked_at').where('id', '=', id).executeTakeFirst();
      if (!row) return 'none';
      if (row.revoked_at !== null) return 'already';
      await db
        .updateTable('api_token')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return 'revoked';
    },
    async listTokens(account) {
      let query = db
        .selectFrom('api_token')
        .select(['id', 'account', 'created_at', 'revoked_at'])
        .orderBy('created_at')
        .orderBy('id');
      if (account) query = query.where('account', '=', account);
      return (await query.execute()).map((r) => ({
        id: r.id,
        account: r.account,
        createdAt: iso(r.created_at),
        revokedAt: isoOrNull(r.revoked_at),
      }));
    },
  };
}

import { sql, type Kysely, type Selectable } from 'kysely';
import type { AccountRole, AccountsPort, LinkPurpose, SignInOutcome, StoredAccount } from '../services/accounts.js';
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
    async useTotpStep(name, step) {
      const result = await db
        .updateTable('account')
        .set({ totp_last_step: step })
        .where('name', '=', name)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async insertToken(t) {
      await db
        .insertInto('api_token')
        .values({
          id: t.id,
          account: t.account,
          token_hash: t.tokenHash,
          created_at: t.createdAt,
          revoked_at: null,
          expires_at: t.expiresAt,
          last_used_at: null,
        })
        .execute();
    },
    async findToken(tokenHash) {
      const row = await db
        .selectFrom('api_token')
        .select(['id', 'account', 'revoked_at', 'expires_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row
        ? {
            id: row.id,
            account: row.account,
            revokedAt: isoOrNull(row.revoked_at),
            expiresAt: isoOrNull(row.expires_at),
          }
        : undefined;
    },
    async touchToken(id, at) {
      const minuteBefore = new Date(Date.parse(at) - 60_000);
      await db
        .updateTable('api_token')
        .set({ last_used_at: at })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', minuteBefore)]))
        .execute();
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
        .select(['id', 'account', 'created_at', 'revoked_at', 'expires_at', 'last_used_at'])
        .orderBy('created_at')
        .orderBy('id');
      if (account) query = query.where('account', '=', account);
      return (await query.execute()).map((r) => ({
        id: r.id,
        account: r.account,
        createdAt: iso(r.created_at),
        revokedAt: isoOrNull(r.revoked_at),
        expiresAt: isoOrNull(r.expires_at),
        lastUsedAt: isoOrNull(r.last_used_at),
      }));
    },
    async signInFailures(keys) {
      const rows = keys.length
        ? await db
            .selectFrom('sign_in_failure')
            .selectAll()
            .where('key', 'in', [...keys])
            .execute()
        : [];
      return new Map(rows.map((r) => [r.key, { failures: r.failures, lastFailedAt: iso(r.last_failed_at) }]));
    },
    async recordSignInFailure(keys, at, staleBefore) {
      for (const key of keys)
        await db
          .insertInto('sign_in_failure')
          .values({ key, failures: 1, last_failed_at: at })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              failures: sql<number>`CASE WHEN sign_in_failure.last_failed_at < ${staleBefore}::timestamptz THEN 1 ELSE sign_in_failure.failures + 1 END`,
              last_failed_at: at,
            }),
          )
          .execute();
    },
    async clearSignInFailures(key) {
      await db.deleteFrom('sign_in_failure').where('key', '=', key).execute();
    },
    async insertTrustedDevice(d) {
      await db
        .insertInto('trusted_device')
        .values({ id_hash: d.idHash, account: d.account, created_at: d.createdAt, expires_at: d.expiresAt })
        .execute();
    },
    async findTrustedDevice(idHash) {
      const row = await db
        .selectFrom('trusted_device')
        .select(['account', 'expires_at'])
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row ? { account: row.account, expiresAt: iso(row.expires_at) } : undefined;
    },
    async enableAccount(name) {
      const result = await db
        .updateTable('account')
        .set({ disabled: false })
        .where('name', '=', name)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async updateAccount(name, change) {
      const set = {
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.delegation !== undefined ? { delegation: change.delegation } : {}),
        ...(change.totpSecret !== undefined ? { totp_secret: change.totpSecret } : {}),
        // A new secret starts again: its codes are not judged against the old one's steps.
        ...(change.totpSecret !== undefined ? { totp_last_step: null } : {}),
        ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
      };
      const result = await db.updateTable('account').set(set).where('name', '=', name).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async revokeSessions(name, at) {
      await db
        .updateTable('login_session')
        .set({ revoked_at: at })
        .where('account', '=', name)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async insertLink(link) {
      // Unused links of the account stop working: only the newest one counts.
      await db
        .updateTable('account_link')
        .set({ used_at: link.createdAt })
        .where('account', '=', link.account)
        .where('used_at', 'is', null)
        .execute();
      await db
        .insertInto('account_link')
        .values({
          token_hash: link.tokenHash,
          account: link.account,
          purpose: link.purpose,
          created_by: link.createdBy,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
          used_at: null,
        })
        .execute();
    },
    async findLink(tokenHash) {
      const row = await db
        .selectFrom('account_link')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row
        ? {
            tokenHash: row.token_hash,
            account: row.account,
            purpose: row.purpose as LinkPurpose,
            createdBy: row.created_by,
            createdAt: iso(row.created_at),
            expiresAt: iso(row.expires_at),
            usedAt: isoOrNull(row.used_at),
          }
        : undefined;
    },
    async useLink(tokenHash, at) {
      const result = await db
        .updateTable('account_link')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async recordSignIn(e) {
      await db
        .insertInto('sign_in_event')
        .values((eb) => ({
          account: eb.selectFrom('account').select('name').where('name', '=', e.name),
          at: e.at,
          address: e.address,
          outcome: e.outcome,
        }))
        .execute();
    },
    async listSignIns({ account, limit }) {
      let query = db
        .selectFrom('sign_in_event')
        .select(['account', 'at', 'address', 'outcome'])
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if (account !== undefined) query = query.where('account', '=', account);
      return (await query.execute()).map((r) => ({
        account: r.account,
        at: iso(r.at),
        address: r.address,
        outcome: r.outcome as SignInOutcome,
      }));
    },
    async serverSecret(name, candidate) {
      await db
        .insertInto('server_secret')
        .values({ name, value: candidate })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('server_secret')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.value;
    },
  };
}

import { fstatSync, readFileSync } from 'node:fs';
import { ACCOUNT_ROLES, addAccount, disableAccount, listAccounts } from '../../services/accounts.js';
import { accountRepository } from '../../store/account.repository.js';
import { isStoreError, StoreError } from '../../store/store-error.js';
import type { Store } from '../../store/engine.js';
import { now, storeOptions, withStore, type GlobalOptions } from '../context.js';
import { readServeAddress } from '../serve-address.js';

/**
 * `withStore` for the accounts: refused while `plenary serve` holds a PGlite directory, the refusal
 * says where the running server's web app does the same (the accounts page of the secretariat).
 */
async function withAccounts<T>(opts: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await withStore(opts, fn, { seed: false });
  } catch (error) {
    if (!isStoreError(error, 'Busy')) throw error;
    const url = readServeAddress(storeOptions(opts).dataDir);
    const where = url
      ? `${url.replace(/\/$/, '')}/console/accounts`
      : "the accounts page of the server's web app (/console/accounts at the address `plenary serve` printed)";
    throw new StoreError(
      'Busy',
      `${error.message}.\nThe running server manages accounts itself, without stopping: sign in as the secretariat at ${where} to invite a user (a one-time link sets the password), reset a password or a second factor, disable or enable an account, or change a role`,
    );
  }
}

/**
 * `plenary users add NAME --role ROLE [--delegation ISO3]`: the password is read from stdin when
 * stdin is a pipe or a file (`printf %s "$PW" | plenary users add …`), else generated and printed
 * once; a secretariat or President account's TOTP provisioning URI is printed once too.
 * Accounts live in their own tables, not in the journal; nothing here seeds the record.
 */
export async function usersAddCommand(
  name: string,
  opts: GlobalOptions & { role?: string; delegation?: string },
): Promise<void> {
  const password = passwordFromStdin();
  const result = await withAccounts(opts, (store) =>
    addAccount(
      accountRepository(store.db),
      { name, role: opts.role ?? '', delegation: opts.delegation, password },
      now(),
    ),
  );
  if (opts.json) {
    console.log(
      JSON.stringify(
        {
          ...result.account,
          password: result.generated ? result.password : undefined,
          totpUri: result.totpUri ?? undefined,
        },
        null,
        2,
      ),
    );
    return;
  }
  const who = result.account.delegation
    ? `${result.account.role} of ${result.account.delegation}`
    : result.account.role;
  console.log(`user ${result.account.name} added (${who})`);
  if (result.generated) console.log(`password (shown once): ${result.password}`);
  if (result.totpUri)
    console.log(`second factor: scan this into an authenticator app (shown once):\n${result.totpUri}`);
}

export async function usersListCommand(opts: GlobalOptions): Promise<void> {
  const users = await withAccounts(opts, (store) => listAccounts(accountRepository(store.db)));
  if (opts.json) {
    console.log(JSON.stringify(users, null, 2));
    return;
  }
  if (!users.length) console.log('no users yet: plenary users add NAME --role ROLE');
  for (const u of users)
    console.log(
      [
        u.name.padEnd(24),
        u.role.padEnd(12),
        (u.delegation ?? '-').padEnd(4),
        u.secondFactor ? 'totp' : '    ',
        u.disabled ? 'disabled' : 'active',
        u.createdAt,
      ].join('  '),
    );
}

export async function usersDisableCommand(name: string, opts: GlobalOptions): Promise<void> {
  await withAccounts(opts, (store) => disableAccount(accountRepository(store.db), name, now()));
  if (opts.json) console.log(JSON.stringify({ name, disabled: true }));
  else console.log(`user ${name} disabled: it can no longer sign in, and its sessions and tokens stop working`);
}

export const ROLE_CHOICES = ACCOUNT_ROLES;

/**
 * The password piped in (`printf %s pw | plenary users add …`, or `< file`), without its final line
 * break; undefined when stdin is a terminal or anything else (such as a parent's open socket, which
 * would never end).
 */
function passwordFromStdin(): string | undefined {
  let piped = false;
  try {
    const stat = fstatSync(0);
    piped = stat.isFIFO() || stat.isFile();
  } catch {
    return undefined;
  }
  if (!piped) return undefined;
  return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
}

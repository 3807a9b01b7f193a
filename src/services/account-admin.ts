import { randomBytes } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { Secret } from 'otpauth';
import type { Actor } from '../domain/access.js';
import { shorten } from '../domain/text.js';
import {
  AccountError,
  checkNew,
  needsSecondFactor,
  openSession,
  PASSWORD_MAX,
  PASSWORD_MIN,
  sha256,
  totpOf,
  totpStep,
  view,
  type AccountsPort,
  type AccountView,
  type LinkPurpose,
  type SignInEvent,
  type StoredAccount,
} from './accounts.js';

/**
 * The secretariat's accounts desk: invite a user with a one-time link, reset a password or a second
 * factor (another link), disable and enable, change a role, and see the sign-ins. The links are the
 * only way a secret reaches a user from the web app: the secretariat never sees a password, and a
 * second factor's QR code is shown only to whoever opens the link.
 *
 * A link is a 256-bit random token, kept only as its SHA-256, used once, before it expires (an
 * invitation lasts INVITE_DAYS, a reset RESET_HOURS); a new link for an account voids its unused
 * ones. Opening it (`acceptLink`) sets the password (an invitation or a password reset), checks a
 * code of the authenticator (always, for an account with a second factor: a new one just scanned,
 * or the one it has), checks the current password (a second-factor reset), and signs the user in.
 *
 * @example
 *   const { link } = await inviteAccount(port, secretariat, { name: 'nor.delegate', role: 'observer', delegation: 'NOR' }, now());
 *   // the delegate opens /welcome#<link.token>, sets a password and is signed in:
 *   await acceptLink(port, link.token, { password: 'a long new password' }, now());
 */

export const INVITE_DAYS = 7;
export const RESET_HOURS = 24;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A link as given to the secretariat, once: the token goes into the page's address (/welcome#TOKEN). */
export interface IssuedLink {
  readonly token: string;
  readonly purpose: LinkPurpose;
  readonly expiresAt: string;
}

/** What the page a link opens shows before anything is done. */
export interface LinkView {
  readonly account: AccountView;
  readonly purpose: LinkPurpose;
  readonly expiresAt: string;
  /** `new`: the user chooses a password; `current`: the user proves the one it has; */
  readonly password: 'new' | 'current';
  /** The authenticator's provisioning URI when a second factor is to be enrolled (shown as a QR code), else null. */
  readonly totpUri: string | null;
  /** Whether a code of the authenticator is asked for. */
  readonly totp: boolean;
}

const noSuchAccount = (name: string) =>
  new AccountError('NoSuchAccount', `there is no user ${shorten(name)}: the accounts list shows them`);

async function issue(
  port: AccountsPort,
  by: Actor,
  account: string,
  purpose: LinkPurpose,
  at: string,
): Promise<IssuedLink> {
  const token = randomBytes(32).toString('base64url');
  const hours = purpose === 'invite' ? INVITE_DAYS * 24 : RESET_HOURS;
  const expiresAt = new Date(Date.parse(at) + hours * 3600_000).toISOString();
  await port.insertLink({
    tokenHash: sha256(token),
    account,
    purpose,
    createdBy: by.user,
    createdAt: at,
    expiresAt,
    usedAt: null,
  });
  return { token, purpose, expiresAt };
}

/** A password nobody knows: an invited account cannot be signed in to until its link is used. */
const unusablePassword = () => argon2Hash(randomBytes(32).toString('base64url'));

/**
 * Creates an account that nobody can sign in to yet, and the one-time link with which its user sets
 * a password (and, for the secretariat and the President, enrols the second factor).
 */
export async function inviteAccount(
  port: AccountsPort,
  by: Actor,
  input: { name: string; role: string; delegation?: string | null | undefined },
  at: string,
): Promise<{ account: AccountView; link: IssuedLink }> {
  const { name, role, delegation } = checkNew(input);
  const stored: StoredAccount = {
    name,
    role,
    delegation,
    passwordHash: await unusablePassword(),
    totpSecret: needsSecondFactor(role) ? new Secret({ size: 20 }).base32 : null,
    disabled: false,
    createdAt: at,
  };
  if (!(await port.insertAccount(stored)))
    throw new AccountError('NameTaken', `there is already a user ${name}: choose another name`);
  return { account: view(stored), link: await issue(port, by, name, 'invite', at) };
}

/**
 * A reset: `password` gives a link to choose a new password (the old one and every sign-in session
 * stop working at once); `second-factor` replaces the authenticator's secret at once (the old codes
 * stop working, every session ends) and gives a link that shows the new one's QR code.
 */
export async function resetAccount(
  port: AccountsPort,
  by: Actor,
  name: string,
  what: 'password' | 'second-factor',
  at: string,
): Promise<{ account: AccountView; link: IssuedLink }> {
  if (name === by.user)
    throw new AccountError('InvalidAccount', `you are ${name}: another secretariat user resets your ${what}`);
  const account = await port.findAccount(name);
  if (!account) throw noSuchAccount(name);
  if (account.disabled)
    throw new AccountError('InvalidAccount', `user ${name} is disabled: enable it first, then reset its ${what}`);
  if (what === 'second-factor' && !needsSecondFactor(account.role))
    throw new AccountError(
      'InvalidAccount',
      `user ${name} (${account.role}) has no second factor: only the secretariat and the President use one`,
    );
  const change =
    what === 'password' ? { passwordHash: await unusablePassword() } : { totpSecret: new Secret({ size: 20 }).base32 };
  await port.updateAccount(name, change);
  await port.revokeSessions(name, at);
  return { account: view({ ...account, ...change }), link: await issue(port, by, name, what, at) };
}

/** Disables or enables an account; a disabled one cannot sign in, and its sessions and tokens stop working at once. */
export async function setDisabled(
  port: AccountsPort,
  by: Actor,
  name: string,
  disabled: boolean,
  at: string,
): Promise<AccountView> {
  if (disabled && name === by.user)
    throw new AccountError('InvalidAccount', `you are ${name}: another secretariat user disables your account`);
  const done = disabled ? await port.disableAccount(name, at) : await port.enableAccount(name);
  if (!done) throw noSuchAccount(name);
  const account = await port.findAccount(name);
  if (!account) throw noSuchAccount(name);
  return view(account);
}

/**
 * Changes an account's role (and delegation). A role with a second factor that the account did not
 * have gets a new secret and a link to enrol it (until then the user cannot sign in); a role without
 * one drops it. The change applies at once to the user's sessions and tokens.
 */
export async function changeRole(
  port: AccountsPort,
  by: Actor,
  name: string,
  input: { role: string; delegation?: string | null | undefined },
  at: string,
): Promise<{ account: AccountView; link: IssuedLink | null }> {
  if (name === by.user)
    throw new AccountError('InvalidAccount', `you are ${name}: another secretariat user changes your role`);
  const account = await port.findAccount(name);
  if (!account) throw noSuchAccount(name);
  const { role, delegation } = checkNew({ name, role: input.role, delegation: input.delegation });
  const enrol = needsSecondFactor(role) && account.totpSecret === null;
  const totpSecret = needsSecondFactor(role) ? (account.totpSecret ?? new Secret({ size: 20 }).base32) : null;
  await port.updateAccount(name, { role, delegation, totpSecret });
  if (enrol) await port.revokeSessions(name, at);
  const link = enrol ? await issue(port, by, name, 'second-factor', at) : null;
  return { account: view({ ...account, role, delegation, totpSecret }), link };
}

const noSuchLink = () =>
  new AccountError(
    'NoSuchLink',
    'this link does not work: it was used already, it expired, a newer one replaced it, or its account is disabled. Ask the secretariat for a new one',
  );

async function openLink(port: AccountsPort, token: string, at: string) {
  const link = TOKEN.test(token) ? await port.findLink(sha256(token)) : undefined;
  if (!link || link.usedAt !== null || Date.parse(link.expiresAt) <= Date.parse(at)) throw noSuchLink();
  const account = await port.findAccount(link.account);
  if (!account || account.disabled) throw noSuchLink();
  return { link, account };
}

/** What a link's page shows: whose account, what to do, and the QR code's URI when a second factor is enrolled. */
export async function describeLink(port: AccountsPort, token: string, at: string): Promise<LinkView> {
  const { link, account } = await openLink(port, token, at);
  const enrols = link.purpose !== 'password' && account.totpSecret !== null;
  return {
    account: view(account),
    purpose: link.purpose,
    expiresAt: link.expiresAt,
    password: link.purpose === 'second-factor' ? 'current' : 'new',
    totpUri: enrols && account.totpSecret ? totpOf(account.name, account.totpSecret).toString() : null,
    totp: account.totpSecret !== null,
  };
}

/**
 * Uses a link: sets the new password (or checks the current one, for a second-factor reset), checks
 * the authenticator's code for an account with a second factor, marks the link used, and signs the
 * user in. A wrong password or code leaves the link unused, to try again.
 */
export async function acceptLink(
  port: AccountsPort,
  token: string,
  input: { password: string; totp?: string | undefined },
  at: string,
): Promise<{ actor: Actor; sessionId: string; expiresAt: string }> {
  const { link, account } = await openLink(port, token, at);
  if (link.purpose === 'second-factor') {
    if (!(await argon2Verify(account.passwordHash, input.password).catch(() => false)))
      throw new AccountError('InvalidAccount', 'the password is not right: give the password of the account');
  } else if (input.password.length < PASSWORD_MIN || input.password.length > PASSWORD_MAX) {
    throw new AccountError(
      'InvalidAccount',
      `the password has ${input.password.length} characters: use ${PASSWORD_MIN} to ${PASSWORD_MAX}`,
    );
  }
  if (account.totpSecret) {
    const delta = totpOf(account.name, account.totpSecret).validate({
      token: input.totp ?? '',
      timestamp: Date.parse(at),
      window: 1,
    });
    if (delta === null)
      throw new AccountError(
        'InvalidAccount',
        'the code is not right: give the 6 digits the authenticator shows now (scan the QR code first)',
      );
    if (!(await port.useTotpStep(account.name, totpStep(at) + delta)))
      throw new AccountError('InvalidAccount', 'this code was used already: wait for the next one (30 s)');
  }
  if (!(await port.useLink(link.tokenHash, at))) throw noSuchLink();
  if (link.purpose !== 'second-factor') {
    await port.updateAccount(account.name, { passwordHash: await argon2Hash(input.password) });
  }
  return openSession(port, account, at);
}

/** The latest sign-ins first (at most `limit`, 1 to 1000), of one account or of all. */
export async function listSignIns(
  port: AccountsPort,
  query: { account?: string | undefined; limit?: number | undefined } = {},
): Promise<SignInEvent[]> {
  return port.listSignIns({ account: query.account, limit: query.limit ?? 200 });
}

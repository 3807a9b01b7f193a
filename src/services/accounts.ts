import { createHash, randomBytes } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { Secret, TOTP } from 'otpauth';
import type { Actor, Role } from '../domain/access.js';
import { findState } from '../domain/state.js';
import { shorten } from '../domain/text.js';

/**
 * Accounts, sign-in sessions and API tokens: who may act at the live desk. Operational data, not
 * the record: they live in tables of their own, outside the journal (every live act names its user
 * and delegation in its own hashed payload, so the record does not depend on these tables).
 *
 * No crypto of our own: passwords are hashed with argon2id (@node-rs/argon2, its defaults: 19 MiB,
 * 2 passes), ids and tokens are 256-bit values from `randomBytes`, kept only as SHA-256 hashes,
 * and the second factor of the secretariat and the President is TOTP (otpauth, RFC 6238).
 *
 * @example
 *   const { password, totpUri } = await addAccount(accounts, { name: 'nor.delegate', role: 'observer', delegation: 'NOR' }, now());
 *   const signedIn = await signIn(accounts, { name: 'nor.delegate', password }, now()); // { actor, sessionId, expiresAt } or null
 */

/** The roles an account can have (`public` is the absence of one). */
export const ACCOUNT_ROLES = [
  'member',
  'observer',
  'secretariat',
  'president',
  'ngo',
] as const satisfies readonly Role[];
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** An account as stored (what the port reads and writes). */
export interface StoredAccount {
  readonly name: string;
  readonly role: AccountRole;
  readonly delegation: string | null;
  readonly passwordHash: string;
  readonly totpSecret: string | null;
  readonly disabled: boolean;
  readonly createdAt: string;
}

/** An account as shown (no secrets). */
export interface AccountView {
  readonly name: string;
  readonly role: AccountRole;
  readonly delegation: string | null;
  readonly secondFactor: boolean;
  readonly disabled: boolean;
  readonly createdAt: string;
}

export interface TokenView {
  readonly id: string;
  readonly account: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  /** Null for a token made before tokens expired (it keeps working until revoked). */
  readonly expiresAt: string | null;
  /** When it was last used, to the minute; null if never. */
  readonly lastUsedAt: string | null;
}

/** Failed sign-ins counted under one key. */
export interface SignInFailures {
  readonly failures: number;
  readonly lastFailedAt: string;
}

/** What accounts need from storage. */
export interface AccountsPort {
  findAccount(name: string): Promise<StoredAccount | undefined>;
  listAccounts(): Promise<StoredAccount[]>;
  /** False when the name is taken. */
  insertAccount(account: StoredAccount): Promise<boolean>;
  /** False when there is no such account. */
  disableAccount(name: string, at: string): Promise<boolean>;
  insertSession(session: { idHash: string; account: string; createdAt: string; expiresAt: string }): Promise<void>;
  findSession(idHash: string): Promise<{ account: string; expiresAt: string; revokedAt: string | null } | undefined>;
  revokeSession(idHash: string, at: string): Promise<void>;
  /**
   * Records that a TOTP code of `name` was accepted for time step `step`: true only if no code of
   * that step or a later one was accepted before (atomic, so two servers cannot both accept one code).
   */
  useTotpStep(name: string, step: number): Promise<boolean>;
  insertToken(token: {
    id: string;
    account: string;
    tokenHash: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void>;
  findToken(
    tokenHash: string,
  ): Promise<{ id: string; account: string; revokedAt: string | null; expiresAt: string | null } | undefined>;
  /** Notes a token's use at `at`, unless it was noted less than a minute before. */
  touchToken(id: string, at: string): Promise<void>;
  /** 'revoked' now, 'already' revoked before, or 'none' such token. */
  revokeToken(id: string, at: string): Promise<'revoked' | 'already' | 'none'>;
  listTokens(account?: string): Promise<TokenView[]>;
  /** The failures counted under each key that has any. */
  signInFailures(keys: readonly string[]): Promise<Map<string, SignInFailures>>;
  /** Counts one more failure under each key; a count whose last failure is before `staleBefore` starts again at one. */
  recordSignInFailure(keys: readonly string[], at: string, staleBefore: string): Promise<void>;
  clearSignInFailures(key: string): Promise<void>;
  insertTrustedDevice(device: { idHash: string; account: string; createdAt: string; expiresAt: string }): Promise<void>;
  findTrustedDevice(idHash: string): Promise<{ account: string; expiresAt: string } | undefined>;
  /** The secret called `name`, created from `candidate` by the first process to ask (every process gets the same). */
  serverSecret(name: string, candidate: string): Promise<string>;
  /** False when there is no such account. */
  enableAccount(name: string): Promise<boolean>;
  /** Changes what `change` names; false when there is no such account. */
  updateAccount(name: string, change: AccountChange): Promise<boolean>;
  /** Ends every sign-in session of `name` (its tokens stay: `plenary tokens revoke` ends those). */
  revokeSessions(name: string, at: string): Promise<void>;
  /** Stores a one-time link; links of the same account not used yet stop working. */
  insertLink(link: StoredLink): Promise<void>;
  findLink(tokenHash: string): Promise<StoredLink | undefined>;
  /** Marks a link used: true only for the first caller, and only if it was unused. */
  useLink(tokenHash: string, at: string): Promise<boolean>;
  /** Notes a sign-in as it happened; `name` is kept only when an account has it. */
  recordSignIn(event: { name: string; at: string; address: string; outcome: SignInOutcome }): Promise<void>;
  /** The latest sign-ins first, at most `limit`, of one account or of all. */
  listSignIns(query: { account?: string | undefined; limit: number }): Promise<SignInEvent[]>;
}

/** What the secretariat may change of an account. */
export interface AccountChange {
  readonly role?: AccountRole;
  readonly delegation?: string | null;
  readonly totpSecret?: string | null;
  readonly passwordHash?: string;
}

/** Why a one-time link was given: to join, to set a new password, or to enrol a new second factor. */
export const LINK_PURPOSES = ['invite', 'password', 'second-factor'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

export interface StoredLink {
  readonly tokenHash: string;
  readonly account: string;
  readonly purpose: LinkPurpose;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

export const SIGN_IN_OUTCOMES = ['signed-in', 'refused', 'throttled', 'link'] as const;
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number];

/** A sign-in as the secretariat sees it. */
export interface SignInEvent {
  /** Null: no account has the name that was given. */
  readonly account: string | null;
  readonly at: string;
  readonly address: string;
  readonly outcome: SignInOutcome;
}

export type AccountErrorCode = 'InvalidAccount' | 'NameTaken' | 'NoSuchAccount' | 'NoSuchToken' | 'NoSuchLink';

/** A refusal about accounts (operational, not a rule of procedure): the CLI maps it to exit 2 or 3. */
export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

export function isAccountError(error: unknown): error is AccountError {
  return error instanceof AccountError;
}

/** How long an API token lasts unless its maker says otherwise, and at most (PLENARY_TOKEN_DAYS, PLENARY_TOKEN_MAX_DAYS). */
export interface TokenLimits {
  readonly defaultDays: number;
  readonly maxDays: number;
}
export const TOKEN_LIMITS: TokenLimits = { defaultDays: 90, maxDays: 365 };

/** The token limits the environment sets (PLENARY_TOKEN_DAYS, PLENARY_TOKEN_MAX_DAYS), or the defaults. */
export function tokenLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): TokenLimits {
  const read = (name: string, fallback: number) => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > 3650)
      throw new AccountError(
        'InvalidAccount',
        `${name}=${shorten(text)}: expected a whole number of days from 1 to 3650`,
      );
    return value;
  };
  const maxDays = read('PLENARY_TOKEN_MAX_DAYS', TOKEN_LIMITS.maxDays);
  const defaultDays = read('PLENARY_TOKEN_DAYS', Math.min(TOKEN_LIMITS.defaultDays, maxDays));
  if (defaultDays > maxDays)
    throw new AccountError(
      'InvalidAccount',
      `PLENARY_TOKEN_DAYS=${defaultDays} is more than PLENARY_TOKEN_MAX_DAYS=${maxDays}`,
    );
  return { defaultDays, maxDays };
}

/** How long a sign-in lasts (a long day at the Council). */
export const SESSION_HOURS = 12;
/** Accepted password lengths; a generated one has 24 characters. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const needsSecondFactor = (role: AccountRole) => role === 'secretariat' || role === 'president';
const isDelegationRole = (role: AccountRole) => role === 'member' || role === 'observer';

export function isAccountRole(role: string): role is AccountRole {
  return (ACCOUNT_ROLES as readonly string[]).includes(role);
}

export function view(account: StoredAccount): AccountView {
  return {
    name: account.name,
    role: account.role,
    delegation: account.delegation,
    secondFactor: account.totpSecret !== null,
    disabled: account.disabled,
    createdAt: account.createdAt,
  };
}

export function actorOf(account: StoredAccount): Actor {
  return { user: account.name, role: account.role, delegation: account.delegation };
}

const TOTP_PERIOD_S = 30;
export const totpStep = (at: string) => Math.floor(Date.parse(at) / 1000 / TOTP_PERIOD_S);

export function totpOf(name: string, secret: string): TOTP {
  return new TOTP({
    issuer: 'Plenary',
    label: name,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_S,
  });
}

/**
 * Checks a new account's name, role and delegation. A delegation user (member or observer) acts for
 * a known State; which States are members of a body is a matter of each session's membership, judged
 * by the rules when the user acts (a no-action motion by an observer is refused there), not here.
 */
export function checkNew(input: {
  name: string;
  role: string;
  delegation?: string | null | undefined;
  password?: string | undefined;
}): { name: string; role: AccountRole; delegation: string | null } {
  if (!NAME.test(input.name))
    throw new AccountError(
      'InvalidAccount',
      `"${shorten(input.name)}" is not a user name: use 1 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit (nor.delegate)`,
    );
  if (!isAccountRole(input.role))
    throw new AccountError('InvalidAccount', `--role ${shorten(input.role)}: use one of ${ACCOUNT_ROLES.join(', ')}`);
  const delegation = input.delegation ? input.delegation.toUpperCase() : null;
  if (isDelegationRole(input.role)) {
    if (!delegation)
      throw new AccountError(
        'InvalidAccount',
        `a ${input.role} user acts for a delegation: name its State with --delegation ISO3 (NOR)`,
      );
    if (!/^[A-Z]{3}$/.test(delegation) || !findState(delegation))
      throw new AccountError(
        'InvalidAccount',
        `--delegation ${shorten(input.delegation ?? '')}: not a known State code (ISO 3166-1 alpha-3, such as NOR)`,
      );
  } else if (delegation) {
    throw new AccountError('InvalidAccount', `a ${input.role} user acts for no delegation: leave out --delegation`);
  }
  if (input.password !== undefined && (input.password.length < PASSWORD_MIN || input.password.length > PASSWORD_MAX)) {
    throw new AccountError(
      'InvalidAccount',
      `the password has ${input.password.length} characters: use ${PASSWORD_MIN} to ${PASSWORD_MAX}`,
    );
  }
  return { name: input.name, role: input.role, delegation };
}

/**
 * Creates an account. Without a password one is generated; either way it is returned once, with
 * the TOTP provisioning URI of a secretariat or President account (to scan into an authenticator).
 */
export async function addAccount(
  port: AccountsPort,
  input: { name: string; role: string; delegation?: string | null | undefined; password?: string | undefined },
  at: string,
): Promise<{ account: AccountView; password: string; generated: boolean; totpUri: string | null }> {
  const { name, role, delegation } = checkNew(input);
  const password = input.password ?? randomBytes(18).toString('base64url');
  const totpSecret = needsSecondFactor(role) ? new Secret({ size: 20 }).base32 : null;
  const stored: StoredAccount = {
    name,
    role,
    delegation,
    passwordHash: await argon2Hash(password),
    totpSecret,
    disabled: false,
    createdAt: at,
  };
  if (!(await port.insertAccount(stored)))
    throw new AccountError('NameTaken', `there is already a user ${name}: choose another name`);
  return {
    account: view(stored),
    password,
    generated: input.password === undefined,
    totpUri: totpSecret ? totpOf(name, totpSecret).toString() : null,
  };
}

export async function listAccounts(port: AccountsPort): Promise<AccountView[]> {
  return (await port.listAccounts()).map(view);
}

/** Disables an account: it can no longer sign in, and its sessions and tokens stop working at once. */
export async function disableAccount(port: AccountsPort, name: string, at: string): Promise<void> {
  if (!(await port.disableAccount(name, at)))
    throw new AccountError('NoSuchAccount', `there is no user ${shorten(name)} (plenary users list shows them)`);
}

/** A hash of a password nobody has, checked when the user is unknown so that a miss takes as long as a wrong password. */
let decoy: Promise<string> | null = null;

/**
 * Signs a user in: the password, and the TOTP code for the secretariat and the President. Null when
 * anything is wrong (unknown user, wrong password, missing or wrong code, disabled account), with
 * no hint which, and after the same argon2 work in every case. On success, a new session: its id
 * goes to the client (the cookie) once; only its SHA-256 is stored.
 */
export async function signIn(
  port: AccountsPort,
  input: { name: string; password: string; totp?: string | undefined },
  at: string,
): Promise<{ actor: Actor; sessionId: string; expiresAt: string } | null> {
  const account = NAME.test(input.name) ? await port.findAccount(input.name) : undefined;
  decoy ??= argon2Hash(randomBytes(32).toString('base64url'));
  const passwordOk = await argon2Verify(account?.passwordHash ?? (await decoy), input.password).catch(() => false);
  const delta = account?.totpSecret
    ? totpOf(account.name, account.totpSecret).validate({
        token: input.totp ?? '',
        timestamp: Date.parse(at),
        window: 1,
      })
    : 0;
  if (!account || !passwordOk || delta === null || account.disabled) return null;
  // A code is good once: the step it was made for must be later than the last one accepted.
  if (account.totpSecret && !(await port.useTotpStep(account.name, totpStep(at) + delta))) return null;
  return openSession(port, account, at);
}

/** A new sign-in session of `account`: its id goes to the client (the cookie) once; only its SHA-256 is stored. */
export async function openSession(
  port: AccountsPort,
  account: StoredAccount,
  at: string,
): Promise<{ actor: Actor; sessionId: string; expiresAt: string }> {
  const sessionId = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.parse(at) + SESSION_HOURS * 3600_000).toISOString();
  await port.insertSession({ idHash: sha256(sessionId), account: account.name, createdAt: at, expiresAt });
  return { actor: actorOf(account), sessionId, expiresAt };
}

/** The actor a session cookie stands for, or null (unknown, revoked, expired, or its account disabled). */
export async function sessionActor(port: AccountsPort, sessionId: string, at: string): Promise<Actor | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return null;
  const session = await port.findSession(sha256(sessionId));
  if (!session || session.revokedAt !== null || Date.parse(session.expiresAt) <= Date.parse(at)) return null;
  const account = await port.findAccount(session.account);
  return account && !account.disabled ? actorOf(account) : null;
}

/** Ends a session (signing out): its cookie no longer works. */
export async function signOut(port: AccountsPort, sessionId: string, at: string): Promise<void> {
  if (/^[A-Za-z0-9_-]{43}$/.test(sessionId)) await port.revokeSession(sha256(sessionId), at);
}

const TOKEN = /^plenary_([a-f0-9]{12})_([A-Za-z0-9_-]{43})$/;

/**
 * Creates an API token for a user, with that user's role and delegation. The token is returned
 * once; only its SHA-256 is stored. Its id (shown by the CLI, used to revoke it) is part of it.
 * @example createToken(port, 'nor.delegate', now()) // { id: 'a1b2c3d4e5f6', token: 'plenary_a1b2c3d4e5f6_…' }
 */
export async function createToken(
  port: AccountsPort,
  name: string,
  at: string,
  lifetime: { days?: number | undefined; limits?: TokenLimits | undefined } = {},
): Promise<{ id: string; token: string; account: AccountView; expiresAt: string }> {
  const limits = lifetime.limits ?? TOKEN_LIMITS;
  const days = lifetime.days ?? limits.defaultDays;
  if (!Number.isInteger(days) || days < 1 || days > limits.maxDays)
    throw new AccountError(
      'InvalidAccount',
      `a token lasts 1 to ${limits.maxDays} days (whole days), not ${shorten(String(days))}; the default is ${limits.defaultDays}`,
    );
  const account = await port.findAccount(name);
  if (!account)
    throw new AccountError('NoSuchAccount', `there is no user ${shorten(name)} (plenary users list shows them)`);
  if (account.disabled)
    throw new AccountError('InvalidAccount', `user ${name} is disabled: a token for it would not work`);
  const id = randomBytes(6).toString('hex');
  const token = `plenary_${id}_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.parse(at) + days * 86_400_000).toISOString();
  await port.insertToken({ id, account: name, tokenHash: sha256(token), createdAt: at, expiresAt });
  return { id, token, account: view(account), expiresAt };
}

/** The actor an API token stands for, or null (unknown, revoked, expired, or its account disabled). */
export async function tokenActor(port: AccountsPort, token: string, at: string): Promise<Actor | null> {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const hash = sha256(token);
  const found = await port.findToken(hash);
  // Found by the hash of the whole token; its id (public) must be the stored one too.
  if (!found || found.revokedAt !== null || found.id !== match[1]) return null;
  if (found.expiresAt !== null && Date.parse(found.expiresAt) <= Date.parse(at)) return null;
  const account = await port.findAccount(found.account);
  if (!account || account.disabled) return null;
  await port.touchToken(found.id, at);
  return actorOf(account);
}

/** Revokes a token by its id; revoking one already revoked is fine (said so), an unknown id is not. */
export async function revokeToken(port: AccountsPort, id: string, at: string): Promise<'revoked' | 'already'> {
  const result = /^[a-f0-9]{12}$/.test(id) ? await port.revokeToken(id, at) : 'none';
  if (result === 'none')
    throw new AccountError(
      'NoSuchToken',
      `there is no token ${shorten(id)} (its id is the 12 hex digits after plenary_)`,
    );
  return result;
}

export async function listTokens(port: AccountsPort, account?: string): Promise<TokenView[]> {
  return port.listTokens(account);
}

import { createHash, randomBytes } from 'node:crypto';
import type { AccountsPort } from './accounts.js';

/**
 * Slowing down password guessing without letting anyone lock an account out (docs/desk-trust.md).
 * Only failed sign-ins count, in the database (every server counts together; a restart forgets
 * nothing), under two keys:
 * - the account named and the address it came from: a few free failures, then a wait that doubles
 *   with each further failure, up to 15 minutes. Someone guessing from elsewhere never holds back the
 *   account's owner at their own address;
 * - the address alone, with many more free failures (a venue's delegates share one address), against
 *   one address trying many accounts.
 * A browser that has signed in to the account before carries a device cookie; it is never held back,
 * so the owner's own browser always gets in with the right password and code.
 */

export interface ThrottlePolicy {
  /** Failures under an account-and-address key before any wait. */
  readonly freePerAccount: number;
  /** Failures under an address key before any wait. */
  readonly freePerAddress: number;
  /** The first wait, doubled with each further failure. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** A count whose last failure is older than this starts again. */
  readonly forgetAfterMs: number;
  /** How long a browser stays trusted after signing in. */
  readonly deviceDays: number;
}

export const THROTTLE_POLICY: ThrottlePolicy = {
  freePerAccount: 5,
  freePerAddress: 50,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  deviceDays: 180,
};

/** Where an attempt comes from: the account it names, the client's address, and its device cookie if any. */
export interface Attempt {
  readonly account: string;
  readonly address: string;
  readonly device?: string | undefined;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const accountKey = (a: Attempt) => `account:${a.account.toLowerCase().slice(0, 100)}@${a.address}`;
const addressKey = (a: Attempt) => `address:${a.address}`;

/**
 * How long after the last failure the next attempt must wait, for `failures` failures of which
 * `free` cost nothing: 0, then the first delay, doubled each time, at most the maximum.
 * @example delayAfter(7, 5, THROTTLE_POLICY) // 4000: the 6th and 7th failures doubled 1 s twice
 */
export function delayAfter(failures: number, free: number, policy: ThrottlePolicy): number {
  if (failures < free) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(30, failures - free));
}

/** When the trust of the attempt's device cookie for its account ends, or null if it is not trusted. */
async function trustedUntil(port: AccountsPort, attempt: Attempt, at: string): Promise<string | null> {
  if (!attempt.device || !/^[A-Za-z0-9_-]{43}$/.test(attempt.device)) return null;
  const device = await port.findTrustedDevice(sha256(attempt.device));
  const trusted =
    device !== undefined &&
    device.account === attempt.account.toLowerCase() &&
    Date.parse(device.expiresAt) > Date.parse(at);
  return trusted ? device.expiresAt : null;
}

/**
 * Whether an attempt may be judged now; if not, how many seconds until it may. Says nothing about
 * the password: a held-back attempt is not checked at all.
 */
export async function checkAttempt(
  port: AccountsPort,
  attempt: Attempt,
  at: string,
  policy: ThrottlePolicy = THROTTLE_POLICY,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  if ((await trustedUntil(port, attempt, at)) !== null) return { allowed: true };
  const counts = await port.signInFailures([accountKey(attempt), addressKey(attempt)]);
  const now = Date.parse(at);
  let until = 0;
  for (const [key, free] of [
    [accountKey(attempt), policy.freePerAccount],
    [addressKey(attempt), policy.freePerAddress],
  ] as const) {
    const count = counts.get(key);
    if (!count) continue;
    const last = Date.parse(count.lastFailedAt);
    const delay = delayAfter(count.failures, free, policy);
    // Free failures hold nothing back, even one recorded a moment after this attempt's clock was read.
    if (delay === 0 || now - last >= policy.forgetAfterMs) continue;
    until = Math.max(until, last + delay);
  }
  return until > now ? { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000) } : { allowed: true };
}

/** Counts a failed attempt under both keys. */
export async function recordFailure(
  port: AccountsPort,
  attempt: Attempt,
  at: string,
  policy: ThrottlePolicy = THROTTLE_POLICY,
): Promise<void> {
  const staleBefore = new Date(Date.parse(at) - policy.forgetAfterMs).toISOString();
  await port.recordSignInFailure([accountKey(attempt), addressKey(attempt)], at, staleBefore);
}

/**
 * After a sign-in: the account-and-address count starts again, and the browser is trusted for the
 * account. Returns the device id for the cookie (a new one unless the browser's is already trusted).
 */
export async function recordSuccess(
  port: AccountsPort,
  attempt: Attempt,
  at: string,
  policy: ThrottlePolicy = THROTTLE_POLICY,
): Promise<{ device: string; expiresAt: string }> {
  await port.clearSignInFailures(accountKey(attempt));
  const trusted = await trustedUntil(port, attempt, at);
  if (attempt.device && trusted !== null) return { device: attempt.device, expiresAt: trusted };
  const expiresAt = new Date(Date.parse(at) + policy.deviceDays * 86_400_000).toISOString();
  const device = randomBytes(32).toString('base64url');
  await port.insertTrustedDevice({
    idHash: sha256(device),
    account: attempt.account.toLowerCase(),
    createdAt: at,
    expiresAt,
  });
  return { device, expiresAt };
}

import ipaddr from 'ipaddr.js';

/**
 * How a failed delivery is tried again: after `baseMs`, then twice as long each time, up to
 * `maxMs`, never giving up on an event while its webhook is enabled (a receiver that was down gets
 * every event once it is back). A webhook whose last `disableAfter` attempts all failed is
 * disabled; its deliveries wait, kept, until its owner enables it again.
 */
export interface RetryPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
  readonly disableAfter: number;
}

/** 10 s, 20 s, 40 s… up to an hour between tries; disabled after 50 failures in a row (about two days down). */
export const RETRY_POLICY: RetryPolicy = { baseMs: 10_000, maxMs: 3_600_000, disableAfter: 50 };

/**
 * The wait before try `attempt + 1` after `attempt` failed tries (1 → baseMs).
 * @example retryDelayMs(3, { baseMs: 10_000, maxMs: 3_600_000, disableAfter: 50 }) // 40_000
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 40));
}

/**
 * The next daily digest time after `nowMs`: `hourUtc`:00 UTC today, or tomorrow when it has passed.
 * @example nextDigestAt(Date.parse('2026-12-07T08:00:00Z'), 7) // Date.parse('2026-12-08T07:00:00Z')
 */
export function nextDigestAt(nowMs: number, hourUtc: number): number {
  const d = new Date(nowMs);
  const today = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hourUtc);
  return today > nowMs ? today : today + 86_400_000;
}

/**
 * Addresses a webhook may reach besides public unicast ones (the operator's PLENARY_WEBHOOK_ALLOW:
 * addresses or CIDRs, comma-separated; tests allow 127.0.0.1).
 */
export type AllowList = ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

/**
 * Reads an allow list ("127.0.0.1, 10.0.0.0/8, ::1"); throws naming the entry that is neither an
 * address nor a CIDR.
 */
export function parseAllowList(text: string | undefined): AllowList {
  if (!text?.trim()) return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      try {
        if (part.includes('/')) return ipaddr.parseCIDR(part);
        const address = ipaddr.parse(part);
        return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
      } catch {
        throw new Error(`PLENARY_WEBHOOK_ALLOW: "${part}" is neither an IP address nor a CIDR (10.0.0.0/8)`);
      }
    });
}

/**
 * Why a webhook may not reach `address`, or null when it may: only public unicast addresses are
 * reached (not loopback, private, link-local, carrier-grade NAT, multicast, reserved, unspecified,
 * nor an IPv4 address hidden in IPv6), unless the allow list names it.
 * @example refusedAddress('169.254.169.254', []) // 'linkLocal'
 */
export function refusedAddress(address: string, allow: AllowList): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return 'not an IP address';
  }
  for (const [range, bits] of allow)
    if (range.kind() === parsed.kind() && parsed.match(range as never, bits)) return null;
  const kind = parsed.range();
  return kind === 'unicast' ? null : kind;
}
